import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { sarifWithin } from "../../src/report/formatters/sarif.js";
import { GITHUB_SARIF_LIMITS } from "../../src/report/formatters/sarif-limits.js";
import { cli, tempTree } from "../cli/helpers.js";
import { context, finding, results } from "./helpers.js";
import { multitoolBinary, validateWithMultitool } from "./sarif-multitool.js";

// GitHub code scanning refuses a run of more than 25,000 results or a file over 10 MB after gzip
// (github/docs data/reusables/code-scanning/sarif-limits.md): the report keeps errors first and
// says what it left out, in the run's properties, a notification, and on standard error.

interface Log {
  runs: {
    results: { ruleId: string; level: string; message: { text: string } }[];
    properties?: { omittedResults: { total: number; written: number; omitted: number; omittedErrors: number; omittedWarnings: number; omittedByRule: Record<string, number>; reason: string } };
    invocations: { toolExecutionNotifications?: { level: string; message: { text: string } }[] }[];
  }[];
}

const ctx = context("/repo");
// Warnings first in report order, so that keeping errors first is visible.
const mixed = results([
  ...Array.from({ length: 4 }, (_, i) => finding({ file: "a.yaml", ruleId: "static-ip-auto-pool", severity: "warning", line: i + 1, message: `warning ${i}` })),
  ...Array.from({ length: 3 }, (_, i) => finding({ file: "b.yaml", ruleId: "invalid-ip", line: i + 1, message: `error ${i}` })),
]);

describe("SARIF within GitHub's limits", () => {
  it("GitHub's documented limits are the default", () => {
    expect(GITHUB_SARIF_LIMITS).toEqual({ maxResults: 25_000, maxGzipBytes: 10 * 1024 * 1024 });
  });

  it("caps the results, errors first, and says what it left out", () => {
    const said: string[] = [];
    const log = JSON.parse(sarifWithin({ maxResults: 5, maxGzipBytes: GITHUB_SARIF_LIMITS.maxGzipBytes })(mixed, { ...ctx, warn: (m) => said.push(m) })) as Log;
    const run = log.runs[0]!;
    expect(run.results.map((r) => r.message.text)).toEqual(["warning 0", "warning 1", "error 0", "error 1", "error 2"]);
    expect(run.properties?.omittedResults).toMatchObject({ total: 7, written: 5, omitted: 2, omittedErrors: 0, omittedWarnings: 2, omittedByRule: { "static-ip-auto-pool": 2 } });
    const reason = "the SARIF report holds 5 of 7 results: GitHub code scanning accepts at most 5 results in a run; left out 2 warnings (static-ip-auto-pool 2), errors kept first. Every finding is in the other formats (--format json).";
    expect(run.properties?.omittedResults.reason).toBe(reason);
    expect(run.invocations[0]?.toolExecutionNotifications).toEqual([{ level: "warning", message: { text: reason } }]);
    expect(said).toEqual([reason]);
  });

  it("drops errors only when there are more errors than room", () => {
    const log = JSON.parse(sarifWithin({ maxResults: 2, maxGzipBytes: GITHUB_SARIF_LIMITS.maxGzipBytes })(mixed, ctx)) as Log;
    expect(log.runs[0]!.results.map((r) => r.message.text)).toEqual(["error 0", "error 1"]);
    expect(log.runs[0]!.properties?.omittedResults).toMatchObject({ omittedErrors: 1, omittedWarnings: 4 });
  });

  it("writes no properties and says nothing when everything fits", () => {
    const said: string[] = [];
    const log = JSON.parse(sarifWithin(GITHUB_SARIF_LIMITS)(mixed, { ...ctx, warn: (m) => said.push(m) })) as Log;
    expect(log.runs[0]!.results).toHaveLength(7);
    expect(log.runs[0]!.properties).toBeUndefined();
    expect(log.runs[0]!.invocations[0]?.toolExecutionNotifications).toBeUndefined();
    expect(said).toEqual([]);
  });

  it("shrinks a report whose gzip is over the size limit until it fits", () => {
    // Messages of random text do not compress: the size limit binds before the count does.
    let seed = 7;
    const noise = (): string => Array.from({ length: 300 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), String.fromCharCode(33 + (seed % 90)))).join("");
    const many = results(Array.from({ length: 200 }, (_, i) => finding({ file: "c.yaml", severity: i % 2 ? "error" : "warning", ruleId: i % 2 ? "invalid-ip" : "static-ip-auto-pool", line: i + 1, message: noise() })));
    const limits = { maxResults: 25_000, maxGzipBytes: 20_000 };
    const text = sarifWithin(limits)(many, ctx);
    expect(gzipSync(text).byteLength).toBeLessThanOrEqual(limits.maxGzipBytes);
    const run = (JSON.parse(text) as Log).runs[0]!;
    const om = run.properties!.omittedResults;
    expect(om.written).toBeGreaterThan(0);
    expect(om.written + om.omitted).toBe(200);
    expect(om.reason).toContain("MB of SARIF after gzip");
    // Errors are kept first: warnings go before any error does.
    if (om.omittedErrors > 0) expect(om.omittedWarnings).toBe(100);
    expect(run.results.filter((r) => r.level === "error")).toHaveLength(100 - om.omittedErrors);
  });
});

describe("a capped report checked by Microsoft's SARIF Multitool (GitHub ingestion rules)", () => {
  const bin = multitoolBinary();
  const missing = "missing" in bin ? bin.missing : null;
  if (missing && process.env["CI"]) throw new Error(`the SARIF Multitool must run in CI: ${missing}`);
  const maybe = missing ? it.skip : it;
  if (missing) console.warn(`skipping SARIF Multitool validation: ${missing}`);

  maybe("is valid SARIF with its notification and properties", () => {
    const file = join(mkdtempSync(join(tmpdir(), "cil-sarif-")), "capped.sarif");
    writeFileSync(file, sarifWithin({ maxResults: 5, maxGzipBytes: GITHUB_SARIF_LIMITS.maxGzipBytes })(mixed, ctx));
    const verdict = validateWithMultitool((bin as { path: string }).path, file);
    expect(verdict.errors).toEqual([]);
  });
});

describe("the CLI over GitHub's 25,000 results", () => {
  // 3,200 pods with eight malformed addresses each: 25,600 invalid-ip findings, the first file's
  // made warnings by an override. Real files through the real pipeline.
  const ips = JSON.stringify(Array.from({ length: 8 }, (_, i) => `10.0.0.${300 + i}`));
  const pods = (prefix: string, n: number): string =>
    Array.from({ length: n }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${prefix}${i}\n  annotations:\n    cni.projectcalico.org/ipAddrs: '${ips}'\nspec: {containers: [{name: c, image: x}]}\n`).join("---\n");

  it("writes 25,000 results, every error kept, and says on standard error what it left out", async () => {
    const cwd = tempTree({
      ".calico-ipam-lint.yaml": "overrides:\n  - files: [a-warn.yaml]\n    rules: {invalid-ip: warn}\n",
      "a-warn.yaml": pods("w", 1600),
      "b-err.yaml": pods("e", 1600),
    });
    const r = await cli(["a-warn.yaml", "b-err.yaml", "-f", "sarif", "-o", "out.sarif", "-f", "json", "-o", "out.json"], { cwd });
    expect(r.code).toBe(1);
    const run = (JSON.parse(readFileSync(join(cwd, "out.sarif"), "utf8")) as Log).runs[0]!;
    expect(run.results).toHaveLength(25_000);
    expect(run.results.filter((x) => x.level === "error")).toHaveLength(12_800);
    const reason =
      "the SARIF report holds 25000 of 25600 results: GitHub code scanning accepts at most 25,000 results in a run; left out 600 warnings (invalid-ip 600), errors kept first. Every finding is in the other formats (--format json).";
    expect(run.properties?.omittedResults.reason).toBe(reason);
    expect(r.stderr).toContain(`calico-ipam-lint: ${reason}\n`);
  });
});

describe("a SARIF report too large to render whole", () => {
  it("is cut, errors first, to what renders within the characters allowed, before its size after gzip is measured", () => {
    // 1,500 findings of about 400 characters each; 100,000 characters allowed: about 250 fit.
    const many = results(
      Array.from({ length: 1500 }, (_, i) =>
        finding({ file: `f${i % 7}.yaml`, ruleId: i % 3 === 0 ? "invalid-ip" : "static-ip-auto-pool", severity: i % 3 === 0 ? "error" : "warning", line: i + 1, message: `finding ${i} ${"x".repeat(40)}` }),
      ),
    );
    const said: string[] = [];
    const text = sarifWithin({ maxResults: 25_000, maxGzipBytes: GITHUB_SARIF_LIMITS.maxGzipBytes, maxRendered: 100_000 })(many, { ...ctx, warn: (m) => said.push(m) });
    const run = (JSON.parse(text) as Log).runs[0]!;
    const written = run.results.length;
    expect(written).toBeGreaterThan(150);
    expect(written).toBeLessThan(400);
    // The errors (500) come first: all that were written are errors.
    expect(run.results.every((r) => r.level === "error")).toBe(true);
    expect(run.properties?.omittedResults).toMatchObject({ total: 1500, written, omittedWarnings: 1000, omittedErrors: 500 - written });
    expect(said).toHaveLength(1);
    // The estimate of each result's characters holds: the results rendered take about what was allowed.
    const header = sarifWithin(GITHUB_SARIF_LIMITS)(results([]), ctx).length;
    expect(text.length - header).toBeLessThanOrEqual(100_000 + 2_000);
    expect(text.length - header).toBeGreaterThan(90_000);
  });
});
