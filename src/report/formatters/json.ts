import { isAbsolute } from "node:path";
import { resolveIn } from "../../paths.js";
import type { Formatter } from "../types.js";

/**
 * ESLint's results shape, a stable contract: absolute paths, 1-based positions, exclusive ends.
 * Every file read is listed (13,819 in a run): each path is joined, not normalised again.
 */
export const json: Formatter = (results, ctx) =>
  JSON.stringify(
    results.map((r) => ({
      filePath: isAbsolute(r.file) ? r.file : resolveIn(ctx.cwd, r.file),
      messages: r.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity === "error" ? 2 : 1,
        message: f.message,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        // Only when the repository deploys to several clusters: the one(s) the finding arises in.
        ...(f.cluster !== undefined ? { cluster: f.cluster } : {}),
      })),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
    })),
  );
