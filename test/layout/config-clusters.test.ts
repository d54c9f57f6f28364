import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/api.js";

/**
 * The configuration's `clusters:` reach every edge that reads the configuration, not only the CLI:
 * the library (`configFile`), the Action and the language server (their own tests) judge each
 * cluster apart as `calico-ipam-lint .` does.
 */

const POOL = "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: main\nspec:\n  cidr: 10.0.0.0/16\n";
const pod = (name: string): string => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  annotations:\n    cni.projectcalico.org/ipAddrs: '["10.0.0.7"]'\nspec:\n  containers: []\n`;

function repo(): string {
  const root = mkdtempSync(join(tmpdir(), "cil-config-clusters-"));
  const files: Record<string, string> = {
    ".calico-ipam-lint.yaml": "clusters:\n  - name: east\n    paths: [east]\n  - name: west\n    paths: [west]\n",
    "east/pool.yaml": POOL,
    "west/pool.yaml": POOL,
    "east/a.yaml": pod("a"),
    "west/b.yaml": pod("b"),
  };
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), t);
  }
  return root;
}

const ruleIds = (out: Awaited<ReturnType<typeof lint>>): string[] => out.results.flatMap((r) => r.findings.map((f) => f.ruleId));

describe("lint({ configFile }) and the configuration's clusters", () => {
  it("judges each cluster apart: one address in two clusters is no duplicate", async () => {
    const root = repo();
    const out = await lint({ cwd: root, paths: ["."], configFile: true });
    expect(ruleIds(out)).not.toContain("duplicate-static-ip");
    expect(out.scopes?.map((s) => s.cluster)).toEqual(expect.arrayContaining(["east", "west"]));
  });

  it("keeps the configuration's clusters under the request's own layout options", async () => {
    const root = repo();
    const out = await lint({ cwd: root, paths: ["."], configFile: true, layout: { render: "never" } });
    expect(ruleIds(out)).not.toContain("duplicate-static-ip");
  });

  it("lints flat with `layout: false`, as asked: the two pods then collide", async () => {
    const root = repo();
    const out = await lint({ cwd: root, paths: ["."], configFile: true, layout: false });
    expect(ruleIds(out)).toContain("duplicate-static-ip");
  });
});
