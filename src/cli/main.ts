import { resolve } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { lintPaths, type PathLintOptions, type PathLintOutput } from "../api.js";
import { ruleInfo } from "../engine/run.js";
import { RULES } from "../rules/index.js";
import { loadStream } from "../load/files.js";
import type { SourceFile } from "../load/index.js";
import { formatterNames, loadFormatter } from "../report/formatters/lazy.js";
import type { FileResult } from "../report/index.js";
import { VERSION } from "../version.js";
import { processIO, writeFileAtomic, WriteError, type CliIO } from "./io.js";
import { addGateCommand, spliceExtraOptions } from "./gate.js";
import { appendGithubSummary } from "./github-summary.js";
import { noPoolsNotice } from "./notices.js";
import { addPlanCommand } from "./plan.js";
import { findSourceRoot } from "./source-root.js";
import { ConfigError } from "./config.js";
import { finishLint, prepareLint, SetupError } from "./lint-setup.js";
import { checkFixFlags, runFixes, wantsFix } from "./fix.js";

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
  /** Apply the fixes of fixable findings (the main command only). */
  fix?: boolean;
  fixDryRun?: boolean;
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
    .option("--stdin-filename <name>", "file name to report for input read from '-'")
    .option("--pod-cidr <cidr>", "the cluster's pod CIDR, if no manifest declares it (repeatable)", collect, [])
    .option("--context <path>", "more manifests for cross-file checks; findings in them are not reported (repeatable)", collect, [])
    .option("--pools <file>", "IP pools exported from the cluster (kubectl get ippools -o yaml) (repeatable)", collect, [])
    .option("--namespace <name>", "namespace for objects that name none", undefined)
    .option("--quiet", "report errors only")
    .addOption(new Option("--max-warnings <n>", "exit 1 when there are more than n warnings").argParser(parseCount))
    .option("--config <path>", "configuration file (default: .calico-ipam-lint.yaml, .yml or .json in the working directory or above)")
    .option("--baseline <file>", "do not report the findings recorded in this baseline file")
    .option("--write-baseline <file>", "record the current findings in a baseline file (and report none of them)")
    .option("--in-use <file>", "the cluster's live pods (kubectl get pods -A -o json): report static addresses they already hold")
    .option("--changed-since <ref>", "report only findings in files changed since this git revision (everything given is still analysed)");
}

function parseCount(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new CommanderError(EXIT_FAILURE, "calico-ipam-lint.invalidArgument", `--max-warnings takes a whole number, not "${v}"`);
  return n;
}

export class UsageError extends Error {}

/** Read `-` from standard input into a source file. */
export async function readStdinSource(io: CliIO, name: string | undefined): Promise<SourceFile> {
  const path = name ?? "<stdin>";
  return loadStream(path, io.stdin);
}

/** Load and lint what a lint-style command was given. */
export async function runLintCommand(paths: readonly string[], opts: LintCliOptions, io: CliIO, extra: Partial<PathLintOptions> = {}): Promise<PathLintOutput> {
  const usesStdin = paths.includes("-");
  const fsPaths = paths.filter((p) => p !== "-");
  const extraSources = usesStdin ? [await readStdinSource(io, opts.stdinFilename)] : [];
  const targets = fsPaths.length === 0 && !usesStdin ? ["."] : fsPaths;
  const namespace = opts.namespace ?? undefined;
  checkFixFlags(opts, usesStdin);
  const setup = await prepareLint(opts, io);
  const lintOptions: PathLintOptions = {
    cwd: io.cwd,
    context: [...opts.context, ...opts.pools, ...setup.context],
    extraSources,
    ...setup.options,
    ...(namespace ? { defaultNamespace: namespace } : {}),
    ...extra,
    settings: { ...setup.settings, ...extra.settings },
  };
  const out = await finishLint(await lintPaths(targets, lintOptions), setup, io);
  return wantsFix(opts) ? runFixes(out, lintOptions, setup, opts, io) : out;
}

interface Output {
  format: string;
  file?: string;
}

function planOutputs(opts: LintCliOptions): Output[] {
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

/** Apply --quiet, render every requested report, and compute the exit code. */
export async function report(out: PathLintOutput, opts: LintCliOptions, io: CliIO): Promise<number> {
  const outputs = planOutputs(opts);
  let results: FileResult[] = out.results;
  if (opts.quiet) {
    results = results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error"), warningCount: 0 }));
  }
  const rules = ruleInfo();
  const sourceRoot = findSourceRoot(io.cwd);
  for (const o of outputs) {
    const formatter = await loadFormatter(o.format, results);
    if (!formatter) continue;
    const text = formatter(results, { cwd: io.cwd, rules, color: !o.file && io.stdoutIsTTY, sourceRoot });
    if (o.file) await writeFileAtomic(resolve(io.cwd, o.file), text.endsWith("\n") || text === "" ? text : `${text}\n`, { createDirs: true });
    else if (text) io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
  }
  if (outputs.some((o) => o.format === "github")) await appendGithubSummary(results, { cwd: io.cwd, rules, color: false, sourceRoot }, io);
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

export function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command("calico-ipam-lint");
  program
    .description("Find Calico IPAM mistakes in Kubernetes manifests before they reach the cluster.")
    .version(VERSION, "-v, --version")
    .argument("[paths...]", "files or directories to lint ('-' reads standard input)")
    .showHelpAfterError(false)
    .enablePositionalOptions()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride();
  addLintOptions(program)
    .option("--fix", `fix what can be fixed safely (${RULES.filter((r) => r.meta.fixable).map((r) => r.id).join(", ")}), writing the files; the report shows what remains`)
    .option("--fix-dry-run", "print the fixes as a unified diff on standard output and write nothing (the report goes to standard error)")
    .action(async (paths: string[], opts: LintCliOptions) => {
      const out = await runLintCommand(paths, opts, io);
      const notice = opts.quiet ? null : noPoolsNotice(out.model);
      if (notice) io.stderr.write(notice);
      // --fix-dry-run: standard output carries the diff alone.
      setExit(await report(out, opts, opts.fixDryRun ? { ...io, stdout: io.stderr, stdoutIsTTY: false } : io));
    });
  addPlanCommand(program, io, setExit);
  addGateCommand(program, io, setExit);
  return program;
}

/** Run the CLI. Never calls process.exit; returns the exit code. */
export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let code = EXIT_OK;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(spliceExtraOptions(argv), { from: "user" });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return EXIT_OK;
      if (err.code === "calico-ipam-lint.invalidArgument") io.stderr.write(`calico-ipam-lint: ${err.message}\n`);
      return EXIT_FAILURE;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`calico-ipam-lint: ${err.message}\n`);
      return EXIT_FAILURE;
    }
    if (err instanceof ConfigError || err instanceof SetupError || err instanceof WriteError) {
      for (const line of err.message.split("\n")) io.stderr.write(`calico-ipam-lint: ${line}\n`);
      return EXIT_FAILURE;
    }
    // A bug of ours: say so plainly, without a stack trace unless asked.
    const e = err as Error;
    io.stderr.write(`calico-ipam-lint: internal error: ${e.message ?? String(err)}\n`);
    if (io.env["CALICO_IPAM_LINT_DEBUG"]) io.stderr.write(`${e.stack ?? ""}\n`);
    return EXIT_FAILURE;
  }
}
