import { Command } from "commander";
import type { CliIO } from "./io.js";
/**
 * `gate --extra-options "<words>"`: the words, split at whitespace, take its place on the command
 * line. They come from whoever writes an Argo CD Application (its plugin env), who must not be
 * able to choose the program the gate runs: so they must all be options and their values. A
 * word left over (it would start the generator), `-`, `--`, --help or --version is refused.
 */
export declare function spliceExtraOptions(argv: readonly string[]): string[];
export declare function addGateCommand(program: Command, io: CliIO, setExit: (code: number) => void): Command;
