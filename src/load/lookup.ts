import { after, countOf, type FastTree, firstOf, KIND_MAP, KIND_SCALAR, KIND_SEQ, kindOf } from "./fast/tape.js";
import { internKey, isFastMap, keyOf, keyRecord, keyRecordsAt, scalarOf, spanOf, view } from "./fast/views.js";
import type { MapEntry, MapNode, Node } from "./types.js";

/**
 * Lookups by key on a mapping of either reader. A mapping read by the fast reader answers them from
 * its records, reading only the keys that could match, without making an entry for every key (as
 * listing `entries` does); a mapping of the precise reader is searched in order. The first entry
 * with the key wins (neither reader lets a duplicate key through to the model).
 */

/** The first entry of `map` with `key`. */
export function entryAt(map: MapNode, key: string): MapEntry | undefined {
  if (isFastMap(map)) return map.entryAt(key);
  for (const e of map.entries) if (e.key === key) return e;
  return undefined;
}

/** The first entry of `map` with each of `keys` (`entryAt` for each key), in one walk of the mapping. */
export function entriesAt(map: MapNode, keys: readonly string[]): (MapEntry | undefined)[] {
  if (isFastMap(map)) return map.entriesAt(keys);
  const out = new Array<MapEntry | undefined>(keys.length).fill(undefined);
  for (const e of map.entries) {
    const j = keys.indexOf(e.key);
    if (j !== -1 && out[j] === undefined) out[j] = e;
  }
  return out;
}

/** The value of the first entry of `map` with `key` (`entryAt(map, key)?.value`). */
export function valueAt(map: MapNode, key: string): Node | undefined {
  if (isFastMap(map)) return map.valueAt(key);
  for (const e of map.entries) if (e.key === key) return e.value;
  return undefined;
}

/** The value at `path` below `map`, key after key (`valueAt` at each step); `map` itself for no keys. */
export function valueAtPath(map: MapNode, path: readonly string[]): Node | undefined {
  if (isFastMap(map)) return map.valueAtPath(path);
  let cur: Node | undefined = map;
  for (const key of path) {
    cur = cur?.kind === "map" ? valueAt(cur, key) : undefined;
    if (!cur) return undefined;
  }
  return cur;
}

/**
 * Reads of a fast reader's records for the model, which reads a few fields of every object: they
 * make no view of the mappings they pass through and no entry per key, and give spans only when
 * asked. `r` is a record of `tree` (`tape.ts`); a key's value is the record after the key's
 * (`valueOfKey`: records are one word or more, described at the top of `fast/tape.ts`).
 */
export type { FastTree };

/** The fast reader's collection behind `n`, as its tree and record; undefined for the precise reader's nodes. */
export function fastRecord(n: Node | undefined): { readonly tree: FastTree; readonly r: number } | undefined {
  return n !== undefined && n.kind === "map" && isFastMap(n) ? n : undefined;
}

/**
 * The value records of the first entries with each of `keys` in the mapping at `m` (-1 where
 * absent), written into `out`, in one walk of its keys.
 */
export function valueRecordsAt(tree: FastTree, m: number, keys: readonly string[], out: number[]): void {
  keyRecordsAt(tree, m, keys, out);
  for (let j = 0; j < keys.length; j++) if ((out[j] as number) !== -1) out[j] = after(tree.tape, out[j] as number);
}

/** The value record of the first entry with `key` in the mapping at `m`, or -1. */
export function valueRecordAt(tree: FastTree, m: number, key: string): number {
  const k = keyRecord(tree, m, key);
  return k === -1 ? -1 : after(tree.tape, k);
}

export const isMapRecord = (tree: FastTree, r: number): boolean => r >= 0 && kindOf(tree.tape, r) === KIND_MAP;
export const isSeqRecord = (tree: FastTree, r: number): boolean => r >= 0 && kindOf(tree.tape, r) === KIND_SEQ;
export const isScalarRecord = (tree: FastTree, r: number): boolean => r >= 0 && kindOf(tree.tape, r) === KIND_SCALAR;

/** The value of the scalar at `r` (as its view's `value`); undefined when `r` is absent or a collection. */
export function scalarAt(tree: FastTree, r: number): string | number | boolean | null | undefined {
  if (!isScalarRecord(tree, r)) return undefined;
  return scalarOf(tree, r);
}

/**
 * `scalarAt`, with a string value as one string per text in the reader (in its table of keys): for
 * values that repeat across objects (`apiVersion`, `kind`, `namespace`).
 */
export function sharedScalarAt(tree: FastTree, r: number): string | number | boolean | null | undefined {
  const v = scalarAt(tree, r);
  return typeof v === "string" ? internKey(tree.keys, v) : v;
}

/** The node at `r` (as a lookup gives it: a view made for the asking); undefined when absent. */
export const nodeAt = (tree: FastTree, r: number): Node | undefined => (r >= 0 ? view(tree, r) : undefined);

/** The span of the node or key at `r`. */
export const spanOfRecord = spanOf;

/** How many entries (or items) the collection at `r` has. */
export const countAt = (tree: FastTree, r: number): number => countOf(tree.tape, r);
/** The first key record of the mapping at `m` (or first item of the sequence at `m`). */
export const firstChild = (tree: FastTree, m: number): number => firstOf(tree.tape, m);
/** The key record after the entry whose key is at `k`. */
export const nextKey = (tree: FastTree, k: number): number => after(tree.tape, after(tree.tape, k));
/** The value record of the entry whose key is at `k`. */
export const valueOfKey = (tree: FastTree, k: number): number => after(tree.tape, k);
/** The item record after the item at `r`. */
export const nextItem = (tree: FastTree, r: number): number => after(tree.tape, r);
/** The text of the key at `k`, one string per key text in the reader (as the views' `entries` give it). */
export const keyAt = (tree: FastTree, k: number): string => internKey(tree.keys, keyOf(tree, k));
