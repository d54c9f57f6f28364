import { isAbsolute } from "node:path";
import { stripVTControlCharacters } from "node:util";
import pretty from "eslint-formatter-pretty";
import { resolveIn } from "../../paths.js";
import { terminalText } from "../escape.js";
import type { Formatter } from "../types.js";

/** The human report, through eslint-formatter-pretty (links each rule id to its docs page). */
export const stylish: Formatter = (results, ctx) => {
  const withFindings = results.filter((r) => r.findings.length > 0);
  const rulesMeta: Record<string, { docs: { url: string } }> = {};
  for (const [id, info] of ctx.rules) rulesMeta[id] = { docs: { url: info.docsUrl } };
  const eslintResults = withFindings.map((r) => ({
    // Names and messages from the files reach a terminal: no escape sequences of theirs.
    filePath: terminalText(isAbsolute(r.file) ? r.file : resolveIn(ctx.cwd, r.file), { oneLine: true }),
    messages: r.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity === "error" ? 2 : 1,
      message: terminalText(f.message, { oneLine: true }),
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
    })),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    suppressedMessages: [],
    usedDeprecatedRules: [],
  }));
  // The formatter's types come from ESLint, which is not a runtime dependency of ours.
  const out = (pretty as unknown as (r: unknown, d: unknown) => string)(eslintResults, { cwd: ctx.cwd, rulesMeta });
  // Most runs print without colour and the formatter wrote no escape sequence: nothing to strip
  // (every sequence starts with ESC or CSI), and the 5 MB of a large report need not be scanned twice.
  return ctx.color || !(out.includes("\u001b") || out.includes("\u009b")) ? out : stripVTControlCharacters(out);
};
