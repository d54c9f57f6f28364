import { type CoreOptions, type CoreResult } from "../core.js";
import { type SourceFile } from "../load/index.js";
import type { RuleInfo } from "../report/types.js";
export type { SourceFile } from "../load/index.js";
export type { Finding, FileResult, RelatedFinding } from "../report/types.js";
export type { Allocation } from "../core.js";
/** A run's output: findings per file, the model, the settings, and the dry run. */
export type LintOutput = CoreResult & Required<Pick<CoreResult, "allocation">>;
/** How the workspace is judged: the CLI's settings for a run from `root` with no flags. */
export interface Judge {
    readonly root: string;
    readonly options: CoreOptions & {
        readonly plan: true;
    };
    /** Context files (the configuration's `pools`): read, never reported. */
    readonly context: readonly string[];
    /** The configuration file in force, absolute, if any. */
    readonly configFile: string | null;
}
/** The configuration found from `root` upward (`.calico-ipam-lint.yaml`), as the CLI reads it. Throws ConfigError. */
export declare function judgeFor(root: string): Promise<Judge>;
export interface Workspace {
    readonly files: readonly SourceFile[];
    readonly out: LintOutput;
}
/** Read, parse and judge every manifest under the root, as `calico-ipam-lint .` from there would. */
export declare function readWorkspace(j: Judge): Promise<Workspace>;
/** Judge these files (the workspace with the editor's buffers in place of some). */
export declare function judge(j: Judge, files: readonly SourceFile[]): LintOutput;
/** The path the linter uses for an absolute file name (relative to the root when under it). */
export declare const pathFor: (j: Judge, abs: string) => string;
export declare const absFor: (j: Judge, path: string) => string;
/** A buffer's text, parsed precisely (comments kept: they may hold suppressions). */
export declare function parseBuffer(path: string, text: string, contextOnly?: boolean): SourceFile;
/** A file as it is on disk now (after the editor closed it, or a change outside the editor). */
export declare function readFromDisk(j: Judge, path: string, contextOnly: boolean): Promise<SourceFile>;
/** The dry run of a judged set of files (computed by the run itself: `plan: true`). */
export declare const dryRun: (out: LintOutput) => LintOutput["allocation"];
export declare const rules: () => Map<string, RuleInfo>;
