import { type FileResult, type FormatContext } from "../report/index.js";
import type { ActionInputs } from "./inputs.js";
export type { ActionInputs };
export declare function readInputs(env?: NodeJS.ProcessEnv): ActionInputs;
/** The job summary's pointer to the HTML report, which the workflow uploads as an artifact (docs/github-action.md). */
export declare function htmlReportNote(file: string, env: NodeJS.ProcessEnv): string;
/** Annotations as GitHub keeps them: 10 errors and 10 warnings, then a notice for the rest. */
export declare function annotate(results: readonly FileResult[], ctx: FormatContext, sarifPath: string): void;
export declare function main(): Promise<void>;
