import { readFile, realpath } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import type { LintRequest, LintResult } from "../api.js";
import { changeImpact } from "../engine/impact.js";
import { applyBaseline, buildBaseline, parseBaseline, recount, serializeBaseline, type Baseline, type BaselinePath } from "../engine/baseline.js";
import { decodeText, displayPath, MAX_IN_USE_BYTES, readFileLimited, TooLargeError } from "../load/files.js";
import { LazySources, manifestReader, parseSource, type SourceFile } from "../load/index.js";
import { livePodsFrom, toPlain, type LivePod, type LiveState, type Settings } from "../model/index.js";
import type { FileResult, Finding } from "../report/index.js";
import { compareFindings } from "../engine/run.js";
import { configRequest, loadConfig, settingsFrom, type LoadedConfig } from "./config.js";
import { changedSince, filesAt, gitToplevel, GitError, hasCommit } from "./git.js";
import { writeFileAtomic } from "./write.js";

/**
 * What the configuration file, `--in-use`, `--changed-since`, `--baseline` and `--write-baseline`
 * add to a lint run: the files read into settings before it (`prepareLint`), the filters after it
 * (`finishLint`). Shared by every edge that lints from a checkout: the CLI's commands and the
 * GitHub Action.
 */

/** Where a run reads from, and where it says what it wrote. */
export interface SetupEnv {
  readonly cwd: string;
  /** One line for the user (standard error on the command line, the log in the Action). */
  readonly log?: (line: string) => void;
}

export interface SetupFlags {
  readonly config?: string;
  readonly baseline?: string;
  readonly writeBaseline?: string;
  readonly inUse?: string;
  readonly changedSince?: string;
  /** `--impact-since`: the files given are changes since this revision (the pre-commit hooks). */
  readonly impactSince?: string;
  /**
   * The Action on a pull request: the base commit. Every file read that changed since it is a
   * change (context included: a pool in `context` is still the pull request's), and what they
   * cause counts in the files reported, as with `--changed-since`, which nothing else of is applied.
   */
  readonly pullRequestBase?: string;
  readonly podCidr: readonly string[];
  readonly stdinFilename?: string;
}

/** Input the tool cannot use: exit 2 with these lines on stderr. */
export class SetupError extends Error {}

export interface LintSetup {
  readonly config: LoadedConfig | null;
  /** Settings for `lint` (rules, settings, policy, podCidrs, live, changedSince). */
  readonly options: Partial<LintRequest>;
  /** More context paths (the configuration's `pools`). */
  readonly context: readonly string[];
  readonly settings: Partial<Settings>;
  readonly baseline?: { readonly data: Baseline; readonly path: BaselinePath };
  readonly writeBaseline?: { readonly file: string; readonly path: BaselinePath };
  /** Report scope of `--changed-since`: whether findings in a file are reported. */
  readonly inScope?: (file: string) => boolean;
  /**
   * What the changes do to the files they did not touch (`--changed-since`, `--impact-since`):
   * which files changed since the revision, and their text there.
   */
  readonly impact?: Impact;
}

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
}

const posix = (p: string): string => p.split(sep).join("/");

function baselinePath(file: string, cwd: string): BaselinePath {
  const dir = dirname(file);
  return (f) => (f.startsWith("<") ? f : posix(relative(dir, resolve(cwd, f))));
}

/** Read `--in-use`: JSON (fast path) or YAML, one or more documents. */
export async function readLiveState(file: string, cwd: string): Promise<LiveState> {
  const shown = displayPath(resolve(cwd, file), cwd);
  let bytes: Uint8Array;
  try {
    // Checked while reading: `kubectl get pods -A -o json` of a big cluster is large, but not endless.
    bytes = await readFileLimited(resolve(cwd, file), MAX_IN_USE_BYTES);
  } catch (err) {
    if (err instanceof TooLargeError) throw new SetupError(`--in-use ${file}: ${err.message}`);
    const code = (err as NodeJS.ErrnoException).code;
    throw new SetupError(`--in-use ${file}: ${code === "ENOENT" ? "no such file" : `cannot be read (${code ?? String(err)})`}`);
  }
  const decoded = decodeText(bytes);
  if ("error" in decoded) throw new SetupError(`--in-use ${shown}: ${decoded.error}`);
  const datas: unknown[] = [];
  try {
    datas.push(JSON.parse(decoded.text));
  } catch {
    const src: SourceFile = parseSource(shown, decoded.text, true);
    const problem = [...src.problems, ...src.documents.flatMap((d) => d.problems)][0];
    if (problem) throw new SetupError(`--in-use ${shown}: not valid JSON or YAML (${problem.message})`);
    for (const d of src.documents) if (d.root) datas.push(toPlain(d.root));
  }
  const pods: LivePod[] = [];
  for (const data of datas) {
    const r = livePodsFrom(data, shown);
    if ("error" in r) throw new SetupError(`--in-use ${shown}: ${r.error}`);
    for (const p of r.pods) pods.push(p); // not push(...): a big cluster has 130000+ pods, too many arguments
  }
  return { pods, source: shown };
}

async function changedSetup(ref: string, cwd: string, stdinName: string, flag = "--changed-since"): Promise<{ inScope: (file: string) => boolean; previous: LazySources; deleted: LazySources }> {
  let top: string;
  try {
    top = await gitToplevel(cwd);
  } catch (err) {
    throw new SetupError(`${flag} needs a git work tree: ${(err as Error).message}`);
  }
  let changed;
  try {
    changed = await changedSince(ref, top);
  } catch (err) {
    throw new SetupError(`${flag} ${ref}: ${err instanceof GitError ? err.message : String(err)}`);
  }
  const realCwd = await realpath(cwd).catch(() => resolve(cwd));
  const scope = new Set(changed.filter((c) => !c.deleted).map((c) => c.path));
  const manifests = changed.filter((c) => c.before !== undefined && /\.(ya?ml|json)$/i.test(c.path));
  const texts = new Map<string, string>();
  const gone = new Map<string, string>();
  const blobs = await filesAt(ref, manifests.map((c) => c.before ?? ""), top).catch((err: unknown) => {
    throw new SetupError(`${flag} ${ref}: ${(err as Error).message}`);
  });
  for (const c of manifests) {
    const blob = blobs.get(c.before ?? "");
    if (!blob) continue;
    const decoded = decodeText(blob);
    if ("error" in decoded) continue;
    // Keyed by the path the run shows for the file now, so rules find it from the file they lint.
    const shown = displayPath(c.path, realCwd);
    (c.deleted ? gone : texts).set(shown, decoded.text);
  }
  // Parsed when a rule first asks for one (few do: files with pools or bare Pods), with the fast
  // reader where it accepts the text, as the files linted now are.
  const previous = new LazySources(texts, manifestReader());
  const inScope = (file: string): boolean => {
    if (file === stdinName) return true;
    const abs = isAbsolute(file) ? file : resolve(realCwd, file);
    return scope.has(abs);
  };
  return { inScope, previous, deleted: new LazySources(gone, manifestReader()) };
}

export async function prepareLint(flags: SetupFlags, io: SetupEnv): Promise<LintSetup> {
  const config = await loadConfig(flags.config, io.cwd);
  const settings = settingsFrom(config);
  const data = config?.config.data;
  const podCidrs = flags.podCidr.length > 0 ? flags.podCidr : (data?.podCidrs ?? []);
  const live = flags.inUse !== undefined ? await readLiveState(flags.inUse, io.cwd) : undefined;
  const stdinName = flags.stdinFilename ?? "<stdin>";
  const changed = flags.changedSince !== undefined ? await changedSetup(flags.changedSince, io.cwd, stdinName) : undefined;
  // --changed-since reads the same: the hooks' flag is for runs that report every file given.
  // HEAD before the first commit (the hooks' HEAD in a new repository): nothing to compare with.
  const noBase = flags.impactSince === "HEAD" && !(await hasCommit("HEAD", io.cwd));
  const sinceRef = flags.impactSince ?? flags.pullRequestBase;
  const since = flags.changedSince === undefined && sinceRef !== undefined && !noBase ? await changedSetup(sinceRef, io.cwd, "", flags.impactSince !== undefined ? "--impact-since" : "the pull request's base") : undefined;
  const hooks = flags.impactSince !== undefined;
  const impact: Impact | undefined = changed && flags.changedSince !== undefined
    ? { ref: flags.changedSince, changed: (f: string) => f !== stdinName && changed.inScope(f), skip: (f: string) => f === stdinName, previous: changed.previous, deleted: changed.deleted, givenOnly: false, contextCounts: false }
    : since && sinceRef !== undefined
      ? { ref: sinceRef, changed: since.inScope, previous: since.previous, deleted: since.deleted, givenOnly: hooks, contextCounts: hooks }
      : undefined;
  let baseline: LintSetup["baseline"];
  if (flags.baseline !== undefined) {
    const file = resolve(io.cwd, flags.baseline);
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new SetupError(`--baseline ${flags.baseline}: ${code === "ENOENT" ? "no such file (create it with --write-baseline)" : `cannot be read (${code ?? String(err)})`}`);
    }
    const parsed = parseBaseline(text);
    if ("error" in parsed) throw new SetupError(`--baseline ${flags.baseline}: ${parsed.error}`);
    baseline = { data: parsed, path: baselinePath(file, io.cwd) };
  }
  const writeFile = flags.writeBaseline !== undefined ? resolve(io.cwd, flags.writeBaseline) : undefined;
  const fromConfig = configRequest(config);
  const options: Partial<LintRequest> = {
    ...(fromConfig.cni ? { cni: fromConfig.cni } : {}),
    ...(fromConfig.rules ? { rules: fromConfig.rules } : {}),
    ...(fromConfig.policy ? { policy: fromConfig.policy } : {}),
    ...(fromConfig.layout ? { layout: fromConfig.layout } : {}),
    podCidrs,
    ...(live ? { live } : {}),
    ...(changed && flags.changedSince !== undefined ? { changedSince: { ref: flags.changedSince, previous: changed.previous } } : {}),
  };
  return {
    config,
    options,
    context: config?.pools ?? [],
    settings,
    ...(baseline ? { baseline } : {}),
    ...(writeFile ? { writeBaseline: { file: writeFile, path: baselinePath(writeFile, io.cwd) } } : {}),
    ...(changed ? { inScope: changed.inScope } : {}),
    ...(impact ? { impact } : {}),
  };
}

/**
 * Write `--write-baseline`, hide what the baseline holds, add what the changes cause in files they
 * did not touch (engine/impact.ts; `request` is the run's: its options are used again), keep the
 * `--changed-since` scope.
 */
export async function finishLint<T extends LintResult>(out: T, setup: LintSetup, io: SetupEnv, request?: LintRequest): Promise<T> {
  let results: FileResult[] = out.results;
  if (setup.writeBaseline) {
    const { file, path } = setup.writeBaseline;
    const b = buildBaseline(results, path);
    await writeFileAtomic(file, serializeBaseline(b), { createDirs: true });
    const n = b.findings.reduce((s, e) => s + e.count, 0);
    io.log?.(`calico-ipam-lint: wrote ${n} finding${n === 1 ? "" : "s"} to the baseline ${displayPath(file, io.cwd)}`);
    results = applyBaseline(results, b, path).results;
  } else if (setup.baseline) {
    results = applyBaseline(results, setup.baseline.data, setup.baseline.path).results;
  }
  const caused = setup.impact && request ? causedBy(out, results, setup.impact, request) : undefined;
  const inScope = setup.inScope;
  if (inScope) results = results.filter((r) => inScope(r.file)).map((r) => recount(r, r.findings));
  if (caused) {
    // What a deletion causes is located in the untouched file: not again where that file is reported.
    const key = (f: Finding): string => JSON.stringify([f.ruleId, f.file, f.line, f.column, f.endLine, f.endColumn]);
    const shown = new Set(results.flatMap((r) => r.findings.map(key)));
    const more = [...caused.atChanges, ...caused.inPlace.filter((f) => !shown.has(key(f)))];
    if (more.length > 0) results = merged(results, more);
  }
  return results === out.results ? out : { ...out, results };
}

/** The findings the changes cause in untouched files, at the changed objects (or, for a deleted file, where they are). */
function causedBy(out: LintResult, results: FileResult[], impact: Impact, request: LintRequest): ReturnType<typeof changeImpact> {
  const given = new Set(out.files.filter((f) => !f.contextOnly).map((f) => f.path));
  const changed = impact.givenOnly ? (p: string): boolean => given.has(p) && impact.changed(p) : impact.changed;
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
  return changeImpact({
    files: out.files,
    changed,
    previous: impact.previous,
    deleted,
    contextCounts: impact.contextCounts,
    ...(impact.skip ? { skip: impact.skip } : {}),
    options: request,
    ...(flat ? { now: results } : {}),
  });
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
