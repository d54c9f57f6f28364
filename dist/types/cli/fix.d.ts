import { type LintRequest, type LintResult } from "../api.js";
import { type LintSetup } from "../node/setup.js";
import type { CliIO } from "./io.js";
/**
 * `--fix` and `--fix-dry-run`: apply the fixes of the findings that would be reported (after
 * suppressions, the baseline and the `--changed-since` scope), lint again, repeat while fixes
 * apply; then write the changed files atomically (`--fix`) or print a unified diff to standard
 * output (`--fix-dry-run`). What is returned is the run on the fixed text, so the report shows what
 * remains. Files are written here only: the fix logic itself (src/fix) is pure.
 */
export interface FixFlags {
    readonly fix?: boolean;
    readonly fixDryRun?: boolean;
    readonly writeBaseline?: string;
}
export declare const wantsFix: (f: FixFlags) => boolean;
/** Flag combinations --fix cannot honour (exit 2 before anything is read). */
export declare function checkFixFlags(f: FixFlags, usesStdin: boolean): void;
export declare function runFixes(first: LintResult, request: LintRequest, setup: LintSetup, flags: FixFlags, io: CliIO): Promise<LintResult>;
