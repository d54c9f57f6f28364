import { buildModel, get, LineIndex, toPlain, type K8sObject, type Model, type Node, type SourceFile, type Span } from "../model/index.js";
import type { FileResult, Finding } from "../report/types.js";
import { lintSources, type LintOptions } from "./run.js";

/**
 * What a change to a cluster-wide object does to the files it did not touch. The modes that report
 * only changed files (`--changed-since`, the pre-commit hooks' `--impact-since`, the Action on a
 * pull request) would otherwise pass a commit that moves a pool away from the static addresses of
 * untouched files, and the whole-repository run fail afterwards.
 *
 * The files are linted as they are and as they were (the changed files at the base revision, every
 * other file as it is: nothing unchanged is parsed again); a finding in an untouched file that the
 * base run does not have is new, and the change caused it. It is reported again at the changed
 * object that causes it (the field that changed: a pool's `cidr`, a namespace's annotation), under
 * its own rule and severity, so an error in an untouched file fails the changed-only run too.
 *
 * Which changed object causes a finding is found by reverting each one alone (its document back to
 * the base revision) and seeing whether the finding goes away; one that no single revert removes is
 * reported at every changed object. Nothing of this runs unless a changed file holds a cluster-wide
 * object (what the model reads as pools, reservations, namespaces, IPAM configuration, pod CIDRs or
 * the CNI setup) whose contents differ from the base revision, or a followed chart's or root's
 * rendered output changed (node/impact.ts): what it renders from files the change did not edit
 * counts as untouched (`alsoCounts`), and with no cluster-wide object changed the render as a
 * whole is the change.
 */

/** Changed cluster-wide objects probed one by one; past this, a finding is reported at each of them. */
export const MAX_PROBES = 8;

export interface ImpactInput {
  /** Every file the run read, as it is now. */
  readonly files: readonly SourceFile[];
  /** Whether a file (by its path) is one of the changes. */
  readonly changed: (path: string) => boolean;
  /** The changed files as they were at the base revision, by their current path (absent: added since). */
  readonly previous: ReadonlyMap<string, SourceFile> & { text?(path: string): string | undefined };
  /** Manifests deleted since the base revision, as they were there. */
  readonly deleted?: readonly SourceFile[];
  /** Files that are neither a change nor counted as untouched (standard input, reported whole). */
  readonly skip?: (path: string) => boolean;
  /** Whether findings in context-only files count (the hooks: the context is the whole repository). */
  readonly contextCounts: boolean;
  /** The run's options (rules, settings, policy…). */
  readonly options: LintOptions;
  /**
   * The run's own results when they already hold every counted file's findings (a flat run with
   * no context files): then the files are not linted again as they are.
   */
  readonly now?: readonly FileResult[];
  /**
   * The model of the run that gave `now`: the runs here take from it what the files they share
   * with it give (their objects and pod sources), as they read the repository again as it was.
   */
  readonly nowModel?: Model;
  /**
   * The run's own results when it read the repository through its layout (charts, overlays) and
   * these runs read the files as written: a finding is reported only if the run has it too (same
   * rule, file and line), so an address an overlay patches is not said to break.
   */
  readonly confirm?: readonly FileResult[];
  /** Where the run shows a finding in these files (one in rendered output at the line that wrote it); as it is if not given. */
  readonly moved?: (f: Finding) => Finding;
  /**
   * Findings in a changed file that count as if in an untouched one: a chart's rendered output is
   * the change, but a finding in it may be written in a file the changes did not edit. Lines move
   * between its two versions, so such findings are told from the previous version's as a baseline
   * tells findings apart (rule, object, value), not by place.
   */
  readonly alsoCounts?: (f: Finding) => boolean;
}

/** Words without which a manifest holds no cluster-wide object: a text without any is not parsed. */
const CLUSTER_WIDE_WORDS = /\b(?:Namespace|IPPool|IPReservation|IPAMConfig|IPAMConfiguration|Installation|ClusterConfiguration|KubeProxyConfiguration|Cluster|Network|ConfigMap|CALICO_IPV[46]POOL_[A-Z_]+|NO_DEFAULT_POOLS)\b/;
/** A part of every word above, each sought with `includes`: where none is (most changed documents), twice as fast as the expression. */
const WORD_PARTS = ["Namespace", "IPPool", "IPReservation", "IPAMConfig", "Installation", "Cluster", "KubeProxyConfiguration", "Network", "ConfigMap", "CALICO_IPV", "NO_DEFAULT_POOLS"];

/** Whether a text holds one of CLUSTER_WIDE_WORDS. */
export function hasClusterWideWords(text: string): boolean {
  for (let i = 0; i < WORD_PARTS.length; i++) if (text.includes(WORD_PARTS[i] as string)) return CLUSTER_WIDE_WORDS.test(text);
  return false;
}

/**
 * Whether the documents of two texts that may hold cluster-wide objects are the same, text for
 * text (a `---` line at the start of a line always starts a YAML document, even inside a block
 * scalar). Most changed files change a workload beside an unchanged Namespace: their previous
 * version is then never parsed.
 */
export function sameClusterWideText(now: string, before: string): boolean {
  // The same as comparing the two lists of such documents: documents equal at the same place are
  // in both, and of the others only those with the words are counted (counting every differing
  // document hashed each as a key: 60 of 100 ms with 1,640 files changed).
  const a = documentTexts(now);
  const b = documentTexts(before);
  const added: string[] = [];
  const removed: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x !== undefined && hasClusterWideWords(x)) added.push(x);
    if (y !== undefined && hasClusterWideWords(y)) removed.push(y);
  }
  if (added.length !== removed.length) return false;
  const left = new Map<string, number>();
  for (const d of removed) left.set(d, (left.get(d) ?? 0) + 1);
  for (const d of added) {
    const n = left.get(d) ?? 0;
    if (n === 0) return false;
    left.set(d, n - 1);
  }
  return true;
}

/**
 * `text.split(/^---(?=[ \t\r\n]|$)/m)`, about 30% faster: "---" found by `indexOf` (rarely other
 * than a separator in manifests), then told by the characters around it. In a multiline pattern
 * `^` and `$` are at the text's ends and beside any of the four line terminators.
 */
export function documentTexts(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = text.indexOf("---"); i !== -1; ) {
    if ((i === 0 || isTerminator(text.charCodeAt(i - 1))) && (i + 3 === text.length || isSpaceOrTerminator(text.charCodeAt(i + 3)))) {
      out.push(text.slice(from, i));
      from = i + 3;
      i = text.indexOf("---", from);
    } else i = text.indexOf("---", i + 1);
  }
  out.push(text.slice(from));
  return out;
}
const isTerminator = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const isSpaceOrTerminator = (c: number): boolean => c === 32 || c === 9 || isTerminator(c);

/** The objects of one file that the model reads as cluster-wide. */
function clusterWide(file: SourceFile): K8sObject[] {
  if (!CLUSTER_WIDE_WORDS.test(file.text)) return [];
  const m = buildModel([{ ...file, contextOnly: false }]);
  const set = new Set<K8sObject>();
  for (const n of m.namespaceList) set.add(n.object);
  for (const p of m.pools) if (p.object) set.add(p.object);
  for (const r of m.reservations) set.add(r.object);
  for (const c of m.ipamConfigs) set.add(c.object);
  for (const c of m.podCidrs) if (c.object) set.add(c.object);
  if (m.cni?.object) set.add(m.cni.object);
  return [...set];
}

const identity = (o: K8sObject): string => JSON.stringify([o.ref.apiVersion.split("/")[0], o.ref.kind, o.ref.namespace ?? "", o.ref.name ?? ""]);
const plain = (o: K8sObject): string => JSON.stringify(toPlain(o.node));

/** A changed cluster-wide object: where its change is reported, and the files with it reverted. */
interface Change {
  readonly file: string;
  /** None for a deleted file: what it causes is reported where it is, naming the file. */
  readonly at?: Span;
  /** None for a rendered output changed as a whole: the finding's own object. */
  readonly object?: { readonly kind: string; readonly namespace?: string; readonly name?: string };
  readonly revert: (files: readonly SourceFile[]) => SourceFile[];
}

/** The first leaf of `now` that differs from `before`: fields under `spec`, then annotations, then any. */
function changedField(now: Node, before: unknown): Span {
  const found: { path: string[]; span: Span }[] = [];
  const walk = (n: Node, b: unknown, path: string[]): void => {
    if (JSON.stringify(toPlain(n)) === JSON.stringify(b)) return;
    if (n.kind === "map" && b !== null && typeof b === "object" && !Array.isArray(b)) {
      const bm = b as Record<string, unknown>;
      const keys = new Set(n.entries.map((e) => e.key));
      for (const e of n.entries) {
        if (!(e.key in bm)) found.push({ path: [...path, e.key], span: e.value.span });
        else walk(e.value, bm[e.key], [...path, e.key]);
      }
      // A field that is gone: the map that held it.
      if (Object.keys(bm).some((k) => !keys.has(k))) found.push({ path, span: n.span });
      return;
    }
    if (n.kind === "seq" && Array.isArray(b)) {
      n.items.forEach((item, i) => (i < b.length ? walk(item, b[i], [...path, String(i)]) : found.push({ path: [...path, String(i)], span: item.span })));
      if (b.length > n.items.length) found.push({ path, span: n.span });
      return;
    }
    found.push({ path, span: n.span });
  };
  walk(now, before, []);
  const pick = found.find((f) => f.path[0] === "spec") ?? found.find((f) => f.path[0] === "metadata" && f.path[1] === "annotations") ?? found[0];
  return pick?.span ?? now.span;
}

/** The file with the documents that hold `now` (and/or `before`) swapped back. */
function reverted(path: string, nowFile: SourceFile, beforeFile: SourceFile | undefined, now: K8sObject | undefined, before: K8sObject | undefined): (files: readonly SourceFile[]) => SourceFile[] {
  const docOf = (f: SourceFile | undefined, o: K8sObject | undefined): number =>
    f && o ? f.documents.findIndex((d) => d.root !== null && d.root.span.start <= o.node.span.start && o.node.span.end <= d.root.span.end) : -1;
  const i = docOf(nowFile, now);
  const j = docOf(beforeFile, before);
  const documents = [...nowFile.documents];
  if (i >= 0 && j >= 0 && beforeFile) documents[i] = beforeFile.documents[j] as SourceFile["documents"][number];
  else if (i >= 0) documents.splice(i, 1);
  else if (j >= 0 && beforeFile) documents.push(beforeFile.documents[j] as SourceFile["documents"][number]);
  const swapped: SourceFile = { ...nowFile, documents };
  return (files) => files.map((f) => (f.path === path ? swapped : f));
}

/** The changed cluster-wide objects of the changed files. */
function changesIn(input: ImpactInput): Change[] {
  const out: Change[] = [];
  for (const file of input.files) {
    if (!input.changed(file.path)) continue;
    const beforeText = input.previous.text?.(file.path);
    const mayBefore = beforeText === undefined ? input.previous.has(file.path) : CLUSTER_WIDE_WORDS.test(beforeText);
    if (!CLUSTER_WIDE_WORDS.test(file.text) && !mayBefore) continue;
    // The documents that may hold cluster-wide objects, word for word the same: nothing to parse.
    if (beforeText !== undefined && sameClusterWideText(file.text, beforeText)) continue;
    const beforeFile = mayBefore ? input.previous.get(file.path) : undefined;
    const nowObjs = clusterWide(file);
    const beforeObjs = beforeFile ? clusterWide(beforeFile) : [];
    const byId = new Map(beforeObjs.map((o) => [identity(o), o]));
    const seen = new Set<string>();
    const nowIds = new Set(nowObjs.map(identity));
    // An object renamed (a pool moved to a new name and range) is the one it replaces: the
    // objects of one kind that are gone, in order, pair with the new ones of that kind.
    const gone = beforeObjs.filter((b) => !nowIds.has(identity(b)));
    for (const o of nowObjs) {
      const id = identity(o);
      let b = byId.get(id);
      if (!b) {
        const i = gone.findIndex((g) => g.ref.kind === o.ref.kind && g.ref.apiVersion === o.ref.apiVersion);
        if (i >= 0) [b] = gone.splice(i, 1);
      }
      if (b) seen.add(identity(b));
      if (b && plain(b) === plain(o)) continue;
      const at = b ? changedField(o.node, toPlain(b.node)) : (get(o.node, "metadata", "name")?.span ?? o.ref.span);
      out.push({ file: file.path, at, object: ref(o), revert: reverted(file.path, file, beforeFile, o, b) });
    }
    for (const b of beforeObjs) {
      if (seen.has(identity(b))) continue;
      // Removed from a file that is still there: reported at the top of the file.
      out.push({ file: file.path, at: { file: file.path, start: 0, end: 0 }, object: ref(b), revert: reverted(file.path, file, beforeFile, undefined, b) });
    }
  }
  for (const gone of input.deleted ?? []) {
    for (const b of clusterWide(gone)) {
      out.push({ file: gone.path, object: ref(b), revert: (files) => [...files, { ...gone, contextOnly: false }] });
    }
  }
  return out;
}

/**
 * With no cluster-wide object changed, each changed file that counts with `alsoCounts` (a followed
 * chart's or root's rendered output) is one change: what it renders from files the change did not
 * edit may be what changed (a kustomization's `namespace:` for a base's pod). Reported at its
 * first line, which the caller places where the change was made.
 */
function renderChanges(input: ImpactInput): Change[] {
  if (!input.alsoCounts) return [];
  const out: Change[] = [];
  for (const file of input.files) {
    if (!input.changed(file.path) || input.previous.text?.(file.path) === file.text) continue;
    const before = input.previous.get(file.path);
    out.push({
      file: file.path,
      at: { file: file.path, start: 0, end: 0 },
      revert: (files) => files.flatMap((f) => (f.path !== file.path ? [f] : before ? [{ ...before, contextOnly: f.contextOnly }] : [])),
    });
  }
  return out;
}

const ref = (o: K8sObject): NonNullable<Change["object"]> => ({ kind: o.ref.kind, ...(o.ref.namespace !== undefined ? { namespace: o.ref.namespace } : {}), ...(o.ref.name !== undefined ? { name: o.ref.name } : {}) });

/**
 * A finding's rule, place and severity as a key: the parts joined by NUL, which none of them holds
 * (a path cannot). Made once per finding: thousands of findings in untouched files each turned
 * into JSON three times took 200 ms of a run.
 */
const placeOf = (f: Finding): string => `${f.ruleId}\0${f.file}\0${f.line}\0${f.column}\0${f.endLine}\0${f.endColumn}\0${f.severity}`;

/** Adds `by` to the count of `key`. */
const bump = <K>(counts: Map<K, number>, key: K, by: number): void => void counts.set(key, (counts.get(key) ?? 0) + by);

/**
 * The findings of `list` that `other` does not have. A finding matches one with the same rule,
 * place, severity and message first; what is left matches by rule, place and severity alone (a
 * message may name other pools, which the change moved). Two findings at one place (a pool that
 * overlaps two new ones) are told apart by their messages. The messages are counted per place (a
 * key of place and message made each long message hashed again).
 */
export function missingFrom(list: readonly Finding[], other: readonly Finding[]): Finding[] {
  const exact = new Map<string, Map<string, number>>();
  const place = new Map<string, number>();
  for (const f of other) {
    const p = placeOf(f);
    let messages = exact.get(p);
    if (!messages) exact.set(p, (messages = new Map()));
    bump(messages, f.message, 1);
    bump(place, p, 1);
  }
  const left: { f: Finding; p: string }[] = [];
  for (const f of list) {
    const p = placeOf(f);
    const messages = exact.get(p);
    const n = messages?.get(f.message) ?? 0;
    if (messages && n > 0) {
      messages.set(f.message, n - 1);
      bump(place, p, -1);
    } else left.push({ f, p });
  }
  const out: Finding[] = [];
  for (const { f, p } of left) {
    const n = place.get(p) ?? 0;
    if (n <= 0) out.push(f);
    else place.set(p, n - 1);
  }
  return out;
}

/**
 * The findings of `list` that `other` does not have, told apart as a baseline tells them (rule,
 * file, object, value), wherever they are. Not by namespace: one render's object that the change
 * moved to another namespace is the same object, and what it had before is not new. What is left
 * is matched once more without the object's name: a change that renames objects (a `namePrefix`)
 * does not cause what they had.
 */
function missingByIdentity(list: readonly Finding[], other: readonly Finding[]): Finding[] {
  const id = (f: Finding): string => JSON.stringify([f.ruleId, f.file, f.severity, f.object?.kind ?? "", f.object?.name ?? "", f.value ?? f.message]);
  const renamed = (f: Finding): string => JSON.stringify([f.ruleId, f.file, f.severity, f.object?.kind ?? "", f.value ?? f.message]);
  const before = new Map<string, Finding[]>();
  for (const f of other) {
    const k = id(f);
    const same = before.get(k);
    if (same) same.push(f);
    else before.set(k, [f]);
  }
  const rest = list.filter((f) => !before.get(id(f))?.pop());
  const left = new Map<string, number>();
  for (const fs of before.values()) for (const f of fs) bump(left, renamed(f), 1);
  return rest.filter((f) => {
    const k = renamed(f);
    const n = left.get(k) ?? 0;
    left.set(k, n - 1);
    return n <= 0;
  });
}

export interface Impact {
  /** Located at the changed objects that cause them. */
  readonly atChanges: Finding[];
  /** Caused by deleting a file: located where they are, naming the file. */
  readonly inPlace: Finding[];
}

const NONE: Impact = { atChanges: [], inPlace: [] };

/** The findings a change causes in files it did not touch. */
export function changeImpact(input: ImpactInput): Impact {
  const objects = changesIn(input);
  const changes = objects.length > 0 ? objects : renderChanges(input);
  if (changes.length === 0) return NONE;
  const counts = (f: SourceFile): boolean => !input.changed(f.path) && !input.skip?.(f.path) && (input.contextCounts || !f.contextOnly);
  const counting = new Set(input.files.filter(counts).map((f) => f.path));
  // Context files count as linted files here: the whole-repository run reports them.
  const asLinted = (files: readonly SourceFile[]): SourceFile[] => files.map((f) => (f.contextOnly && counting.has(f.path) ? { ...f, contextOnly: false } : f));
  // The runs here need no previous versions, and a reverted document is located in another text.
  const { changedSince, strict, ...options } = input.options;
  void changedSince;
  void strict;
  // The findings that count; of a changed file's (alsoCounts), those asked for now, and all of them in a run to compare with.
  const untouched = (results: readonly FileResult[], all = false): Finding[] =>
    results.flatMap((r) => (counting.has(r.file) ? r.findings : input.alsoCounts && input.changed(r.file) ? (all ? r.findings : r.findings.filter(input.alsoCounts)) : []));
  const nowRun = input.now ? undefined : lintSources(asLinted(input.files), options);
  const reuse = input.nowModel ?? nowRun?.model;
  // The runs after the first need only the rules of the findings they look for.
  const run = (files: readonly SourceFile[], only?: readonly string[]): Finding[] =>
    untouched(lintSources(asLinted(files), { ...options, ...(reuse ? { reuse } : {}), ...(only ? { only: options.only ? only.filter((r) => options.only?.includes(r)) : only } : {}) }).results, true);
  const missing = (list: readonly Finding[], other: readonly Finding[]): Finding[] => {
    if (!input.alsoCounts) return missingFrom(list, other);
    const placed = (f: Finding): boolean => counting.has(f.file);
    return [...missingFrom(list.filter(placed), other.filter(placed)), ...missingByIdentity(list.filter((f) => !placed(f)), other.filter((f) => !placed(f)))];
  };
  const rulesOf = (list: readonly Finding[]): string[] => [...new Set(list.map((f) => f.ruleId))];

  const nowResults = input.now ?? (nowRun as NonNullable<typeof nowRun>).results;
  const now = untouched(nowResults);
  if (now.length === 0) return NONE;
  const beforeFiles: SourceFile[] = [...(input.deleted ?? []).map((f) => ({ ...f, contextOnly: false }))];
  for (const f of input.files) {
    if (!input.changed(f.path)) beforeFiles.push(f);
    else {
      const b = input.previous.get(f.path);
      if (b) beforeFiles.push({ ...b, contextOnly: f.contextOnly });
    }
  }
  // A finding whose other side is a changed file that reports it there already (a pool overlap,
  // at both pools) is not reported a second time.
  const own = new Set<string>();
  for (const r of nowResults) if (input.changed(r.file)) for (const f of r.findings) own.add(JSON.stringify([f.ruleId, f.file, f.line]));
  const mirrored = (f: Finding): boolean => (f.related ?? []).some((rel) => input.changed(rel.file) && own.has(JSON.stringify([f.ruleId, rel.file, rel.line])));
  const lineOf = (f: Finding): string => JSON.stringify([f.ruleId, f.file, f.line]);
  const confirmed = new Map<string, Finding[]>();
  for (const r of input.confirm ?? []) {
    for (const f of r.findings) {
      const k = lineOf(f);
      const same = confirmed.get(k);
      if (same) same.push(f);
      else confirmed.set(k, [f]);
    }
  }
  const move = input.moved ?? ((f: Finding): Finding => f);
  const fresh = missing(now, run(beforeFiles, rulesOf(now))).filter((f) => !mirrored(f) && (!input.confirm || confirmed.has(lineOf(move(f)))));
  // Said as the run itself says it: the files as written may hold a value a chart or overlay changes (a pool's CIDR in the suggestion).
  const asRun = (f: Finding): Finding => {
    const theirs = confirmed.get(lineOf(f));
    return theirs?.find((t) => t.message === f.message) ?? theirs?.[0] ?? f;
  };
  if (fresh.length === 0) return NONE;

  // Which change causes which: revert each alone and see what goes away.
  const causes = new Map<Finding, Change[]>();
  if (changes.length > 1 && changes.length <= MAX_PROBES) {
    for (const c of changes) {
      for (const f of missing(fresh, run(c.revert(input.files), rulesOf(fresh)))) causes.set(f, [...(causes.get(f) ?? []), c]);
    }
  }
  const byFile = new Map(input.files.map((f) => [f.path, f]));
  const index = new Map<string, LineIndex>();
  const locate = (s: Span): ReturnType<LineIndex["location"]> => {
    let idx = index.get(s.file);
    if (!idx) index.set(s.file, (idx = new LineIndex(byFile.get(s.file)?.text ?? "")));
    return idx.location(s);
  };
  const out: Finding[] = [];
  const inPlace: Finding[] = [];
  const what = (c: Change): string => (c.object ? `${c.object.kind}${c.object.name !== undefined ? ` ${c.object.namespace !== undefined ? `${c.object.namespace}/` : ""}${c.object.name}` : ""}` : c.file);
  // A finding in a changed render, with only renders changed: that render's change.
  const causesOf = (found: Finding): Change[] => causes.get(found) ?? (objects.length === 0 ? changes.filter((c) => c.file === found.file) : []);
  for (const found of fresh) {
    const f = asRun(move(found));
    const these = causesOf(found);
    for (const c of these.length > 0 ? these : changes) {
      if (!c.at) {
        // Nowhere left to point at: the finding where it is, with what the change did.
        inPlace.push({ ...f, message: `This change deletes \`${c.file}\` (${what(c)}), which causes this: ${f.message}` });
        continue;
      }
      out.push({
        ruleId: f.ruleId,
        severity: f.severity,
        message: `This change causes a new finding in \`${f.file}\` at ${f.line}:${f.column}: ${f.message}`,
        ...(f.messageId !== undefined ? { messageId: f.messageId } : {}),
        file: c.file,
        ...locate(c.at),
        related: [{ file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, message: `the finding this change causes: ${f.message}` }, ...(f.related ?? [])].slice(0, 50),
        ...(c.object ?? f.object ? { object: (c.object ?? f.object) as NonNullable<Change["object"]> } : {}),
        ...(f.value !== undefined ? { value: `${f.file}: ${f.value}` } : {}),
        ...(f.cluster !== undefined ? { cluster: f.cluster } : {}),
      });
    }
  }
  return { atChanges: out, inPlace };
}
