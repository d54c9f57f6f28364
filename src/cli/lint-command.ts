import { fstatSync } from "node:fs";
import { resolve } from "node:path";
import { CommanderError, Option, type Command } from "commander";
import { lintWhenReady, type LintRequest, type LintResult } from "../api.js";
import { ruleInfo } from "../engine/run.js";
import { loadStream } from "../load/files.js";
import { manifestReader, type SourceFile } from "../load/index.js";
import type { Concurrency } from "../load/threads.js";
import { formatterNames, loadFormatter } from "../report/formatters/lazy.js";
import type { FileResult } from "../report/index.js";
import type { AddressMap } from "../report/address-map.js";
import type { CoreResult } from "../core.js";
import { JUNIT_WARNINGS, type JunitWarnings } from "../report/types.js";
import { finishLint, startLint, type SetupEnv } from "../node/setup.js";
import { findSourceRoot } from "../node/source-root.js";
import { compileLess, compilesLess } from "../node/v8-flags.js";
import { enableTiming, timedAsync, timingEnabled } from "../engine/timing.js";
import { timingTable } from "./timing.js";
import { writeThrough } from "../node/write.js";
import { appendGithubSummary } from "./github-summary.js";
import { checkFixFlags, wantsFix } from "./fix-flags.js";
import type { CliIO } from "./io.js";
import { layoutOptions } from "./layout.js";
import type { RenderMode } from "../render/index.js";
import { namespaceArg, pathArg, pathListArg, podCidrArg } from "./flag-values.js";

/**
 * What every command that lints shares (the main command, `plan`, `gate`): the lint options, the
 * run through the core, the reports and the exit code. The commands import this module; none of
 * them imports another.
 */

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;

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

const collect = (v: string, prev: string[]): string[] => [...prev, v];

export function addLintOptions(cmd: Command): Command {
  // Each --output-file belongs to the --format given just before it (or to the default format),
  // whatever order the pairs and a stdout format come in: remember which, as commander parses.
  const pairFile = (v: string, prev: string[]): string[] => {
    const formats = (cmd.getOptionValue("format") as string[] | undefined) ?? [];
    const target = Math.max(0, formats.length - 1);
    const pairs: Record<number, string> = { ...(cmd.getOptionValue("outputPairs") as Record<number, string> | undefined) };
    if (pairs[target] !== undefined) throw new CommanderError(EXIT_FAILURE, "calico-ipam-lint.invalidArgument", `--output-file ${v}: each --output-file needs its own --format just before it`);
    pairs[target] = v;
    cmd.setOptionValue("outputPairs", pairs);
    return [...prev, v];
  };
  return cmd
    .addOption(new Option("-f, --format <name>", `output format: ${formatterNames().join(", ")} (repeatable)`).argParser(collect).default([]))
    .option("-o, --output-file <path>", "write the report of the --format just before it to a file (repeatable)", pairFile, [])
    .addOption(new Option("--junit-warnings <as>", "how --format junit writes warnings: skipped test cases, passed ones (with the warning as output), or failures").choices(JUNIT_WARNINGS).default("skipped"))
    .option("--stdin-filename <name>", "file name to report for input read from '-'", pathArg("--stdin-filename"))
    .option("--pod-cidr <cidr>", "the cluster's pod CIDR, if no manifest declares it (repeatable)", podCidrArg, [])
    .option("--context <path>", "more manifests for cross-file checks; findings in them are not reported (repeatable)", pathListArg("--context"), [])
    .option("--pools <file>", "IP pools exported from the cluster (kubectl get ippools -o yaml) (repeatable)", pathListArg("--pools"), [])
    .option("--namespace <name>", "namespace for objects that name none", namespaceArg)
    .option("--quiet", "report errors only")
    .addOption(new Option("--max-warnings <n>", "exit 1 when there are more than n warnings").argParser(parseCount))
    .addOption(new Option("--nodes <n>", "number of nodes (sizes DaemonSets and node tunnel addresses)").argParser(parseNodes))
    .option("--config <path>", "configuration file (default: .calico-ipam-lint.yaml, .yml or .json in the working directory or above)", pathArg("--config"))
    .option("--baseline <file>", "do not report the findings recorded in this baseline file", pathArg("--baseline"))
    .option("--write-baseline <file>", "record the current findings in a baseline file (and report none of them)", pathArg("--write-baseline"))
    .option("--in-use <file>", "the cluster's live pods (kubectl get pods -A -o json): report static addresses they already hold", pathArg("--in-use"))
    .option("--changed-since <ref>", "report only findings in files changed since this git revision (everything given is still analysed), and what the changes cause in the other files", pathArg("--changed-since"))
    .option("--impact-since <ref>", "the files given are changes since this git revision (the pre-commit hooks pass HEAD): also report, at the changed lines, the findings they cause in the other files read", pathArg("--impact-since"))
    .option("--no-default-path", "with no path given, lint none rather than the current directory: for hooks that may pass no file (only what deletions since --impact-since or --changed-since cause is then reported)")
    .addOption(new Option("--render <mode>", "lint Kustomize roots and Helm charts as rendered by kustomize/kubectl and helm on PATH: auto (when installed), always, never").choices(["auto", "always", "never"]).default("auto"))
    .option("--cache <dir>", "keep rendered Kustomize roots and charts in this folder between runs (e.g. .git/calico-ipam-lint-cache); only what changed is rendered again")
    .addOption(new Option("--max-input-size <MiB>", "read at most this many MiB of files in one run (default 512); files past it are not read and the run exits 2").argParser(parseMiB))
    .addOption(new Option("--concurrency <n>", "threads that read and parse the files: auto (a thread per core past two, up to 3, when the files are many), off, or a number (the main thread included, at most one per core)").argParser(parseConcurrency).default("auto"));
}

function parseConcurrency(v: string): Concurrency {
  if (v === "auto" || v === "off") return v;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new CommanderError(EXIT_FAILURE, "calico-ipam-lint.invalidArgument", `--concurrency takes auto, off or a whole number of threads, not "${v}"`);
  return n;
}

function parseCount(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new CommanderError(EXIT_FAILURE, "calico-ipam-lint.invalidArgument", `--max-warnings takes a whole number, not "${v}"`);
  return n;
}

function parseNodes(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new CommanderError(EXIT_FAILURE, "calico-ipam-lint.invalidArgument", `--nodes takes a whole number, not "${v}"`);
  return n;
}

function parseMiB(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new CommanderError(EXIT_FAILURE, "calico-ipam-lint.invalidArgument", `--max-input-size takes a whole number of MiB, not "${v}"`);
  return n;
}

export class UsageError extends Error {}

const stdinIsDirectory = (): boolean => {
  try {
    return fstatSync(0).isDirectory();
  } catch {
    return false;
  }
};

/** Read `-` from standard input into a source file. */
export async function readStdinSource(io: CliIO, name: string | undefined): Promise<SourceFile> {
  const path = name ?? "<stdin>";
  // `calico-ipam-lint - < dir` reads nothing from a directory: say so rather than lint nothing.
  if (io.stdin === process.stdin && stdinIsDirectory()) throw new UsageError("standard input is a directory; give it as a path instead of '-'");
  // With the fast reader, as the files are read: `gate` reads a chart's or a plugin's whole
  // rendered output so (8,000 pods through `gate -`: 1.8 → 0.95 s).
  return loadStream(path, io.stdin, false, manifestReader());
}

/** The setup's view of the CLI's streams: its notes go to standard error. */
export const setupEnv = (io: CliIO): SetupEnv => ({ cwd: io.cwd, log: (line) => io.stderr.write(`${line}\n`) });

/** Read the settings, then lint what a lint-style command was given with the core (`lint`). */
export async function runLintCommand(paths: readonly string[], opts: LintCliOptions, io: CliIO, extra: Partial<LintRequest> = {}): Promise<LintResult> {
  const usesStdin = paths.includes("-");
  const fsPaths = paths.filter((p) => p !== "-");
  const sources = usesStdin ? [await readStdinSource(io, opts.stdinFilename)] : [];
  const noneGiven = fsPaths.length === 0 && !usesStdin;
  const targets = noneGiven && opts.defaultPath !== false ? ["."] : fsPaths;
  const namespace = opts.namespace ?? undefined;
  checkFixFlags(opts, usesStdin);
  // ESLint's TIMING: the time of each rule and stage, printed after the reports.
  if (io.env.TIMING) enableTiming();
  if (compilesLess([...targets, ...opts.context, ...opts.pools], io.cwd)) await compileLess();
  const started = await startLint(opts, io);
  // Nothing given and no manifest deleted since the revision (a commit of a README under the hook,
  // which runs on every commit): nothing to judge, and the context is not read. Only then is the
  // comparison awaited before reading; otherwise it runs while the files are read.
  const early = noneGiven && opts.defaultPath === false ? await started.complete : started.setup;
  const idle = noneGiven && opts.defaultPath === false && !(early.impact && early.impact.deleted.size > 0);
  const given: LintRequest = {
    cwd: io.cwd,
    paths: targets,
    context: idle ? [] : [...opts.context, ...opts.pools, ...early.context],
    sources,
    ...early.options,
    ...(namespace ? { defaultNamespace: namespace } : {}),
    // The HTML report draws the pools' address space: the allocation and its plan come with the run.
    ...(opts.format.includes("html") ? { plan: true } : {}),
    layout: layoutOptions(opts, early, io),
    ...(opts.maxInputSize !== undefined ? { maxInputBytes: opts.maxInputSize * 1024 * 1024 } : {}),
    ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
    ...extra,
    // --nodes replaces the configuration's `nodes`.
    settings: { ...early.settings, ...(opts.nodes !== undefined ? { nodes: opts.nodes } : {}), ...extra.settings },
  };
  // The one setting of the lint that the comparison gives: the previous versions of changed files.
  const compared = started.complete.then((s): Partial<LintRequest> => (s.options.changedSince ? { changedSince: s.options.changedSince } : {}));
  compared.catch(() => undefined); // awaited by lintWhenReady; unread if reading the files failed first
  const linted = await lintWhenReady(given, started.comparing ? compared : undefined);
  const setup = await started.complete;
  const request: LintRequest = { ...given, ...(await compared) };
  for (const n of linted.notices ?? []) io.stderr.write(`calico-ipam-lint: ${n}\n`);
  const out = await finishLint(linted, setup, setupEnv(io), request);
  if (!wantsFix(opts)) return out;
  const { runFixes } = await import("./fix.js");
  return runFixes(out, request, setup, opts, io);
}

interface Output {
  format: string;
  file?: string;
}

/** The reports asked for, or a UsageError: checked before a lint runs too, so that a typo costs no lint. */
export function planOutputs(opts: LintCliOptions): Output[] {
  const formats = opts.format.length > 0 ? opts.format : ["stylish"];
  for (const f of formats) if (!formatterNames().includes(f)) throw new UsageError(`unknown format "${f}"; choose one of ${formatterNames().join(", ")}`);
  if (opts.outputFile.length > formats.length) throw new UsageError("each --output-file needs a --format before it");
  const outs = formats.map((format, i) => {
    const file = opts.outputPairs ? opts.outputPairs[i] : opts.outputFile[i];
    return file !== undefined ? { format, file } : { format };
  });
  if (outs.filter((o) => !o.file).length > 1) throw new UsageError("only one --format can write to standard output; give the others an --output-file");
  return outs;
}

/** The pools' address space of a run asked for its plan (the HTML report's map); loaded only for it. */
export async function addressMapOf(out: CoreResult): Promise<AddressMap | undefined> {
  if (!out.allocation || !out.plan) return undefined;
  const { addressMap } = await import("../engine/address-map.js");
  return addressMap(out.model, out.allocation, out.plan);
}

/**
 * Run `f` with `process.env` as a plain copy of itself. The stylish report's formatter
 * (eslint-formatter-pretty) asks whether the terminal supports hyperlinks for every line it prints,
 * reading nine variables each time, and each read of the real `process.env` calls into the
 * environment. The copy holds the same values; `f` is synchronous, so nothing else sees it. Not on
 * Windows, where the real one's names are case-insensitive and a copy's would not be.
 */
function withEnvSnapshot<T>(f: () => T): T {
  if (process.platform === "win32") return f();
  const env = process.env;
  process.env = { ...env };
  try {
    return f();
  } finally {
    process.env = env;
  }
}

/** Apply --quiet, render every requested report, and compute the exit code. */
/** Each report asked for, to its file or standard output. */
async function writeReports(outputs: readonly Output[], results: FileResult[], out: LintResult, rules: ReturnType<typeof ruleInfo>, sourceRoot: ReturnType<typeof findSourceRoot>, drawn: AddressMap | undefined, opts: LintCliOptions, io: CliIO): Promise<void> {
  for (const o of outputs) {
    const formatter = await loadFormatter(o.format, results);
    if (!formatter) continue;
    const warn = (m: string): void => void io.stderr.write(`calico-ipam-lint: ${m}\n`);
    // `color` asks whether standard output is a terminal only when a report is printed: asking
    // makes Node build the stream (a pipe's brings in the net module), which a silent run never needs.
    const text = withEnvSnapshot(() => formatter(results, { cwd: io.cwd, rules, get color() { return !o.file && io.stdoutIsTTY; }, sourceRoot, model: out.model, ...(drawn ? { addressMap: drawn } : {}), warn, ...(opts.junitWarnings ? { junitWarnings: opts.junitWarnings } : {}) }));
    if (o.file) await writeThrough(resolve(io.cwd, o.file), text.endsWith("\n") || text === "" ? text : `${text}\n`, { createDirs: true });
    else if (text) io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
  }
}

export async function report(out: LintResult, opts: LintCliOptions, io: CliIO): Promise<number> {
  const outputs = planOutputs(opts);
  let results: FileResult[] = out.results;
  if (opts.quiet) {
    results = results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error"), warningCount: 0 }));
  }
  const rules = ruleInfo();
  const sourceRoot = findSourceRoot(io.cwd);
  const drawn = outputs.some((o) => o.format === "html") ? await addressMapOf(out) : undefined;
  await timedAsync("stage", "writing the reports", () => writeReports(outputs, results, out, rules, sourceRoot, drawn, opts, io));
  if (outputs.some((o) => o.format === "github")) await appendGithubSummary(results, { cwd: io.cwd, rules, color: false, sourceRoot }, io);
  if (timingEnabled()) io.stderr.write(timingTable(io.env.TIMING));
  for (const m of out.missing) io.stderr.write(`calico-ipam-lint: ${m}: no such file or directory\n`);
  for (const u of out.unreadable) io.stderr.write(`calico-ipam-lint: ${u}: could not be read\n`);
  for (const s of out.skipped) io.stderr.write(`calico-ipam-lint: ${s.path}: not linted: ${s.reason}\n`);
  if (out.missing.length > 0 || out.unreadable.length > 0) return EXIT_FAILURE;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = out.results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return EXIT_FINDINGS;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    io.stderr.write(`calico-ipam-lint: ${warnings} warnings, more than --max-warnings ${opts.maxWarnings}\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}
