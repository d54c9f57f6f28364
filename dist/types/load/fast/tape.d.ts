import type { ScalarStyle } from "../types.js";
/**
 * The node tape: what the scanner (`scanner.ts`) writes and the views (`views.ts`) read. One file's
 * nodes are records in one Int32Array, in document order (a key's record precedes its value's), so
 * that a file costs its text and a few bytes per node until a rule looks at a collection.
 */
export declare const SCALAR_WIDTH = 2;
export declare const COLLECTION_WIDTH = 4;
/** Scalars (and collections' counts) up to 2^27 - 1 long fit in the bits left. */
export declare const MAX_LENGTH: number;
export declare const KIND_SCALAR = 0;
export declare const KIND_MAP = 1;
export declare const KIND_SEQ = 2;
export declare const KIND_KEY = 3;
export declare const ST_PLAIN = 0;
export declare const ST_SINGLE = 1;
export declare const ST_DOUBLE = 2;
export declare const ST_LITERAL = 3;
export declare const ST_FOLDED = 4;
export declare const STYLE_NAMES: readonly ScalarStyle[];
/** The records of one file, and what the views need to read values and spans from them. */
export interface FastTree {
    readonly path: string;
    readonly text: string;
    readonly tape: Int32Array;
    /** Record index of each document's root. */
    readonly roots: readonly number[];
    /** Mapping keys repeat across documents (`name`, `metadata`): one string each, per reader. */
    readonly keys: Map<string, string>;
}
export declare const kindOf: (tape: Int32Array, r: number) => number;
export declare const isCollection: (tape: Int32Array, r: number) => boolean;
export declare const startOf: (tape: Int32Array, r: number) => number;
export declare const endOf: (tape: Int32Array, r: number) => number;
export declare const styleOf: (tape: Int32Array, r: number) => number;
/** Entries (of a mapping) or items (of a sequence) of the collection at `r`. */
export declare const countOf: (tape: Int32Array, r: number) => number;
/** Offset of the record after the node at `r` and its subtree. */
export declare function after(tape: Int32Array, r: number): number;
