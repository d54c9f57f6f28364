import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);
import "./chunk-UZMCNIHN.js";

// src/report/formatters/json.ts
import { isAbsolute, resolve } from "node:path";
var json = (results, ctx) => JSON.stringify(
  results.map((r) => ({
    filePath: isAbsolute(r.file) ? r.file : resolve(ctx.cwd, r.file),
    messages: r.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity === "error" ? 2 : 1,
      message: f.message,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      // Only when the repository deploys to several clusters: the one(s) the finding arises in.
      ...f.cluster !== void 0 ? { cluster: f.cluster } : {}
    })),
    errorCount: r.errorCount,
    warningCount: r.warningCount
  }))
);
export {
  json
};
