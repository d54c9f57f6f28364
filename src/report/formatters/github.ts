import { logLine } from "../escape.js";
import type { Finding, FormatContext, Formatter } from "../types.js";
import { displayRepoPath } from "./paths.js";

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), escaped as @actions/core
 * escapes them. GitHub shows at most 10 error and 10 warning annotations per step and drops the
 * rest silently, so only that many are emitted as commands; the others are listed as plain log
 * lines in a collapsed group, followed by a notice that says how many there are.
 */

/** Annotations GitHub keeps per step, for each of error, warning and notice. */
export const ANNOTATIONS_PER_STEP = 10;

/** Escaping of a command's message, as @actions/core's `escapeData`. */
export const escapeData = (s: string): string => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");

/** Escaping of a command's property values, as @actions/core's `escapeProperty`. */
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

export interface AnnotationPosition {
  readonly file: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly startColumn?: number;
  /** Inclusive, unlike ours. */
  readonly endColumn?: number;
}

/**
 * Our exclusive end → GitHub's inclusive one. A span that ends at column 1 of the next line ends
 * with the line before it; columns are given only for spans within one line, as GitHub requires.
 */
export function annotationPosition(f: Finding, ctx: FormatContext): AnnotationPosition {
  const file = displayRepoPath(f.file, ctx);
  let endLine = Math.max(f.line, f.endLine);
  let endColumn: number | undefined = f.endColumn - 1;
  if (endLine > f.line && f.endColumn === 1) {
    endLine -= 1;
    endColumn = undefined;
  }
  if (endLine !== f.line) return { file, startLine: f.line, endLine };
  return { file, startLine: f.line, endLine, startColumn: f.column, ...(endColumn !== undefined ? { endColumn: Math.max(f.column, endColumn) } : {}) };
}

/** One workflow command for a finding. */
export function annotationCommand(f: Finding, ctx: FormatContext): string {
  const p = annotationPosition(f, ctx);
  const props: [string, string | number | undefined][] = [
    ["file", p.file],
    ["line", p.startLine],
    ["col", p.startColumn],
    ["endLine", p.endLine],
    ["endColumn", p.endColumn],
    ["title", f.ruleId],
  ];
  const list = props.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${f.severity} ${list.join(",")}::${escapeData(f.message)}`;
}

/** A finding as one plain log line, never read as a workflow command (see escape.ts). */
export function plainLine(f: Finding, ctx: FormatContext): string {
  return `  ${logLine(`${displayRepoPath(f.file, ctx)}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.ruleId}]`)}`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

export const github: Formatter = (results, ctx) => {
  const all = results.flatMap((r) => r.findings);
  const shown: Finding[] = [];
  const hidden: Finding[] = [];
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
        `${what} more than GitHub shows as annotations (${ANNOTATIONS_PER_STEP} errors and ${ANNOTATIONS_PER_STEP} warnings per step): see the group "calico-ipam-lint: ${what} more" in this step's log, and the job summary`,
      )}`,
    );
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
};
