import { buildModel, DEFAULT_SETTINGS, kindNodeCount, LineIndex, type Model, type ModelOptions, type Settings, type SourceFile, type Span } from "../model/index.js";
import { fixProblem } from "../fix/apply.js";
import { isEditFix, type Fix } from "../fix/types.js";
import { renderMessage, type Report, type Rule, type Severity } from "../rules/define-rule.js";
import { RULES } from "../rules/index.js";
import type { FileResult, Finding, RelatedFinding, RuleInfo } from "../report/types.js";
import { docsUrl } from "../version.js";
import { checkContained } from "./contain.js";
import { applyIgnore, pathPolicy, type Policy, type RuleSetting } from "./policy.js";
import { applySuppressions } from "./suppress.js";
import { timed } from "./timing.js";

export type { RuleSetting };

export interface LintOptions extends ModelOptions {
  readonly settings?: Partial<Settings>;
  /** Per-rule severity overrides. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** Only these rules run (for tests and `--rule`). */
  readonly only?: readonly string[];
  /** Throw on a malformed report (tests); otherwise positions are clamped into the file. */
  readonly strict?: boolean;
  /** The configuration file's ignore globs, per-path overrides and suppress entries. */
  readonly policy?: Policy;
}

export interface LintOutput {
  /** One entry per linted (non-context) file, sorted by path; findings sorted and de-duplicated. */
  readonly results: FileResult[];
  readonly model: Model;
  /** The settings the rules saw (defaults, then the configuration, then flags). */
  readonly settings: Settings;
}

export function ruleInfo(rules: readonly Rule[] = RULES): Map<string, RuleInfo> {
  return new Map(
    rules.map((r) => [
      r.id,
      { id: r.id, description: r.meta.description, defaultSeverity: r.meta.defaultSeverity, docsUrl: docsUrl(r.id), calico: r.meta.calico, remediation: r.meta.remediation },
    ]),
  );
}

function severityFor(setting: RuleSetting | undefined, reported: Severity | undefined, rule: Rule): Severity | null {
  if (setting === "off") return null;
  if (setting === "error") return "error";
  if (setting === "warn" || setting === "warning") return "warning";
  return reported ?? rule.meta.defaultSeverity;
}

/** Related locations kept per finding. */
export const MAX_RELATED = 50;

/** Run every enabled rule over the files and return located, sorted findings per file. */
export function lintSources(input: readonly SourceFile[], options: LintOptions = {}): LintOutput {
  const paths = pathPolicy(options.rules, options.policy);
  // The live pods file is cluster state, not a manifest, even when it lies among the files linted.
  const given = options.live ? input.filter((f) => f.path !== options.live?.source) : input;
  // In path order, whatever order they were given in: where two files define one object (a pool,
  // a namespace) or one claim comes "first", the report must not depend on the command line's order.
  const files = applyIgnore([...given].sort((a, b) => cmp(a.path, b.path)), paths);
  const model = timed("stage", "building the model", () => buildModel(files, options));
  // A kind Cluster in view says how many nodes there are, unless the configuration or --nodes does.
  const kindNodes = kindNodeCount(model.objects);
  const settings: Settings = { ...DEFAULT_SETTINGS, ...(kindNodes !== undefined ? { nodes: kindNodes } : {}), ...options.settings };
  const byPath = new Map(files.map((f) => [f.path, f]));
  // A rule reports in runs on one file: the last file looked up is kept at hand.
  let lastPath: string | undefined;
  let lastFile: SourceFile | undefined;
  const sourceOf = (path: string): SourceFile | undefined => {
    if (path !== lastPath) {
      lastPath = path;
      lastFile = byPath.get(path);
    }
    return lastFile;
  };
  const indexes = new Map<string, LineIndex>();
  let lastLinesPath: string | undefined;
  let lastLines: LineIndex | undefined;
  const indexFor = (file: string): LineIndex => {
    if (file === lastLinesPath && lastLines) return lastLines;
    let idx = indexes.get(file);
    if (!idx) {
      idx = new LineIndex(sourceOf(file)?.text ?? "");
      indexes.set(file, idx);
    }
    lastLinesPath = file;
    lastLines = idx;
    return idx;
  };
  const checkSpan = (rule: Rule, s: Span): Span => {
    const f = sourceOf(s.file);
    if (!f || s.start < 0 || s.end < s.start || s.end > f.text.length) {
      if (options.strict || !f) throw new Error(`rule ${rule.id} reported an invalid position ${s.file}:${s.start}-${s.end}`);
      const start = Math.max(0, Math.min(s.start, f.text.length));
      return { file: s.file, start, end: Math.max(start, Math.min(s.end, f.text.length)) };
    }
    return s;
  };
  // A fix is a rule's promise about bytes: one that does not fit the file is a bug of the rule.
  const checkFix = (rule: Rule, fix: Fix | undefined, file: string): Fix | undefined => {
    if (!fix) return undefined;
    if (!rule.meta.fixable) throw new Error(`rule ${rule.id} reported a fix but is not fixable`);
    const problem = isEditFix(fix) ? fixProblem(fix, file, byPath.get(file)?.text.length ?? 0) : null;
    if (!problem) return fix;
    if (options.strict) throw new Error(`rule ${rule.id} reported a bad fix: ${problem}`);
    return undefined;
  };

  const findings: Finding[] = [];
  // The findings a rule reports, located and checked.
  const reporter = (rule: Rule) =>
    function report(r: Report<string>): void {
      const at = checkSpan(rule, r.at);
      const severity = severityFor(paths.setting(rule.id, at.file), r.severity, rule);
      if (!severity) return;
      const template = rule.meta.messages[r.messageId];
      if (template === undefined) throw new Error(`rule ${rule.id} reported unknown messageId ${r.messageId}`);
      const lines = indexFor(at.file);
      const start = lines.position(at.start);
      const end = lines.position(Math.max(at.start, at.end));
      // Built field by field in the order the reports have always listed them (no spread copies:
      // a run makes thousands of these).
      const finding: Mutable<Finding> = {
        ruleId: rule.id,
        severity,
        message: renderMessage(template, r.data),
        messageId: r.messageId,
        file: at.file,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
      };
      // At most MAX_RELATED: 4000 pods claiming one address are 4000 findings, and 4000 related
      // locations each ran out of memory; the message already says how many there are.
      if (r.related && r.related.length > 0) {
        const related: RelatedFinding[] = [];
        for (const rel of r.related.length > MAX_RELATED ? r.related.slice(0, MAX_RELATED) : r.related) {
          const span = checkSpan(rule, rel.span);
          related.push({ file: span.file, ...indexFor(span.file).location(span), message: rel.message });
        }
        finding.related = related;
      }
      const o = r.object;
      if (o) finding.object = { kind: o.kind, ...(o.namespace !== undefined ? { namespace: o.namespace } : {}), ...(o.name !== undefined ? { name: o.name } : {}) };
      if (r.value !== undefined) finding.value = r.value;
      const fix = checkFix(rule, r.fix, at.file);
      if (fix) finding.fix = fix;
      findings.push(finding);
    };
  for (const rule of RULES) {
    if (options.only && !options.only.includes(rule.id)) continue;
    if (!paths.mayRun(rule.id)) continue;
    // A rule that throws costs only what it was checking (see contain.ts), not the run.
    const context = { model, settings, sourceText: (file: string) => sourceOf(file)?.text ?? "", report: reporter(rule) };
    const failures = timed("rule", rule.id, () => checkContained(rule, files, (only) => rule.check(only ? { ...context, model: buildModel(only, options) } : context), options.strict));
    for (const f of failures) {
      findings.push({ ruleId: rule.id, severity: "error", message: f.message, messageId: "internal-error", file: f.at.file, ...indexFor(f.at.file).location(f.at) });
    }
  }
  const kept = timed("stage", "suppressions", () => applySuppressions({ files, model, findings, paths, lineIndex: indexFor, ...(options.only ? { only: options.only } : {}), ...(options.policy ? { policy: options.policy } : {}) }));
  return { results: timed("stage", "sorting the findings", () => groupResults(kept.configFile ? [...files, kept.configFile] : files, kept.findings)), model, settings };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.message, b.message) ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn
  );
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sort, de-duplicate, drop findings located in context-only files, and count per file. */
export function groupResults(files: readonly SourceFile[], findings: readonly Finding[]): FileResult[] {
  // Findings by file (few files have any), and the files reported in path order, each once: a map
  // of every file and its sorted entries took 12–16 ms of a run over 20,000 files.
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const paths: string[] = [];
  for (const f of files) if (!f.contextOnly) paths.push(f.path);
  // A folder's walk lists its files in this order already; several paths or standard input may not.
  for (let i = 1; i < paths.length; i++) {
    if (cmp(paths[i - 1] as string, paths[i] as string) > 0) {
      paths.sort(cmp);
      break;
    }
  }
  const out: FileResult[] = [];
  for (let i = 0; i < paths.length; i++) {
    const file = paths[i] as string;
    if (i > 0 && paths[i - 1] === file) continue;
    const all = byFile.get(file);
    if (!all) {
      out.push({ file, findings: [], errorCount: 0, warningCount: 0 });
      continue;
    }
    // Each file's findings sorted on their own (a stable sort, as the whole list's was): the order
    // and the duplicates dropped are those of sorting them all, without comparing paths throughout.
    all.sort(compareFindings);
    const list: Finding[] = [];
    let errorCount = 0;
    let warningCount = 0;
    let prev: Finding | undefined;
    for (const f of all) {
      if (prev && compareFindings(prev, f) === 0) continue;
      prev = f;
      list.push(f);
      if (f.severity === "error") errorCount++;
      else if (f.severity === "warning") warningCount++;
    }
    out.push({ file, findings: list, errorCount, warningCount });
  }
  return out;
}
