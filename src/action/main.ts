import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as core from "@actions/core";
import { lint, type LintResult } from "../api.js";
import { addressMap } from "../engine/address-map.js";
import { ruleInfo } from "../engine/run.js";
import { ConfigError } from "../node/config.js";
import { finishLint, prepareLint, SetupError, type SetupEnv } from "../node/setup.js";
import { hasCommit } from "../node/git.js";
import { findSourceRoot } from "../node/source-root.js";
import { writeThrough, WriteError } from "../node/write.js";
import { annotationPosition, ANNOTATIONS_PER_STEP } from "../report/formatters/github.js";
import { formatterNames, loadFormatter } from "../report/formatters/lazy.js";
import { renderSummaryMarkdown, type FileResult, type FormatContext } from "../report/index.js";
import { noPoolsNotice } from "../report/notices.js";
import { renderPlanMarkdown } from "../report/plan.js";
import { inCheckout } from "./checkout.js";
import type { ActionInputs } from "./inputs.js";
import { splitPaths } from "./inputs.js";

/**
 * The GitHub Action: reads the settings the step's inputs name (`config`, `baseline`) as the CLI
 * reads its options, lints through the core (`lint`, in this process), and formats what it returns:
 * the chosen report in the log, the SARIF report, the HTML report when the `html` input names a file,
 * annotations, a job summary with the allocation's pool table, outputs and the step's status.
 */

/** Paths one per line, or on one line separated by spaces, quotes keeping a name together (inputs.ts). */
const list = splitPaths;

export type { ActionInputs };

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
    // Outside a runner (local-action, a shell) RUNNER_TEMP is unset: the system temp dir, never the checkout.
    sarif: core.getInput("sarif") || join(env["RUNNER_TEMP"] || tmpdir(), "calico-ipam-lint.sarif"),
    format: core.getInput("format") || "stylish",
    html: core.getInput("html"),
  };
}

/** The job summary's pointer to the HTML report, which the workflow uploads as an artifact (docs/github-action.md). */
export function htmlReportNote(file: string, env: NodeJS.ProcessEnv): string {
  const server = env["GITHUB_SERVER_URL"];
  const repo = env["GITHUB_REPOSITORY"];
  const runId = env["GITHUB_RUN_ID"];
  const where = server && repo && runId ? `[this run's artifacts](${server}/${repo}/actions/runs/${runId}#artifacts)` : "this run's artifacts";
  return `**HTML report**: every pool's address space and the findings with their source lines, in \`${file.replace(/`/g, "")}\` (${where}).\n\n`;
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

/**
 * On a pull request, the commit it is compared with (the event's `pull_request.base.sha`), when the
 * checkout has it: the findings the pull request causes in files it did not touch are then reported
 * at its changed lines too, where GitHub shows annotations in the diff. `actions/checkout` fetches
 * one commit by default; `fetch-depth: 2` (or 0) brings the base along.
 */
export async function pullRequestBase(env: NodeJS.ProcessEnv, cwd: string, warn: (s: string) => void): Promise<string | undefined> {
  if (env["GITHUB_EVENT_NAME"] !== "pull_request" && env["GITHUB_EVENT_NAME"] !== "pull_request_target") return undefined;
  const path = env["GITHUB_EVENT_PATH"];
  if (!path) return undefined;
  let sha: unknown;
  try {
    sha = (JSON.parse(await readFile(path, "utf8")) as { pull_request?: { base?: { sha?: unknown } } }).pull_request?.base?.sha;
  } catch {
    return undefined;
  }
  if (typeof sha !== "string" || !/^[0-9a-f]{40,64}$/.test(sha)) return undefined;
  if (await hasCommit(sha, cwd)) return sha;
  warn(`calico-ipam-lint: the pull request's base commit ${sha.slice(0, 12)} is not in the checkout, so what the changes cause in files they did not touch is reported only there, not at the changed lines (actions/checkout with fetch-depth: 2 brings it)\n`);
  return undefined;
}

/** A run that could not lint, with the lines that say why (as the CLI says them on standard error). */
class CannotLint extends Error {}

interface Linted {
  readonly out: LintResult;
  readonly results: FileResult[];
  readonly errors: number;
  readonly warnings: number;
  /** The step fails: errors, or warnings under fail-level warning. */
  readonly failed: boolean;
}

/** The step's log: `say` for reports, `warn` for what the CLI would write to standard error. */
interface Log {
  readonly say: (s: string) => void;
  readonly warn: (s: string) => void;
}

/**
 * Lint, print the chosen report to the log and write the SARIF report. Nothing written to the log
 * may be read as a workflow command: the caller stops commands around it.
 */
async function lintRepository(inputs: ActionInputs, cwd: string, sarifPath: string, summary: boolean, log: Log): Promise<Linted> {
  const { say, warn } = log;
  const formats = inputs.format === "none" ? [] : [inputs.format];
  const env: SetupEnv = { cwd, log: (line) => warn(`${line}\n`) };
  let out: LintResult;
  try {
    const base = await pullRequestBase(process.env, cwd, warn);
    const setup = await prepareLint({ ...(inputs.config ? { config: inputs.config } : {}), ...(inputs.baseline ? { baseline: inputs.baseline } : {}), ...(base ? { pullRequestBase: base } : {}), podCidr: [] }, env);
    const request = { cwd, paths: inputs.paths, context: [...inputs.context, ...setup.context], ...setup.options, settings: setup.settings, plan: summary || Boolean(inputs.html) };
    const linted = await lint(request);
    out = await finishLint(linted, setup, env, request);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof SetupError) throw new CannotLint(err.message.split("\n").map((l) => `calico-ipam-lint: ${l}`).join("\n"));
    throw err;
  }
  // What the layout stage did not render or follow (a chart without helm on the runner), as the CLI says it.
  for (const n of out.notices ?? []) warn(`calico-ipam-lint: ${n}\n`);
  const notice = noPoolsNotice(out.poolsKnown, out.model.podSources.length);
  if (notice) warn(notice);
  for (const f of formats) if (!formatterNames().includes(f)) throw new CannotLint(`calico-ipam-lint: unknown format "${f}"; choose one of ${formatterNames().join(", ")}`);
  const results = out.results;
  const ctx: FormatContext = { cwd, rules: ruleInfo(), color: false, sourceRoot: findSourceRoot(cwd), warn: (m) => warn(`calico-ipam-lint: ${m}\n`) };
  for (const format of formats) {
    const text = (await loadFormatter(format, results))?.(results, ctx) ?? "";
    if (text) say(text.endsWith("\n") ? text : `${text}\n`);
  }
  const sarif = (await loadFormatter("sarif", results))?.(results, ctx) ?? "";
  // The HTML report draws the pools' address space from the run's allocation and plan.
  const drawn = inputs.html && out.allocation && out.plan ? { model: out.model, addressMap: addressMap(out.model, out.allocation, out.plan) } : {};
  const html = inputs.html ? ((await loadFormatter("html", results))?.(results, { ...ctx, ...drawn }) ?? "") : "";
  try {
    await writeThrough(sarifPath, sarif.endsWith("\n") || sarif === "" ? sarif : `${sarif}\n`, { createDirs: true });
    if (inputs.html) await writeThrough(resolve(cwd, inputs.html), html.endsWith("\n") ? html : `${html}\n`, { createDirs: true });
  } catch (err) {
    if (err instanceof WriteError) throw new CannotLint(`calico-ipam-lint: ${err.message}`);
    throw err;
  }
  const problems = [
    ...out.missing.map((m) => `calico-ipam-lint: ${m}: no such file or directory`),
    ...out.unreadable.map((u) => `calico-ipam-lint: ${u}: could not be read`),
    ...out.skipped.map((x) => `calico-ipam-lint: ${x.path}: not linted: ${x.reason}`),
  ];
  for (const p of problems) warn(`${p}\n`);
  if (out.missing.length > 0 || out.unreadable.length > 0) throw new CannotLint("");
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const overWarnings = errors === 0 && inputs.failLevel === "warning" && warnings > 0;
  if (overWarnings) warn(`calico-ipam-lint: ${warnings} warnings, more than --max-warnings 0\n`);
  return { out, results, errors, warnings, failed: errors > 0 || overWarnings };
}

export async function main(): Promise<void> {
  let read: ActionInputs;
  try {
    read = readInputs();
  } catch (err) {
    core.setFailed((err as Error).message);
    return;
  }
  // The repository's root when actions/checkout put it in a folder of the workspace (checkout.ts).
  const { cwd, inputs } = inCheckout(process.cwd(), read);
  // The linter makes the report's directories, and says plainly when it cannot.
  const sarifPath = resolve(cwd, inputs.sarif);
  const summary = Boolean(process.env["GITHUB_STEP_SUMMARY"]);
  // Nothing the run prints (file names, messages quoted from the files) may be read as a workflow command.
  const token = randomBytes(16).toString("hex");
  let warned = "";
  const log: Log = {
    say: (s) => process.stdout.write(s),
    warn: (s) => {
      warned += s;
      process.stdout.write(s);
    },
  };
  let linted: Linted;
  process.stdout.write(`::stop-commands::${token}\n`);
  try {
    linted = await lintRepository(inputs, cwd, sarifPath, summary, log);
  } catch (err) {
    if (!(err instanceof CannotLint)) throw err;
    if (err.message) log.warn(`${err.message}\n`);
    const why = warned.trim().split("\n").slice(-5).join("\n");
    process.stdout.write(`::${token}::\n`);
    core.setFailed(`calico-ipam-lint could not lint the repository:\n${why}`);
    return;
  }
  process.stdout.write(`::${token}::\n`);

  const { out, results, errors, warnings } = linted;
  core.setOutput("error-count", errors);
  core.setOutput("warning-count", warnings);
  core.setOutput("sarif-path", sarifPath);
  if (inputs.html) core.setOutput("html-path", resolve(cwd, inputs.html));

  const ctx: FormatContext = { cwd, rules: ruleInfo(), color: false, sourceRoot: findSourceRoot(cwd) };
  annotate(results, ctx, sarifPath);

  if (summary && out.plan) {
    const server = process.env["GITHUB_SERVER_URL"];
    const repo = process.env["GITHUB_REPOSITORY"];
    const sha = process.env["GITHUB_SHA"];
    const md = renderSummaryMarkdown(results, ctx, {
      extra: (inputs.html ? htmlReportNote(inputs.html, process.env) : "") + renderPlanMarkdown(out.plan),
      fullReport: `the SARIF report (output \`sarif-path\`)`,
      ...(server && repo && sha ? { linkBase: `${server}/${repo}/blob/${sha}` } : {}),
    });
    await core.summary.addRaw(md).write();
  }

  if (linted.failed) {
    const over = inputs.failLevel === "warning" ? " (fail-level: warning)" : "";
    core.setFailed(`calico-ipam-lint found ${plural(errors, "error")} and ${plural(warnings, "warning")}${over}`);
  } else {
    core.info(`calico-ipam-lint: ${plural(errors, "error")}, ${plural(warnings, "warning")}`);
  }
}
