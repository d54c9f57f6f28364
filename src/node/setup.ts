import { readFile } from "node:fs/promises";
import { dirname, relative, resolve, sep } from "node:path";
import type { LintRequest, LintResult } from "../api.js";
import { applyBaseline, buildBaseline, parseBaseline, recount, serializeBaseline, type Baseline, type BaselinePath } from "../engine/baseline.js";
import { decodeText, displayPath, MAX_IN_USE_BYTES, readFileLimited, TooLargeError } from "../load/files.js";
import { parseManifest, type SourceFile } from "../load/index.js";
import { livePodsFrom, toPlain, type LivePod, type LiveState, type Settings } from "../model/index.js";
import type { FileResult } from "../report/index.js";
import { timed, timedAsync } from "../engine/timing.js";
import type * as ImpactCode from "./impact.js";
import type { changesFor, Impact, Settle } from "./impact.js";
import { configRequest, loadConfig, settingsFrom, type LoadedConfig } from "./config.js";
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
  /** Decides the files git listed as changed by their stat data alone (node/impact.ts). */
  readonly settle?: Settle;
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
    // `kubectl get pods -A -o yaml` of 30,000 pods (7.8 MB): 7.3 s with the yaml package alone.
    const src: SourceFile = parseManifest(shown, decoded.text, true);
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

/** Read the settings of a run (`startLint`), the comparison with a revision included. */
export async function prepareLint(flags: SetupFlags, io: SetupEnv): Promise<LintSetup> {
  return (await startLint(flags, io)).complete;
}

/**
 * A run's settings, read but for the comparison with a revision (`--changed-since`,
 * `--impact-since`, the Action's pull request base), which runs git and reads the previous
 * versions. That part goes on while the files are read (`complete`); it was half a second before
 * the first file was read in a repository with 1,640 files changed, a third of the run.
 */
export interface StartedSetup {
  /** Everything but what the comparison gives (`inScope`, `impact`, the `changedSince` option). */
  readonly setup: LintSetup;
  /** The whole setup, once the comparison is done; rejects with its SetupError. */
  readonly complete: Promise<LintSetup>;
  /** Whether there is a comparison (`complete` may take a while). */
  readonly comparing: boolean;
}

export async function startLint(flags: SetupFlags, io: SetupEnv): Promise<StartedSetup> {
  // Started first, so that git runs while the rest is read (and the files after it).
  const compare = flags.changedSince ?? flags.impactSince ?? flags.pullRequestBase;
  const revisions: Promise<Comparison> = compare !== undefined ? compareWith(flags, io.cwd) : Promise.resolve({});
  // Awaited by `complete`; an error before then (a bad configuration) is the one reported.
  revisions.catch(() => undefined);
  const config = await loadConfig(flags.config, io.cwd);
  const settings = settingsFrom(config);
  const data = config?.config.data;
  const podCidrs = flags.podCidr.length > 0 ? flags.podCidr : (data?.podCidrs ?? []);
  const live = flags.inUse !== undefined ? await readLiveState(flags.inUse, io.cwd) : undefined;
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
  };
  const setup: LintSetup = {
    config,
    options,
    context: config?.pools ?? [],
    settings,
    ...(baseline ? { baseline } : {}),
    ...(writeFile ? { writeBaseline: { file: writeFile, path: baselinePath(writeFile, io.cwd) } } : {}),
  };
  const complete = revisions.then(({ changed, impact, settle }) => ({
    ...setup,
    options: { ...options, ...(changed && flags.changedSince !== undefined ? { changedSince: { ref: flags.changedSince, previous: changed.previous } } : {}) },
    ...(changed ? { inScope: changed.inScope } : {}),
    ...(impact ? { impact } : {}),
    ...(settle ? { settle } : {}),
  }));
  complete.catch(() => undefined);
  return { setup, complete, comparing: compare !== undefined };
}

type Comparison = Awaited<ReturnType<typeof changesFor>>;

/**
 * The comparison's code (node/impact.ts with git and engine/impact.ts, 40 kB), loaded when a run
 * compares: a run that does not would compile it for nothing at start-up. `startLint` asks for it
 * first, before the configuration is read, so that it is loaded before the reading of the files
 * begins (which gives the event loop a turn only every few milliseconds; git's questions waited).
 */
let impactCode: Promise<typeof ImpactCode> | undefined;
const loadImpact = (): Promise<typeof ImpactCode> => (impactCode ??= import("./impact.js"));

/** The comparison with a revision. */
async function compareWith(flags: SetupFlags, cwd: string): Promise<Comparison> {
  const { changesFor, RevisionError } = await loadImpact();
  return changesFor(flags, cwd).catch((err: unknown) => {
    throw err instanceof RevisionError ? new SetupError(err.message) : err;
  });
}

/**
 * Write `--write-baseline`, hide what the baseline holds, add what the changes cause in files they
 * did not touch (engine/impact.ts; `request` is the run's: its options are used again), keep the
 * `--changed-since` scope.
 */
export async function finishLint<T extends LintResult>(out: T, setup: LintSetup, io: SetupEnv, request?: LintRequest): Promise<T> {
  let results: FileResult[] = out.results;
  // Loaded by the comparison that gave `settle` and `impact`.
  const code = setup.settle || setup.impact ? await loadImpact() : undefined;
  // Which files git listed by their stat data alone are changes, before anything is written.
  if (setup.settle) {
    try {
      await setup.settle(out.files, results.map((r) => r.file));
    } catch (err) {
      throw code && err instanceof code.RevisionError ? new SetupError(err.message) : err;
    }
  }
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
  // What the changes since a revision cause in files they did not touch.
  // A chart or Kustomize root whose files changed: rendered again as it was, to follow it.
  const impact = code && setup.impact;
  const followed = impact && request && out.rendered ? await timedAsync("stage", "rendering changed charts and roots as they were", () => code.followRenders(out, impact, io.cwd)).catch(() => undefined) : undefined;
  const caused = impact && request ? timed("stage", "what the changes cause in untouched files", () => code.causedBy(out, results, impact, request, followed)) : undefined;
  if (impact && out.scopes) for (const note of code.unfollowedRenders(out, impact, io.cwd, followed)) io.log?.(`calico-ipam-lint: ${note}`);
  const inScope = setup.inScope;
  if (inScope) results = results.filter((r) => inScope(r.file)).map((r) => recount(r, r.findings));
  if (code && caused) results = code.withCaused(results, caused);
  return results === out.results ? out : { ...out, results };
}
