import { docsUrl, REPOSITORY, VERSION } from "../../version.js";
import type { Finding, FormatContext, Formatter, RelatedFinding, RuleInfo } from "../types.js";
import { encodeUriPath, fileUri, repoPath } from "./paths.js";
import { fitSarif, GITHUB_SARIF_LIMITS, type Omitted, type SarifLimits } from "./sarif-limits.js";

/**
 * SARIF 2.1.0 as GitHub code scanning ingests it: every rule described with its help page, every
 * result with a repository-relative location (`%SRCROOT%`) and a full region in UTF-16 columns,
 * related locations for findings that point at other places (duplicate addresses).
 */

const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const SRCROOT = "%SRCROOT%";
/** GitHub truncates longer descriptions. */
const MAX_TEXT = 1024;

/** `duplicate-static-ip` → `DuplicateStaticIp`: SARIF's rule names are identifiers, ids stay as they are. */
export const ruleName = (id: string): string =>
  id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join("");

const clip = (s: string): string => (s.length <= MAX_TEXT ? s : `${s.slice(0, MAX_TEXT - 1)}…`);

function reportingDescriptor(rule: RuleInfo) {
  const full = [rule.calico, rule.remediation].filter((s): s is string => Boolean(s)).join(" ");
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
    properties: { tags: ["calico", "ipam", "kubernetes"], precision: "very-high", "problem.severity": rule.defaultSeverity === "error" ? "error" : "warning" },
  };
}

function artifactLocation(file: string, ctx: FormatContext) {
  const p = repoPath(file, ctx);
  return "relative" in p ? { uri: encodeUriPath(p.relative), uriBaseId: SRCROOT } : { uri: fileUri(p.absolute) };
}

function region(f: { line: number; column: number; endLine: number; endColumn: number }) {
  const endLine = Math.max(f.line, f.endLine);
  const endColumn = endLine === f.line ? Math.max(f.column, f.endColumn) : Math.max(1, f.endColumn);
  return { startLine: f.line, startColumn: f.column, endLine, endColumn };
}

function physicalLocation(f: Finding | RelatedFinding, ctx: FormatContext) {
  return { physicalLocation: { artifactLocation: artifactLocation(f.file, ctx), region: region(f) } };
}

/** The SARIF formatter, its report fitted under `limits` (GitHub's, by default). */
export const sarifWithin = (limits: SarifLimits): Formatter => (results, ctx) => {
  const rules = [...ctx.rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Findings of rules the context does not describe (a caller's own rules) still need a descriptor.
  const known = new Set(rules.map((r) => r.id));
  for (const r of results)
    for (const f of r.findings)
      if (!known.has(f.ruleId)) {
        known.add(f.ruleId);
        rules.push({ id: f.ruleId, description: f.ruleId, defaultSeverity: f.severity, docsUrl: docsUrl(f.ruleId) });
      }
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((r) =>
    r.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId) ?? 0,
      level: f.severity,
      message: { text: f.message },
      locations: [physicalLocation(f, ctx)],
      ...(f.related && f.related.length > 0
        ? { relatedLocations: f.related.map((rel, i) => ({ id: i + 1, ...physicalLocation(rel, ctx), message: { text: rel.message } })) }
        : {}),
    })),
  );
  const root = ctx.sourceRoot ?? ctx.cwd;
  const render = (chosen: Readonly<typeof sarifResults>, omitted: Omitted | undefined): string => {
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
              rules: rules.map(reportingDescriptor),
            },
          },
          invocations: [
            {
              executionSuccessful: true,
              workingDirectory: { uri: fileUri(ctx.cwd, true) },
              ...(omitted ? { toolExecutionNotifications: [{ level: "warning", message: { text: omitted.reason } }] } : {}),
            },
          ],
          originalUriBaseIds: { [SRCROOT]: { uri: fileUri(root, true) } },
          columnKind: "utf16CodeUnits",
          results: chosen,
          ...(omitted ? { properties: { omittedResults: omitted } } : {}),
        },
      ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
  };
  // A result's characters in the report: rendered as it is, indented eight more (runs[0].results[i]).
  const sizeOf = (r: (typeof sarifResults)[number]): number => {
    const text = JSON.stringify(r, null, 2);
    let lines = 1;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
    return text.length + 8 * lines + 2;
  };
  const { text, omitted } = fitSarif(sarifResults, render, limits, sizeOf);
  if (omitted) ctx.warn?.(omitted.reason);
  return text;
};

export const sarif: Formatter = sarifWithin(GITHUB_SARIF_LIMITS);
