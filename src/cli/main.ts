import { Command, CommanderError, Option } from "commander";
import { RULES } from "../rules/index.js";
import { noPoolsNotice } from "../report/notices.js";
import { VERSION } from "../version.js";
import { ConfigError } from "../node/config.js";
import { SetupError } from "../node/setup.js";
import { WriteError } from "../node/write.js";
import { RenderUnavailable } from "../render/index.js";
import { processIO, quietWhenReaderGoes, type CliIO } from "./io.js";
import { addGateCommand, spliceExtraOptions } from "./gate.js";
import { addLintOptions, EXIT_FAILURE, EXIT_OK, planOutputs, report, runLintCommand, UsageError, type LintCliOptions } from "./lint-command.js";
import { addPlanCommand } from "./plan.js";

export { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK } from "./lint-command.js";

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
      planOutputs(opts);
      const out = await runLintCommand(paths, opts, io);
      const notice = opts.quiet ? null : noPoolsNotice(out.poolsKnown, out.model.podSources.length);
      if (notice) io.stderr.write(notice);
      // --fix-dry-run: standard output carries the diff alone.
      setExit(await report(out, opts, opts.fixDryRun ? { ...io, stdout: io.stderr, stdoutIsTTY: false } : io));
    });
  addPlanCommand(program, io, setExit);
  addGateCommand(program, io, setExit);
  program
    .command("lsp")
    .description("run the language server on standard input and output (editor setups: docs/editors.md)")
    .option("--stdio", "talk over standard input and output (the only transport; accepted for clients that pass it)")
    // Some clients pass the editor's process id; the protocol library reads it and exits with it.
    .addOption(new Option("--clientProcessId <pid>").hideHelp())
    .action(async () => {
      // Loaded only for this command: a lint run does not pay for the protocol library.
      const { runLanguageServer } = await import("../lsp/index.js");
      quietWhenReaderGoes(process.stderr);
      setExit(await runLanguageServer(process.stdin, quietWhenReaderGoes(process.stdout)));
    });
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
    if (err instanceof ConfigError || err instanceof SetupError || err instanceof WriteError || err instanceof RenderUnavailable) {
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
