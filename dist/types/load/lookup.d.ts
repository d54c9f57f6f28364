import { type FastTree } from "./fast/tape.js";
import type { MapEntry, MapNode, Node } from "./types.js";
/**
 * Lookups by key on a mapping of either reader. A mapping read by the fast reader answers them from
 * its records, reading only the keys that could match, without making an entry for every key (as
 * listing `entries` does); a mapping of the precise reader is searched in order. The first entry
 * with the key wins (neither reader lets a duplicate key through to the model).
 */
/** The first entry of `map` with `key`. */
export declare function entryAt(map: MapNode, key: string): MapEntry | undefined;
/** The first entry of `map` with each of `keys` (`entryAt` for each key), in one walk of the mapping. */
export declare function entriesAt(map: MapNode, keys: readonly string[]): (MapEntry | undefined)[];
/** The value of the first entry of `map` with `key` (`entryAt(map, key)?.value`). */
export declare function valueAt(map: MapNode, key: string): Node | undefined;
/** The value at `path` below `map`, key after key (`valueAt` at each step); `map` itself for no keys. */
export declare function valueAtPath(map: MapNode, path: readonly string[]): Node | undefined;
/**
 * Reads of a fast reader's records for the model, which reads a few fields of every object: they
 * make no view of the mappings they pass through and no entry per key, and give spans only when
 * asked. `r` is a record of `tree` (`tape.ts`); a key's value is the record after the key's
 * (`valueOfKey`: records are one word or more, described at the top of `fast/tape.ts`).
 */
export type { FastTree };
/** The fast reader's collection behind `n`, as its tree and record; undefined for the precise reader's nodes. */
export declare function fastRecord(n: Node | undefined): {
    readonly tree: FastTree;
    readonly r: number;
} | undefined;
/**
 * The value records of the first entries with each of `keys` in the mapping at `m` (-1 where
 * absent), written into `out`, in one walk of its keys.
 */
export declare function valueRecordsAt(tree: FastTree, m: number, keys: readonly string[], out: number[]): void;
/** The value record of the first entry with `key` in the mapping at `m`, or -1. */
export declare function valueRecordAt(tree: FastTree, m: number, key: string): number;
export declare const isMapRecord: (tree: FastTree, r: number) => boolean;
export declare const isSeqRecord: (tree: FastTree, r: number) => boolean;
export declare const isScalarRecord: (tree: FastTree, r: number) => boolean;
/** The value of the scalar at `r` (as its view's `value`); undefined when `r` is absent or a collection. */
export declare function scalarAt(tree: FastTree, r: number): string | number | boolean | null | undefined;
/**
 * `scalarAt`, with a string value as one string per text in the reader (in its table of keys): for
 * values that repeat across objects (`apiVersion`, `kind`, `namespace`).
 */
export declare function sharedScalarAt(tree: FastTree, r: number): string | number | boolean | null | undefined;
/** The node at `r` (as a lookup gives it: a view made for the asking); undefined when absent. */
export declare const nodeAt: (tree: FastTree, r: number) => Node | undefined;
/** The span of the node or key at `r`. */
export declare const spanOfRecord: (tree: FastTree, r: number) => import("./types.js").Span;
/** How many entries (or items) the collection at `r` has. */
export declare const countAt: (tree: FastTree, r: number) => number;
/** The first key record of the mapping at `m` (or first item of the sequence at `m`). */
export declare const firstChild: (tree: FastTree, m: number) => number;
/** The key record after the entry whose key is at `k`. */
export declare const nextKey: (tree: FastTree, k: number) => number;
/** The value record of the entry whose key is at `k`. */
export declare const valueOfKey: (tree: FastTree, k: number) => number;
/** The item record after the item at `r`. */
export declare const nextItem: (tree: FastTree, r: number) => number;
/** The text of the key at `k`, one string per key text in the reader (as the views' `entries` give it). */
export declare const keyAt: (tree: FastTree, k: number) => string;
