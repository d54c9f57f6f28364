import { processIO, type CliIO } from "./io.js";
import { VERSION } from "../version.js";

/**
 * The CLI's entry: `--version` answers at once; anything else loads the CLI (commander, the
 * linter) first. The pre-commit hook starts it on every commit, so start-up time is paid often
 * (docs/performance.md).
 */
export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const { run: runCli } = await import("./main.js");
  return runCli(argv, io);
}
