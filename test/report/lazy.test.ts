import { describe, expect, it } from "vitest";
import { ruleInfo } from "../../src/engine/run.js";
import { FORMATTERS } from "../../src/report/index.js";
import { FORMATTER_NAMES, loadFormatter } from "../../src/report/formatters/lazy.js";
import type { FileResult } from "../../src/report/index.js";

/** The CLI loads formatters on demand (src/report/formatters/lazy.ts): the same ones the library exports. */

const ctx = { cwd: "/repo", rules: ruleInfo(), color: false };
const none: FileResult[] = [{ file: "a.yaml", findings: [], errorCount: 0, warningCount: 0 }];
const some: FileResult[] = [
  {
    file: "a.yaml",
    findings: [{ ruleId: "yaml-syntax", severity: "error", message: "bad", messageId: "syntax", file: "a.yaml", line: 1, column: 1, endLine: 1, endColumn: 2 }],
    errorCount: 1,
    warningCount: 0,
  },
];

describe("loadFormatter", () => {
  it("knows the library's formatters, by the same names", () => {
    expect([...FORMATTER_NAMES].sort()).toEqual(Object.keys(FORMATTERS).sort());
  });

  it("gives each formatter itself when there are findings, and nothing for an unknown name", async () => {
    for (const name of FORMATTER_NAMES) expect(await loadFormatter(name, some)).toBe(FORMATTERS[name]);
    expect(await loadFormatter("nope", some)).toBeUndefined();
  });

  it("formats a run without findings as the library does (stylish, without loading it: its report is then empty)", async () => {
    for (const name of FORMATTER_NAMES) {
      const f = await loadFormatter(name, none);
      expect(f?.(none, ctx), name).toBe(FORMATTERS[name]?.(none, ctx));
    }
    expect(FORMATTERS["stylish"]?.(none, { ...ctx, color: true })).toBe("");
  });
});
