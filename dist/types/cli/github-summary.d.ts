import type { FileResult, FormatContext } from "../report/types.js";
import type { CliIO } from "./io.js";
/**
 * With `--format github` inside a GitHub Actions step, every finding also goes to the job summary
 * (the file named by GITHUB_STEP_SUMMARY), since annotations stop at 10 errors and 10 warnings.
 */
export declare function appendGithubSummary(results: readonly FileResult[], ctx: FormatContext, io: CliIO): Promise<void>;
