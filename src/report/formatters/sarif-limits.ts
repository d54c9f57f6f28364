import { gzipSync } from "node:zlib";
import type { Severity } from "../../rules/define-rule.js";

/**
 * GitHub code scanning refuses a SARIF upload with more than 25,000 results in a run or more than
 * 10 MB after gzip (github/docs `data/reusables/code-scanning/sarif-limits.md`), and of an accepted
 * run keeps the 5,000 most severe. A report over either limit keeps the errors first, then the
 * warnings, and says what it left out.
 */

export interface SarifLimits {
  readonly maxResults: number;
  readonly maxGzipBytes: number;
  /** Characters a report is rendered with at most before its size is measured (default MAX_RENDERED). */
  readonly maxRendered?: number;
}

export const GITHUB_SARIF_LIMITS: SarifLimits = { maxResults: 25_000, maxGzipBytes: 10 * 1024 * 1024 };

export interface Omitted {
  readonly total: number;
  readonly written: number;
  readonly omitted: number;
  readonly omittedErrors: number;
  readonly omittedWarnings: number;
  /** Left-out results per rule id. */
  readonly omittedByRule: Readonly<Record<string, number>>;
  readonly reason: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1 };

/** Below this many items, no report comes near MAX_RENDERED (each message is at most 1,024 characters). */
const MEASURED_FROM = 1000;

/** How many items, taken errors first, then warnings, each in report order, fit in `max` characters. */
function fitting<T extends { readonly level: Severity }>(items: readonly T[], sizeOf: (item: T) => number, max: number): number {
  const order = items.map((r, i) => ({ r, i })).sort((a, b) => RANK[a.r.level] - RANK[b.r.level] || a.i - b.i);
  let used = 0;
  for (let n = 0; n < order.length; n++) {
    used += sizeOf((order[n] as { r: T }).r);
    if (used > max) return n;
  }
  return items.length;
}

/** The indices of the `keep` results to write: errors before warnings, each in report order. */
function chooseIndices(severities: readonly Severity[], keep: number): Set<number> {
  const order = severities.map((s, i) => ({ s, i })).sort((a, b) => RANK[a.s] - RANK[b.s] || a.i - b.i);
  return new Set(order.slice(0, keep).map((o) => o.i));
}

/**
 * The most characters a report is rendered with before its size is measured: a string is at most
 * about 2^29 characters in V8, and 20,000 findings with fifty related places each rendered past it
 * ("Invalid string length"). Reports that large are cut to this first (errors first), then fitted
 * as any other.
 */
export const MAX_RENDERED = 2 ** 28;

/**
 * Fit `items` under the limits: `render` makes the report's text from the chosen items (and what
 * was left out); it is called again with fewer items while the text is too large. `sizeOf`, the
 * characters an item takes in the text, is asked of a report of many items (MEASURED_FROM), which
 * is first cut to MAX_RENDERED.
 */
export function fitSarif<T extends { readonly level: Severity; readonly ruleId: string }>(
  items: readonly T[],
  render: (chosen: readonly T[], omitted: Omitted | undefined) => string,
  limits: SarifLimits,
  sizeOf?: (item: T) => number,
): { text: string; omitted: Omitted | undefined } {
  let keep = Math.min(items.length, limits.maxResults);
  if (sizeOf && items.length >= MEASURED_FROM) keep = Math.min(keep, fitting(items, sizeOf, limits.maxRendered ?? MAX_RENDERED));
  for (;;) {
    const chosen = keep === items.length ? items : (() => {
      const set = chooseIndices(items.map((r) => r.level), keep);
      return items.filter((_, i) => set.has(i));
    })();
    const omitted = keep === items.length ? undefined : describe(items, chosen, keep < Math.min(items.length, limits.maxResults) ? "size" : "count", limits);
    const text = render(chosen, omitted);
    // Gzip never makes JSON text larger than itself by much; only a large report is measured.
    const size = Buffer.byteLength(text) <= limits.maxGzipBytes ? 0 : gzipSync(text).byteLength;
    if (size <= limits.maxGzipBytes || keep === 0) return { text, omitted };
    // Shrink in proportion, with a margin, so that a few passes suffice.
    keep = Math.min(keep - 1, Math.floor((keep * limits.maxGzipBytes * 0.95) / size));
  }
}

function describe<T extends { readonly level: Severity; readonly ruleId: string }>(items: readonly T[], chosen: readonly T[], why: "count" | "size", limits: SarifLimits): Omitted {
  const count = (list: readonly T[], pred: (r: T) => boolean): number => list.reduce((n, r) => n + (pred(r) ? 1 : 0), 0);
  const byRule: Record<string, number> = {};
  for (const r of items) byRule[r.ruleId] = (byRule[r.ruleId] ?? 0) + 1;
  for (const r of chosen) byRule[r.ruleId] = (byRule[r.ruleId] ?? 0) - 1;
  const omittedByRule = Object.fromEntries(Object.entries(byRule).filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const omittedErrors = count(items, (r) => r.level === "error") - count(chosen, (r) => r.level === "error");
  const omittedWarnings = count(items, (r) => r.level === "warning") - count(chosen, (r) => r.level === "warning");
  const limit =
    why === "count"
      ? `GitHub code scanning accepts at most ${limits.maxResults.toLocaleString("en-US")} results in a run`
      : `GitHub code scanning accepts at most ${(limits.maxGzipBytes / 1024 / 1024).toLocaleString("en-US")} MB of SARIF after gzip`;
  const parts = [omittedErrors > 0 ? `${omittedErrors} error${omittedErrors === 1 ? "" : "s"}` : "", omittedWarnings > 0 ? `${omittedWarnings} warning${omittedWarnings === 1 ? "" : "s"}` : ""].filter(Boolean);
  const rules = Object.entries(omittedByRule)
    .map(([id, n]) => `${id} ${n}`)
    .join(", ");
  return {
    total: items.length,
    written: chosen.length,
    omitted: items.length - chosen.length,
    omittedErrors,
    omittedWarnings,
    omittedByRule,
    reason: `the SARIF report holds ${chosen.length} of ${items.length} results: ${limit}; left out ${parts.join(" and ")} (${rules}), errors kept first. Every finding is in the other formats (--format json).`,
  };
}
