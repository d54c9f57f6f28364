import { describe, expect, it } from "vitest";
import { compareFindings, groupResults } from "../../src/engine/run.js";
import type { SourceFile } from "../../src/load/index.js";
import type { FileResult, Finding } from "../../src/report/types.js";

/**
 * `groupResults` (src/engine/run.ts) reports each linted file once, in path order, with its findings
 * sorted and their duplicates dropped; context-only files and findings in files not linted are
 * left out. It sorts the paths only when they are not in order already (a folder's walk lists them
 * so). Checked against that definition, written plainly, on random lists: paths whose walk order is
 * not their order as strings (`a-b/x` sorts before `a/x`), files named twice, context files, findings
 * repeated and in files not linted.
 */

const definition = (files: readonly SourceFile[], findings: readonly Finding[]): FileResult[] => {
  const paths = [...new Set(files.filter((f) => !f.contextOnly).map((f) => f.path))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return paths.map((file) => {
    const all = findings.filter((f) => f.file === file).sort(compareFindings);
    const list = all.filter((f, i) => i === 0 || compareFindings(all[i - 1] as Finding, f) !== 0);
    return { file, findings: list, errorCount: list.filter((f) => f.severity === "error").length, warningCount: list.filter((f) => f.severity === "warning").length };
  });
};

describe("groupResults", () => {
  it("reports each linted file once in path order, with its findings sorted and de-duplicated", () => {
    let seed = 11;
    // The generator's high bits: its low ones repeat with short periods.
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), Math.floor((seed / 2 ** 31) * n));
    const NAMES = ["a", "a-b", "a.b", "b", "A", "a/b", "a-b/c", "a/c", "é"];
    const file = (path: string, contextOnly: boolean): SourceFile => ({ path, text: "", documents: [], problems: [], contextOnly });
    let unsorted = 0;
    for (let round = 0; round < 2000; round++) {
      // A walk's order: names sorted within each folder, which is not always the paths' order.
      const paths = Array.from({ length: random(8) }, () => `${NAMES[random(NAMES.length)]}/${NAMES[random(NAMES.length)]}.yaml`);
      if (random(2) === 0) paths.sort();
      const files = paths.map((p) => file(p, random(5) === 0));
      if (files.length > 0 && random(3) === 0) files.push(file((files[random(files.length)] as SourceFile).path, random(2) === 0));
      const findings: Finding[] = Array.from({ length: random(10) }, () => ({
        ruleId: ["invalid-ip", "unknown-pool"][random(2)] as string,
        severity: (["error", "warning"] as const)[random(2)] as "error" | "warning",
        message: `m${random(3)}`,
        file: random(6) === 0 ? "not-linted.yaml" : (paths[random(Math.max(1, paths.length))] ?? "x.yaml"),
        line: 1 + random(3),
        column: 1 + random(2),
        endLine: 4,
        endColumn: 1,
      }));
      const got = groupResults(files, findings);
      const paths2 = got.map((r) => r.file);
      if (files.some((f, i) => i > 0 && (files[i - 1] as SourceFile).path > f.path)) unsorted++;
      expect(got).toEqual(definition(files, findings));
      expect(new Set(paths2).size).toBe(paths2.length);
    }
    // Both branches ran: lists already in order and lists that were not.
    expect(unsorted).toBeGreaterThan(100);
  });
});
