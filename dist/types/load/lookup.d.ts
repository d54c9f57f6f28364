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
