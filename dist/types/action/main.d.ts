import { type FileResult, type FormatContext } from "../report/index.js";
/**
 * The GitHub Action: reads the settings the step's inputs name (`config`, `baseline`) as the CLI
 * reads its options, lints through the core (`lint`, in this process), and formats what it returns:
 * the chosen report in the log, the SARIF report, the HTML report when the `html` input names a file,
 * annotations, a job summary with the allocation's pool table, outputs and the step's status.
 */
export interface ActionInputs {
    readonly paths: string[];
    readonly context: string[];
    readonly config: string;
    readonly baseline: string;
    readonly failLevel: "error" | "warning";
    readonly sarif: string;
    readonly format: string;
    /** Where to write the HTML report (empty: none), for actions/upload-artifact. */
    readonly html: string;
}
export declare function readInputs(env?: NodeJS.ProcessEnv): ActionInputs;
/** The job summary's pointer to the HTML report, which the workflow uploads as an artifact (docs/github-action.md). */
export declare function htmlReportNote(file: string, env: NodeJS.ProcessEnv): string;
/** Annotations as GitHub keeps them: 10 errors and 10 warnings, then a notice for the rest. */
export declare function annotate(results: readonly FileResult[], ctx: FormatContext, sarifPath: string): void;
export declare function main(): Promise<void>;
