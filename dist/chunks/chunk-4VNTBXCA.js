import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);

// src/engine/baseline.ts
var BASELINE_VERSION = 1;
var keyOf = (e) => JSON.stringify([e.rule, e.file, e.kind ?? "", e.namespace ?? "", e.name ?? "", e.value]);
function entryOf(f, path) {
  const o = f.object;
  return {
    rule: f.ruleId,
    file: path(f.file),
    ...o?.kind !== void 0 ? { kind: o.kind } : {},
    ...o?.namespace !== void 0 ? { namespace: o.namespace } : {},
    ...o?.name !== void 0 ? { name: o.name } : {},
    value: f.value ?? f.message
  };
}
function buildBaseline(results, path) {
  const counts = /* @__PURE__ */ new Map();
  for (const r of results) {
    for (const f of r.findings) {
      const entry = entryOf(f, path);
      const k = keyOf(entry);
      const c = counts.get(k);
      if (c) c.count++;
      else counts.set(k, { entry, count: 1 });
    }
  }
  const findings = [...counts.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, { entry, count }]) => ({ ...entry, count }));
  return { version: BASELINE_VERSION, findings };
}
function serializeBaseline(b) {
  return `${JSON.stringify(b, null, 2)}
`;
}
function parseBaseline(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { error: `not valid JSON (${e.message})` };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { error: "expected an object with version and findings" };
  const d = data;
  if (d.version !== BASELINE_VERSION) return { error: `unsupported version ${JSON.stringify(d.version)} (this calico-ipam-lint writes version ${BASELINE_VERSION})` };
  if (!Array.isArray(d.findings)) return { error: "findings must be a list" };
  const findings = [];
  for (const [i, raw] of d.findings.entries()) {
    const e = raw;
    const str = (k) => e[k] === void 0 || typeof e[k] === "string";
    if (typeof e !== "object" || e === null || typeof e["rule"] !== "string" || typeof e["file"] !== "string" || typeof e["value"] !== "string" || !str("kind") || !str("namespace") || !str("name")) {
      return { error: `findings[${i}] needs string rule, file and value (and optional kind, namespace, name)` };
    }
    const count = e["count"] === void 0 ? 1 : e["count"];
    if (typeof count !== "number" || !Number.isInteger(count) || count < 1) return { error: `findings[${i}].count must be a whole number of at least 1` };
    findings.push({
      rule: e["rule"],
      file: e["file"],
      ...typeof e["kind"] === "string" ? { kind: e["kind"] } : {},
      ...typeof e["namespace"] === "string" ? { namespace: e["namespace"] } : {},
      ...typeof e["name"] === "string" ? { name: e["name"] } : {},
      value: e["value"],
      count
    });
  }
  return { version: BASELINE_VERSION, findings };
}
function applyBaseline(results, baseline, path) {
  const left = /* @__PURE__ */ new Map();
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
function recount(r, findings) {
  return {
    ...r,
    findings,
    errorCount: findings.filter((f) => f.severity === "error").length,
    warningCount: findings.filter((f) => f.severity === "warning").length
  };
}

export {
  buildBaseline,
  serializeBaseline,
  parseBaseline,
  applyBaseline,
  recount
};
