import { type FileResult, type FormatContext } from "../report/index.js";
import type { ActionInputs } from "./inputs.js";
export type { ActionInputs };
export declare function readInputs(env?: NodeJS.ProcessEnv): ActionInputs;
/** The job summary's pointer to the HTML report, which the workflow uploads as an artifact (docs/github-action.md). */
export declare function htmlReportNote(file: string, env: NodeJS.ProcessEnv): string;
/** Annotations as GitHub keeps them: 10 errors and 10 warnings, then a notice for the rest. */
export declare function annotate(results: readonly FileResult[], ctx: FormatContext, sarifPath: string): void;
/**
 * On a pull request, the commit it is compared with (the event's `pull_request.base.sha`), when the
 * checkout has it: the findings the pull request causes in files it did not touch are then reported
 * at its changed lines too, where GitHub shows annotations in the diff. `actions/checkout` fetches
 * one commit by default; `fetch-depth: 2` (or 0) brings the base along.
 */
export declare function pullRequestBase(env: NodeJS.ProcessEnv, cwd: string, warn: (s: string) => void): Promise<string | undefined>;
export declare function main(): Promise<void>;
