import { timingEnabled, timings, type Timed } from "../engine/timing.js";

/**
 * The `TIMING` table, as ESLint prints it: the rules that took longest (ten; `TIMING=all` for
 * all, a number above ten for that many), then the stages the rules stand on. On standard error, so that a report on
 * standard output stays what its format says.
 */
export function timingTable(setting: string | undefined): string {
  if (!timingEnabled()) return "";
  const rules = timings("rule");
  const asked = Number.parseInt(setting ?? "", 10);
  const shown = setting?.toLowerCase() === "all" ? rules.length : asked > 10 ? asked : 10;
  const stages = timings("stage");
  return `${table("Rule", rules.slice(0, shown), rules)}\n${table("Stage", stages, stages)}`;
}

function table(what: string, rows: readonly Timed[], all: readonly Timed[]): string {
  const total = all.reduce((n, r) => n + r.ms, 0);
  const cells = rows.map((r) => [r.label, r.ms.toFixed(3), `${total > 0 ? ((100 * r.ms) / total).toFixed(1) : "0.0"}%`]);
  const head = [what, "Time (ms)", "Relative"];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) => `${c[0]!.padEnd(widths[0]!)} | ${c[1]!.padStart(widths[1]!)} | ${c[2]!.padStart(widths[2]!)}`;
  const rule = `:${"-".repeat(widths[0]!)}|${"-".repeat(widths[1]! + 1)}:|${"-".repeat(widths[2]!)}:`;
  return [line(head), rule, ...cells.map(line)].join("\n") + "\n";
}
