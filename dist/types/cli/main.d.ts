import { Command } from "commander";
import { type CliIO } from "./io.js";
export { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK } from "./lint-command.js";
export declare function buildProgram(io: CliIO, setExit: (code: number) => void): Command;
/** Run the CLI. Never calls process.exit; returns the exit code. */
export declare function run(argv: readonly string[], io?: CliIO): Promise<number>;
