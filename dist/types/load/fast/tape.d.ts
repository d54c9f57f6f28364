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
    /** The file's text, as read. */
    readonly text: string;
    /**
     * A file with a byte order mark or CRLF line ends, which the scanner read without the mark and
     * with LF ends: where the text it read leaves out a character of the file, in order (-1 for the
     * mark, the offset of each line feed that a carriage return preceded). The records index that
     * text; the views tell spans and read values in the file's own (`views.ts`). Null otherwise.
     */
    readonly omitted: Int32Array | null;
    readonly tape: Int32Array;
    /** Record index of each document's root. */
    readonly roots: readonly number[];
    /** Mapping keys repeat across documents (`name`, `metadata`): one string each, per reader. */
    readonly keys: Map<string, string>;
    /**
     * Per document, where the keys start (in the text the records index) that repeat a key of their
     * mapping: such a document has no root and a problem at each (`load/parse.ts` reads it so). Null
     * when no document has one, as nearly always.
     */
    readonly duplicateKeys: readonly (readonly number[] | undefined)[] | null;
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
export declare const PACKED: number;
/** Records that start before this offset of the text can be packed (20 bits of start). */
export declare const PACKED_TEXT: number;
/** Scalars shorter than this, collections of fewer entries or items, can be packed. */
export declare const PACKED_LENGTHS = 64;
export declare const PACKED_COUNTS = 512;
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
 * Copy the `n` words of records a scan wrote into `records` into the reader's slab, and return the
 * slab. The scanner wrote offsets as if the records went at `bias` (what was used of the slab when
 * it started); when they do not fit there, they go at the start of a new slab, and the offsets
 * after each collection and the roots are moved to match (once a slab: a walk of this file's records).
 */
export declare function settle(records: Int32Array, n: number, roots: number[], bias: number, slabs: Slabs): Int32Array;
/**
 * Add `delta` to the offset after each collection among the records [from, to) of `t`: what moving
 * them takes (to a new slab's start, one word on past a widened record, to an alias's copy).
 */
export declare function shiftAfters(t: Int32Array, from: number, to: number, delta: number): void;
