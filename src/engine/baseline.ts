import type { FileResult, Finding } from "../report/types.js";

/**
 * Baselines: the findings a repository already had when it adopted the linter, so that only new ones
 * are reported. An entry is keyed by rule, file, object (kind, namespace, name) and the offending
 * value (the finding's `value`, else its message), never by line, so edits elsewhere in the file do
 * not bring a baselined finding back. Counts matter: with two identical findings and one baselined,
 * one is reported.
 *
 * The file (JSON, sorted, one entry per key):
 *
 *     { "version": 1,
 *       "findings": [ { "rule": "pool-overlap", "file": "cluster/pools.yaml", "kind": "IPPool",
 *                       "name": "b", "value": "10.0.0.0/16", "count": 1 } ] }
 *
 * `file` is relative to the directory of the baseline file, with `/` separators.
 */

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  readonly rule: string;
  readonly file: string;
  readonly kind?: string;
  readonly namespace?: string;
  readonly name?: string;
  readonly value: string;
  readonly count: number;
}

export interface Baseline {
  readonly version: typeof BASELINE_VERSION;
  readonly findings: readonly BaselineEntry[];
}

/** Turns a finding's file (as reported) into the baseline's form of it. */
export type BaselinePath = (file: string) => string;

const keyOf = (e: Omit<BaselineEntry, "count">): string => JSON.stringify([e.rule, e.file, e.kind ?? "", e.namespace ?? "", e.name ?? "", e.value]);

function entryOf(f: Finding, path: BaselinePath): Omit<BaselineEntry, "count"> {
  const o = f.object;
  return {
    rule: f.ruleId,
    file: path(f.file),
    ...(o?.kind !== undefined ? { kind: o.kind } : {}),
    ...(o?.namespace !== undefined ? { namespace: o.namespace } : {}),
    ...(o?.name !== undefined ? { name: o.name } : {}),
    value: f.value ?? f.message,
  };
}

/** The baseline of these results: every finding, counted by key. */
export function buildBaseline(results: readonly FileResult[], path: BaselinePath): Baseline {
  const counts = new Map<string, { entry: Omit<BaselineEntry, "count">; count: number }>();
  for (const r of results) {
    for (const f of r.findings) {
      const entry = entryOf(f, path);
      const k = keyOf(entry);
      const c = counts.get(k);
      if (c) c.count++;
      else counts.set(k, { entry, count: 1 });
    }
  }
  const findings = [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, { entry, count }]) => ({ ...entry, count }));
  return { version: BASELINE_VERSION, findings };
}

export function serializeBaseline(b: Baseline): string {
  return `${JSON.stringify(b, null, 2)}\n`;
}

/** Read a baseline file's text; a message when it is not one. */
export function parseBaseline(text: string): Baseline | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { error: `not valid JSON (${(e as Error).message})` };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { error: "expected an object with version and findings" };
  const d = data as { version?: unknown; findings?: unknown };
  if (d.version !== BASELINE_VERSION) return { error: `unsupported version ${JSON.stringify(d.version)} (this calico-ipam-lint writes version ${BASELINE_VERSION})` };
  if (!Array.isArray(d.findings)) return { error: "findings must be a list" };
  const findings: BaselineEntry[] = [];
  for (const [i, raw] of d.findings.entries()) {
    const e = raw as Record<string, unknown>;
    const str = (k: string): boolean => e[k] === undefined || typeof e[k] === "string";
    if (typeof e !== "object" || e === null || typeof e["rule"] !== "string" || typeof e["file"] !== "string" || typeof e["value"] !== "string" || !str("kind") || !str("namespace") || !str("name")) {
      return { error: `findings[${i}] needs string rule, file and value (and optional kind, namespace, name)` };
    }
    const count = e["count"] === undefined ? 1 : e["count"];
    if (typeof count !== "number" || !Number.isInteger(count) || count < 1) return { error: `findings[${i}].count must be a whole number of at least 1` };
    findings.push({
      rule: e["rule"],
      file: e["file"],
      ...(typeof e["kind"] === "string" ? { kind: e["kind"] } : {}),
      ...(typeof e["namespace"] === "string" ? { namespace: e["namespace"] } : {}),
      ...(typeof e["name"] === "string" ? { name: e["name"] } : {}),
      value: e["value"],
      count,
    });
  }
  return { version: BASELINE_VERSION, findings };
}

/** Hide the findings the baseline records (as many of each key as it counts). */
export function applyBaseline(results: readonly FileResult[], baseline: Baseline, path: BaselinePath): { results: FileResult[]; hidden: number } {
  const left = new Map<string, number>();
  for (const e of baseline.findings) left.set(keyOf(e), (left.get(keyOf(e)) ?? 0) + e.count);
  let hidden = 0;
  const out = results.map((r) => {
    const findings = r.findings.filter((f) => {
      const k = keyOf(entryOf(f, path));
      const n = left.get(k) ?? 0;
      if (n === 0) return true;
      left.set(k, n - 1);
      hidden++;
      return false;
    });
    return findings.length === r.findings.length ? r : recount(r, findings);
  });
  return { results: out, hidden };
}

export function recount(r: FileResult, findings: readonly Finding[]): FileResult {
  return {
    ...r,
    findings,
    errorCount: findings.filter((f) => f.severity === "error").length,
    warningCount: findings.filter((f) => f.severity === "warning").length,
  };
}
