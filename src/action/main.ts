import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import * as core from "@actions/core";
import { run } from "../cli/main.js";
import type { CliIO } from "../cli/io.js";
import { findSourceRoot } from "../cli/source-root.js";
import { ruleInfo } from "../engine/run.js";
import { annotationPosition, ANNOTATIONS_PER_STEP } from "../report/formatters/github.js";
import { renderSummaryMarkdown, type FileResult, type Finding, type FormatContext } from "../report/index.js";

/**
 * The GitHub Action: runs the CLI with arguments built from the step's inputs (so `config`,
 * `baseline` and every other option behave exactly as on the command line), then turns the JSON
 * report into annotations, a job summary with the allocation report, outputs and the step's status.
 */

export interface ActionInputs {
  readonly paths: string[];
  readonly context: string[];
  readonly config: string;
  readonly baseline: string;
  readonly failLevel: "error" | "warning";
  readonly sarif: string;
  readonly format: string;
}

/** Paths separated by newlines or spaces (a YAML block or one line both work). */
const list = (s: string): string[] =>
  s
    .split(/[\n\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);

export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const failLevel = (core.getInput("fail-level") || "error").toLowerCase();
  if (failLevel !== "error" && failLevel !== "warning") throw new Error(`input fail-level must be "error" or "warning", not "${failLevel}"`);
  const paths = list(core.getInput("paths"));
  return {
    paths: paths.length > 0 ? paths : ["."],
    context: list(core.getInput("context")),
    config: core.getInput("config"),
    baseline: core.getInput("baseline"),
    failLevel,
    sarif: core.getInput("sarif") || join(env["RUNNER_TEMP"] || ".", "calico-ipam-lint.sarif"),
    format: core.getInput("format") || "stylish",
  };
}

/** The command line the inputs stand for, with the machine reports going to the given files. */
export function cliArguments(inputs: ActionInputs, files: { json: string; sarif: string }): string[] {
  return [
    ...inputs.paths,
    ...inputs.context.flatMap((c) => ["--context", c]),
    ...(inputs.config ? ["--config", inputs.config] : []),
    ...(inputs.baseline ? ["--baseline", inputs.baseline] : []),
    ...(inputs.failLevel === "warning" ? ["--max-warnings", "0"] : []),
    ...(inputs.format === "none" ? [] : ["--format", inputs.format]),
    "--format",
    "json",
    "--output-file",
    files.json,
    "--format",
    "sarif",
    "--output-file",
    files.sarif,
  ];
}

/** The plan command for the same inputs: the pool table of the job summary. */
export function planArguments(inputs: ActionInputs, file: string): string[] {
  return ["plan", ...inputs.paths, ...inputs.context.flatMap((c) => ["--context", c]), ...(inputs.config ? ["--config", inputs.config] : []), "--format", "markdown", "--output-file", file];
}

interface CliRun {
  code: number;
  stderr: string;
}

/** Run the CLI in this process; nothing it prints may be read as a workflow command. */
async function runCli(argv: string[], cwd: string): Promise<CliRun> {
  let stderr = "";
  const token = randomBytes(16).toString("hex");
  const io: CliIO = {
    cwd,
    // The Action writes the job summary itself, whatever `format` the log gets.
    env: { ...process.env, GITHUB_STEP_SUMMARY: undefined },
    stdin: (async function* () {})(),
    stdout: { write: (s: string) => process.stdout.write(s) },
    stderr: {
      write: (s: string) => {
        stderr += s;
        return process.stdout.write(s);
      },
    },
    stdoutIsTTY: false,
  };
  process.stdout.write(`::stop-commands::${token}\n`);
  try {
    return { code: await run(argv, io), stderr };
  } finally {
    process.stdout.write(`::${token}::\n`);
  }
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; severity: 1 | 2; message: string; line: number; column: number; endLine: number; endColumn: number }[];
  errorCount: number;
  warningCount: number;
}

/** The CLI's JSON report back into results, with paths as the formatters expect them. */
export function fromJson(report: JsonResult[], cwd: string): FileResult[] {
  return report.map((r) => {
    const rel = relative(cwd, r.filePath);
    const file = rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : r.filePath;
    const findings: Finding[] = r.messages.map((m) => ({
      ruleId: m.ruleId,
      severity: m.severity === 2 ? "error" : "warning",
      message: m.message,
      file,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
    }));
    return { file, findings, errorCount: r.errorCount, warningCount: r.warningCount };
  });
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Annotations as GitHub keeps them: 10 errors and 10 warnings, then a notice for the rest. */
export function annotate(results: readonly FileResult[], ctx: FormatContext, sarifPath: string): void {
  const used = { error: 0, warning: 0 };
  const hidden = { error: 0, warning: 0 };
  for (const f of results.flatMap((r) => r.findings)) {
    if (used[f.severity] >= ANNOTATIONS_PER_STEP) {
      hidden[f.severity]++;
      continue;
    }
    used[f.severity]++;
    const p = annotationPosition(f, ctx);
    const props: core.AnnotationProperties = {
      title: f.ruleId,
      file: p.file,
      startLine: p.startLine,
      endLine: p.endLine,
      ...(p.startColumn !== undefined ? { startColumn: p.startColumn } : {}),
      ...(p.endColumn !== undefined ? { endColumn: p.endColumn } : {}),
    };
    if (f.severity === "error") core.error(f.message, props);
    else core.warning(f.message, props);
  }
  if (hidden.error + hidden.warning > 0) {
    const what = [hidden.error ? plural(hidden.error, "error") : "", hidden.warning ? plural(hidden.warning, "warning") : ""].filter(Boolean).join(" and ");
    core.notice(
      `${what} more than GitHub shows as annotations (${ANNOTATIONS_PER_STEP} errors and ${ANNOTATIONS_PER_STEP} warnings per step). Every finding is in the job summary, in this step's log, and in the SARIF report ${sarifPath} (upload it to code scanning to see them on the Security tab)`,
      { title: "calico-ipam-lint" },
    );
  }
}

export async function main(): Promise<void> {
  const cwd = process.cwd();
  let inputs: ActionInputs;
  try {
    inputs = readInputs();
  } catch (err) {
    core.setFailed((err as Error).message);
    return;
  }
  const tmpBase = process.env["RUNNER_TEMP"] || tmpdir();
  await mkdir(tmpBase, { recursive: true });
  const tmp = await mkdtemp(join(tmpBase, "calico-ipam-lint-"));
  try {
    // The CLI makes the report's directories, and says plainly when it cannot.
    const sarifPath = resolve(cwd, inputs.sarif);
    const jsonPath = join(tmp, "report.json");
    const lint = await runCli(cliArguments(inputs, { json: jsonPath, sarif: sarifPath }), cwd);
    if (lint.code !== 0 && lint.code !== 1) {
      const why = lint.stderr.trim().split("\n").slice(-5).join("\n") || `exit status ${lint.code}`;
      core.setFailed(`calico-ipam-lint could not lint the repository:\n${why}`);
      return;
    }
    const results = fromJson(JSON.parse(await readFile(jsonPath, "utf8")) as JsonResult[], cwd);
    const errors = results.reduce((n, r) => n + r.errorCount, 0);
    const warnings = results.reduce((n, r) => n + r.warningCount, 0);
    core.setOutput("error-count", errors);
    core.setOutput("warning-count", warnings);
    core.setOutput("sarif-path", sarifPath);

    const ctx: FormatContext = { cwd, rules: ruleInfo(), color: false, sourceRoot: findSourceRoot(cwd) };
    annotate(results, ctx, sarifPath);

    if (process.env["GITHUB_STEP_SUMMARY"]) {
      const planPath = join(tmp, "plan.md");
      const plan = await runCli(planArguments(inputs, planPath), cwd);
      const extra =
        plan.code === 0 || plan.code === 1
          ? await readFile(planPath, "utf8")
          : `### Calico IPAM plan\n\nThe allocation report could not be made: ${plan.stderr.trim().split("\n").slice(-1)[0] ?? `exit status ${plan.code}`}\n`;
      const server = process.env["GITHUB_SERVER_URL"];
      const repo = process.env["GITHUB_REPOSITORY"];
      const sha = process.env["GITHUB_SHA"];
      const md = renderSummaryMarkdown(results, ctx, {
        extra,
        fullReport: `the SARIF report (output \`sarif-path\`)`,
        ...(server && repo && sha ? { linkBase: `${server}/${repo}/blob/${sha}` } : {}),
      });
      await core.summary.addRaw(md).write();
    }

    if (lint.code === 1) {
      const over = inputs.failLevel === "warning" ? " (fail-level: warning)" : "";
      core.setFailed(`calico-ipam-lint found ${plural(errors, "error")} and ${plural(warnings, "warning")}${over}`);
    } else {
      core.info(`calico-ipam-lint: ${plural(errors, "error")}, ${plural(warnings, "warning")}`);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
