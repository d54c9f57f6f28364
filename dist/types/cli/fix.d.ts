import { type LintRequest, type LintResult } from "../api.js";
import { type LintSetup } from "../node/setup.js";
import type { FixFlags } from "./fix-flags.js";
import type { CliIO } from "./io.js";
export declare function runFixes(first: LintResult, request: LintRequest, setup: LintSetup, flags: FixFlags, io: CliIO): Promise<LintResult>;
