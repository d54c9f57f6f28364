import type { ScalarStyle } from "../types.js";

/**
 * The node tape: what the scanner (`scanner.ts`) writes and the views (`views.ts`) read. One file's
 * nodes are records in one Int32Array, in document order (a key's record precedes its value's), so
 * that a file costs its text and a few bytes per node until a rule looks at a collection.
 */

// Records, in document order (a key's record precedes its value's), at offsets into one Int32Array.
// Packed (bit 31 set), for a record that starts in the first 2^20 units of its text:
// Scalars and keys, one int32: [kind (bits 0-1) | style (bits 2-4) | length (< 64) << 5 | start << 11 | 1 << 31].
// Collections, three: [kind | count of entries or items (< 512) << 2 | start << 11 | 1 << 31, end,
// offset of the record after the collection's subtree].
// Else (bit 31 clear): scalars and keys, two int32: [kind | style << 2 | length << 5, start offset];
// collections, four: [kind | count << 5, start, end, offset after].
// The scanner writes the packed form where it fits (about 0.5 bytes of records per byte of text,
// against 0.87 with every record wide, kept for every file of a run); readers take either form,
// record by record.
export const SCALAR_WIDTH = 2;
export const COLLECTION_WIDTH = 4;
/** Scalars (and collections' counts) up to 2^26 - 1 long fit in the bits left, bit 31 clear. */
export const MAX_LENGTH = 2 ** 26 - 1;
export const KIND_SCALAR = 0;
export const KIND_MAP = 1;
export const KIND_SEQ = 2;
export const KIND_KEY = 3;
export const ST_PLAIN = 0;
export const ST_SINGLE = 1;
export const ST_DOUBLE = 2;
export const ST_LITERAL = 3;
export const ST_FOLDED = 4;
export const STYLE_NAMES: readonly ScalarStyle[] = ["plain", "single", "double", "literal", "folded"];

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

export const kindOf = (tape: Int32Array, r: number): number => (tape[r] ?? 0) & 3;
export const isCollection = (tape: Int32Array, r: number): boolean => ((tape[r] ?? 0) & 3) === KIND_MAP || ((tape[r] ?? 0) & 3) === KIND_SEQ;
/** The record at `r` is packed (one word for a scalar, three for a collection). */
const packed = (w: number): boolean => w < 0;
const packedStart = (w: number): number => (w >>> 11) & 0xfffff;
export const startOf = (tape: Int32Array, r: number): number => {
  const w = tape[r] ?? 0;
  return packed(w) ? packedStart(w) : (tape[r + 1] ?? 0);
};
export function endOf(tape: Int32Array, r: number): number {
  const w = tape[r] ?? 0;
  if ((w & 3) === KIND_MAP || (w & 3) === KIND_SEQ) return tape[packed(w) ? r + 1 : r + 2] ?? 0;
  return packed(w) ? packedStart(w) + ((w >>> 5) & 63) : (tape[r + 1] ?? 0) + (w >>> 5);
}
export const styleOf = (tape: Int32Array, r: number): number => ((tape[r] ?? 0) >> 2) & 7;
/** Entries (of a mapping) or items (of a sequence) of the collection at `r`. */
export const countOf = (tape: Int32Array, r: number): number => {
  const w = tape[r] ?? 0;
  return packed(w) ? (w >>> 2) & 511 : w >>> 5;
};
/** Offset of the first entry's key (of a mapping) or first item (of a sequence) of the collection at `r`. */
export const firstOf = (tape: Int32Array, r: number): number => r + (packed(tape[r] ?? 0) ? 3 : COLLECTION_WIDTH);

/** Offset of the record after the node at `r` and its subtree (after a key: its value's). */
export function after(tape: Int32Array, r: number): number {
  const w = tape[r] ?? 0;
  if ((w & 3) === KIND_MAP || (w & 3) === KIND_SEQ) return tape[packed(w) ? r + 2 : r + 3] ?? 0;
  return r + (packed(w) ? 1 : SCALAR_WIDTH);
}

export const PACKED = 1 << 31;
/** Records that start before this offset of the text can be packed (20 bits of start). */
export const PACKED_TEXT = 1 << 20;
/** Scalars shorter than this, collections of fewer entries or items, can be packed. */
export const PACKED_LENGTHS = 64;
export const PACKED_COUNTS = 512;

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
export const newSlabs = (): Slabs => ({ tape: new Int32Array(0), used: 0 });
const SLAB_MIN = 1 << 12;
const SLAB_MAX = 1 << 20;

/**
 * Copy the `n` words of records a scan wrote into `records` into the reader's slab, and return the
 * slab. The scanner wrote offsets as if the records went at `bias` (what was used of the slab when
 * it started); when they do not fit there, they go at the start of a new slab, and the offsets
 * after each collection and the roots are moved to match (once a slab: a walk of this file's records).
 */
export function settle(records: Int32Array, n: number, roots: number[], bias: number, slabs: Slabs): Int32Array {
  let base = slabs.used;
  if (slabs.tape.length - base < n) {
    slabs.tape = new Int32Array(Math.max(n, Math.min(SLAB_MAX, Math.max(SLAB_MIN, slabs.tape.length * 2))));
    slabs.used = base = 0;
  }
  const delta = base - bias;
  if (delta !== 0) shiftAfters(records, 0, n, delta);
  for (let i = 0; i < roots.length; i++) roots[i] = (roots[i] as number) + base;
  slabs.tape.set(records.subarray(0, n), base);
  slabs.used = base + n;
  return slabs.tape;
}

/**
 * Add `delta` to the offset after each collection among the records [from, to) of `t`: what moving
 * them takes (to a new slab's start, one word on past a widened record, to an alias's copy).
 */
export function shiftAfters(t: Int32Array, from: number, to: number, delta: number): void {
  for (let r = from; r < to; ) {
    const w = t[r] as number;
    const kind = w & 3;
    if (kind === KIND_MAP || kind === KIND_SEQ) {
      const at = w < 0 ? r + 2 : r + 3;
      t[at] = (t[at] as number) + delta;
      r = at + 1;
    } else {
      r += w < 0 ? 1 : SCALAR_WIDTH;
    }
  }
}
