import type { ScalarStyle } from "../types.js";

/**
 * The node tape: what the scanner (`scanner.ts`) writes and the views (`views.ts`) read. One file's
 * nodes are records in one Int32Array, in document order (a key's record precedes its value's), so
 * that a file costs its text and a few bytes per node until a rule looks at a collection.
 */

// Records, in document order (a key's record precedes its value's), at offsets into one Int32Array.
// Scalars and keys, two int32: [kind (bits 0-1) | style (bits 2-4) | length << 5, start offset].
// Collections, four: [kind | count of entries or items << 5, start, end, offset of the record
// after the collection's subtree].
export const SCALAR_WIDTH = 2;
export const COLLECTION_WIDTH = 4;
/** Scalars (and collections' counts) up to 2^27 - 1 long fit in the bits left. */
export const MAX_LENGTH = 2 ** 27 - 1;
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
  readonly text: string;
  readonly tape: Int32Array;
  /** Record index of each document's root. */
  readonly roots: readonly number[];
  /** Mapping keys repeat across documents (`name`, `metadata`): one string each, per reader. */
  readonly keys: Map<string, string>;
}

export const kindOf = (tape: Int32Array, r: number): number => (tape[r] ?? 0) & 3;
export const isCollection = (tape: Int32Array, r: number): boolean => ((tape[r] ?? 0) & 3) === KIND_MAP || ((tape[r] ?? 0) & 3) === KIND_SEQ;
export const startOf = (tape: Int32Array, r: number): number => tape[r + 1] ?? 0;
export const endOf = (tape: Int32Array, r: number): number => (isCollection(tape, r) ? (tape[r + 2] ?? 0) : (tape[r + 1] ?? 0) + ((tape[r] ?? 0) >>> 5));
export const styleOf = (tape: Int32Array, r: number): number => ((tape[r] ?? 0) >> 2) & 7;
/** Entries (of a mapping) or items (of a sequence) of the collection at `r`. */
export const countOf = (tape: Int32Array, r: number): number => (tape[r] ?? 0) >>> 5;

/** Offset of the record after the node at `r` and its subtree. */
export function after(tape: Int32Array, r: number): number {
  return isCollection(tape, r) ? (tape[r + 3] ?? 0) : r + SCALAR_WIDTH;
}
