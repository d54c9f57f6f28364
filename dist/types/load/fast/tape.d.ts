import type { ScalarStyle } from "../types.js";
/**
 * The node tape: what the scanner (`scanner.ts`) writes and the views (`views.ts`) read. One file's
 * nodes are records in one Int32Array, in document order (a key's record precedes its value's), so
 * that a file costs its text and a few bytes per node until a rule looks at a collection.
 */
export declare const SCALAR_WIDTH = 2;
export declare const COLLECTION_WIDTH = 4;
/** Scalars (and collections' counts) up to 2^26 - 1 long fit in the bits left, bit 31 clear. */
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
export declare function endOf(tape: Int32Array, r: number): number;
export declare const styleOf: (tape: Int32Array, r: number) => number;
/** Entries (of a mapping) or items (of a sequence) of the collection at `r`. */
export declare const countOf: (tape: Int32Array, r: number) => number;
/** Offset of the first entry's key (of a mapping) or first item (of a sequence) of the collection at `r`. */
export declare const firstOf: (tape: Int32Array, r: number) => number;
/** Offset of the record after the node at `r` and its subtree (after a key: its value's). */
export declare function after(tape: Int32Array, r: number): number;
/**
 * Where a reader puts the packed records of the files it reads: one Int32Array shared by many files
 * (their record offsets are offsets into it), so that a file costs no array of its own (an
 * Int32Array, its ArrayBuffer and its allocation are about 200 bytes, more than the records of a
 * small file). Slabs grow from 16 kB to 4 MB: a reader of one file wastes little.
 */
export interface Slabs {
    tape: Int32Array;
    used: number;
}
export declare const newSlabs: () => Slabs;
/**
 * The tree with its records packed where they fit (a scalar in one word instead of two, a
 * collection in three instead of four): about 0.5 bytes of records per byte of text instead of
 * 0.87, kept for every file of the run. Records past the first 2^20 units of the text, longer
 * scalars and larger collections stay as written. Packed in place, front to back (a record never
 * grows, so it is read before anything is written over it), then copied into the reader's slab.
 */
export declare function pack(tree: FastTree, slabs?: Slabs): FastTree;
