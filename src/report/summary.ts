import { markdownCell, markdownCode, markdownText } from "./escape.js";
import { displayRepoPath, encodeUriPath } from "./formatters/paths.js";
import type { FileResult, FormatContext } from "./types.js";

/**
 * The Markdown job summary GitHub shows on a workflow run's page: totals and every finding in one
 * table. GitHub rejects a step summary above 1 MiB, so the table stops early, saying so, when the
 * text would pass the budget.
 */

export const SUMMARY_LIMIT = 1024 * 1024;

export interface SummaryOptions {
  /** `https://github.com/<owner>/<repo>/blob/<sha>`: findings link to their lines. */
  readonly linkBase?: string;
  /** Markdown appended after the findings (the allocation report's pool table). */
  readonly extra?: string;
  /** Where the complete findings are (a SARIF path), named when the table is cut. */
  readonly fullReport?: string;
  /** Bytes the summary may take; GitHub's limit less what other steps may add. */
  readonly budget?: number;
}

/** Text for a Markdown table cell: one line, no column breaks, no raw HTML. */
export const cell = markdownCell;

const bytes = (s: string): number => new TextEncoder().encode(s).length;

/** The whole lines of `text` that fit in `max` bytes, and a line saying how many were left out. */
export function capLines(text: string, max: number): string {
  if (bytes(text) <= max) return text;
  const lines = text.split("\n");
  const kept: string[] = [];
  let used = 200; // room for the note
  for (const l of lines) {
    const size = bytes(l) + 1;
    if (used + size > max) break;
    used += size;
    kept.push(l);
  }
  const left = lines.length - kept.length;
  return `${kept.join("\n")}\n\n${left} more line${left === 1 ? "" : "s"} of this section left out: a step summary holds at most 1 MiB. Run \`calico-ipam-lint plan\` for all of it.`;
}

export function renderSummaryMarkdown(results: readonly FileResult[], ctx: FormatContext, options: SummaryOptions = {}): string {
  const findings = results.flatMap((r) => r.findings);
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const head: string[] = ["## calico-ipam-lint", ""];
  const files = results.length;
  if (findings.length === 0) head.push(`No Calico IPAM problems found in ${files} file${files === 1 ? "" : "s"}.`, "");
  else {
    head.push(`**${errors}** error${errors === 1 ? "" : "s"} and **${warnings}** warning${warnings === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"} linted.`, "");
    head.push("| Severity | Rule | Location | Message |", "| --- | --- | --- | --- |");
  }
  const budget = Math.min(options.budget ?? SUMMARY_LIMIT - 64 * 1024, SUMMARY_LIMIT);
  // The plan may take half the budget: past that GitHub would drop the whole summary.
  const tail = options.extra ? ["", capLines(options.extra.trimEnd(), Math.floor(budget / 2)), ""] : [];
  let used = bytes(head.join("\n")) + bytes(tail.join("\n")) + 512;
  const rows: string[] = [];
  let cut = 0;
  for (const f of findings) {
    const path = displayRepoPath(f.file, ctx);
    const where = `${path}:${f.line}:${f.column}`;
    const loc = options.linkBase && !path.startsWith("/") && !path.startsWith("<") ? `[${markdownText(where)}](${options.linkBase}/${encodeUriPath(path)}#L${f.line}${f.endLine > f.line ? `-L${f.endLine}` : ""})` : `\`${markdownCode(where)}\``;
    const rule = ctx.rules.get(f.ruleId);
    const ruleCell = rule ? `[${f.ruleId}](${rule.docsUrl})` : f.ruleId;
    const row = `| ${f.severity === "error" ? "❌ error" : "⚠️ warning"} | ${ruleCell} | ${loc} | ${cell(f.message)} |`;
    const size = bytes(row) + 1;
    if (cut > 0 || used + size > budget) {
      cut++;
      continue;
    }
    used += size;
    rows.push(row);
  }
  const out = [...head, ...rows];
  if (cut > 0) out.push("", `${cut} more finding${cut === 1 ? "" : "s"} left out: a step summary holds at most 1 MiB.${options.fullReport ? ` All findings are in ${options.fullReport}.` : ""}`);
  return `${[...out, ...tail].join("\n").trimEnd()}\n`;
}
