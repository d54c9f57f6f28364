import { isFastMap } from "./fast/views.js";
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
