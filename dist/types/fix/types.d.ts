import type { Span } from "../load/index.js";
/** Replace the text of `span` with `text` (an empty span inserts, an empty text deletes). */
export interface TextEdit {
    readonly span: Span;
    readonly text: string;
}
/**
 * A machine-applicable fix: edits of one file, applied together or not at all. They may lie far
 * apart (a move removes lines in one place and inserts them in another) but never overlap.
 */
export interface EditFix {
    readonly edits: readonly TextEdit[];
}
/** A finding of a fixable rule that `--fix` leaves alone, and why (said in the output). */
export interface RefusedFix {
    readonly refused: string;
}
export type Fix = EditFix | RefusedFix;
export declare const isEditFix: (f: Fix | undefined) => f is EditFix;
