import type { MapEntry, MapNode, Node, Span } from "../types.js";
import { type FastTree } from "./tape.js";
/**
 * Views of a node tape as located nodes (`Node`), built on demand, one collection at a time, so
 * that a run over hundreds of thousands of documents keeps only the text and the records in memory,
 * plus the nodes the model holds.
 */
/** The span of the node or key at record `r`, in the file's own text. */
export declare const spanOf: (tree: FastTree, r: number) => Span;
/** The span from `start` to `end` of the text the records index, in the file's own text. */
export declare function textSpan(tree: FastTree, start: number, end: number): Span;
/** The value of the scalar at record `r`. */
export declare function scalarOf(tree: FastTree, r: number): string | number | boolean | null;
/** The text of the key at record `k`, as `keyText` gives it. */
export declare function keyOf(tree: FastTree, k: number): string;
/** The text of the key at record `k`, as `keyText` gives it, without reading it when it cannot be `key`. */
export declare function keyIs(tree: FastTree, k: number, key: string): boolean;
/** The view of the node at record `r`. */
export declare function view(tree: FastTree, r: number): Node;
declare abstract class FastCollection {
    readonly tree: FastTree;
    /** The collection's record (read by `lookup.ts`). */
    readonly r: number;
    constructor(tree: FastTree, 
    /** The collection's record (read by `lookup.ts`). */
    r: number);
    get span(): Span;
    protected get count(): number;
}
declare class FastMap extends FastCollection {
    get kind(): "map";
    /** The entries, listed anew on each access (they hold no state, and neither do the views of their values). */
    get entries(): readonly MapEntry[];
    /** The value of the first entry with `key` (as `entry(map, key)?.value`), without listing the entries. */
    valueAt(key: string): Node | undefined;
    /** The first entry with `key` (as `entries.find(…)`), without listing the entries. */
    entryAt(key: string): MapEntry | undefined;
    /**
     * The first entry with each of `keys` (as `entryAt` for each), found in one walk of the records:
     * a mapping read for several fields is walked once, not once per field.
     */
    entriesAt(keys: readonly string[]): (MapEntry | undefined)[];
    /**
     * The value at `path` below this mapping (`valueAt` key after key), found in the records: no view
     * is made of the mappings passed through, only of the value found.
     */
    valueAtPath(path: readonly string[]): Node | undefined;
    private keyRecord;
}
/**
 * The records of the first keys of the mapping at `m` that read as each of `keys` (-1 where
 * absent), written into `out` and returned, in one walk of its keys.
 */
export declare function keyRecordsAt(tree: FastTree, m: number, keys: readonly string[], out: number[]): number[];
/** The record of the first key of the mapping at `m` that reads as `key`, or -1. */
export declare function keyRecord(tree: FastTree, m: number, key: string): number;
/** The fast reader's mapping, which answers lookups from its records (`lookup.ts`). */
export declare const isFastMap: (map: MapNode) => map is MapNode & FastMap;
/** One string per key text, in the reader's table (bounded: cleared when it grows past 100,000). */
export declare function internKey(keys: Map<string, string>, k: string): string;
export {};
