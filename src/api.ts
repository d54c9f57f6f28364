import { resolve, sep } from "node:path";
import { expandPaths, loadFiles, readBudget, type Walked } from "./load/files.js";
import { manifestReader, parseSource, type SourceFile } from "./load/index.js";
import { lintCore, type CoreOptions, type CoreResult, type Planned, type TextInput } from "./core.js";
import { configRequest, loadConfig } from "./node/config.js";
import type { LintOptions, LintOutput } from "./engine/run.js";
import { add as addTiming, timedAsync, timingEnabled } from "./engine/timing.js";
import { threadPlan, type Concurrency } from "./load/threads.js";
import { lintLayout, type LayoutOptions, type RenderedView, type ScopeOutput } from "./render/index.js";
import type { Plan } from "./report/plan.js";

/**
 * The library's face. `lint` is the one entry every edge calls: paths to read (Node) and texts held
 * in memory, with the settings as data (rules, pod CIDRs, live state, changed-since data, context,
 * the configuration's policy), in; findings, the model and, with `plan: true`, the allocation out.
 * Nothing is printed, no argument is read, and nothing is written (unless `layout.cacheDir` is
 * given); only `cwd` defaults to the process's own, and the layout stage finds kustomize, kubectl
 * and helm on the process's PATH unless `layout.env` or `layout: false` says otherwise. `lintCore` (src/core.ts) is the same run over texts only,
 * with no file system, for browsers.
 */

export interface LintRequest extends CoreOptions {
  /** Files and directories to lint. */
  readonly paths?: readonly string[];
  /** Files and directories read for cross-file checks; findings located in them are not reported. */
  readonly context?: readonly string[];
  /** Texts held in memory (standard input, an editor buffer), linted with the files. */
  readonly texts?: readonly TextInput[];
  /** Files already read and parsed, linted with the files. */
  readonly sources?: readonly SourceFile[];
  /** Directory that relative paths are read from and reported against (default: the current one). */
  readonly cwd?: string;
  /**
   * A configuration file to apply, as `--config` does (`true`: the one found from `cwd` upward, as
   * the CLI looks for it). What the request sets itself wins over the file; its `pools` are read as
   * context. A file that cannot be used throws a `ConfigError`, one line per problem.
   */
  readonly configFile?: string | true;
  /**
   * How the repository's layout is read (charts, Kustomize roots, Argo CD and Flux objects,
   * clusters) and whether roots and charts are rendered (docs/layouts.md); `false` lints the files
   * flat. Default: read it, and render with the kustomize/kubectl and helm on PATH.
   */
  readonly layout?: LayoutOptions | false;
  /**
   * Threads that read and parse the files: `auto` (the default) one beside the main thread per
   * core past two (V8 keeps one busy compiling and collecting; the cores and a container's CPU
   * quota, up to three), when the files look to take long enough to read to pay for starting
   * them; `off` (or 1) the main thread alone; a number, that many in all (at most one per core).
   * The result is the same.
   */
  readonly concurrency?: Concurrency;
  /** Bytes the run reads in all, at most (default DEFAULT_MAX_INPUT_BYTES, 512 MiB): files past it are not read and are listed as unreadable. */
  readonly maxInputBytes?: number;
}

export interface LintResult extends CoreResult {
  /** Paths named that do not exist. */
  readonly missing: readonly string[];
  /** Files that exist but could not be read (permissions, too large). */
  readonly unreadable: readonly string[];
  /** Entries of the directories walked that were not read: symbolic links out of the tree, loops. */
  readonly skipped: readonly { path: string; reason: string }[];
  /** One entry per cluster linted, when the files show a layout. */
  readonly scopes?: readonly ScopeOutput[];
  /** With `plan: true` and several clusters: each cluster's plan (`plan` is the first one's). */
  readonly plans?: readonly { readonly cluster: string; readonly plan: Plan }[];
  /** What the layout stage did not render or follow, and how to get it (for standard error). */
  readonly notices?: readonly string[];
  /** What the layout stage rendered, for the changed-only runs to follow a chart's change (node/impact.ts). */
  readonly rendered?: RenderedView;
  /** What walking the folders named saw beside the files: a run over fixed texts (`--fix`) lays them out the same. */
  readonly walked?: Walked;
}

/** Read, parse and lint. A broken file never stops the others. */
export async function lint(request: LintRequest & { readonly plan: true }): Promise<Planned<LintResult>>;
export async function lint(request: LintRequest): Promise<LintResult>;
export async function lint(given: LintRequest): Promise<LintResult> {
  return lintWhenReady(given);
}

/**
 * `lint`, with settings that may come after the files are read (`later`, the CLI's comparison with
 * a revision, node/setup.ts `startLint`): awaited before the files are linted.
 */
export async function lintWhenReady(given: LintRequest, later?: Promise<Partial<LintRequest>>): Promise<LintResult> {
  const cwd = resolve(given.cwd ?? ".");
  const request = given.configFile === undefined ? given : withConfig(given, configRequest(await loadConfig(given.configFile === true ? undefined : given.configFile, cwd)));
  const main = await timedAsync("stage", "finding the files", () => expandPaths(request.paths ?? [], cwd));
  const ctx = await timedAsync("stage", "finding the files", () => expandPaths(request.context ?? [], cwd));
  const mainSet = new Set(main.files);
  const files: SourceFile[] = [...(request.sources ?? [])];
  const parse = request.precise ? parseSource : manifestReader();
  // A loop, not push(...list): a list of 130000+ files spread as arguments overflows the stack.
  const budget = readBudget(request.maxInputBytes);
  // With settings still to come, the reading gives the event loop turns for what brings them.
  const turns = later !== undefined;
  const threads = threadPlan(request.concurrency);
  // Timed as one stage, which says how many threads read when more than one did.
  const started = timingEnabled() ? performance.now() : 0;
  let more = 0;
  const read = (paths: readonly string[], contextOnly: boolean, listed: Uint8Array): Promise<SourceFile[]> => loadFiles(paths, cwd, { contextOnly, parse, budget, turns, threads, listed, onThreads: (n) => (more = Math.max(more, n)) });
  for (const f of await read(main.files, false, main.listed)) files.push(f);
  const ctxOnly = ctx.files.map((p) => !mainSet.has(p));
  for (const f of await read(ctx.files.filter((_, i) => ctxOnly[i]), true, ctx.listed.filter((_, i) => ctxOnly[i]))) files.push(f);
  if (timingEnabled()) addTiming("stage", more > 0 ? `reading and parsing (${more + 1} threads)` : "reading and parsing", performance.now() - started);
  const unreadable = [
    ...main.unreadable,
    ...ctx.unreadable,
    ...files.filter((f) => f.problems.some((p) => (p.code === "UNREADABLE" && /permission|cannot be read/.test(p.message)) || p.code === "TOO_LARGE")).map((f) => f.path),
  ];
  const missing = [...main.missing, ...ctx.missing];
  for (const t of request.texts ?? []) files.push(parse(t.path, t.text, t.contextOnly ?? false));
  const walked: Walked = { dirs: new Set([...main.walked.dirs, ...ctx.walked.dirs]), kustomizations: [...main.walked.kustomizations, ...ctx.walked.kustomizations] };
  const out = await lintRead(files, later ? { ...request, ...(await later) } : request, walked);
  return { ...out, missing, unreadable, skipped: [...main.skipped, ...ctx.skipped, ...out.skipped], walked };
}

/**
 * Lint files already read as `lint` lints what it reads: through the layout stage (clusters,
 * renders) over the same named paths, or flat with `layout: false`. `--fix` judges its fixed
 * texts with it. The request's `sources` and `texts` are not added again: they are in `files`.
 */
export async function lintRead(
  files: readonly SourceFile[],
  request: Omit<LintRequest, "sources" | "texts">,
  walked?: Walked,
): Promise<CoreResult & Pick<LintResult, "scopes" | "plans" | "notices" | "skipped" | "rendered">> {
  const cwd = resolve(request.cwd ?? ".");
  if (request.layout !== false) {
    // The layout stage (src/render): the same core run, once per cluster, over what each deploys.
    const named = new Set((request.paths ?? []).map((p) => resolve(cwd, p).split(sep).join("/")));
    const laid = await lintLayout(files, named, cwd, request, request.layout ?? {}, walked);
    if (laid) return laid;
  }
  return { ...lintCore({ sources: files }, request), skipped: [] };
}

/** The request over what its configuration file says: the request's own settings win. */
function withConfig(request: LintRequest, config: ReturnType<typeof configRequest>): LintRequest {
  return {
    ...config,
    ...request,
    ...(request.podCidrs && request.podCidrs.length > 0 ? {} : config.podCidrs ? { podCidrs: config.podCidrs } : {}),
    settings: { ...config.settings, ...request.settings },
    context: [...(request.context ?? []), ...(config.context ?? [])],
    // The configuration's clusters under the request's own layout options; `false` stays flat.
    ...(request.layout === false ? {} : config.layout || request.layout ? { layout: { ...config.layout, ...request.layout } } : {}),
  };
}

/** Options of `lintPaths`, as before `lint`. */
export interface PathLintOptions extends Omit<LintRequest, "paths" | "sources"> {
  /** Already-read inputs (standard input), linted with the files. */
  readonly extraSources?: readonly SourceFile[];
}
export type PathLintOutput = LintResult;

/** Read, parse and lint files and directories: `lint({ paths, ...options })`. */
export function lintPaths(paths: readonly string[], options: PathLintOptions = {}): Promise<PathLintOutput> {
  const { extraSources, ...rest } = options;
  return lint({ ...rest, paths, ...(extraSources ? { sources: extraSources } : {}) });
}

/** Lint YAML text held in memory (editor integrations, tests), with the precise parser. */
export function lintText(text: string, filePath = "<text>", options: LintOptions = {}): LintOutput {
  return lintCore({ sources: [parseSource(filePath, text)] }, options);
}

export { lintCore, type CoreInputs, type CoreOptions, type CoreResult, type Planned, type TextInput } from "./core.js";
