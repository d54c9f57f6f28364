import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);
import {
  REPOSITORY,
  VERSION,
  docsUrl
} from "./chunk-KFKEVZ4F.js";
import {
  encodeUriPath,
  fileUri,
  repoPath
} from "./chunk-DLT2VCUT.js";
import "./chunk-UZMCNIHN.js";

// src/report/formatters/sarif-limits.ts
import { gzipSync } from "node:zlib";
var GITHUB_SARIF_LIMITS = { maxResults: 25e3, maxGzipBytes: 10 * 1024 * 1024 };
var RANK = { error: 0, warning: 1 };
function chooseIndices(severities, keep) {
  const order = severities.map((s, i) => ({ s, i })).sort((a, b) => RANK[a.s] - RANK[b.s] || a.i - b.i);
  return new Set(order.slice(0, keep).map((o) => o.i));
}
function fitSarif(items, render, limits) {
  let keep = Math.min(items.length, limits.maxResults);
  for (; ; ) {
    const chosen = keep === items.length ? items : (() => {
      const set = chooseIndices(items.map((r) => r.level), keep);
      return items.filter((_, i) => set.has(i));
    })();
    const omitted = keep === items.length ? void 0 : describe(items, chosen, keep < Math.min(items.length, limits.maxResults) ? "size" : "count", limits);
    const text = render(chosen, omitted);
    const size = Buffer.byteLength(text) <= limits.maxGzipBytes ? 0 : gzipSync(text).byteLength;
    if (size <= limits.maxGzipBytes || keep === 0) return { text, omitted };
    keep = Math.min(keep - 1, Math.floor(keep * limits.maxGzipBytes * 0.95 / size));
  }
}
function describe(items, chosen, why, limits) {
  const count = (list, pred) => list.reduce((n, r) => n + (pred(r) ? 1 : 0), 0);
  const byRule = {};
  for (const r of items) byRule[r.ruleId] = (byRule[r.ruleId] ?? 0) + 1;
  for (const r of chosen) byRule[r.ruleId] = (byRule[r.ruleId] ?? 0) - 1;
  const omittedByRule = Object.fromEntries(Object.entries(byRule).filter(([, n]) => n > 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
  const omittedErrors = count(items, (r) => r.level === "error") - count(chosen, (r) => r.level === "error");
  const omittedWarnings = count(items, (r) => r.level === "warning") - count(chosen, (r) => r.level === "warning");
  const limit = why === "count" ? `GitHub code scanning accepts at most ${limits.maxResults.toLocaleString("en-US")} results in a run` : `GitHub code scanning accepts at most ${(limits.maxGzipBytes / 1024 / 1024).toLocaleString("en-US")} MB of SARIF after gzip`;
  const parts = [omittedErrors > 0 ? `${omittedErrors} error${omittedErrors === 1 ? "" : "s"}` : "", omittedWarnings > 0 ? `${omittedWarnings} warning${omittedWarnings === 1 ? "" : "s"}` : ""].filter(Boolean);
  const rules = Object.entries(omittedByRule).map(([id, n]) => `${id} ${n}`).join(", ");
  return {
    total: items.length,
    written: chosen.length,
    omitted: items.length - chosen.length,
    omittedErrors,
    omittedWarnings,
    omittedByRule,
    reason: `the SARIF report holds ${chosen.length} of ${items.length} results: ${limit}; left out ${parts.join(" and ")} (${rules}), errors kept first. Every finding is in the other formats (--format json).`
  };
}

// src/report/formatters/sarif.ts
var SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var MAX_TEXT = 1024;
var ruleName = (id) => id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]?.toUpperCase() + w.slice(1)).join("");
var clip = (s) => s.length <= MAX_TEXT ? s : `${s.slice(0, MAX_TEXT - 1)}\u2026`;
function reportingDescriptor(rule) {
  const full = [rule.calico, rule.remediation].filter((s) => Boolean(s)).join(" ");
  const helpText = [rule.description, rule.remediation, `Documentation: ${rule.docsUrl}`].filter(Boolean).join("\n\n");
  const helpMarkdown = [rule.description, rule.remediation, `[Documentation of \`${rule.id}\`](${rule.docsUrl})`].filter(Boolean).join("\n\n");
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: clip(rule.description) },
    fullDescription: { text: clip(full || rule.description) },
    helpUri: rule.docsUrl,
    help: { text: helpText, markdown: helpMarkdown },
    defaultConfiguration: { level: rule.defaultSeverity },
    properties: { tags: ["calico", "ipam", "kubernetes"], precision: "very-high", "problem.severity": rule.defaultSeverity === "error" ? "error" : "warning" }
  };
}
function artifactLocation(file, ctx) {
  const p = repoPath(file, ctx);
  return "relative" in p ? { uri: encodeUriPath(p.relative), uriBaseId: SRCROOT } : { uri: fileUri(p.absolute) };
}
function region(f) {
  const endLine = Math.max(f.line, f.endLine);
  const endColumn = endLine === f.line ? Math.max(f.column, f.endColumn) : Math.max(1, f.endColumn);
  return { startLine: f.line, startColumn: f.column, endLine, endColumn };
}
function physicalLocation(f, ctx) {
  return { physicalLocation: { artifactLocation: artifactLocation(f.file, ctx), region: region(f) } };
}
var sarifWithin = (limits) => (results, ctx) => {
  const rules = [...ctx.rules.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const known = new Set(rules.map((r) => r.id));
  for (const r of results)
    for (const f of r.findings)
      if (!known.has(f.ruleId)) {
        known.add(f.ruleId);
        rules.push({ id: f.ruleId, description: f.ruleId, defaultSeverity: f.severity, docsUrl: docsUrl(f.ruleId) });
      }
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap(
    (r) => r.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId) ?? 0,
      level: f.severity,
      message: { text: f.message },
      locations: [physicalLocation(f, ctx)],
      ...f.related && f.related.length > 0 ? { relatedLocations: f.related.map((rel, i) => ({ id: i + 1, ...physicalLocation(rel, ctx), message: { text: rel.message } })) } : {}
    }))
  );
  const root = ctx.sourceRoot ?? ctx.cwd;
  const render = (chosen, omitted2) => {
    const log = {
      $schema: SCHEMA,
      version: "2.1.0",
      runs: [
        {
          tool: {
            driver: {
              name: "calico-ipam-lint",
              informationUri: REPOSITORY,
              version: VERSION,
              semanticVersion: VERSION,
              rules: rules.map(reportingDescriptor)
            }
          },
          invocations: [
            {
              executionSuccessful: true,
              workingDirectory: { uri: fileUri(ctx.cwd, true) },
              ...omitted2 ? { toolExecutionNotifications: [{ level: "warning", message: { text: omitted2.reason } }] } : {}
            }
          ],
          originalUriBaseIds: { [SRCROOT]: { uri: fileUri(root, true) } },
          columnKind: "utf16CodeUnits",
          results: chosen,
          ...omitted2 ? { properties: { omittedResults: omitted2 } } : {}
        }
      ]
    };
    return `${JSON.stringify(log, null, 2)}
`;
  };
  const { text, omitted } = fitSarif(sarifResults, render, limits);
  if (omitted) ctx.warn?.(omitted.reason);
  return text;
};
var sarif = sarifWithin(GITHUB_SARIF_LIMITS);
export {
  ruleName,
  sarif,
  sarifWithin
};
