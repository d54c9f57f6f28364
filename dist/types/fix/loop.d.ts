import { type SourceFile } from "../load/index.js";
import { type Fix } from "./types.js";
/** Passes before giving up on fixes that keep enabling others (ESLint's limit). */
export declare const MAX_FIX_PASSES = 10;
/** What the loop needs of a lint run: findings per file, each perhaps with a fix. */
export interface LintedFile {
    readonly file: string;
    readonly findings: readonly {
        readonly fix?: Fix;
    }[];
}
export interface FixRun<R extends LintedFile> {
    /** The files after the fixes (unchanged ones are the very objects given). */
    readonly files: readonly SourceFile[];
    /** The lint results of the fixed files: what remains. */
    readonly results: readonly R[];
    /** Files whose text changed, with the text before and after. */
    readonly changed: readonly {
        readonly path: string;
        readonly before: string;
        readonly after: string;
        readonly fixed: number;
    }[];
    /** Fixes applied, over all passes. */
    readonly fixed: number;
    /** Lint runs after the first. */
    readonly passes: number;
    /** Files whose fixes were dropped because the result no longer parsed as before (a bug of a fix). */
    readonly broken: readonly string[];
}
/**
 * Apply the fixes of the findings, lint again, and repeat while fixes apply (up to MAX_FIX_PASSES
 * passes): one fix may enable another (a renamed key then moved into the pod template). `lint` is
 * the whole run, filters included, so only findings that would be reported are fixed. Context-only
 * files are never changed. Pure: the caller writes files or prints diffs.
 */
export declare function fixSources<R extends LintedFile>(files: readonly SourceFile[], lint: (files: readonly SourceFile[]) => Promise<readonly R[]>, maxPasses?: number): Promise<FixRun<R>>;
