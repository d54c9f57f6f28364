import { Command, CommanderError, Option } from "commander";
import type { CliIO } from "./io.js";
import type { GateOptions } from "./gate-run.js";
import { addLintOptions, UsageError } from "./lint-command.js";
import { globArg } from "./argocd-directory.js";

/**
 * `calico-ipam-lint gate`: lint manifests on their way to the cluster and pass them on unchanged.
 *
 *   gate -- kustomize build .     run the generator, lint its standard output, re-emit it
 *   gate -                        lint standard input and re-emit it (a Helm post-renderer)
 *   gate                          lint the working directory's manifests as Argo CD's plain-directory
 *                                 source picks them (top level; --recurse, --include, --exclude;
 *                                 argocd-directory.ts) and emit them
 *
 * Standard output carries the manifests and nothing else, and only when the gate passes: on a
 * finding at the fail level, a generator failure, unreadable input or an empty result the gate
 * exits non-zero with nothing on standard output (Argo CD would prune an application whose
 * generator printed nothing and exited 0). Findings go to standard error, one line each.
 *
 * The command and its options are here; what it does is in gate-run.ts, loaded when it runs.
 */


/** The gate's own options, beside the lint options. */
const gateOptions = (cmd: Command): Command =>
  addLintOptions(cmd)
    .addOption(new Option("--allow-empty", "pass when there are no Kubernetes objects at all (by default that fails: Argo CD would prune everything)"))
    .addOption(new Option("--extra-options <words>", "more options as one string, split at spaces (a plugin's setting): options only, never a command to run"))
    .addOption(new Option("--recurse", "without a generator: read subdirectories too (Argo CD's directory.recurse)"))
    .addOption(new Option("--include <glob>", "without a generator: only files whose path matches (Argo CD's directory.include glob)").argParser(globArg("--include")))
    .addOption(new Option("--exclude <glob>", "without a generator: leave out files whose path matches (Argo CD's directory.exclude glob)").argParser(globArg("--exclude")));

/**
 * `gate --extra-options "<words>"`: the words, split at whitespace, take its place on the command
 * line. They come from whoever writes an Argo CD Application (its plugin env), who must not be
 * able to choose the program the gate runs: so they must all be options and their values. A
 * word left over (it would start the generator), `-`, `--`, --help or --version is refused.
 */
export function spliceExtraOptions(argv: readonly string[]): string[] {
  if (argv[0] !== "gate") return [...argv];
  const out = ["gate"];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--" || a === "-") return [...out, ...argv.slice(i)];
    const inline = a.startsWith("--extra-options=") ? a.slice("--extra-options=".length) : undefined;
    if (a !== "--extra-options" && inline === undefined) {
      out.push(a);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError("--extra-options needs a value");
    const words = value.split(/\s+/).filter((w) => w !== "");
    const probe = gateOptions(new Command("gate"))
      .allowExcessArguments(false)
      .exitOverride()
      .configureOutput({ writeOut: () => undefined, writeErr: () => undefined })
      .action(() => undefined);
    try {
      if (words.some((w) => w === "--" || w === "-" || /^(-h|--help|-v|--version|--extra-options(=.*)?)$/.test(w))) throw new CommanderError(2, "refused", "");
      probe.parse(words, { from: "user" });
    } catch (err) {
      if (!(err instanceof CommanderError)) throw err;
      const why = err.code === "refused" || err.code === "commander.excessArguments" ? "" : `: ${err.message.replace(/^error: /, "")}`;
      throw new UsageError(`--extra-options "${value}" must hold options and their values only${why}`);
    }
    out.push(...words);
  }
  return out;
}

export function addGateCommand(program: Command, io: CliIO, setExit: (code: number) => void): Command {
  const cmd = program
    .command("gate")
    .description(
      "Lint manifests on their way to the cluster and write them to standard output unchanged, only when they pass: for Argo CD config management plugins and Helm post-renderers. Findings go to standard error.",
    )
    .usage("[options] [-- generator [args...]] | [options] -")
    .argument("[generator...]", "command that prints the manifests (after --), or '-' to read them from standard input; without one, the working directory's manifests")
    .passThroughOptions();
  gateOptions(cmd)
    .action(async (generator: string[], opts: GateOptions) => {
      const { gate } = await import("./gate-run.js");
      setExit(await gate(generator, opts, io));
    });
  return cmd;
}
