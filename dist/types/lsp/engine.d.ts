/**
 * The language server's one door into the linter: the configuration, the workspace read once, a
 * set of files judged again, the dry run. Everything else in src/lsp/ goes through here. It calls
 * the core every edge calls: `lint` (src/api.ts) to read the workspace, `lintCore` (src/core.ts)
 * for the runs after an edit.
 */
import { type LintResult } from "../api.js";
import { type CoreOptions, type CoreResult } from "../core.js";
import { type SourceFile } from "../load/index.js";
import type { LayoutOptions } from "../render/index.js";
import type { RuleInfo } from "../report/types.js";
export type { SourceFile } from "../load/index.js";
export type { Finding, FileResult, RelatedFinding } from "../report/types.js";
export type { Allocation } from "../core.js";
/** A run's output: findings per file, the model, the settings, the dry run, and what was not rendered. */
export type LintOutput = CoreResult & Required<Pick<CoreResult, "allocation">> & Pick<LintResult, "notices">;
/** How the workspace is judged: the CLI's settings for a run from `root` with no flags. */
export interface Judge {
    readonly root: string;
    readonly options: CoreOptions & {
        readonly plan: true;
    };
    /**
     * The layout stage as the CLI runs it from `root` (the configuration's `clusters:`, charts and
     * Kustomize roots rendered with the helm and kubectl on PATH), with the renders kept in memory
     * between edits: `forgetRenders` empties them when files on disk change.
     */
    readonly layout: LayoutOptions & Required<Pick<LayoutOptions, "renders">>;
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
/**
 * Judge these files (the workspace with the editor's buffers in place of some) as `readWorkspace`
 * did: through the layout stage, so clusters stay apart and charts and roots stay rendered. What a
 * chart or Kustomize root renders is read from the disk: those files are judged as saved.
 */
export declare function judge(j: Judge, files: readonly SourceFile[]): Promise<LintOutput>;
/** Judge the open buffers alone (no workspace folder): no layout, nothing read from disk. */
export declare function judgeFlat(j: Judge, files: readonly SourceFile[]): LintOutput;
/** A file changed on disk (saved, or changed outside the editor): drop the renders that read it. Whether any did. */
export declare const forgetRenders: (j: Judge, abs: string) => boolean;
/** The path the linter uses for an absolute file name (relative to the root when under it). */
export declare const pathFor: (j: Judge, abs: string) => string;
export declare const absFor: (j: Judge, path: string) => string;
/**
 * A buffer's text, read as the workspace's files are: by the fast reader where it takes the text
 * (the same tree; suppression comments are found in the text), else precisely (a syntax error
 * mid-typing, located).
 */
export declare function parseBuffer(path: string, text: string, contextOnly?: boolean): SourceFile;
/** A file as it is on disk now (after the editor closed it, or a change outside the editor). */
export declare function readFromDisk(j: Judge, path: string, contextOnly: boolean): Promise<SourceFile>;
/** The dry run of a judged set of files (computed by the run itself: `plan: true`). */
export declare const dryRun: (out: LintOutput) => LintOutput["allocation"];
export declare const rules: () => Map<string, RuleInfo>;
