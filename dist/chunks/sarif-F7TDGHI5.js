import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);
import {
  encodeUriPath,
  fileUri,
  repoPath
} from "./chunk-7U54TPFQ.js";
import {
  REPOSITORY,
  VERSION,
  docsUrl
} from "./chunk-Q4AKBPAO.js";
import "./chunk-UZMCNIHN.js";

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
var sarif = (results, ctx) => {
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
        invocations: [{ executionSuccessful: true, workingDirectory: { uri: fileUri(ctx.cwd, true) } }],
        originalUriBaseIds: { [SRCROOT]: { uri: fileUri(root, true) } },
        columnKind: "utf16CodeUnits",
        results: sarifResults
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
};
export {
  ruleName,
  sarif
};
