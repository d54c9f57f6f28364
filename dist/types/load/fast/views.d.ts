import type { MapEntry, MapNode, Node, Span } from "../types.js";
import { type FastTree } from "./tape.js";
/**
 * Views of a node tape as located nodes (`Node`), built on demand, one collection at a time, so
 * that a run over hundreds of thousands of documents keeps only the text and the records in memory,
 * plus the nodes the rules looked at.
 */
/** A file's records, and the views of its collections made so far (by record offset). */
interface Viewed extends FastTree {
    views?: Map<number, Node>;
}
/** The view of the node at record `r`. */
export declare function view(tree: FastTree, r: number): Node;
declare abstract class FastCollection {
    readonly tree: Viewed;
    protected readonly r: number;
    constructor(tree: Viewed, r: number);
    get span(): Span;
    protected get count(): number;
}
declare class FastMap extends FastCollection {
    get kind(): "map";
    /** The entries, listed anew on each access (they hold no state; a collection value is always the same view). */
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
/** The fast reader's mapping, which answers lookups from its records (`lookup.ts`). */
export declare const isFastMap: (map: MapNode) => map is MapNode & FastMap;
export {};
