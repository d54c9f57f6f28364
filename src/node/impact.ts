import { mkdir, mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { LintRequest, LintResult } from "../api.js";
import { recount } from "../engine/baseline.js";
import { changeImpact, type Impact as Caused } from "../engine/impact.js";
import { compareFindings } from "../engine/run.js";
import { renderedRoot } from "../layout/relocate.js";
import { decodesTo, displayPath, isText } from "../load/files.js";
import { LazySources, manifestReader, parseSource, type SourceFile } from "../load/index.js";
import { toPlain } from "../model/index.js";
import { resolveIn } from "../paths.js";
import type { FileResult, Finding } from "../report/index.js";
import type { Deploy } from "../layout/types.js";
import type { RenderedChart, RenderedRoot } from "../render/index.js";
import { inTurn } from "../render/tools.js";
import { blobs, changedSince, filesIn, GitError, gitToplevel, hasCommit, hashes, objectTypeAt, treeAt } from "./git.js";

/**
 * The changed-only runs' view of what their changes cause in untouched files (engine/impact.ts):
 * which files are the changes and which count as untouched, for `--changed-since`, the hooks'
 * `--impact-since` and the Action on a pull request (node/setup.ts starts it and finishes with it).
 */

export interface Impact {
  readonly ref: string;
  /** Whether git lists the file as changed since the revision (committed, staged, unstaged, untracked). */
  readonly changed: (file: string) => boolean;
  readonly previous: LazySources;
  /** Manifests deleted since the revision, as they were there, by the path they had (relative to the working directory). */
  readonly deleted: LazySources;
  /** Files neither a change nor untouched: standard input, which `--changed-since` reports whole. */
  readonly skip?: (file: string) => boolean;
  /** `--impact-since`: only the files given (not context) are the changes. */
  readonly givenOnly: boolean;
  /** `--impact-since`: what a change causes in context files counts (the hooks' context is the repository). */
  readonly contextCounts: boolean;
  /** The changed files under a folder (absolute), read or not (a chart's vendored dependency, a `.tgz`). */
  readonly changedUnder?: (dir: string) => readonly string[];
  /** The top of the git work tree, as the comparison found it (git is not asked again). */
  readonly top?: string;
}

/**
 * Decide the files git listed without reading (`unsure`, node/git.ts) that the run's files and
 * findings name: the same text now as at the revision is no change. Called with the files as read
 * from disk (the first run, before `--fix`); later calls decide only what is still open.
 */
export type Settle = (files: readonly SourceFile[], named: readonly string[]) => Promise<void>;

/** Which files read are the changes: with `--impact-since`, only those given (not the context). */
function changesRead(out: LintResult, impact: Impact): (path: string) => boolean {
  if (!impact.givenOnly) return impact.changed;
  const given = new Set(out.files.filter((f) => !f.contextOnly).map((f) => f.path));
  return (p) => given.has(p) && impact.changed(p);
}

/**
 * Charts and Kustomize roots rendered again as they were at the revision when a file they read
 * changed that the files as written do not show (a chart's template or values, a kustomization's
 * inline patch or `namespace:`): the rendered output is then a changed file like any other,
 * compared with its previous version (engine/impact.ts).
 */
export interface Followed {
  /** The rendered outputs whose chart or root changed, as the run linted them. */
  readonly files: readonly SourceFile[];
  /** Their text at the revision, by path; a render that was not there has none (all it renders is new). */
  readonly previous: ReadonlyMap<string, string>;
  /** The chart and root folders followed, as the run shows them. */
  readonly dirs: ReadonlySet<string>;
  /** Renders that could not be done as they were, and why. */
  readonly failed: ReadonlyMap<string, string>;
  /** By rendered output: the first line the changes edited in a file the render reads, where what an object's removal causes is reported. */
  readonly edited: ReadonlyMap<string, { readonly file: string; readonly line: number }>;
}

const NOTHING_FOLLOWED: Followed = { files: [], previous: new Map(), dirs: new Set(), failed: new Map(), edited: new Map() };

/** The first line where two texts differ (1 for a file that was not there). */
function firstEditedLine(now: string, before: string | undefined): number {
  if (before === undefined) return 1;
  let i = 0;
  while (i < now.length && i < before.length && now.charCodeAt(i) === before.charCodeAt(i)) i++;
  let line = 1;
  for (let k = now.indexOf("\n"); k !== -1 && k < i; k = now.indexOf("\n", k + 1)) line++;
  return line;
}

/** The rendered files (by path) whose objects include IP pools or reservations, with the first such object's name. */
function renderedWithPools(out: LintResult): Map<string, string> {
  const found = new Map<string, string>();
  for (const scope of out.scopes ?? []) {
    for (const o of [...scope.model.pools.map((p) => p.object), ...scope.model.reservations.map((r) => r.object)]) {
      if (renderedRoot(o.ref.file) !== undefined && !found.has(o.ref.file)) found.set(o.ref.file, `${o.ref.kind} ${o.ref.name ?? ""}`.trim());
    }
  }
  return found;
}

const NAMES_POOLS = /\b(?:IPPool|IPReservation)\b/;

/** The files the run read in the chart's folder (its templates, its values.yaml). */
function chartFiles(out: LintResult, chart: RenderedChart, cwd: string): SourceFile[] {
  const under = chart.dir.endsWith(sep) ? chart.dir : chart.dir + sep;
  return out.files.filter((f) => resolve(cwd, f.path).startsWith(under));
}

/** A chart or Kustomize root whose render a change touched, and how to render it as it was. */
interface Followable {
  /** "the chart charts/net", "the Kustomize root overlays/prod". */
  readonly what: string;
  /** Whether it renders an IP pool or reservation, or its files name one (the change may have removed it). */
  readonly namesPools: boolean;
  readonly verb: string;
  /** The folder, as the run shows it. */
  readonly shown: string;
  /** The rendered output's path. */
  readonly path: string;
  /** The changed files its render reads that the files as written do not show, as the run shows them. */
  readonly edits: readonly string[];
  /** Of those, the files that say how it is deployed (its Application, HelmRelease, Flux Kustomization, their ConfigMaps). */
  readonly redeployed: readonly string[];
  /** Its render as it was at `ref` (null: it was not there), or why not. */
  readonly then: (ref: string, changed: (file: string) => boolean, top: string, into: string) => Promise<{ text: string | null } | { error: string }>;
  /** Its deploy changed: its render as the deploy was (the layout's deploys at `ref`, the deploys' files' texts then by absolute path), or why not. */
  readonly thenAs: (deploys: readonly Deploy[], texts: ReadonlyMap<string, string>, ref: string, changed: (file: string) => boolean, top: string, into: string) => Promise<{ text: string | null } | { error: string }>;
}

/**
 * Whether a changed file says what it said at the revision, its comments and layout aside: a
 * values file, a kustomization or a deploy whose data are the same renders the same. Not a
 * template: its text is what Helm executes, comments included.
 */
function sameData(path: string, now: string | undefined, before: string | undefined): boolean {
  if (now === undefined || before === undefined || /(?:^|\/)templates\//.test(path)) return false;
  const data = (t: string): string | null => {
    const parsed = parseSource(path, t);
    return parsed.documents.some((d) => d.problems.length > 0) ? null : JSON.stringify(parsed.documents.map((d) => toPlain(d.root ?? undefined)));
  };
  const a = data(now);
  return a !== null && a === data(before);
}

/**
 * The charts and roots a change touched in a file the files as written do not show: what they
 * render may move a pool away from untouched files, or change an untouched file's objects (a
 * kustomization's `namespace:` for a base's pod).
 */
function followables(out: LintResult, impact: Impact, cwd: string): Followable[] {
  // Asked for the follow and again for the notes: worked out once per run.
  const known = considered.get(out);
  if (known) return known;
  const pools = renderedWithPools(out);
  const read = changesRead(out, impact);
  const texts = new Map(out.files.map((f) => [resolve(cwd, f.path), f.text]));
  const changed = (p: string): boolean => read(p) && !sameData(p, texts.get(resolve(cwd, p)), impact.previous.text(p));
  const list: Followable[] = [];
  for (const chart of out.rendered?.charts ?? []) {
    const own = chartFiles(out, chart, cwd);
    // Its files read, and those not read that changed (a vendored dependency's archive), its values files, what deploys it.
    const unread = (impact.changedUnder?.(chart.dir) ?? []).map((f) => displayPath(f, cwd));
    const edits = [...new Set([...own.map((f) => f.path), ...unread, ...[...chart.deployedBy, ...chart.valueFiles].map((f) => displayPath(f, cwd))])].filter((p) => changed(p));
    if (edits.length === 0) continue;
    list.push({
      what: `the chart ${displayPath(chart.dir, cwd)}`,
      namesPools: pools.has(chart.path) || own.some((f) => NAMES_POOLS.test(f.text)),
      verb: "renders",
      shown: displayPath(chart.dir, cwd),
      path: chart.path,
      edits,
      redeployed: chart.deployedBy.map((f) => displayPath(f, cwd)).filter((p) => edits.includes(p)),
      then: async (ref, was, top, into) => {
        const at = await chartAt(ref, chart, was, top, into);
        if ("error" in at) return at;
        if (at.copy === null) return { text: null };
        const again = await chart.renderFrom(at.copy, at.valueFiles, at.standsFor);
        return "error" in again ? { error: `the chart as it was at ${ref} did not render: ${oneLine(again.error)}` } : again;
      },
      thenAs: async (deploys, _texts, ref, was, top, into) => {
        const by = chart.by;
        // The same object deploying the same chart then (its values, release, namespace as they were).
        const d = by && deploys.find((x) => x.how === "helm" && resolve(x.dir) === chart.dir && x.by.kind === by.kind && x.by.name === by.name && resolve(x.by.file) === resolve(by.file));
        if (!d) return { error: `${by ? `${by.kind} ${by.name}` : "no object"} did not deploy it at ${ref}` };
        const at = await chartAt(ref, { ...chart, valueFiles: (d.valueFiles ?? []).map((f) => resolve(f)) }, was, top, into);
        if ("error" in at) return at;
        if (at.copy === null) return { text: null };
        const again = await chart.renderWith(at.copy, d, at.valueFiles, at.standsFor);
        return "error" in again ? { error: `the chart as deployed at ${ref} did not render: ${oneLine(again.error)}` } : again;
      },
    });
  }
  for (const root of out.rendered?.roots ?? []) {
    // Besides what the files as written do not show, a changed file in its folders that the run
    // does not read as a manifest (a generator's `.env` or `.json`), and what deploys it.
    const folders = new Set(root.inputs.map((f) => dirname(f)));
    const asManifests = new Set(root.inputs);
    const generated = [...folders].flatMap((d) => (impact.changedUnder?.(d) ?? []).filter((f) => dirname(f) === d && !asManifests.has(f)));
    const edits = [...new Set([...root.unwritten(), ...generated, ...root.deployedBy].map((f) => displayPath(f, cwd)))].filter((p) => changed(p));
    if (edits.length === 0) continue;
    list.push({
      what: `the Kustomize root ${displayPath(root.dir, cwd)}`,
      namesPools: pools.has(root.path) || root.inputs.some((f) => NAMES_POOLS.test(texts.get(f) ?? "")),
      verb: "builds",
      shown: displayPath(root.dir, cwd),
      path: root.path,
      edits,
      redeployed: root.deployedBy.map((f) => displayPath(f, cwd)).filter((p) => edits.includes(p)),
      then: async (ref, _was, top, into) => {
        const at = await rootAt(ref, root, top, into);
        if ("error" in at) return at;
        if (at.copy === null) return { text: null };
        const again = await root.renderFrom(at.copy);
        return "error" in again ? { error: `the root as it was at ${ref} did not build: ${oneLine(again.error)}` } : again;
      },
      thenAs: async (deploys, texts, ref, _was, top, into) => {
        const by = root.by;
        // The same object deploying the same folder then (its kustomize options, namespace and variables as they were).
        const d = by && deploys.find((x) => resolve(x.dir) === root.dir && x.by.kind === by.kind && x.by.name === by.name && resolve(x.by.file) === resolve(by.file));
        if (!d) return { error: `${by ? `${by.kind} ${by.name}` : "no object"} did not deploy it at ${ref}` };
        const at = await rootAt(ref, root, top, into);
        if ("error" in at) return at;
        if (at.copy === null) return { text: null };
        const again = await root.renderWith(at.copy, d, texts);
        return "error" in again ? { error: `the root as deployed at ${ref} did not build: ${oneLine(again.error)}` } : again;
      },
    });
  }
  considered.set(out, list);
  return list;
}

const considered = new WeakMap<LintResult, Followable[]>();

const oneLine = (s: string): string => s.replace(/\s+/g, " ").trim();

/** Renders as they were run at once: each is a helm or kustomize process. */
const FOLLOW_WIDTH = Math.max(2, Math.min(4, availableParallelism()));

/** Follow the changed charts and Kustomize roots: each rendered again from its files (and its deploy) at the revision. */
export async function followRenders(out: LintResult, impact: Impact, cwd: string): Promise<Followed> {
  if ((out.rendered?.charts.length ?? 0) + (out.rendered?.roots.length ?? 0) === 0) return NOTHING_FOLLOWED;
  const todo = followables(out, impact, cwd);
  if (todo.length === 0) return NOTHING_FOLLOWED;
  const changed = changesRead(out, impact);
  const byPath = new Map<string, SourceFile>();
  for (const scope of out.scopes ?? []) for (const f of scope.model.files) byPath.set(f.path, f);
  const top = await realpath(impact.top ?? (await gitToplevel(cwd)));
  const files: SourceFile[] = [];
  const previous = new Map<string, string>();
  const dirs = new Set<string>();
  const failed = new Map<string, string>();
  const edited = new Map<string, { file: string; line: number }>();
  const texts = new Map(out.files.map((f) => [f.path, f.text]));
  const scratch = await mkdtemp(join(tmpdir(), "cil-revision-"));
  try {
    // A changed deploy (an Application's inline values, a HelmRelease's, a Flux Kustomization's
    // patches or variables): rendered as the layout finds it deployed with the deploys' files as
    // they were.
    const asThen = new Map<string, string>();
    for (const f of todo) {
      for (const p of f.redeployed) {
        const text = impact.previous.text(p);
        if (text !== undefined) asThen.set(resolve(cwd, p), text);
      }
    }
    const deploysThen = asThen.size > 0 && out.rendered ? await out.rendered.deploysAt(asThen) : [];
    const unfollowable = (f: Followable): string | undefined => {
      const added = f.redeployed.find((p) => impact.previous.text(p) === undefined);
      return added !== undefined ? `${added} was not there at ${impact.ref} as a manifest, to read how it deployed ${f.what}` : undefined;
    };
    // The renders as they were, a few at a time (each is a helm or kustomize process).
    const thens = await inTurn(todo, FOLLOW_WIDTH, (f, n) => {
      if (unfollowable(f) !== undefined || !byPath.has(f.path)) return Promise.resolve(null);
      const was = (p: string): boolean => changed(displayPath(p, cwd));
      const into = join(scratch, String(n));
      return f.redeployed.length > 0 ? f.thenAs(deploysThen, asThen, impact.ref, was, top, into) : f.then(impact.ref, was, top, into);
    });
    for (const [n, f] of todo.entries()) {
      const now = byPath.get(f.path);
      if (!now) continue;
      const why = unfollowable(f);
      if (why !== undefined) {
        failed.set(f.shown, why);
        continue;
      }
      const then = thens[n];
      if (!then) continue;
      if ("error" in then) {
        failed.set(f.shown, then.error);
        continue;
      }
      // Not there at the revision: everything it renders is new.
      if (then.text !== null) previous.set(f.path, then.text);
      files.push({ ...now, contextOnly: false });
      dirs.add(f.shown);
      const first = f.edits[0] as string;
      edited.set(f.path, { file: first, line: firstEditedLine(texts.get(first) ?? "", impact.previous.text(first)) });
    }
  } finally {
    await rm(scratch, { recursive: true, force: true }).catch(() => undefined);
  }
  return { files, previous, dirs, failed, edited };
}

/** Write the blobs listed into `into` at their paths; a path git would not check out (a `..` part) stays out. */
async function writeBlobs(listed: readonly { path: string; blob: string }[], top: string, place: (e: { path: string }, i: number) => string): Promise<Map<string, string>> {
  const contents = await blobs(listed.map((e) => e.blob), top);
  const at = new Map<string, string>();
  for (const [i, e] of listed.entries()) {
    if (e.path.split("/").some((part) => part === ".." || part === "." || part === "")) continue;
    const target = place(e, i);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, contents.get(e.blob) ?? "");
    at.set(join(top, e.path), target);
  }
  return at;
}

/** Why git's `path` at `ref` is not a folder of files, or null when it was not there at all. */
async function notAFolder(ref: string, path: string, top: string, what: string): Promise<{ error: string } | null> {
  const there = path === "" ? "tree" : await objectTypeAt(ref, path, top).catch((err: unknown) => (err as Error).message);
  if (there === null) return null;
  return { error: `git holds ${path || "the top"} at ${ref} as ${there === "commit" ? "a submodule" : there === "blob" ? "a file" : there}, not as ${what}` };
}

/**
 * A chart's files as they were at `ref`, copied into `into`, and the values files to render it
 * with: in the chart, the copies (left out if they were not there); outside, the revision's if
 * they changed, else the files as they are; `standsFor`: the file each copy stands for. `copy` is
 * null when the chart was not there.
 */
async function chartAt(ref: string, chart: RenderedChart, changed: (file: string) => boolean, top: string, into: string): Promise<{ copy: string | null; valueFiles: string[]; standsFor: Map<string, string> } | { error: string }> {
  const dir = await realpath(chart.dir);
  const rel = (p: string): string => relative(top, p).split(sep).join("/");
  // The chart may be the repository's top.
  const base = rel(dir);
  const prefix = base === "" ? "" : `${base}/`;
  const outside = chart.valueFiles.filter((f) => !f.startsWith(chart.dir + sep) && changed(f));
  let listed;
  try {
    listed = await treeAt(ref, [base === "" ? "." : base, ...(await Promise.all(outside.map((f) => realpath(f).then(rel))))], top);
  } catch (err) {
    return { error: `git could not list the chart as it was at ${ref}: ${(err as Error).message}` };
  }
  const inChart = listed.filter((e) => e.path.startsWith(prefix));
  if (inChart.length === 0) {
    // Not there, or there as something that is not a folder of files (a submodule): only the first is new.
    const not = await notAFolder(ref, base, top, "the chart's files");
    return not ?? { copy: null, valueFiles: [], standsFor: new Map() };
  }
  const copy = join(into, "chart");
  const at = await writeBlobs(listed, top, (e, i) => (inChart.includes(e as (typeof inChart)[number]) ? join(copy, e.path.slice(prefix.length)) : join(into, `values-${i}.yaml`)));
  const valueFiles: string[] = [];
  const standsFor = new Map<string, string>();
  for (const f of chart.valueFiles) {
    const real = await realpath(f).catch(() => f);
    const then = at.get(real);
    if (then !== undefined) {
      valueFiles.push(then);
      standsFor.set(then, f);
    } else if (!real.startsWith(dir + sep) && !outside.includes(f)) valueFiles.push(f);
  }
  return { copy, valueFiles, standsFor };
}

/**
 * A Kustomize root's folders as they were at `ref` (each folder its build reads, its own files,
 * not its subfolders'), copied into `into` where the repository has them, so that its relative
 * paths (`../../base`) hold. `copy` is the root's folder in the copy, null when it was not there.
 */
async function rootAt(ref: string, root: RenderedRoot, top: string, into: string): Promise<{ copy: string | null } | { error: string }> {
  const rel = (p: string): string => relative(top, p).split(sep).join("/");
  const base = rel(await realpath(root.dir));
  const folders = [...new Set(await Promise.all(root.inputs.map((f) => realpath(dirname(f)).catch(() => dirname(f)).then(rel))))];
  if (folders.some((f) => f === ".." || f.startsWith("../") || isAbsolute(f))) return { error: "it reads files outside the repository" };
  let listed;
  try {
    listed = await filesIn(ref, folders, top);
  } catch (err) {
    return { error: `git could not list the root as it was at ${ref}: ${(err as Error).message}` };
  }
  const prefix = base === "" ? "" : `${base}/`;
  if (!listed.some((e) => e.path.startsWith(prefix) && !e.path.slice(prefix.length).includes("/"))) {
    const not = await notAFolder(ref, base, top, "the root's files");
    return not ?? { copy: null };
  }
  await writeBlobs(listed, top, (e) => join(into, ...e.path.split("/")));
  return { copy: join(into, ...base.split("/").filter(Boolean)) };
}

/** The findings the changes cause in untouched files, at the changed objects (or, for a deleted file, where they are). */
export function causedBy(out: LintResult, results: FileResult[], impact: Impact, request: LintRequest, followed: Followed = NOTHING_FOLLOWED): Caused {
  const changed = changesRead(out, impact);
  // A deleted manifest counts where the run would have read it: under a path or context it names.
  const cwd = resolve(request.cwd ?? ".");
  const roots = [...(request.paths ?? []), ...(request.context ?? [])].map((p) => resolve(cwd, p));
  const read = new Set(out.files.map((f) => f.path));
  const deleted = [...impact.deleted.keys()]
    .filter((p) => !read.has(p) && roots.some((r) => resolve(cwd, p) === r || resolve(cwd, p).startsWith(r.endsWith(sep) ? r : r + sep)))
    .map((p) => impact.deleted.get(p))
    .filter((f): f is SourceFile => f !== undefined);
  // A flat run without context files already holds every file's findings (baseline applied).
  const flat = out.scopes === undefined && out.files.every((f) => !f.contextOnly);
  const caused = changeImpact({
    files: out.files,
    changed,
    previous: impact.previous,
    deleted,
    contextCounts: impact.contextCounts,
    ...(impact.skip ? { skip: impact.skip } : {}),
    options: request,
    ...(flat ? { now: results, nowModel: out.model } : {}),
    // Read through the layout: what the run itself reports decides (the hooks' context is not in it).
    ...(out.scopes !== undefined && !impact.contextCounts ? { confirm: results } : {}),
  });
  return followed.files.length === 0 ? caused : withCharts(caused, out, results, impact, request, followed, changed);
}

/**
 * What the followed charts' changes cause, in each cluster that deploys them: its own files (what
 * it renders, what it reads as written), the chart's rendered output the change and every other
 * file untouched (a file the changes edited is reported whole: skipped here).
 */
function withCharts(caused: Caused, out: LintResult, results: FileResult[], impact: Impact, request: LintRequest, followed: Followed, edited: (path: string) => boolean): Caused {
  const toSource = out.rendered?.toSource ?? (<T,>(at: T): T => at);
  const charts = new Set(followed.files.map((f) => f.path));
  const previous = new LazySources(followed.previous, manifestReader());
  const atChanges = [...caused.atChanges];
  const inPlace = [...caused.inPlace];
  const seen = new Set(atChanges.map((f) => JSON.stringify(f)));
  for (const scope of out.scopes ?? []) {
    if (!scope.model.files.some((f) => charts.has(f.path))) continue;
    const files = scope.model.files.map((f) => (charts.has(f.path) ? { ...f, contextOnly: false } : f));
    const these = changeImpact({
      files,
      changed: (p) => charts.has(p),
      previous,
      contextCounts: impact.contextCounts,
      skip: (p) => edited(p) || (impact.skip?.(p) ?? false),
      options: { ...request, settings: scope.settings },
      ...(!impact.contextCounts ? { confirm: results } : {}),
      moved: toSource,
      // What the chart renders beside its pool (a pod with an address), written in a file the changes did not edit.
      alsoCounts: (f) => charts.has(f.file) && !edited(toSource(f).file),
    });
    // Reported where the rendered value was written (values.yaml, a template), once for all
    // clusters; an object the render no longer makes, or one written in a file the changes did
    // not edit (a base under an overlay added since), at the first line edited in what it reads.
    const placed = (f: Finding): Finding => {
      const at = followed.edited.get(f.file);
      const atEdit = (e: { file: string; line: number }): Finding => ({ ...f, file: e.file, line: e.line, column: 1, endLine: e.line, endColumn: 1 });
      if (at && f.line === 1 && f.column === 1) return atEdit(at);
      const moved = toSource(f);
      return at && !edited(moved.file) ? atEdit(at) : moved;
    };
    for (const f of these.atChanges.map(placed)) {
      const key = JSON.stringify(f);
      if (!seen.has(key)) atChanges.push(f);
      seen.add(key);
    }
    inPlace.push(...these.inPlace.map(toSource));
  }
  return { atChanges, inPlace };
}

/**
 * The notes for charts and Kustomize roots whose files changed and whose rendered output holds IP
 * pools or reservations, and that were not followed: what such a change (a CIDR in values.yaml)
 * does to untouched files is then not known (docs/changed-only.md, Limits): said, rather than a
 * run over the changes passing in silence where the whole repository's fails.
 */
export function unfollowedRenders(out: LintResult, impact: Impact, cwd: string, followed: Followed = NOTHING_FOLLOWED): string[] {
  const pools = renderedWithPools(out);
  const edits = new Map<string, { f: Followable; edits: Set<string> }>();
  for (const f of followables(out, impact, cwd)) {
    if (followed.dirs.has(f.shown)) continue;
    // One note a folder, whatever deploys it.
    const e = edits.get(f.shown);
    if (e) for (const p of f.edits) e.edits.add(p);
    else edits.set(f.shown, { f, edits: new Set(f.edits) });
  }
  const notes: string[] = [];
  for (const [dir, { f, edits: changed }] of edits) {
    const list = [...changed];
    const which = list.length === 1 ? `${list[0]} changed` : `${list[0]} and ${list.length - 1} more file${list.length === 2 ? "" : "s"} changed`;
    const holds = pools.get(f.path);
    const what = holds !== undefined ? `, which holds ${holds}` : f.namesPools ? `, whose ${f.verb === "renders" ? "templates" : "files"} name IP pools` : "";
    const why = followed.failed.get(dir);
    notes.push(`${which} what ${f.what} ${f.verb}${what}: what that does to files the change did not touch is not followed here (${why ?? "docs/changed-only.md"}); lint the whole repository to see it`);
  }
  return notes;
}

/** The results with more findings, in order, counted again. */
function merged(results: readonly FileResult[], caused: readonly Finding[]): FileResult[] {
  const byFile = new Map<string, Finding[]>();
  for (const f of caused) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const out = results.map((r) => {
    const more = byFile.get(r.file);
    if (!more) return r;
    byFile.delete(r.file);
    return recount(r, [...r.findings, ...more].sort(compareFindings));
  });
  for (const [file, list] of byFile) out.push(recount({ file, findings: [], errorCount: 0, warningCount: 0 }, list.sort(compareFindings)));
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The results (scope applied) with what the changes cause. */
export function withCaused(results: FileResult[], caused: Caused): FileResult[] {
  // What a deletion causes is located in the untouched file: not again where that file is reported.
  // Keyed only when there is one: a run over 30,000 documents reports 8,429 findings.
  const key = (f: Finding): string => JSON.stringify([f.ruleId, f.file, f.line, f.column, f.endLine, f.endColumn]);
  const shown = caused.inPlace.length > 0 ? new Set(results.flatMap((r) => r.findings.map(key))) : new Set<string>();
  const more = [...caused.atChanges, ...caused.inPlace.filter((f) => !shown.has(key(f)))];
  return more.length > 0 ? merged(results, more) : results;
}

/** A revision that cannot be compared with: setup.ts says it as a SetupError (exit 2). */
export class RevisionError extends Error {}

/** The top of the git work tree that holds `cwd`; a RevisionError without git or outside one. */
async function workTree(cwd: string, flag: string): Promise<string> {
  try {
    return await gitToplevel(cwd);
  } catch (err) {
    throw new RevisionError(`${flag} needs a git work tree: ${(err as Error).message}`);
  }
}

async function changedSetup(ref: string, cwd: string, stdinName: string, flag = "--changed-since"): Promise<{ inScope: (file: string) => boolean; previous: LazySources; deleted: LazySources; settle: Settle; changedUnder: (dir: string) => string[]; top: string }> {
  const top = await workTree(cwd, flag);
  let changed;
  try {
    changed = await changedSince(ref, top);
  } catch (err) {
    throw new RevisionError(`${flag} ${ref}: ${err instanceof GitError ? err.message : String(err)}`);
  }
  const realCwd = await realpath(cwd).catch(() => resolve(cwd));
  const scope = new Set(changed.filter((c) => !c.deleted).map((c) => c.path));
  // Listed by stat data alone: each a change until its text says otherwise. By the path the run
  // shows, as the files and findings name them.
  const unsure = new Map(
    changed.filter((c) => c.unsure).map((c) => {
      const shown = displayPath(c.path, realCwd);
      return [shown, { shown, abs: c.path, before: c.before ?? "", blob: c.blob ?? "" }];
    }),
  );
  const manifests = changed.filter((c) => c.before !== undefined && /\.(ya?ml|json)$/i.test(c.path));
  // git's bytes, decoded when asked for (load/lazy.ts): most are compared as bytes, or asked for
  // once at the end of the run.
  const texts = new Map<string, Uint8Array>();
  const gone = new Map<string, Uint8Array>();
  const contents = await blobs(manifests.map((c) => c.blob ?? ""), top).catch((err: unknown) => {
    throw new RevisionError(`${flag} ${ref}: ${(err as Error).message}`);
  });
  for (const c of manifests) {
    const blob = contents.get(c.blob ?? "");
    if (!blob || !isText(blob)) continue;
    // Keyed by the path the run shows for the file now, so rules find it from the file they lint.
    const shown = displayPath(c.path, realCwd);
    (c.deleted ? gone : texts).set(shown, blob);
  }
  // Parsed when a rule first asks for one (few do: files with pools or bare Pods), with the fast
  // reader where it accepts the text, as the files linted now are.
  const previous = new LazySources(texts, manifestReader());
  const absolute = (file: string): string => (isAbsolute(file) ? file : resolveIn(realCwd, file));
  const inScope = (file: string): boolean => file === stdinName || scope.has(absolute(file));
  const settle: Settle = async (files, named) => {
    if (unsure.size === 0) return;
    const ask: { before: string; blob: string; abs: string }[] = [];
    const take = (path: string): { shown: string; abs: string; before: string; blob: string } | undefined => {
      const key = unsure.has(path) || !isAbsolute(path) ? path : displayPath(path, realCwd);
      const u = unsure.get(key);
      unsure.delete(key);
      return u;
    };
    for (const f of files) {
      const u = take(f.path);
      if (!u) continue;
      const then = f.problems.length === 0 ? texts.get(u.shown) : undefined;
      if (then === undefined) ask.push(u);
      else if (decodesTo(then, f.text)) scope.delete(u.abs); // decoded without loss (a BOM kept): the same bytes
      // Line endings alone differ: git's own conversion (core.autocrlf, eol attributes) decides.
      else if (f.text.includes("\r") && f.text.replace(/\r\n/g, "\n") === (previous.text(u.shown) ?? "").replace(/\r\n/g, "\n")) ask.push(u);
    }
    for (const p of named) {
      const u = take(p);
      if (u) ask.push(u);
    }
    // Files not read as text, a template's findings, line endings: git hashes those few as it would store them.
    const now = await hashes(ask.map((u) => u.before), top).catch((err: unknown) => {
      throw new RevisionError(`${flag} ${ref}: ${(err as Error).message}`);
    });
    ask.forEach((u, i) => {
      if (now[i] !== "" && now[i] === u.blob) scope.delete(u.abs);
    });
  };
  const changedUnder = (dir: string): string[] => {
    const under = dir.endsWith(sep) ? dir : dir + sep;
    return [...scope].filter((p) => p.startsWith(under));
  };
  return { inScope, previous, deleted: new LazySources(gone, manifestReader()), settle, changedUnder, top };
}

/** What `--changed-since`, `--impact-since` and the Action's pull request base set up. */
export async function changesFor(flags: { readonly changedSince?: string; readonly impactSince?: string; readonly pullRequestBase?: string; readonly stdinFilename?: string }, cwd: string): Promise<{ changed?: { inScope: (file: string) => boolean; previous: LazySources }; impact?: Impact; settle?: Settle }> {
  const stdinName = flags.stdinFilename ?? "<stdin>";
  if (flags.changedSince !== undefined) {
    const changed = await changedSetup(flags.changedSince, cwd, stdinName);
    const impact: Impact = { ref: flags.changedSince, changed: (f) => f !== stdinName && changed.inScope(f), skip: (f) => f === stdinName, previous: changed.previous, deleted: changed.deleted, givenOnly: false, contextCounts: false, changedUnder: changed.changedUnder, top: changed.top };
    return { changed, impact, settle: changed.settle };
  }
  const ref = flags.impactSince ?? flags.pullRequestBase;
  if (ref === undefined) return {};
  // HEAD before the first commit (the hooks' HEAD in a new repository): nothing to compare with.
  // Without git, or outside a work tree, that is said, not taken for a new repository.
  if (flags.impactSince === "HEAD" && !(await hasCommit("HEAD", cwd))) {
    await workTree(cwd, "--impact-since");
    return {};
  }
  // The hooks report every file given, so nothing is kept out of the report: they only add.
  const hooks = flags.impactSince !== undefined;
  const since = await changedSetup(ref, cwd, "", hooks ? "--impact-since" : "the pull request's base");
  // The hooks judge the files given: a chart's vendored dependency is not one (pre-commit passes manifests).
  return { impact: { ref, changed: since.inScope, previous: since.previous, deleted: since.deleted, givenOnly: hooks, contextCounts: hooks, ...(hooks ? {} : { changedUnder: since.changedUnder }), top: since.top }, settle: since.settle };
}
