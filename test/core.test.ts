import { build } from "esbuild";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, lint, lintCore } from "../src/index.js";

/**
 * The core every edge calls: texts or paths in, findings, model and (asked for) the allocation and
 * its plan out. The pure part (src/core.ts) takes texts only and bundles for a browser.
 */

const POOL = "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: main\nspec:\n  cidr: 10.0.0.0/30\n  blockSize: 30\n";
const pod = (i: number): string => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\n  annotations:\n    cni.projectcalico.org/ipAddrs: '["10.0.0.${i}"]'\nspec:\n  containers: []\n`;

describe("lintCore", () => {
  it("lints texts held in memory: findings, model and, when asked, the allocation and its plan", () => {
    const out = lintCore({ texts: [{ path: "pool.yaml", text: POOL, contextOnly: true }, { path: "a.yaml", text: pod(1) + "---\n" + pod(1).replace("p1", "p2") }] }, { plan: true });
    expect(out.results.map((r) => r.file)).toEqual(["a.yaml"]);
    expect(out.results[0]!.findings.map((f) => f.ruleId)).toContain("duplicate-static-ip");
    expect(out.poolsKnown).toBe(true);
    expect(out.model.pools.map((p) => p.name)).toEqual(["main"]);
    expect(out.allocation.pools.map((p) => p.cidr)).toEqual(["10.0.0.0/30"]);
    expect(out.plan.pools[0]).toMatchObject({ name: "main", file: "pool.yaml", line: 6, size: "4" });
    expect(out.plan.statics.map((s) => [s.ip, s.owner.name, s.owner.file])).toEqual([
      ["10.0.0.1", "p1", "a.yaml"],
      ["10.0.0.1", "p2", "a.yaml"],
    ]);
  });

  it("returns no allocation unless asked, and reads the same with either parser", () => {
    const fast = lintCore({ texts: [{ path: "a.yaml", text: POOL + "---\n" + pod(1) }] });
    const precise = lintCore({ texts: [{ path: "a.yaml", text: POOL + "---\n" + pod(1) }] }, { precise: true });
    expect(fast.allocation).toBeUndefined();
    expect(fast.plan).toBeUndefined();
    expect(fast.results).toEqual(precise.results);
  });

  it("bundles for a browser: no Node module but node:path (engine/policy.ts's path arithmetic)", async () => {
    const r = await build({ entryPoints: [resolve(import.meta.dirname, "../src/core.ts")], bundle: true, platform: "browser", format: "esm", write: false, external: ["node:path"], logLevel: "silent", metafile: true });
    const external = Object.values(r.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));
    expect([...new Set(external)]).toEqual(["node:path"]);
  });
});

describe("lint", () => {
  it("reads paths and texts together into one run, and names what it could not read", async () => {
    const dir = resolve(import.meta.dirname, "fixtures/pool-overlap/valid");
    const out = await lint({ cwd: dir, paths: [".", "missing.yaml"], texts: [{ path: "<editor>", text: pod(3) }] });
    expect(out.missing).toEqual(["missing.yaml"]);
    expect(out.results.map((r) => r.file)).toContain("<editor>");
    expect(out.files.length).toBe(out.results.length);
  });
});

describe("lint with a configuration file", () => {
  const tree = (files: Record<string, string>): string => {
    const root = mkdtempSync(join(tmpdir(), "cil-core-"));
    for (const [p, t] of Object.entries(files)) {
      mkdirSync(join(root, p, ".."), { recursive: true });
      writeFileSync(join(root, p), t);
    }
    return root;
  };

  it("applies the one found from cwd upward, or the one named; the request's own rules win", async () => {
    const cwd = tree({ ".calico-ipam-lint.yaml": "pools: [cluster/pools.yaml]\nrules:\n  static-ip-auto-pool: error\n", "cluster/pools.yaml": POOL.replace("/30", "/16"), "apps/p.yaml": pod(1), "other.yaml": "rules:\n  static-ip-auto-pool: \"off\"\n" });
    const plain = await lint({ cwd, paths: ["apps"] });
    expect(plain.poolsKnown).toBe(false);
    const found = await lint({ cwd, paths: ["apps"], configFile: true });
    expect(found.poolsKnown).toBe(true);
    expect(found.results[0]!.findings.map((f) => [f.ruleId, f.severity])).toEqual([["static-ip-auto-pool", "error"]]);
    const named = await lint({ cwd, paths: ["apps", "cluster"], configFile: "other.yaml" });
    expect(named.results.flatMap((r) => r.findings)).toEqual([]);
    const overridden = await lint({ cwd, paths: ["apps"], configFile: true, rules: { "static-ip-auto-pool": "warn" } });
    expect(overridden.results[0]!.findings.map((f) => f.severity)).toEqual(["warning"]);
  });

  it("throws a ConfigError naming the file, line and column of a problem", async () => {
    const cwd = tree({ "bad.yaml": "rules:\n  nope: error\n" });
    await expect(lint({ cwd, paths: ["."], configFile: "bad.yaml" })).rejects.toThrow(ConfigError);
    await expect(lint({ cwd, paths: ["."], configFile: "bad.yaml" })).rejects.toThrow(/bad\.yaml:2:3: unknown rule "nope"/);
  });
});
