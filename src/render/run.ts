import { availableParallelism } from "node:os";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { displayPath, loadFile, loadFiles } from "../load/files.js";
import { parseManifest, parseSource, type Location, type SourceFile } from "../load/index.js";
import { toPlain } from "../model/index.js";
import { KUSTOMIZATION_NAMES } from "../layout/discover.js";
import { relocate, relocateComment, renderedPath, type Moved, type Origin, type RenderedSource } from "../layout/relocate.js";
import { planScopes, rootInputs, rootPatches, type Scope, type Unit } from "../layout/scopes.js";
import type { Deploy, Layout } from "../layout/types.js";
import { groupResults, lintSources, type LintOptions, type LintOutput } from "../engine/run.js";
import { pathPolicy } from "../engine/policy.js";
import { sourceComments, type SourceComments } from "../engine/suppress.js";
import type { Finding } from "../report/types.js";
import type { Model, Settings } from "../model/index.js";
import { cached, renderKey, store, type Input, type RenderMemo } from "./cache.js";
import { allocation, poolsKnown, type Allocation } from "../allocator/index.js";
import { planFrom } from "../engine/plan.js";
import { inClusters, notLintedLines, placeholderAt, someOf } from "../layout/notes.js";
import type { Plan } from "../report/plan.js";
import { timedAsync } from "../engine/timing.js";
import { kustomizeHints } from "../layout/hints.js";
import { findTools, inTurn, renderHelm, renderKustomize, type HelmJob, type Rendered, type Tools } from "./tools.js";
import { RenderUnavailable, type LayoutOptions, type LayoutOutput, type RenderMode, type RenderedChart, type RenderedRoot } from "./types.js";

/**
 * The layout stage once the layout is known (render/index.ts `lintLayout` finds it): render the
 * Kustomize roots and charts, lint each cluster on its own, and move findings in rendered output
 * back to the line that wrote the value.
 */

const UNUSED = "unused-suppression";

/** What `lintLayout` read and found. */
export interface Discovered {
  readonly files: readonly SourceFile[];
  readonly named: ReadonlySet<string>;
  readonly cwd: string;
  readonly lintOptions: LintOptions & { readonly plan?: boolean };
  readonly options: LayoutOptions;
  readonly env: NodeJS.ProcessEnv;
  readonly abs: (p: string) => string;
  readonly byAbs: ReadonlyMap<string, SourceFile>;
  readonly layout: Layout;
  /** The folder the configuration's cluster paths are relative to. */
  readonly base: string;
  readonly deploysAt: (texts: ReadonlyMap<string, string>) => Promise<readonly Deploy[]>;
}

export async function renderLayout(d: Discovered): Promise<LayoutOutput> {
  const { files, named, cwd, lintOptions, options, env, abs, byAbs, layout, base, deploysAt } = d;
  const skipped = [...layout.templates].filter(([p]) => named.has(p)).map(([p, why]) => ({ path: displayPath(p, cwd), reason: `not read as a manifest: ${why}` }));
  const manifestFiles = [...byAbs.keys()].filter((p) => !(KUSTOMIZATION_NAMES as readonly string[]).includes(basename(p)));
  const scopes = planScopes(layout, manifestFiles);
  const mode = options.render ?? "auto";
  const tools: Tools = mode === "never" ? {} : findTools(env);
  const notices: string[] = [];
  const needKustomize = scopes.some((s) => s.units.some((u) => u.kind === "root"));
  const needHelm = scopes.some((s) => s.units.some((u) => u.kind === "chart"));
  if (mode === "always" && needKustomize && !tools.kustomize) throw new RenderUnavailable("--render always: neither kustomize nor kubectl is on PATH to build the Kustomize roots");
  if (mode === "always" && needHelm && !tools.helm) throw new RenderUnavailable("--render always: helm is not on PATH to render the charts");
  for (const n of layout.notFollowed) notices.push(`${displayPath(n.file, cwd)}: not followed: ${n.reason}`);

  // Render every root and chart once, a few at a time.
  const jobs = new Map<string, { unit: Unit; result?: RenderResult }>();
  for (const sc of scopes) for (const u of sc.units) if (u.kind !== "files") jobs.set(unitKey(u), { unit: u });
  const raw: string[] = [];
  const unrendered: string[] = [];
  const queue = [...jobs.values()];
  const stats = { rendered: 0, cached: 0 };
  const total = queue.length;
  const width = Math.max(1, Math.min(availableParallelism(), total));
  let done = 0;
  const said = sayProgress(options.progress, total, width, () => done);
  await timedAsync("stage", "rendering charts and roots (helm, kustomize)", () => inTurn(queue, width, async (job) => {
    job.result = await renderUnit(job.unit, layout, tools, env, mode, cwd, raw, unrendered, byAbs, { ...(options.cacheDir ? { dir: resolve(cwd, options.cacheDir) } : {}), ...(options.renders ? { memo: options.renders } : {}) }, stats);
    done++;
  }));
  const seconds = said.stop();
  // A slow render, or a great many: one line saying what it cost and how to make it cheaper.
  if (options.progress && (stats.rendered >= MANY_RENDERS || (stats.rendered >= SOME_RENDERS && seconds >= SLOW_SECONDS))) {
    const ran = [...jobs.values()].filter((j) => j.result?.rendered || j.result?.failed);
    const roots = ran.filter((j) => j.unit.kind === "root").length;
    const charts = ran.length - roots;
    const failed = ran.filter((j) => j.result?.failed).length;
    const what = [roots > 0 ? `${roots} Kustomize root${roots === 1 ? "" : "s"}` : "", charts > 0 ? `${charts} chart${charts === 1 ? "" : "s"}` : ""].filter((x) => x !== "").join(" and ");
    const notes = [failed > 0 ? `${failed} did not render, reported as render-failed` : "", stats.cached > 0 ? `${stats.cached} from the cache` : ""].filter((x) => x !== "");
    notices.push(
      `rendered ${what} in ${duration(seconds)}, ${width} at a time${notes.length > 0 ? ` (${notes.join(", ")})` : ""}; ${options.cacheDir ? "" : "--cache DIR keeps renders between runs, "}--render never lints the files as they are`,
    );
  }
  if (raw.length > 0) {
    const what = mode === "never" ? " (--render never)" : tools.kustomize ? "" : " (install kustomize or kubectl to lint what they deploy)";
    notices.push(`${raw.length} Kustomize root${raw.length === 1 ? " was" : "s were"} linted as raw files, without their patches: ${someOf(raw)}${what}`);
  }
  notices.push(...notLintedLines([...new Set(unrendered)]));

  // Sources the findings may move to (patches, values files, templates, kustomizations).
  const sourceCache = new Map<string, SourceFile | undefined>();
  const sourceOf = (display: string): SourceFile | undefined => {
    if (sourceCache.has(display)) return sourceCache.get(display);
    const known = byAbs.get(abs(display));
    sourceCache.set(display, known);
    return known;
  };
  for (const job of jobs.values()) {
    for (const vf of job.result?.rendered?.valueFiles ?? []) {
      if (!sourceOf(vf)) {
        const f = await loadFile(vf, cwd, false, parseSource);
        sourceCache.set(vf, f);
      }
    }
    for (const t of new Set([...(job.result?.rendered?.templates.values() ?? []), ...(job.result?.rendered?.sources ?? []).map((m) => m.file).filter((f) => f !== "")])) {
      if (!sourceOf(t)) sourceCache.set(t, await loadFile(t, cwd, false, parseSource));
    }
  }

  const many = scopes.length > 1;
  // Context files no cluster deploys (--context, --pools) are context for every cluster.
  const shared: SourceFile[] = [];
  const leftover = scopes.find((sc) => sc.cluster === "");
  if (many && leftover) {
    for (const u of leftover.units) if (u.kind === "files") for (const p of u.files) if (byAbs.get(p)?.contextOnly) shared.push(byAbs.get(p) as SourceFile);
  }
  const sharedSet = new Set(shared);
  const outs: { scope: Scope; out: LintOutput & { files: readonly SourceFile[] }; linted: Set<string> }[] = [];
  const clusterCfg = new Map((options.clusters ?? []).map((c) => [c.name, c]));
  for (const sc of scopes) {
    const sources: SourceFile[] = [];
    const added = new Set<SourceFile>();
    const add = (f: SourceFile | undefined): void => {
      if (f && !added.has(f)) {
        added.add(f);
        sources.push(f);
      }
    };
    for (const u of sc.units) {
      if (u.kind === "files") u.files.forEach((p) => add(sharedSet.has(byAbs.get(p) as SourceFile) ? undefined : byAbs.get(p)));
      else {
        const r = jobs.get(unitKey(u))?.result;
        if (r?.rendered) add(r.rendered.rendered);
        else if (r?.failed) add(r.failed);
        else if (u.kind === "root" && r?.raw) u.files.forEach((p) => add(byAbs.get(p)));
      }
    }
    const cfg = clusterCfg.get(sc.cluster);
    const extraContext = cfg?.pools ? await loadFiles(cfg.pools.map((p) => displayPath(resolve(base, p), cwd)), cwd, { contextOnly: true }) : [];
    const opts: LintOptions = {
      ...lintOptions,
      ...(cfg?.podCidrs ? { podCidrs: cfg.podCidrs } : {}),
      ...(cfg?.cni ? { cni: cfg.cni } : {}),
      ...(cfg?.nodes !== undefined ? { settings: { ...lintOptions.settings, nodes: cfg.nodes } } : {}),
    };
    const inScope = [...sources, ...shared.filter((f) => !added.has(f)), ...extraContext];
    const out = { ...lintSources(inScope, opts), files: inScope };
    outs.push({ scope: sc, out, linted: new Set(sources.map((f) => f.path)) });
  }

  // Move findings out of rendered output, name clusters, merge.
  const rendered = new Map<string, RenderedSource>();
  for (const job of jobs.values()) if (job.result?.rendered) rendered.set(job.result.rendered.rendered.path, job.result.rendered);
  const merged = new Map<string, { finding: Finding; clusters: string[] }>();
  // Each place of a rendered text moved once: a place is the related location of many findings
  // (duplicate-static-ip lists up to 50 other claims on each of them).
  const moves = new Map<string, Moved>();
  const moved = (src: RenderedSource, at: Location): Moved => {
    const key = `${src.rendered.path}\0${at.line}:${at.column}:${at.endLine}:${at.endColumn}`;
    let m = moves.get(key);
    if (!m) moves.set(key, (m = relocate(src, { line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn }, sourceOf)));
    return m;
  };
  // A place in rendered output (a related location, a change's cause) as the place that wrote it.
  const toSource = <T extends Location & { readonly file: string }>(at: T): T => {
    const src = rendered.get(at.file);
    if (!src) return at;
    const m = moved(src, at);
    return { ...at, file: m.file, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn };
  };
  const targets = new Set<string>();
  const paths = pathPolicy(lintOptions.rules, lintOptions.policy);
  // Suppression comments of the files renders read: kustomize and Helm drop the comments of bases,
  // patches, kustomizations and values files, so the findings moved into such a file are matched
  // against its comments here. Helm keeps a template's comments: those are judged in the rendered
  // text, like any file's, and only their unused-suppression findings are moved to the template.
  // By the path the file was read under (what findings located in it name).
  const comments = new Map<string, SourceComments>();
  const readBy = new Map<string, Set<string>>();
  // A template's comment in each render holding it (by run and rendered file), and the runs that found it unused.
  const commentIn = new Map<string, Set<string>>();
  const unusedIn = new Map<string, Set<string>>();
  outs.forEach(({ scope, linted }, i) => {
    for (const u of scope.units) {
      if (u.kind === "files") continue;
      const src = jobs.get(unitKey(u))?.result?.rendered;
      if (!src || !linted.has(src.rendered.path)) continue;
      // And the files holding values written inline (an Application, a ConfigMap, an override) or parameters.
      const inline = [...(src.embedded ?? []).map((e) => e.file), ...(src.params?.sources ?? []).map((p) => p.file), ...(src.options ?? []).map((o) => o.file)];
      const inputs = [...new Set([...(u.kind === "root" ? rootInputs(layout, u.root).map((p) => displayPath(p, cwd)) : src.valueFiles), ...inline])];
      for (const p of inputs) {
        const file = sourceOf(p);
        if (!file) continue;
        if (!comments.has(file.path)) comments.set(file.path, sourceComments(file, paths, lintOptions.only));
        readBy.set(file.path, new Set([...(readBy.get(file.path) ?? []), scope.cluster]));
      }
      if (src.how !== "helm" || !src.rendered.text.includes("calico-ipam-lint-")) continue;
      src.rendered.text.split("\n").forEach((line, l) => {
        if (!/^\s*#\s*calico-ipam-lint-/.test(line)) return;
        const m = relocateComment(src, { line: l + 1, column: 1, endLine: l + 1, endColumn: 1 }, sourceOf);
        if (m) commentIn.set(`${m.file}:${m.line}`, new Set([...(commentIn.get(`${m.file}:${m.line}`) ?? []), `${i}\0${src.rendered.path}`]));
      });
    }
  });
  const unusedKinds = new Set(["unused", "unusedAll"]);
  for (const [i, { scope, out }] of outs.entries()) {
    for (const r of out.results) {
      for (const f of r.findings) {
        let finding: Finding = f;
        const src = rendered.get(f.file);
        const comment = src && f.ruleId === UNUSED ? relocateComment(src, f, sourceOf) : null;
        // An unused comment of a template that cannot be placed is not reported: another render may use it.
        if (src && f.ruleId === UNUSED && !comment && unusedKinds.has(f.messageId ?? "")) continue;
        if (comment && unusedKinds.has(f.messageId ?? "")) {
          const key = JSON.stringify([comment.file, comment.line, comment.column, f.messageId, f.value]);
          unusedIn.set(key, new Set([...(unusedIn.get(key) ?? []), `${i}\0${f.file}`]));
        }
        if (src) {
          const m = comment ?? moved(src, f);
          // --fix never edits rendered text: the finding keeps no fix.
          const rest: Finding = { ...f };
          delete (rest as { fix?: unknown }).fix;
          finding = { ...rest, file: m.file, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, ...(m.note ? { message: `${f.message} (${m.note})` } : {}) };
          // The configuration's ignore globs and per-file severities apply where the finding now is.
          if (paths.ignored(m.file)) continue;
          const setting = paths.setting(f.ruleId, m.file);
          if (setting === "off") continue;
          if (setting) finding = { ...finding, severity: setting === "error" ? "error" : "warning" };
          // A suppression comment where the finding now is, which the rendered text no longer holds.
          const written = sourceOf(m.file);
          if (written && comments.get(written.path)?.covers({ ...finding, file: written.path })) continue;
          targets.add(m.file);
        }
        if (finding.related) finding = { ...finding, related: finding.related.map(toSource) };
        if (layout.substitutes && placeholderAt(finding, sourceOf)) continue;
        const key = JSON.stringify([finding.ruleId, finding.file, finding.line, finding.column, finding.endLine, finding.endColumn, finding.message]);
        const prev = merged.get(key);
        if (prev) {
          if (!prev.clusters.includes(scope.cluster)) prev.clusters.push(scope.cluster);
        } else merged.set(key, { finding, clusters: [scope.cluster] });
      }
    }
  }
  // The comments only renders read: reported where they are written, naming the clusters whose renders read them.
  for (const [p, c] of comments) {
    if (outs.some((o) => o.linted.has(p)) || paths.ignored(p) || byAbs.get(abs(p))?.contextOnly) continue;
    for (const finding of c.report()) {
      const key = JSON.stringify([finding.ruleId, finding.file, finding.line, finding.column, finding.endLine, finding.endColumn, finding.message]);
      if (!merged.has(key)) merged.set(key, { finding, clusters: [...(readBy.get(p) ?? [])] });
      targets.add(p);
    }
  }
  const findings: Finding[] = [];
  for (const { finding, clusters } of merged.values()) {
    // A suppression is unused only if no cluster that reads its file used it.
    if (finding.ruleId === UNUSED) {
      const readers = outs.filter((o) => o.linted.has(finding.file) || o.out.results.some((r) => r.file === finding.file));
      if (readers.some((o) => !clusters.includes(o.scope.cluster))) continue;
      // Nor if a finding moved into its file fell under it.
      if (comments.get(finding.file)?.usedHere(finding)) continue;
      // A template's comment: unused in every render holding it.
      const key = JSON.stringify([finding.file, finding.line, finding.column, finding.messageId, finding.value]);
      const found = unusedIn.get(key);
      if (found && [...(commentIn.get(`${finding.file}:${finding.line}`) ?? [])].some((r) => !found.has(r))) continue;
    }
    findings.push(many ? inClusters(finding, clusters) : finding);
  }
  const shown = new Set<string>();
  for (const { out } of outs) for (const r of out.results) if (!rendered.has(r.file)) shown.add(r.file);
  // A finding moved into a context file is not reported, as for any finding located there.
  for (const t of targets) if (byAbs.get(abs(t))?.contextOnly !== true) shown.add(t);
  const results = groupResults(
    [...shown].map((path) => ({ path, text: "", documents: [], problems: [], contextOnly: false })),
    findings,
  );
  const first = outs[0]?.out;
  const given = new Set(files);
  const allFiles = [...byAbs.values()].filter((f) => given.has(f));
  const sourceLine = (file: string, line: number): { file: string; line: number } => {
    const text = rendered.get(file)?.rendered.text.split("\n")[line - 1] ?? "";
    const m = toSource({ file, line, column: 1, endLine: line, endColumn: text.length + 1 });
    return { file: m.file, line: m.line };
  };
  // The plan per cluster, owners moved out of rendered output. What no cluster deploys has a plan
  // only when it holds pools or pods.
  let planned: { allocation: Allocation; plan: Plan; plans: { cluster: string; plan: Plan }[] } | undefined;
  if (lintOptions.plan) {
    const all = outs.map((o) => {
      const a = allocation(o.out.model, o.out.settings);
      return { cluster: o.scope.cluster || "(no cluster)", unnamed: o.scope.cluster === "", allocation: a, plan: sourcePlan(planFrom(o.out.model, a), sourceLine) };
    });
    const empty = (p: Plan): boolean => p.pools.length + p.statics.length + p.sets.length + p.unknown.length + p.blocked.length === 0;
    const kept = all.length > 1 ? all.filter((p) => !p.unnamed || !empty(p.plan)) : all;
    const head = kept[0] ?? all[0];
    if (head) planned = { allocation: head.allocation, plan: head.plan, plans: kept.map((p) => ({ cluster: p.cluster, plan: p.plan })) };
  }
  return {
    results,
    model: first?.model as Model,
    settings: first?.settings as Settings,
    files: allFiles,
    scopes: outs.map((o) => ({ cluster: o.scope.cluster, model: o.out.model, settings: o.out.settings })),
    notices,
    skipped,
    sourceLine,
    rendered: { charts: [...jobs.values()].flatMap((j) => (j.result?.chart ? [j.result.chart] : [])), roots: [...jobs.values()].flatMap((j) => (j.result?.root ? [j.result.root] : [])), deploysAt, toSource },
    poolsKnown: outs.some((o) => poolsKnown(o.out.model)),
    ...(planned ? { allocation: planned.allocation, plan: planned.plan, ...(planned.plans.length > 1 ? { plans: planned.plans } : {}) } : {}),
  };
}

/**
 * Rendering this many roots and charts is said on standard error, and so is rendering some for this
 * long (not one or two: a loaded machine's slow chart is not news).
 */
const MANY_RENDERS = 100;
const SOME_RENDERS = 10;
const SLOW_SECONDS = 10;
/** How long rendering runs before a progress line on a terminal; in a log, one line after SLOW_SECONDS. */
const QUIET_MS = 2000;

/**
 * What rendering is doing, when it takes a while: on a terminal, a line rewritten as roots and
 * charts finish (erased at the end); in a log, one line. `stop` ends it and gives the seconds taken.
 */
function sayProgress(to: LayoutOptions["progress"], total: number, width: number, done: () => number): { stop(): number } {
  const started = performance.now();
  if (!to || total < (to.tty ? 1 : SOME_RENDERS)) return { stop: () => (performance.now() - started) / 1000 };
  let shown = false;
  // Short enough for an 80-column terminal, where a wrapped line could not be rewritten.
  const line = (): string => `calico-ipam-lint: rendering ${done()}/${total} roots and charts (${width} at a time)`;
  let ticker: ReturnType<typeof setInterval> | undefined;
  const first = setTimeout(
    () => {
      shown = true;
      if (!to.tty) {
        to.write(`calico-ipam-lint: rendering ${total} Kustomize roots and charts, ${width} at a time (${done()} done so far)...\n`);
        return;
      }
      to.write(`\r${line()}\x1b[K`);
      ticker = setInterval(() => to.write(`\r${line()}\x1b[K`), 250);
      ticker.unref();
    },
    to.tty ? QUIET_MS : SLOW_SECONDS * 1000,
  );
  first.unref();
  return {
    stop: () => {
      clearTimeout(first);
      if (ticker) clearInterval(ticker);
      if (shown && to.tty) to.write("\r\x1b[K");
      return (performance.now() - started) / 1000;
    },
  };
}

/** 7 s, 4 min 12 s. */
function duration(seconds: number): string {
  const s = Math.round(seconds);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** Owners located in rendered output, moved to the line that wrote them. */
function sourcePlan(plan: Plan, sourceLine: (file: string, line: number) => { file: string; line: number }): Plan {
  const move = <T extends { file: string; line: number }>(o: T): T => ({ ...o, ...sourceLine(o.file, o.line) });
  return {
    ...plan,
    pools: plan.pools.map(move),
    statics: plan.statics.map((s) => ({ ...s, owner: move(s.owner) })),
    sets: plan.sets.map((s) => ({ ...s, consumers: s.consumers.map(move) })),
    unknown: plan.unknown.map(move),
    blocked: plan.blocked.map(move),
  };
}

interface RenderResult {
  readonly rendered?: RenderedSource;
  /** The kustomization or Chart.yaml carrying the tool's error (the render-failed rule reports it). */
  readonly failed?: SourceFile;
  /** Lint the root's files as they are. */
  readonly raw?: boolean;
  /** A chart's render again from another copy of the chart. */
  readonly chart?: RenderedChart;
  /** A Kustomize root's build again from another copy of its files. */
  readonly root?: RenderedRoot;
}

function unitKey(u: Unit): string {
  if (u.kind === "root") {
    // Options are the deploying object's own; Flux builds with no load restrictions.
    const how = u.deploy?.options ? [u.deploy.by.file, u.deploy.by.kind, u.deploy.by.name] : u.deploy?.by.kind === "Kustomization" ? "flux" : "";
    return `root\0${u.root.dir}\0${u.deploy?.namespace ?? ""}\0${JSON.stringify(how)}`;
  }
  if (u.kind === "chart") return `chart\0${u.chart.dir}\0${JSON.stringify([u.deploy?.releaseName, u.deploy?.namespace, u.deploy?.valueFiles, u.deploy?.values, u.deploy?.set, u.deploy?.setString])}`;
  return `files\0${u.files.join("\0")}`;
}

async function renderUnit(
  u: Unit,
  layout: Layout,
  tools: Tools,
  env: NodeJS.ProcessEnv,
  mode: RenderMode,
  cwd: string,
  raw: string[],
  unrendered: string[],
  byAbs: ReadonlyMap<string, SourceFile>,
  cache: { readonly dir?: string; readonly memo?: RenderMemo },
  stats: { rendered: number; cached: number },
): Promise<RenderResult> {
  const cacheDir = cache.dir;
  /** Run a render, or take it from the cache when nothing it reads has changed. */
  const run = async (program: string, job: unknown, dirs: readonly string[], files: readonly string[], render: () => Promise<Rendered>): Promise<Rendered> => {
    const memoKey = cache.memo ? JSON.stringify([program, job, files]) : "";
    const remembered = cache.memo?.get(memoKey);
    if (remembered) {
      stats.cached++;
      return remembered;
    }
    const key = cacheDir ? renderKey(program, job, dirs, files) : "";
    const hit = cacheDir ? cached(cacheDir, key) : null;
    if (hit) {
      stats.cached++;
      cache.memo?.set(memoKey, hit, dirs, files);
      return hit;
    }
    const out = await render();
    stats.rendered++;
    if (cacheDir) store(cacheDir, key, out);
    cache.memo?.set(memoKey, out, dirs, files);
    return out;
  };
  /**
   * A render of a copy as it was at a revision (node/impact.ts), taken from the cache (`--cache`)
   * when the same content was rendered where the repository has it, as it is now or by an earlier
   * run (the pre-commit hook's, before the edit): then only the edited side renders.
   */
  const runCopy = async (program: string, job: unknown, dirs: readonly Input[], files: readonly Input[], render: () => Promise<Rendered>): Promise<Rendered> => {
    if (!cacheDir) return render();
    const key = renderKey(program, job, dirs, files);
    const hit = cached(cacheDir, key);
    if (hit) return hit;
    const out = await render();
    store(cacheDir, key, out);
    return out;
  };
  const show = (p: string): string => displayPath(p, cwd);
  if (u.kind === "root") {
    const blocked = [...u.root.remote.map((r) => `the remote base ${r}`), ...u.root.unsafe];
    for (const b of u.root.bases) {
      const base = layout.roots.get(b);
      if (base) blocked.push(...base.remote.map((r) => `the remote base ${r}`), ...base.unsafe);
    }
    const rootName = u.root.generated ? `the folder ${show(u.root.dir)}` : show(u.root.file);
    if (mode === "never" || !tools.kustomize || blocked.length > 0) {
      if (blocked.length > 0) unrendered.push(`${rootName} is not rendered: it uses ${blocked.join(", ")}; its files are linted as they are`);
      else raw.push(show(u.root.dir));
      return { raw: true };
    }
    const d = u.deploy;
    const opts = d?.options;
    // Argo CD's and Flux's kustomize options: their code is loaded only for a deploy that has some.
    const o = opts ? await import("./options.js") : null;
    // Flux builds with no load restrictions (fluxcd/pkg kustomize_generator.go, `Build`).
    const flux = d?.by.kind === "Kustomization";
    const extra = flux ? ["--load-restrictor", "LoadRestrictionsNone"] : [];
    const inputs = rootInputs(layout, u.root);
    const patches = rootPatches(layout, u.root);
    const components = o && opts ? o.optionComponents(opts, u.root.dir) : [];
    for (const c of components) {
      const comp = layout.roots.get(c);
      if (comp) {
        inputs.push(...rootInputs(layout, comp));
        patches.unshift(...rootPatches(layout, comp));
      }
    }
    const dirs = [...new Set([...inputs.map((p) => dirname(p)), ...components])];
    // The root's kustomization (read from `file`: a copy's, for a revision) with a deploy's options applied.
    const editedBy = (to: NonNullable<typeof o>, topts: NonNullable<typeof opts>, dir: string, file: string): ReturnType<NonNullable<typeof o>["editKustomization"]> => {
      const own = u.root.generated ? undefined : toPlain(parseSource(file, textOf(file)).documents[0]?.root ?? undefined);
      const resources = u.root.generated ? [...u.root.resources, ...u.root.bases].map((p) => `./${p.slice(u.root.dir.length + 1)}`) : [];
      return to.editKustomization(topts, own && typeof own === "object" && !Array.isArray(own) ? (own as Record<string, unknown>) : u.root.generated ? undefined : {}, dir, resources);
    };
    // The ConfigMaps and Secrets Flux variables may come from, some of them as they were.
    const variableSources = (texts: ReadonlyMap<string, string>): { display: string; file: SourceFile }[] =>
      [...byAbs].filter(([p, f]) => /ConfigMap|Secret/.test(texts.get(p) ?? f.text)).map(([p, f]) => ({ display: show(p), file: texts.has(p) ? parseSource(show(p), texts.get(p) ?? "") : f }));
    let edited: Record<string, unknown> | undefined;
    if (o && opts && d) {
      const e = editedBy(o, opts, u.root.dir, u.root.file);
      if ("error" in e) {
        if (u.root.generated) {
          unrendered.push(`${rootName} as ${d.by.kind} ${d.by.name} builds it: ${e.error}; its files are linted as they are`);
          return { raw: true };
        }
        return { failed: failedSource(show(u.root.file), `${d.by.kind} ${d.by.name} cannot apply its kustomize options to ${show(u.root.dir)}: ${e.error}`, textOf(u.root.file), false) };
      }
      edited = e.kustomization;
    }
    const kustomize = tools.kustomize.bin;
    const job = ["kustomize", tools.kustomize.args, u.root.dir, extra, edited ?? null];
    let out: Rendered;
    try {
      out = await run(kustomize, job, dirs, [], () => (edited && o ? o.buildEdited(tools, u.root, edited, dirs, flux, env) : renderKustomize(tools, u.root.dir, env, extra)));
    } catch (err) {
      // The temporary folder could not be made (TMPDIR missing or full): the files as they are.
      unrendered.push(`${rootName} with the kustomize options of ${d?.by.kind ?? ""} ${d?.by.name ?? ""}: ${(err as Error).message}; its files are linted as they are`);
      return { raw: true };
    }
    if ("error" in out) {
      if (u.root.generated) {
        unrendered.push(`${rootName} as ${d?.by.kind ?? "Flux"} ${d?.by.name ?? ""} builds it: kustomize failed: ${out.error}; its files are linted as they are`);
        return { raw: true };
      }
      return { failed: failedSource(show(u.root.file), `kustomize build ${show(u.root.dir)}${opts && d ? ` with the kustomize options of ${d.by.kind} ${d.by.name}` : ""} failed: ${out.error}`, textOf(u.root.file), !u.deploy) };
    }
    const label = show(u.root.dir);
    const path = renderedPath(label, d ? { kind: d.by.kind, name: d.by.name, file: show(d.by.file) } : undefined);
    let parsed = parseManifest(path, withoutDefinitions(out.text));
    const optionsFile = d ? byAbs.get(d.by.file) : undefined;
    const vars =
      o && opts?.tool === "flux" && d
        ? o.fluxVariables(opts, optionsFile, show(d.by.file), variableSources(new Map()))
        : undefined;
    if (o && opts?.tool === "flux") parsed = o.fluxPostBuild(parsed, opts, vars);
    parsed = withNamespace(parsed, d?.namespace);
    // Each rendered object's origin: the resource file of the root or a base holding an object of
    // its kind whose name the rendered name contains (after namePrefix/nameSuffix); the longest wins.
    const candidates: Candidate[] = [];
    for (const file of u.files) {
      for (const d of byAbs.get(file)?.documents ?? []) {
        const data = toPlain(d.root ?? undefined) as { kind?: unknown; metadata?: { name?: unknown } } | null;
        if (d.root && typeof data?.kind === "string" && typeof data.metadata?.name === "string") candidates.push({ file: show(file), kind: data.kind, name: data.metadata.name, start: d.root.span.start, end: d.root.span.end });
      }
    }
    const origins = new Map<number, Origin>();
    const originOf = originFinder(candidates);
    for (const d of parsed.documents) {
      const data = toPlain(d.root ?? undefined) as { kind?: unknown; metadata?: { name?: unknown } } | null;
      const best = originOf(data?.kind, typeof data?.metadata?.name === "string" ? data.metadata.name : "");
      if (best !== undefined) origins.set(d.index, best);
    }
    const kustomizations = inputs.filter((p) => (KUSTOMIZATION_NAMES as readonly string[]).includes(basename(p)) && existsSync(p));
    // Built again from a copy of its folders laid out as the repository's (node/impact.ts, the root
    // as it was at a revision), as a deploy says (the same one, or the same object as it was) with
    // some files' texts as they were (the deploy's, the ConfigMaps its Flux variables come from).
    const renderWith = async (copy: string, then: Deploy | undefined, texts: ReadonlyMap<string, string>): Promise<{ text: string } | { error: string }> => {
      const into = (p: string): string => resolve(copy, relative(u.root.dir, p));
      const topts = then?.options;
      const to = topts ? await import("./options.js") : null;
      let built: Rendered;
      if (to && topts && then) {
        const file = into(u.root.file);
        const e = editedBy(to, topts, copy, file);
        if ("error" in e) return e;
        const reach = [...new Set([...dirs.map(into), ...to.optionComponents(topts, copy)])];
        built = await to.buildEdited(tools, { dir: copy, file }, e.kustomization, reach, flux, env);
      } else {
        // The key of this root's own build (`run` above), for the folders copied.
        const read = dirs.map((p) => ({ at: into(p), as: p }));
        built = await runCopy(kustomize, [...job.slice(0, 4), null], read, [], () => renderKustomize(tools, copy, env, extra));
      }
      if ("error" in built) return built;
      let again = parseManifest(path, withoutDefinitions(built.text));
      if (to && topts?.tool === "flux" && then) {
        const deployText = texts.get(then.by.file);
        const deployFile = deployText !== undefined ? parseSource(show(then.by.file), deployText) : byAbs.get(then.by.file);
        again = to.fluxPostBuild(again, topts, to.fluxVariables(topts, deployFile, show(then.by.file), variableSources(texts)));
      }
      return { text: withNamespace(again, then?.namespace).text };
    };
    const renderFrom = (dir: string): Promise<{ text: string } | { error: string }> => renderWith(dir, d, new Map());
    const whole = (p: string): boolean => /^kind\s*:/m.test(textOf(p));
    return {
      root: {
        path,
        dir: resolve(u.root.dir),
        inputs: [...new Set(inputs.map((p) => resolve(p)))],
        unwritten: () => [...new Set([...kustomizations, ...patches.filter((p) => existsSync(p) && !whole(p))].map((p) => resolve(p)))],
        // What deploys it: the Flux Kustomization or Application, and the ConfigMaps and Secrets its variables come from.
        deployedBy: d ? [...new Set([resolve(d.by.file), ...[...(vars?.vars.values() ?? [])].map((v) => resolve(cwd, v.file))])] : [],
        renderFrom,
        ...(d ? { by: d.by } : {}),
        renderWith,
      },
      rendered: {
        rendered: parsed,
        how: "kustomize",
        patches: patches.map(show),
        kustomizations: kustomizations.map(show),
        origins,
        templates: new Map(),
        valueFiles: [],
        embedded: [],
        fallback: show(u.deploy?.by.file ?? u.root.file),
        label,
        // The deploy's options, applied last, then the kustomizations' own (the root's before its bases').
        options: [
          ...(o && opts && d ? o.optionHints(opts, opts.file ? byAbs.get(opts.file) : optionsFile, show(opts.file ?? d.by.file)) : []),
          ...kustomizations.flatMap((k) => {
            const own = byAbs.get(k)?.documents[0]?.root;
            return own?.kind === "map" ? kustomizeHints(own, show(k), false) : [];
          }),
        ],
        ...(vars && vars.vars.size > 0 ? { variables: vars.vars } : {}),
      },
    };
  }
  if (u.kind === "chart") {
    const label = show(u.chart.dir);
    if (mode === "never" || !tools.helm) {
      unrendered.push(`the chart ${label}${mode === "never" ? " (--render never)" : " (install helm to lint what it deploys)"}`);
      return {};
    }
    const d = u.deploy;
    // Argo CD and Flux build dependencies from chart repositories; this run fetches nothing.
    const missing = u.chart.dependencies.filter((dep) => !existsSync(join(u.chart.dir, "charts", dep)) && !tgzIn(join(u.chart.dir, "charts"), dep));
    if (missing.length > 0) {
      unrendered.push(`the chart ${label}: its dependencies ${someOf(missing)} are not vendored in charts/ (helm dependency build fetches them; this run uses no network)`);
      return {};
    }
    const job = helmJob(u.chart.dir, d, (d?.valueFiles ?? []).filter((f) => existsSync(f)));
    const valueFiles = job.valueFiles;
    const helm = tools.helm;
    const out: Rendered = await run(helm, ["helm", job], [u.chart.dir], valueFiles, () => renderHelm(tools, job, env));
    if ("error" in out) {
      // Helm 4's loader takes only charts of apiVersion v1, v2 or v3; Helm 3 (pkg/chart/metadata.go
      // Metadata.Validate) takes any apiVersion that is not empty, and Argo CD runs Helm 3.
      const helm4Only = d !== undefined && /\bunsupported chart version\b/.test(out.error);
      return { failed: failedSource(show(u.chart.file), `helm template ${label} failed: ${out.error}`, textOf(u.chart.file), !d, helm4Only ? "RENDER_FAILED_HELM4_ONLY" : undefined) };
    }
    const path = renderedPath(label, d ? { kind: d.by.kind, name: d.by.name, file: show(d.by.file) } : undefined);
    const parsed = withNamespace(parseManifest(path, out.text), d?.namespace);
    // Rendered again from another copy of the chart (node/impact.ts, the chart as it was at a
    // revision), as a deploy says: this one, or the same object as it was.
    const renderWith = async (dir: string, then: Deploy | undefined, files: readonly string[], standsFor: ReadonlyMap<string, string> = new Map()): Promise<{ text: string } | { error: string }> => {
      // Keyed as this chart's own render (`run` above) would be with the same content.
      const as = (f: string): string => standsFor.get(f) ?? f;
      const key = ["helm", helmJob(u.chart.dir, then, files.map(as))];
      const again = await runCopy(helm, key, [{ at: dir, as: u.chart.dir }], files.map((f) => ({ at: f, as: as(f) })), () => renderHelm(tools, helmJob(dir, then, files), env));
      return "error" in again ? again : { text: withNamespace(parseManifest(path, again.text), then?.namespace).text };
    };
    const renderFrom = (dir: string, files: readonly string[], standsFor?: ReadonlyMap<string, string>): Promise<{ text: string } | { error: string }> => renderWith(dir, d, files, standsFor);
    const templates = new Map<number, string>();
    // `# Source: <chart>/templates/x.yaml` precedes each document; a subchart's is not the user's.
    // Offsets in the text as linted (after the namespace lines added).
    const sources: { at: number; file: string }[] = [];
    for (const m of parsed.text.matchAll(/^# Source: [^/\n]+\/(.+)$/gm)) {
      const file = m[1] ?? "";
      sources.push({ at: m.index ?? 0, file: file.startsWith("charts/") ? "" : show(join(u.chart.dir, file)) });
    }
    // The last mark before each document: both are in the text's order (one pass, not one per document).
    let last = -1;
    for (const doc of parsed.documents) {
      if (!doc.root) continue;
      while (last + 1 < sources.length && (sources[last + 1]?.at ?? Infinity) <= doc.root.span.start) last++;
      const mark = sources[last];
      if (mark?.file) templates.set(doc.index, mark.file);
    }
    const defaults = join(u.chart.dir, "values.yaml");
    return {
      rendered: {
        rendered: parsed,
        how: "helm",
        patches: [],
        kustomizations: [],
        origins: new Map(),
        templates,
        sources,
        valueFiles: [...(existsSync(defaults) ? [show(defaults)] : []), ...valueFiles.map(show)],
        embedded: (d?.embedded ?? []).map((e) => ({ ...e, file: show(e.file) })),
        ...(d?.params && d.params.length > 0 ? { params: { template: show(d.by.file), sources: d.params.map((p) => ({ ...p, file: show(p.file) })) } } : {}),
        fallback: show(d?.by.file ?? u.chart.file),
        label: d ? `${d.by.kind} ${d.by.name}` : label,
      },
      chart: {
        path,
        dir: resolve(u.chart.dir),
        valueFiles: valueFiles.map((f) => resolve(f)),
        deployedBy: [...new Set([...(d ? [d.by.file] : []), ...(d?.embedded ?? []).map((e) => e.file), ...(d?.params ?? []).map((p) => p.file)].map((f) => resolve(f)))],
        renderFrom,
        ...(d ? { by: d.by } : {}),
        renderWith,
      },
    };
  }
  return {};
}

/** An object of a Kustomize root's files, which a rendered object may come from. */
interface Candidate extends Origin {
  readonly kind: string;
  readonly name: string;
}

/**
 * The object a rendered object comes from (its file and document): among the objects of its kind in
 * a root's files (in `candidates`' order), the one with the longest name the rendered name contains
 * (after namePrefix/nameSuffix); the first of those. Looked up by the rendered name's substrings of
 * the names' lengths, so a root of thousands of objects costs a few lookups per object, where
 * comparing every object with every candidate took seconds.
 */
function originFinder(candidates: readonly Candidate[]): (kind: unknown, name: string) => Origin | undefined {
  const byKind = new Map<string, { names: Map<string, number>; lengths: number[] }>();
  candidates.forEach((c, i) => {
    let k = byKind.get(c.kind);
    if (!k) byKind.set(c.kind, (k = { names: new Map(), lengths: [] }));
    if (!k.names.has(c.name)) k.names.set(c.name, i);
    if (!k.lengths.includes(c.name.length)) k.lengths.push(c.name.length);
  });
  for (const k of byKind.values()) k.lengths.sort((a, b) => b - a);
  return (kind, name) => {
    const k = typeof kind === "string" ? byKind.get(kind) : undefined;
    for (const len of k?.lengths ?? []) {
      let best = -1;
      for (let at = 0; at + len <= name.length; at++) {
        const i = k?.names.get(name.slice(at, at + len));
        if (i !== undefined && (best === -1 || i < best)) best = i;
      }
      const c = best === -1 ? undefined : candidates[best];
      if (c) return { file: c.file, start: c.start, end: c.end };
    }
    return undefined;
  };
}

/** `helm template`'s job for a chart as a deploy (or none) says: release, namespace, values. */
function helmJob(chart: string, d: Deploy | undefined, valueFiles: readonly string[]): HelmJob {
  const values = (d?.values ?? []).flatMap((v) => Object.entries(v).map(([k, x]) => [k, JSON.stringify(x)] as const));
  return { chart, release: d?.releaseName ?? basename(chart), ...(d?.namespace ? { namespace: d.namespace } : {}), valueFiles, values, set: d?.set ?? [], ...(d?.setString?.length ? { setString: d.setString } : {}) };
}

/**
 * Kustomize's output without its CustomResourceDefinitions: no rule reads one, and their schemas are
 * most of the bytes of an operator's manifests (a monitoring stack's are 4 MB a version). Kustomize
 * prints each object's top-level keys at the start of a line and separates objects with `---`.
 */
function withoutDefinitions(text: string): string {
  if (!text.includes("\nkind: CustomResourceDefinition\n")) return text;
  return text
    .split(/^---\n/m)
    .filter((d) => !/^kind: CustomResourceDefinition$/m.test(d))
    .join("---\n");
}

/** Kinds that live in a namespace and that the rules read (others keep what they say). */
const NAMESPACED = new Set(["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "ReplicationController", "HorizontalPodAutoscaler", "ConfigMap"]);

/**
 * The destination namespace (an Application's destination.namespace, a HelmRelease's or Flux
 * Kustomization's targetNamespace) written into rendered objects that name none, as Argo CD and
 * Flux apply them: a line added to the rendered text, which is ours, never the user's.
 */
function withNamespace(file: SourceFile, namespace: string | undefined): SourceFile {
  if (!namespace) return file;
  const inserts: { at: number; text: string }[] = [];
  for (const d of file.documents) {
    const root = d.root;
    if (root?.kind !== "map") continue;
    const kind = root.entries.find((e) => e.key === "kind")?.value;
    if (kind?.kind !== "scalar" || !NAMESPACED.has(String(kind.value))) continue;
    const meta = root.entries.find((e) => e.key === "metadata")?.value;
    if (meta?.kind !== "map" || meta.entries.some((e) => e.key === "namespace")) continue;
    const first = meta.entries[0];
    if (!first) continue;
    const lineStart = file.text.lastIndexOf("\n", first.keySpan.start - 1) + 1;
    const indent = file.text.slice(lineStart, first.keySpan.start);
    if (!/^ +$/.test(indent)) continue;
    inserts.push({ at: lineStart, text: `${indent}namespace: ${JSON.stringify(namespace)}\n` });
  }
  if (inserts.length === 0) return file;
  let text = file.text;
  for (const i of inserts.sort((a, b) => b.at - a.at)) text = text.slice(0, i.at) + i.text + text.slice(i.at);
  return parseManifest(file.path, text);
}

/** The kustomization or Chart.yaml with the tool's error as a problem of the file. */
function failedSource(path: string, message: string, text: string, undeployed: boolean, why?: string): SourceFile {
  const code = why ?? (undeployed ? "RENDER_FAILED_UNDEPLOYED" : "RENDER_FAILED");
  return { path, text, documents: [], problems: [{ code, message, span: { file: path, start: 0, end: 0 } }], contextOnly: false };
}

/** A vendored dependency as an archive: charts/<name>-<version>.tgz. */
function tgzIn(dir: string, name: string): boolean {
  try {
    return readdirSync(dir).some((f) => f.startsWith(`${name}-`) && f.endsWith(".tgz"));
  } catch {
    return false;
  }
}

function textOf(p: string): string {
  try {
    return readFileSync(p, "utf8");
  } catch {
    return "";
  }
}

