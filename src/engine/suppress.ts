import picomatch from "picomatch";
import { atPointer, innerSpan, LineIndex, type K8sObject, type Model, type Node, type ScalarNode, type SourceFile, type Span } from "../model/index.js";
import { renderMessage, type Severity } from "../rules/define-rule.js";
import { RULES } from "../rules/index.js";
import unusedSuppression from "../rules/unused-suppression.js";
import type { Finding } from "../report/types.js";
import { nearest, type SuppressEntry } from "../config/index.js";
import type { PathPolicy, Policy } from "./policy.js";

/**
 * The suppression step, run after every rule: drops findings that a suppression covers and reports
 * suppressions that covered nothing (`unused-suppression`). Three forms:
 *
 * - the annotation `calico-ipam-lint.io/ignore: "rule-a,rule-b"` (or `all`) on an object's
 *   metadata covers findings located anywhere in that object; on a pod template's metadata, findings
 *   located in the template;
 * - a comment line `# calico-ipam-lint-disable-next-line rule-a, rule-b` (no ids: all rules; text
 *   after ` -- ` is a free reason) covers findings located on the next line that holds YAML, and
 *   in the whole node that line starts: the map entry (key and value, nested blocks included), or
 *   the list item when the line starts with `-`;
 * - a `suppress` entry of the configuration covers findings located in objects whose kind,
 *   namespace and name match (and findings that name such an object).
 *
 * Findings are matched by where they are located, so a suppression follows its YAML node when
 * lines are added above it.
 */

export const IGNORE_ANNOTATION = "calico-ipam-lint.io/ignore";
export const DIRECTIVE = "calico-ipam-lint-disable-next-line";
const UNUSED = unusedSuppression.id;

export interface Pos {
  readonly line: number;
  readonly column: number;
}
export interface Region {
  readonly file: string;
  readonly start: Pos;
  readonly end: Pos;
}

export interface Suppression {
  readonly form: "annotation" | "comment" | "config";
  /** Where it is written: its severity follows that file, and unused ids are reported there. */
  readonly file: string;
  readonly span: Span;
  /** The findings it covers: those located in `region` (annotations, comments), else those `covers` says (configuration entries). */
  readonly region?: Region;
  readonly covers?: (f: Finding) => boolean;
  /** Covers every rule (`all`, or a comment naming none). */
  readonly all: boolean;
  readonly ids: readonly { readonly id: string; readonly span: Span }[];
  /** Whether being unused can be judged (config entries: some object in view matches). */
  readonly judgeable: boolean;
  readonly used: Set<string>;
  usedAny: boolean;
}

/** Whether `s`, which covers the place of `f`, suppresses it; it is marked used if so. */
function suppresses(s: Suppression, f: Finding): boolean {
  let suppressed = false;
  if (s.all) {
    s.usedAny = true;
    suppressed = true;
  }
  if (s.ids.some((x) => x.id === f.ruleId)) {
    s.used.add(f.ruleId);
    s.usedAny = true;
    suppressed = true;
  }
  return suppressed;
}

/**
 * The findings no suppression covers, in their order; those that cover one are marked used. Per
 * file, the findings in order of place meet the regions in order of start, each region held while
 * it lasts: 15,000 comments over 30,000 findings took 50 s when every finding was tried against
 * every suppression.
 */
export function unsuppressed(suppressions: readonly Suppression[], findings: readonly Finding[]): Finding[] {
  const out = new Uint8Array(findings.length);
  const regions = new Map<string, Suppression[]>();
  const others: Suppression[] = [];
  for (const s of suppressions) {
    if (!s.region) others.push(s);
    else if (!regions.has(s.region.file)) regions.set(s.region.file, [s]);
    else regions.get(s.region.file)?.push(s);
  }
  const inFile = new Map<string, number[]>();
  findings.forEach((f, i) => {
    if (!regions.has(f.file)) return;
    if (!inFile.has(f.file)) inFile.set(f.file, [i]);
    else inFile.get(f.file)?.push(i);
  });
  const startOf = (s: Suppression): Pos => (s.region as Region).start;
  const order = (a: Pos, b: Pos): number => a.line - b.line || a.column - b.column;
  for (const [file, list] of inFile) {
    const held = (regions.get(file) ?? []).slice().sort((a, b) => order(startOf(a), startOf(b)));
    list.sort((a, b) => order(findings[a] as Finding, findings[b] as Finding) || a - b);
    let next = 0;
    let active: Suppression[] = [];
    for (const i of list) {
      const f = findings[i] as Finding;
      while (next < held.length && before(startOf(held[next] as Suppression), f)) active.push(held[next++] as Suppression);
      // Ended before this finding: before every later one too.
      if (active.some((s) => !before(f, (s.region as Region).end))) active = active.filter((s) => before(f, (s.region as Region).end));
      for (const s of active) if (suppresses(s, f)) out[i] = 1;
    }
  }
  for (const s of others) findings.forEach((f, i) => {
    if (s.covers?.(f) && suppresses(s, f)) out[i] = 1;
  });
  return findings.filter((_, i) => out[i] === 0);
}

export interface SuppressInput {
  readonly files: readonly SourceFile[];
  readonly model: Model;
  readonly findings: readonly Finding[];
  readonly paths: PathPolicy;
  readonly only?: readonly string[];
  readonly policy?: Policy;
  /** The caller's line index of a file among `files` (the engine's: one per file for the run). */
  readonly lineIndex?: (file: string) => LineIndex;
}

export interface SuppressOutput {
  readonly findings: Finding[];
  /** The configuration file, when a finding (an unused `suppress` entry) is located in it. */
  readonly configFile?: SourceFile;
}

const before = (a: Pos, b: Pos): boolean => a.line < b.line || (a.line === b.line && a.column <= b.column);
const inRegion = (r: Region, f: Finding): boolean => r.file === f.file && before(r.start, f) && before(f, r.end);

/** Cluster-scoped kinds: an object of these kinds has no namespace, whatever the default. */
const CLUSTER_SCOPED = new Set([
  "Namespace",
  "Node",
  "PersistentVolume",
  "StorageClass",
  "PriorityClass",
  "CustomResourceDefinition",
  "ClusterRole",
  "ClusterRoleBinding",
  "MutatingWebhookConfiguration",
  "ValidatingWebhookConfiguration",
  "APIService",
  "IPPool",
  "IPReservation",
  "IPAMConfiguration",
  "IPAMConfig",
  "IPAMBlock",
  "BlockAffinity",
  "Installation",
  "FelixConfiguration",
  "BGPConfiguration",
  "BGPPeer",
  "GlobalNetworkPolicy",
  "GlobalNetworkSet",
  "HostEndpoint",
  "ClusterInformation",
  "KubeControllersConfiguration",
]);

/** picomatch for a configuration glob: `*` is any run of characters, `/` included; every other character is itself. */
const GLOB_OPTIONS: picomatch.PicomatchOptions = { dot: true, bash: true, nonegate: true, noextglob: true, nobrace: true };
/** One character as a bracket expression, so that picomatch reads it literally (it collapses backslash escapes). */
const literal = (part: string): string => part.replace(/[^A-Za-z0-9_-]/g, (c) => (c === "]" || c === "\\" || c === "^" ? `[\\${c}]` : `[${c}]`));

/**
 * A test for a `suppress` entry's kind, namespace or name. An empty value matches only a glob of
 * stars (picomatch matches nothing against the empty string). Kubernetes refuses `.` and `..` as
 * names, which picomatch never lets `*` match.
 */
function globTest(glob: string): (value: string) => boolean {
  if (glob === "") return (v) => v === "";
  const onlyStars = /^\**$/.test(glob);
  const isMatch = picomatch(glob.split("*").map(literal).join("*"), GLOB_OPTIONS);
  return (v) => (v === "" ? onlyStars : isMatch(v));
}

const DIRECTIVE_AT = /#\s*calico-ipam-lint-/y;

/**
 * Whether a text may hold a `# calico-ipam-lint-…` comment: every form `directivesIn` reads starts
 * with `#`, blanks, then the prefix. Looked for from each `#` (a character most manifests hold
 * seldom or never) rather than by searching every text for the prefix, several times slower.
 */
function mayHoldDirective(text: string): boolean {
  for (let i = text.indexOf("#"); i !== -1; i = text.indexOf("#", i + 1)) {
    DIRECTIVE_AT.lastIndex = i;
    if (DIRECTIVE_AT.test(text)) return true;
  }
  return false;
}

/** Comma- or space-separated rule ids in a string, with their offsets in it. */
function splitIds(text: string): { id: string; start: number; end: number }[] {
  const out: { id: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^,\s]+/g)) out.push({ id: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

export function applySuppressions(input: SuppressInput): SuppressOutput {
  const { files, model, findings, paths, only, policy } = input;
  // Made when first asked (a finding's or a suppression's region): most files of a run need none.
  let byPathMap: Map<string, SourceFile> | undefined;
  const byPath = (): Map<string, SourceFile> => (byPathMap ??= new Map(files.map((f) => [f.path, f])));
  const configSource = policy?.config.source;
  const indexes = new Map<string, LineIndex>();
  const indexFor = (file: string): LineIndex => {
    let idx = indexes.get(file);
    if (!idx) {
      const f = byPath().get(file);
      idx = f ? (input.lineIndex?.(file) ?? new LineIndex(f.text)) : new LineIndex(configSource?.path === file ? configSource.text : "");
      indexes.set(file, idx);
    }
    return idx;
  };
  const region = (s: Span): Region => {
    const l = indexFor(s.file).location(s);
    return { file: s.file, start: { line: l.line, column: l.column }, end: { line: l.endLine, column: l.endColumn } };
  };

  const problems: Problem[] = [];
  const suppressions: Suppression[] = [];
  const add = (s: Omit<Suppression, "used" | "usedAny">): void => {
    suppressions.push({ ...s, used: new Set(), usedAny: false });
  };

  // 1. Annotations, on objects and on pod templates.
  const seen = new Set<string>();
  // `covered` is asked only for an ignore annotation: most objects have none, and a span is made on demand.
  const fromAnnotations = (annotations: K8sObject["annotations"], covered: () => Span): void => {
    for (const a of annotations) {
      if (a.key !== IGNORE_ANNOTATION) continue;
      const key = `${a.keySpan.file}:${a.keySpan.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const node = a.node;
      if (node.kind !== "scalar" || typeof node.value !== "string" || node.value.trim() === "") {
        problems.push({ messageId: "malformed", data: {}, span: node.kind === "scalar" ? node.span : a.keySpan, value: IGNORE_ANNOTATION });
        continue;
      }
      const parts = splitIds(node.value);
      const all = parts.some((p) => p.id === "all");
      const r = region(covered());
      add({
        form: "annotation",
        file: a.keySpan.file,
        span: node.span,
        region: r,
        all,
        ids: parts.filter((p) => p.id !== "all").map((p) => ({ id: p.id, span: innerSpan(node as ScalarNode, p.start, p.end) })),
        judgeable: true,
      });
    }
  };
  for (const o of model.objects) if (o.annotations.length > 0) fromAnnotations(o.annotations, () => o.node.span);
  for (const p of model.podSources) if (p.workload.template.length > 0 && p.podAnnotations.length > 0) fromAnnotations(p.podAnnotations, () => p.templateSpan);

  // 2. Comments.
  for (const file of files) {
    if (!mayHoldDirective(file.text)) continue;
    for (const d of directivesIn(file)) {
      if ("problem" in d) {
        problems.push(d.problem);
        continue;
      }
      add({ form: "comment", file: file.path, span: d.span, region: d.region, all: d.ids.length === 0 || d.all, ids: d.ids, judgeable: true });
    }
  }

  // 3. Configuration entries.
  const entries: readonly SuppressEntry[] = policy?.config.data.suppress ?? [];
  const configRoot = configSource?.documents[0]?.root ?? null;
  entries.forEach((entry, i) => {
    const [kindRe, namespaceRe, nameRe] = [entry.kind, entry.namespace, entry.name].map((g) => (g === undefined ? undefined : globTest(g)));
    const test = (v: string | undefined, re: ((v: string) => boolean) | undefined): boolean => re === undefined || (v !== undefined && re(v));
    const matches = (kind: string, namespace: string | undefined, name: string | undefined): boolean =>
      test(kind, kindRe) && test(namespace, namespaceRe) && test(name, nameRe);
    const objects = model.objects.filter((o) =>
      matches(o.ref.kind, o.ref.namespace ?? (CLUSTER_SCOPED.has(o.ref.kind) ? undefined : model.defaultNamespace), o.ref.name),
    );
    const regions = new Map<string, Region[]>();
    for (const o of objects) regions.set(o.ref.file, [...(regions.get(o.ref.file) ?? []), region(o.node.span)]);
    const span = policy?.config.suppressSpans[i] ?? { file: configSource?.path ?? "", start: 0, end: 0 };
    const ids =
      entry.rules === "all"
        ? []
        : entry.rules.map((id, j) => {
            const at = configRoot ? atPointer(configRoot, `/suppress/${i}/rules/${j}`) : undefined;
            return { id, span: at?.found ? at.node.span : span };
          });
    add({
      form: "config",
      file: span.file,
      span,
      covers: (f) => (regions.get(f.file)?.some((r) => inRegion(r, f)) ?? false) || (f.object !== undefined && matches(f.object.kind, f.object.namespace, f.object.name)),
      all: entry.rules === "all" || entry.rules.includes("all"),
      ids: ids.filter((x) => x.id !== "all"),
      judgeable: objects.length > 0,
    });
  });

  if (suppressions.length === 0 && problems.length === 0) return { findings: [...findings] };

  // Apply.
  const kept = unsuppressed(suppressions, findings);

  // Report the unused and the malformed.
  problems.push(...unusedProblems(suppressions, paths, only));

  const out = kept;
  let configFile: SourceFile | undefined;
  for (const finding of problemFindings(problems, paths, only, indexFor)) {
    out.push(finding);
    if (configSource && finding.file === configSource.path && !byPath().has(configSource.path)) configFile = { ...configSource, contextOnly: false };
  }
  return { findings: out, ...(configFile ? { configFile } : {}) };
}

type Problem = { messageId: string; data: Record<string, string>; span: Span; value: string };

/** The unused rule ids of suppressions (and `all`s that hid nothing), and ids that name no rule. */
function unusedProblems(suppressions: readonly Suppression[], paths: PathPolicy, only: readonly string[] | undefined): Problem[] {
  const problems: Problem[] = [];
  const known = new Set(RULES.map((r) => r.id));
  const active = (ruleId: string, file: string): boolean => (!only || only.includes(ruleId)) && paths.setting(ruleId, file) !== "off" && paths.mayRun(ruleId);
  const where = { annotation: `The ${IGNORE_ANNOTATION} annotation`, comment: `This ${DIRECTIVE} comment`, config: "This suppress entry of the configuration" };
  const holder = { annotation: "the annotation", comment: "the comment", config: "the entry" };
  for (const s of suppressions) {
    for (const x of s.ids) {
      if (!known.has(x.id)) {
        const near = nearest(x.id, [...known]);
        problems.push({ messageId: "unknownRule", data: { where: where[s.form], rule: x.id, near: near ? ` (did you mean ${near}?)` : "" }, span: x.span, value: x.id });
      } else if (s.judgeable && !s.used.has(x.id) && active(x.id, s.file)) {
        const what = s.ids.length === 1 && !s.all ? holder[s.form] : `${x.id} from ${holder[s.form]}`;
        problems.push({ messageId: "unused", data: { where: where[s.form], rule: x.id, what }, span: x.span, value: x.id });
      }
    }
    if (s.all && s.judgeable && !s.usedAny && RULES.some((r) => r.id !== UNUSED && active(r.id, s.file))) {
      problems.push({ messageId: "unusedAll", data: { where: where[s.form] }, span: s.span, value: "all" });
    }
  }
  return problems;
}

/** unused-suppression findings for the problems, at the severity set for the file each is in. */
function problemFindings(problems: readonly Problem[], paths: PathPolicy, only: readonly string[] | undefined, indexFor: (file: string) => LineIndex): Finding[] {
  if (only && !only.includes(UNUSED)) return [];
  const out: Finding[] = [];
  for (const p of problems) {
    const severity = severityOf(paths.setting(UNUSED, p.span.file));
    if (!severity) continue;
    const template = unusedSuppression.meta.messages[p.messageId as keyof typeof unusedSuppression.meta.messages];
    out.push({
      ruleId: UNUSED,
      severity,
      message: renderMessage(template, p.data),
      messageId: p.messageId,
      file: p.span.file,
      ...indexFor(p.span.file).location(p.span),
      value: p.value,
    });
  }
  return out;
}

/**
 * The `# calico-ipam-lint-disable-next-line` comments of a file that reached the linter only
 * through rendered output: a Kustomize base, resource or patch, a kustomization, a Helm values
 * file. kustomize and Helm drop these files' comments, so the layout stage (src/render) matches
 * the findings it moves back into the file against them here, after relocation. A comment is used
 * when any finding moved into the file, from any render and any cluster, falls under it.
 */
export interface SourceComments {
  /** Whether a comment of the file covers the finding (located in the file); marks the comment used. */
  covers(f: Finding): boolean;
  /** Whether an unused-suppression finding (from a run that read the file directly) is about a comment used here. */
  usedHere(f: Finding): boolean;
  /** unused-suppression findings for the file's comments: unused ids, unknown ids, malformed comments. */
  report(): Finding[];
}

export function sourceComments(file: SourceFile, paths: PathPolicy, only?: readonly string[]): SourceComments {
  const suppressions: Suppression[] = [];
  const problems: Problem[] = [];
  if (mayHoldDirective(file.text)) {
    for (const d of directivesIn(file)) {
      if ("problem" in d) problems.push(d.problem);
      else suppressions.push({ form: "comment", file: file.path, span: d.span, region: d.region, all: d.ids.length === 0 || d.all, ids: d.ids, judgeable: true, used: new Set(), usedAny: false });
    }
  }
  let lines: LineIndex | undefined;
  const index = (): LineIndex => (lines ??= new LineIndex(file.text));
  const at = (span: Span): string => {
    const l = index().location(span);
    return `${l.line}:${l.column}`;
  };
  return {
    covers(f) {
      // Every suppression that covers the finding is marked used, not only the first.
      let covered = false;
      for (const s of suppressions) if (s.region && inRegion(s.region, f) && suppresses(s, f)) covered = true;
      return covered;
    },
    usedHere(f) {
      if (f.ruleId !== UNUSED || f.file !== file.path) return false;
      const pos = `${f.line}:${f.column}`;
      return suppressions.some((s) =>
        f.messageId === "unusedAll" ? s.usedAny && at(s.span) === pos : s.ids.some((x) => x.id === f.value && s.used.has(x.id) && at(x.span) === pos),
      );
    },
    report: () => problemFindings([...problems, ...unusedProblems(suppressions, paths, only)], paths, only, index),
  };
}

function severityOf(setting: string | undefined): Severity | null {
  if (setting === "off") return null;
  if (setting === "error") return "error";
  if (setting === "warn" || setting === "warning") return "warning";
  return unusedSuppression.meta.defaultSeverity;
}

type Directive =
  | { readonly span: Span; readonly region: Region; readonly all: boolean; readonly ids: readonly { readonly id: string; readonly span: Span }[] }
  | { readonly problem: Problem };

/** Every `# calico-ipam-lint-…` comment line of a file, with what it covers. */
function directivesIn(file: SourceFile): Directive[] {
  const text = file.text;
  const lines: { start: number; end: number; text: string }[] = [];
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    const body = text.slice(start, end).replace(/\r$/, "");
    lines.push({ start, end: start + body.length, text: body });
    if (nl === -1) break;
    start = nl + 1;
  }
  // Lines inside multi-line scalars (block scalars, folded quotes) are content, not comments.
  const scalars: Span[] = [];
  // Every scalar and key: a `#` inside one is text, not a comment (a trailing comment is outside all of them).
  const texts: Span[] = [];
  const starts: { start: number; end: number; seqItem: boolean }[] = [];
  const visit = (n: Node): void => {
    if (n.kind === "scalar") {
      texts.push(n.span);
      if (text.slice(n.span.start, n.span.end).includes("\n")) scalars.push(n.span);
    } else if (n.kind === "map") {
      for (const e of n.entries) {
        texts.push(e.keySpan);
        if (e.keySpan.file === file.path) starts.push({ start: e.keySpan.start, end: Math.max(e.keySpan.end, e.value.span.end), seqItem: false });
        visit(e.value);
      }
    } else {
      for (const i of n.items) {
        if (i.span.file === file.path) starts.push({ start: i.span.start, end: i.span.end, seqItem: true });
        visit(i);
      }
    }
  };
  const visited = new Set<Node>();
  for (const d of file.documents) {
    if (d.root && !visited.has(d.root)) {
      visited.add(d.root);
      visit(d.root);
    }
  }
  const insideScalar = (o: number): boolean => scalars.some((s) => s.start < o && o < s.end);
  // By start (stable: of two at one place, the one met first), searched by halves for each
  // directive's line: a file of 15,000 directives looked through all its nodes for each.
  starts.sort((a, b) => a.start - b.start);
  const firstFrom = (offset: number): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as { start: number }).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const index = new LineIndex(text);
  const out: Directive[] = [];
  lines.forEach((line, i) => {
    const m = /^(\s*)#\s*(calico-ipam-lint-[\w-]*)(.*)$/.exec(line.text);
    if (!m) {
      // A directive after YAML on its line (`staticIP: 10.0.0.5  # calico-ipam-lint-…`) is read by nobody: say so.
      const t = /\s(#\s*(calico-ipam-lint-[\w-]*).*)$/.exec(line.text);
      // (Only in a file that parsed: its scalars say where text is.)
      if (!t?.[1] || /^\s*#/.test(line.text) || file.problems.length > 0) return;
      const hash = line.start + line.text.length - t[1].length;
      if (insideScalar(hash) || texts.some((x) => x.file === file.path && x.start <= hash && hash < x.end)) return;
      out.push({ problem: { messageId: "trailing", data: { directive: t[2] ?? "" }, span: { file: file.path, start: hash, end: line.end }, value: t[2] ?? "" } });
      return;
    }
    const hashAt = line.start + (m[1]?.length ?? 0);
    if (insideScalar(hashAt)) return;
    const name = m[2] ?? "";
    const nameAt = line.start + line.text.indexOf(name, m[1]?.length ?? 0);
    const span: Span = { file: file.path, start: hashAt, end: line.end };
    if (name !== DIRECTIVE) {
      out.push({ problem: { messageId: "unknownDirective", data: { directive: name }, span: { file: file.path, start: nameAt, end: nameAt + name.length }, value: name } });
      return;
    }
    let rest = m[3] ?? "";
    if (rest !== "" && !/^\s/.test(rest)) {
      out.push({ problem: { messageId: "unknownDirective", data: { directive: name + rest.split(/\s/)[0] }, span, value: name } });
      return;
    }
    const reason = /(^|\s)--(\s|$)/.exec(rest);
    if (reason) rest = rest.slice(0, reason.index);
    const restAt = nameAt + name.length;
    const parts = splitIds(rest);
    const ids = parts.filter((p) => p.id !== "all").map((p) => ({ id: p.id, span: { file: file.path, start: restAt + p.start, end: restAt + p.end } }));
    // The next line that holds YAML (not blank, not a comment).
    let j = i + 1;
    while (j < lines.length && /^\s*(#.*)?$/.test(lines[j]?.text ?? "")) j++;
    const target = lines[j];
    if (!target || /^(---|\.\.\.)(\s|$)/.test(target.text)) {
      out.push({ problem: { messageId: "noTarget", data: {}, span, value: DIRECTIVE } });
      return;
    }
    const seqLine = /^\s*-(\s|$)/.test(target.text);
    // The node that starts first on the target line (an item when the line starts with `-`).
    let first: (typeof starts)[number] | undefined;
    for (let k = firstFrom(target.start); k < starts.length && (starts[k] as { start: number }).start <= target.end; k++) {
      if ((starts[k] as { seqItem: boolean }).seqItem === seqLine) {
        first = starts[k];
        break;
      }
    }
    const end = Math.max(target.end, first?.end ?? target.end);
    const from = index.position(target.start);
    const to = index.position(end);
    out.push({ span, region: { file: file.path, start: from, end: to }, all: parts.some((p) => p.id === "all"), ids });
  });
  return out;
}
