import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sarif } from "../../src/report/formatters/sarif.js";
import { encodeUriPath } from "../../src/report/formatters/paths.js";
import { cli, tempTree } from "../cli/helpers.js";
import { context, finding, results } from "./helpers.js";
import { multitoolBinary, validateWithMultitool } from "./sarif-multitool.js";

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; name: string; shortDescription: { text: string }; fullDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }[] } };
    columnKind: string;
    originalUriBaseIds: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
      relatedLocations?: { id: number; message: { text: string }; physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
    }[];
  }[];
}

const root = "/work/repo";
const ctx = context(`${root}/deploy`, root);

/** Findings that exercise every corner: related locations, warnings, odd paths, spans. */
const sample = results(
  [
    finding({
      file: "apps/web.yaml",
      ruleId: "duplicate-static-ip",
      message: "Address `10.0.0.5` is also claimed by Deployment shop/cart",
      line: 12,
      column: 29,
      endLine: 12,
      endColumn: 39,
      related: [{ file: "apps/cart.yaml", line: 8, column: 29, endLine: 8, endColumn: 39, message: "also claimed here" }],
    }),
    finding({ file: "apps/web.yaml", ruleId: "static-ip-auto-pool", severity: "warning", line: 14, column: 3, endLine: 16, endColumn: 1 }),
    finding({ file: "ünïcode dir/pool #1.yaml", ruleId: "pool-overlap", line: 3, column: 9, endLine: 3, endColumn: 9 }),
    finding({ file: "/elsewhere/pools.yaml", ruleId: "pool-invalid", line: 2, column: 1, endLine: 4, endColumn: 5 }),
    finding({ file: "<stdin>", ruleId: "yaml-syntax", line: 1, column: 1, endLine: 1, endColumn: 1 }),
  ],
  ["apps/clean.yaml"],
);

describe("sarif formatter", () => {
  const log = JSON.parse(sarif(sample, ctx)) as SarifLog;
  const run = log.runs[0]!;

  it("describes every rule with a help URI and a default level", () => {
    expect(log.version).toBe("2.1.0");
    expect(run.tool.driver.name).toBe("calico-ipam-lint");
    const ids = run.tool.driver.rules.map((r) => r.id);
    const registered = ids.filter((id) => ctx.rules.has(id));
    expect(registered).toEqual([...ctx.rules.keys()].sort());
    // Findings of rules outside the registry still get a descriptor, after the registered ones.
    expect(ids).toContain("duplicate-static-ip");
    for (const r of run.tool.driver.rules) {
      expect(r.shortDescription.text.length).toBeGreaterThan(0);
      expect(r.fullDescription.text.length).toBeLessThanOrEqual(1024);
      expect(r.helpUri).toMatch(new RegExp(`^https://.*${r.id}`));
      expect(["error", "warning"]).toContain(r.defaultConfiguration.level);
      expect(r.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
    }
  });

  it("points every result at its rule and a repository-relative region in UTF-16 columns", () => {
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.originalUriBaseIds["%SRCROOT%"]?.uri).toBe("file:///work/repo/");
    const first = run.results[0]!;
    expect(run.tool.driver.rules[first.ruleIndex]?.id).toBe(first.ruleId);
    expect(first.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: "deploy/apps/web.yaml", uriBaseId: "%SRCROOT%" },
      region: { startLine: 12, startColumn: 29, endLine: 12, endColumn: 39 },
    });
    expect(first.relatedLocations).toEqual([
      {
        id: 1,
        message: { text: "also claimed here" },
        physicalLocation: { artifactLocation: { uri: "deploy/apps/cart.yaml", uriBaseId: "%SRCROOT%" }, region: { startLine: 8, startColumn: 29, endLine: 8, endColumn: 39 } },
      },
    ]);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
  });

  it("keeps levels, percent-encodes odd paths and leaves files outside the repository absolute", () => {
    expect(run.results.map((r) => r.level)).toEqual(["error", "warning", "error", "error", "error"]);
    const uris = run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);
    expect(uris[2]).toEqual({ uri: "deploy/%C3%BCn%C3%AFcode%20dir/pool%20%231.yaml", uriBaseId: "%SRCROOT%" });
    expect(uris[3]).toEqual({ uri: "file:///elsewhere/pools.yaml" });
    expect(uris[4]).toEqual({ uri: "%3Cstdin%3E", uriBaseId: "%SRCROOT%" });
    expect(encodeUriPath("a:b/c?d")).toBe("a%3Ab/c%3Fd");
  });

  it("writes one run with no results for a clean repository", () => {
    const clean = JSON.parse(sarif(results([], ["a.yaml"]), ctx)) as SarifLog;
    expect(clean.runs).toHaveLength(1);
    expect(clean.runs[0]!.results).toEqual([]);
  });
});

describe("SARIF checked by Microsoft's SARIF Multitool (GitHub ingestion rules)", () => {
  const bin = multitoolBinary();
  const missing = "missing" in bin ? bin.missing : null;
  if (missing && process.env["CI"]) throw new Error(`the SARIF Multitool must run in CI: ${missing}`);
  const maybe = missing ? it.skip : it;
  if (missing) console.warn(`skipping SARIF Multitool validation: ${missing}`);

  maybe("accepts the formatter's output for every corner case", () => {
    const dir = mkdtempSync(join(tmpdir(), "cil-sarif-"));
    const file = join(dir, "sample.sarif");
    writeFileSync(file, sarif(sample, ctx));
    const verdict = validateWithMultitool((bin as { path: string }).path, file);
    if (verdict.warnings.length > 0) console.warn(verdict.warnings.map((w) => `${w.ruleId}: ${w.text}`).join("\n"));
    expect(verdict.errors).toEqual([]);
  });

  maybe("reports GitHub's errors on a result without a location (the check itself works)", () => {
    const dir = mkdtempSync(join(tmpdir(), "cil-sarif-"));
    const file = join(dir, "broken.sarif");
    const log = JSON.parse(sarif(sample, ctx)) as SarifLog;
    log.runs[0]!.results[0]!.locations = [];
    writeFileSync(file, JSON.stringify(log));
    const verdict = validateWithMultitool((bin as { path: string }).path, file);
    expect(verdict.errors.map((e) => e.ruleId)).toEqual(expect.arrayContaining(["GH1015"]));
  });

  maybe("accepts what the CLI writes for a repository with errors and warnings", async () => {
    const cwd = tempTree({
      ".git/HEAD": "ref: refs/heads/main\n",
      "deploy/pools.yaml":
        "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: a\nspec:\n  cidr: 10.0.0.0/16\n---\napiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: b\nspec:\n  cidr: 10.0.1.0/24\n",
      "deploy/broken.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [broken\n",
      "deploy/web.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.0.0.5\"]'\nspec:\n  containers: []\n",
      "deploy/cart.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: cart\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.0.0.5\"]'\nspec:\n  containers: []\n",
    });
    mkdirSync(join(cwd, "out"));
    const r = await cli(["deploy", "-f", "sarif", "-o", "out/report.sarif"], { cwd });
    expect(r.code).toBe(1);
    const log = JSON.parse(readFileSync(join(cwd, "out/report.sarif"), "utf8")) as SarifLog;
    const results = log.runs[0]!.results;
    expect(new Set(results.map((x) => x.level))).toEqual(new Set(["error", "warning"]));
    // A duplicate address points at the other claim.
    const dup = results.filter((x) => x.ruleId === "duplicate-static-ip");
    expect(dup.map((x) => x.relatedLocations?.[0]?.physicalLocation.artifactLocation.uri).sort()).toEqual(["deploy/cart.yaml", "deploy/web.yaml"]);
    const verdict = validateWithMultitool((bin as { path: string }).path, join(cwd, "out/report.sarif"));
    expect(verdict.errors).toEqual([]);
  });
});
