import type { LintRequest, LintResult } from "../api.js";
import { type Baseline, type BaselinePath } from "../engine/baseline.js";
import { type LiveState, type Settings } from "../model/index.js";
import type { Impact, Settle } from "./impact.js";
import { type LoadedConfig } from "./config.js";
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
export declare class SetupError extends Error {
}
export interface LintSetup {
    readonly config: LoadedConfig | null;
    /** Settings for `lint` (rules, settings, policy, podCidrs, live, changedSince). */
    readonly options: Partial<LintRequest>;
    /** More context paths (the configuration's `pools`). */
    readonly context: readonly string[];
    readonly settings: Partial<Settings>;
    readonly baseline?: {
        readonly data: Baseline;
        readonly path: BaselinePath;
    };
    readonly writeBaseline?: {
        readonly file: string;
        readonly path: BaselinePath;
    };
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
/** Read `--in-use`: JSON (fast path) or YAML, one or more documents. */
export declare function readLiveState(file: string, cwd: string): Promise<LiveState>;
/** Read the settings of a run (`startLint`), the comparison with a revision included. */
export declare function prepareLint(flags: SetupFlags, io: SetupEnv): Promise<LintSetup>;
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
export declare function startLint(flags: SetupFlags, io: SetupEnv): Promise<StartedSetup>;
/**
 * Write `--write-baseline`, hide what the baseline holds, add what the changes cause in files they
 * did not touch (engine/impact.ts; `request` is the run's: its options are used again), keep the
 * `--changed-since` scope.
 */
export declare function finishLint<T extends LintResult>(out: T, setup: LintSetup, io: SetupEnv, request?: LintRequest): Promise<T>;
