import type { Command } from "commander";
import type { CliIO } from "./io.js";
export declare function addPlanCommand(program: Command, io: CliIO, setExit: (code: number) => void): Command;
