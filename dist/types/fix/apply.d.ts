import type { EditFix } from "./types.js";
/**
 * Why a fix cannot be applied to a file of this length, or null: every edit must lie in the file
 * the finding is in, inside its text, and the fix's own edits may touch but not overlap.
 */
export declare function fixProblem(fix: EditFix, file: string, length: number): string | null;
export interface Applied {
    /** The text with the applied fixes. */
    readonly text: string;
    /** The fixes applied, whole. */
    readonly applied: readonly EditFix[];
    /** Fixes left out because an edit overlaps or touches an edit of a fix taken before them. */
    readonly deferred: readonly EditFix[];
}
/**
 * Apply fixes to one file's text, each whole or not at all, in order of position (as ESLint does:
 * a fix whose edits overlap or touch those of a fix already taken is left for the next pass, when
 * the rules run again on the new text). Text outside the edits is copied unchanged.
 */
export declare function applyFixes(text: string, fixes: readonly EditFix[]): Applied;
