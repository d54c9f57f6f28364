import { type Command } from "commander";
import { type LintRequest, type LintResult } from "../api.js";
import { type SourceFile } from "../load/index.js";
import type { Concurrency } from "../load/threads.js";
import type { AddressMap } from "../report/address-map.js";
import type { CoreResult } from "../core.js";
import { type JunitWarnings } from "../report/types.js";
import { type SetupEnv } from "../node/setup.js";
import type { CliIO } from "./io.js";
import type { RenderMode } from "../render/index.js";
/**
 * What every command that lints shares (the main command, `plan`, `gate`): the lint options, the
 * run through the core, the reports and the exit code. The commands import this module; none of
 * them imports another.
 */
export declare const EXIT_OK = 0;
export declare const EXIT_FINDINGS = 1;
export declare const EXIT_FAILURE = 2;
/** Options shared by every command that lints. */
export interface LintCliOptions {
    format: string[];
    outputFile: string[];
    stdinFilename?: string;
    podCidr: string[];
    context: string[];
    pools: string[];
    namespace?: string;
    quiet?: boolean;
    maxWarnings?: number;
    /** Which --format (by position) each --output-file follows; set while parsing. */
    outputPairs?: Record<number, string>;
    config?: string;
    baseline?: string;
    writeBaseline?: string;
    inUse?: string;
    changedSince?: string;
    impactSince?: string;
    /** False with --no-default-path: no path given lints none (the hooks, which may pass none), not the current directory. */
    defaultPath?: boolean;
    /** --max-input-size, in MiB. */
    maxInputSize?: number;
    /** Threads that read and parse the files. */
    concurrency?: Concurrency;
    /** Apply the fixes of fixable findings (the main command only). */
    fix?: boolean;
    fixDryRun?: boolean;
    /** Render Kustomize roots and charts: auto (when the program is on PATH), always, never. */
    render?: RenderMode;
    /** Keep rendered Kustomize roots and charts in this folder between runs. */
    cache?: string;
    junitWarnings?: JunitWarnings;
    /** The number of nodes (`nodes` in the configuration): sizes DaemonSets and node tunnel addresses. */
    nodes?: number;
}
export declare function addLintOptions(cmd: Command): Command;
export declare class UsageError extends Error {
}
/** Read `-` from standard input into a source file. */
export declare function readStdinSource(io: CliIO, name: string | undefined): Promise<SourceFile>;
/** The setup's view of the CLI's streams: its notes go to standard error. */
export declare const setupEnv: (io: CliIO) => SetupEnv;
/** Read the settings, then lint what a lint-style command was given with the core (`lint`). */
export declare function runLintCommand(paths: readonly string[], opts: LintCliOptions, io: CliIO, extra?: Partial<LintRequest>): Promise<LintResult>;
interface Output {
    format: string;
    file?: string;
}
/** The reports asked for, or a UsageError: checked before a lint runs too, so that a typo costs no lint. */
export declare function planOutputs(opts: LintCliOptions): Output[];
/** The pools' address space of a run asked for its plan (the HTML report's map); loaded only for it. */
export declare function addressMapOf(out: CoreResult): Promise<AddressMap | undefined>;
export declare function report(out: LintResult, opts: LintCliOptions, io: CliIO): Promise<number>;
export {};
