import { type Walked } from "./load/files.js";
import { type SourceFile } from "./load/index.js";
import { type CoreOptions, type CoreResult, type Planned, type TextInput } from "./core.js";
import type { LintOptions, LintOutput } from "./engine/run.js";
import { type Concurrency } from "./load/threads.js";
import { type LayoutOptions, type RenderedView, type ScopeOutput } from "./render/index.js";
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
    readonly skipped: readonly {
        path: string;
        reason: string;
    }[];
    /** One entry per cluster linted, when the files show a layout. */
    readonly scopes?: readonly ScopeOutput[];
    /** With `plan: true` and several clusters: each cluster's plan (`plan` is the first one's). */
    readonly plans?: readonly {
        readonly cluster: string;
        readonly plan: Plan;
    }[];
    /** What the layout stage did not render or follow, and how to get it (for standard error). */
    readonly notices?: readonly string[];
    /** What the layout stage rendered, for the changed-only runs to follow a chart's change (node/impact.ts). */
    readonly rendered?: RenderedView;
    /** What walking the folders named saw beside the files: a run over fixed texts (`--fix`) lays them out the same. */
    readonly walked?: Walked;
}
/** Read, parse and lint. A broken file never stops the others. */
export declare function lint(request: LintRequest & {
    readonly plan: true;
}): Promise<Planned<LintResult>>;
export declare function lint(request: LintRequest): Promise<LintResult>;
/**
 * `lint`, with settings that may come after the files are read (`later`, the CLI's comparison with
 * a revision, node/setup.ts `startLint`): awaited before the files are linted.
 */
export declare function lintWhenReady(given: LintRequest, later?: Promise<Partial<LintRequest>>): Promise<LintResult>;
/**
 * Lint files already read as `lint` lints what it reads: through the layout stage (clusters,
 * renders) over the same named paths, or flat with `layout: false`. `--fix` judges its fixed
 * texts with it. The request's `sources` and `texts` are not added again: they are in `files`.
 */
export declare function lintRead(files: readonly SourceFile[], request: Omit<LintRequest, "sources" | "texts">, walked?: Walked): Promise<CoreResult & Pick<LintResult, "scopes" | "plans" | "notices" | "skipped" | "rendered">>;
/** Options of `lintPaths`, as before `lint`. */
export interface PathLintOptions extends Omit<LintRequest, "paths" | "sources"> {
    /** Already-read inputs (standard input), linted with the files. */
    readonly extraSources?: readonly SourceFile[];
}
export type PathLintOutput = LintResult;
/** Read, parse and lint files and directories: `lint({ paths, ...options })`. */
export declare function lintPaths(paths: readonly string[], options?: PathLintOptions): Promise<PathLintOutput>;
/** Lint YAML text held in memory (editor integrations, tests), with the precise parser. */
export declare function lintText(text: string, filePath?: string, options?: LintOptions): LintOutput;
export { lintCore, type CoreInputs, type CoreOptions, type CoreResult, type Planned, type TextInput } from "./core.js";
