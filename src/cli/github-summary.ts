import { appendFile } from "node:fs/promises";
import { renderSummaryMarkdown } from "../report/summary.js";
import type { FileResult, FormatContext } from "../report/types.js";
import type { CliIO } from "./io.js";

/**
 * With `--format github` inside a GitHub Actions step, every finding also goes to the job summary
 * (the file named by GITHUB_STEP_SUMMARY), since annotations stop at 10 errors and 10 warnings.
 */
export async function appendGithubSummary(results: readonly FileResult[], ctx: FormatContext, io: CliIO): Promise<void> {
  const file = io.env["GITHUB_STEP_SUMMARY"];
  if (!file) return;
  const server = io.env["GITHUB_SERVER_URL"];
  const repo = io.env["GITHUB_REPOSITORY"];
  const sha = io.env["GITHUB_SHA"];
  const linkBase = server && repo && sha ? `${server}/${repo}/blob/${sha}` : undefined;
  await appendFile(file, renderSummaryMarkdown(results, ctx, linkBase ? { linkBase } : {}));
}
