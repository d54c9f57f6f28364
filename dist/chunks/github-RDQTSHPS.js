import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);
import {
  logLine
} from "./chunk-5HFJM3UL.js";
import {
  displayRepoPath
} from "./chunk-DLT2VCUT.js";
import "./chunk-UZMCNIHN.js";

// src/report/formatters/github.ts
var ANNOTATIONS_PER_STEP = 10;
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function annotationPosition(f, ctx) {
  const file = displayRepoPath(f.file, ctx);
  let endLine = Math.max(f.line, f.endLine);
  let endColumn = f.endColumn - 1;
  if (endLine > f.line && f.endColumn === 1) {
    endLine -= 1;
    endColumn = void 0;
  }
  if (endLine !== f.line) return { file, startLine: f.line, endLine };
  return { file, startLine: f.line, endLine, startColumn: f.column, ...endColumn !== void 0 ? { endColumn: Math.max(f.column, endColumn) } : {} };
}
function annotationCommand(f, ctx) {
  const p = annotationPosition(f, ctx);
  const props = [
    ["file", p.file],
    ["line", p.startLine],
    ["col", p.startColumn],
    ["endLine", p.endLine],
    ["endColumn", p.endColumn],
    ["title", f.ruleId]
  ];
  const list = props.filter(([, v]) => v !== void 0).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${f.severity} ${list.join(",")}::${escapeData(f.message)}`;
}
function plainLine(f, ctx) {
  return `  ${logLine(`${displayRepoPath(f.file, ctx)}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.ruleId}]`)}`;
}
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var github = (results, ctx) => {
  const all = results.flatMap((r) => r.findings);
  const shown = [];
  const hidden = [];
  const used = { error: 0, warning: 0 };
  for (const f of all) {
    if (used[f.severity] < ANNOTATIONS_PER_STEP) {
      used[f.severity]++;
      shown.push(f);
    } else hidden.push(f);
  }
  const lines = shown.map((f) => annotationCommand(f, ctx));
  if (hidden.length > 0) {
    const errors = hidden.filter((f) => f.severity === "error").length;
    const warnings = hidden.length - errors;
    const what = [errors ? plural(errors, "error") : "", warnings ? plural(warnings, "warning") : ""].filter(Boolean).join(" and ");
    lines.push(`::group::calico-ipam-lint: ${what} more (not shown as annotations)`);
    for (const f of hidden) lines.push(plainLine(f, ctx));
    lines.push("::endgroup::");
    lines.push(
      `::notice title=calico-ipam-lint::${escapeData(
        `${what} more than GitHub shows as annotations (${ANNOTATIONS_PER_STEP} errors and ${ANNOTATIONS_PER_STEP} warnings per step): see the group "calico-ipam-lint: ${what} more" in this step's log, and the job summary`
      )}`
    );
  }
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
};
export {
  ANNOTATIONS_PER_STEP,
  annotationCommand,
  annotationPosition,
  escapeData,
  escapeProperty,
  github,
  plainLine
};
