import type { MapEntry, MapNode, Node, ScalarStyle, Span } from "../types.js";
import { asKey, isNullOrBoolAt, keyText, scalarValue } from "./scalars.js";
import { after, countOf, type FastTree, firstOf, KIND_MAP, KIND_SEQ, kindOf, ST_DOUBLE, ST_FOLDED, ST_LITERAL, ST_PLAIN, STYLE_NAMES, endOf, startOf, styleOf } from "./tape.js";

/**
 * Views of a node tape as located nodes (`Node`), built on demand, one collection at a time, so
 * that a run over hundreds of thousands of documents keeps only the text and the records in memory,
 * plus the nodes the model holds.
 */

/** The span of the node or key at record `r`, in the file's own text. */
export const spanOf = (tree: FastTree, r: number): Span => textSpan(tree, startOf(tree.tape, r), endOf(tree.tape, r));

/** The span from `start` to `end` of the text the records index, in the file's own text. */
export function textSpan(tree: FastTree, start: number, end: number): Span {
  const { omitted } = tree;
  return omitted === null ? { file: tree.path, start, end } : { file: tree.path, start: inFile(omitted, start), end: inFile(omitted, end) };
}

/** How many characters of the file (a byte order mark, carriage returns) the scanner left out before `offset` of what it read. */
function omittedBefore(omitted: Int32Array, offset: number): number {
  let lo = 0;
  let hi = omitted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((omitted[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `offset` of the text the records index, in the file's own text. */
const inFile = (omitted: Int32Array, offset: number): number => offset + omittedBefore(omitted, offset);

/**
 * How far the text from `start` to `end` of what the scanner read is moved in the file's own, or
 * -1 when a character was left out inside it (a scalar over several CRLF lines): one search for
 * the keys and one-line scalars of a CRLF file, rather than one for each end.
 */
function shiftOf(omitted: Int32Array, start: number, end: number): number {
  const before = omittedBefore(omitted, start);
  return before < omitted.length && (omitted[before] as number) < end ? -1 : before;
}

/**
 * For a file the scanner read without some characters: the text of the node at record `r`, from
 * the file's own, with its CRLF ends read as LF, as it was scanned.
 */
function scannedText(tree: FastTree, omitted: Int32Array, r: number): string {
  const src = tree.text.slice(inFile(omitted, startOf(tree.tape, r)), inFile(omitted, endOf(tree.tape, r)));
  return src.indexOf("\r") === -1 ? src : src.split("\r\n").join("\n");
}

/** The value of the scalar at record `r`. */
export function scalarOf(tree: FastTree, r: number): string | number | boolean | null {
  const { tape, omitted } = tree;
  const start = startOf(tape, r);
  const end = endOf(tape, r);
  if (omitted === null) return scalarValue(tree.text, styleOf(tape, r), start, end);
  const shift = shiftOf(omitted, start, end);
  // Nothing left out inside it (a scalar on one line): read in place.
  if (shift !== -1) return scalarValue(tree.text, styleOf(tape, r), start + shift, end + shift);
  const src = scannedText(tree, omitted, r);
  return scalarValue(src, styleOf(tape, r), 0, src.length);
}

/** The text of the key at record `k`, as `keyText` gives it. */
export function keyOf(tree: FastTree, k: number): string {
  const { tape } = tree;
  return tree.omitted === null ? keyText(tree.text, styleOf(tape, k), startOf(tape, k), endOf(tape, k)) : asKey(scalarOf(tree, k));
}

/** The text of the key at record `k`, as `keyText` gives it, without reading it when it cannot be `key`. */
export function keyIs(tree: FastTree, k: number, key: string): boolean {
  const { tape, text, omitted } = tree;
  let start = startOf(tape, k);
  let end = endOf(tape, k);
  if (omitted !== null) {
    const shift = shiftOf(omitted, start, end);
    if (shift === -1) return keyOf(tree, k) === key;
    start += shift;
    end += shift;
  }
  const style = styleOf(tape, k);
  if (style === ST_PLAIN) {
    const c = text.charCodeAt(start);
    // A plain key that starts with a letter reads as itself unless it is null/true/false.
    if (((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) && !isNullOrBoolAt(text, start, end - start)) return end - start === key.length && text.startsWith(key, start);
  } else if (style !== ST_LITERAL && style !== ST_FOLDED) {
    // A quoted key's value is never longer than the text between its quotes, and as long only
    // when nothing in it is escaped. So when `key` holds no backslash (no quote, single-quoted),
    // a text of its length is `key`'s exactly when it reads `key`: compared where it is (JSON
    // quotes every key).
    const inner = end - start - 2;
    if (inner < key.length) return false;
    if (inner === key.length && key.indexOf(style === ST_DOUBLE ? "\\" : "'") === -1) return text.startsWith(key, start + 1);
  }
  return keyText(text, style, start, end) === key;
}

/** The view of the node at record `r`. */
export function view(tree: FastTree, r: number): Node {
  const kind = kindOf(tree.tape, r);
  if (kind === KIND_MAP) return new FastMap(tree, r) as unknown as Node;
  if (kind === KIND_SEQ) return new FastSeq(tree, r) as unknown as Node;
  return new FastScalar(tree, r) as unknown as Node;
}

/**
 * Views of the records as located nodes (`Node`), made on each access, collections too: a view is
 * two fields, cheaper to make again than to keep. Two views of one record are equal (same kind,
 * span and contents), not the same object: nothing outside `load/` compares nodes of a fast-read
 * file by identity (an alias's node is a copy of its anchor's records; `fix/shared.ts` tells a
 * node by its kind and span). A file of 300,000 documents kept every collection any lookup
 * touched, two thirds of them in the cache alone (about 100 MB).
 */
class FastScalar {
  readonly value: string | number | boolean | null;

  constructor(
    private readonly tree: FastTree,
    private readonly r: number,
  ) {
    this.value = scalarOf(tree, r);
  }

  get kind(): "scalar" {
    return "scalar";
  }

  get style(): ScalarStyle {
    return STYLE_NAMES[styleOf(this.tree.tape, this.r)] ?? "plain";
  }

  get span(): Span {
    return spanOf(this.tree, this.r);
  }

  get source(): string {
    const s = spanOf(this.tree, this.r);
    return this.tree.text.slice(s.start, s.end);
  }
}

class FastEntry {
  constructor(
    private readonly tree: FastTree,
    /** The key's record; its value's follows it. */
    private readonly k: number,
    readonly key: string,
  ) {}

  get keySpan(): Span {
    return spanOf(this.tree, this.k);
  }

  get value(): Node {
    return view(this.tree, after(this.tree.tape, this.k));
  }
}

abstract class FastCollection {
  constructor(
    readonly tree: FastTree,
    /** The collection's record (read by `lookup.ts`). */
    readonly r: number,
  ) {}

  get span(): Span {
    return spanOf(this.tree, this.r);
  }

  protected get count(): number {
    return countOf(this.tree.tape, this.r);
  }
}

class FastMap extends FastCollection {
  get kind(): "map" {
    return "map";
  }

  /** The entries, listed anew on each access (they hold no state, and neither do the views of their values). */
  get entries(): readonly MapEntry[] {
    const { tape } = this.tree;
    const n = this.count;
    const out: MapEntry[] = new Array<MapEntry>(n);
    let k = firstOf(tape, this.r);
    for (let i = 0; i < n; i++) {
      const key = internKey(this.tree.keys, keyOf(this.tree, k));
      out[i] = new FastEntry(this.tree, k, key) as unknown as MapEntry;
      k = after(tape, after(tape, k));
    }
    return out;
  }

  /** The value of the first entry with `key` (as `entry(map, key)?.value`), without listing the entries. */
  valueAt(key: string): Node | undefined {
    const k = this.keyRecord(key);
    return k === -1 ? undefined : view(this.tree, after(this.tree.tape, k));
  }

  /** The first entry with `key` (as `entries.find(…)`), without listing the entries. */
  entryAt(key: string): MapEntry | undefined {
    const k = this.keyRecord(key);
    return k === -1 ? undefined : (new FastEntry(this.tree, k, key) as unknown as MapEntry);
  }

  /**
   * The first entry with each of `keys` (as `entryAt` for each), found in one walk of the records:
   * a mapping read for several fields is walked once, not once per field.
   */
  entriesAt(keys: readonly string[]): (MapEntry | undefined)[] {
    const { tree } = this;
    const found = keyRecordsAt(tree, this.r, keys, new Array<number>(keys.length));
    return found.map((k, j) => (k === -1 ? undefined : (new FastEntry(tree, k, keys[j] as string) as unknown as MapEntry)));
  }

  /**
   * The value at `path` below this mapping (`valueAt` key after key), found in the records: no view
   * is made of the mappings passed through, only of the value found.
   */
  valueAtPath(path: readonly string[]): Node | undefined {
    const { tree } = this;
    let r = this.r;
    for (const key of path) {
      if (kindOf(tree.tape, r) !== KIND_MAP) return undefined;
      const k = keyRecord(tree, r, key);
      if (k === -1) return undefined;
      r = after(tree.tape, k);
    }
    return view(tree, r);
  }

  private keyRecord(key: string): number {
    return keyRecord(this.tree, this.r, key);
  }
}

class FastSeq extends FastCollection {
  get kind(): "seq" {
    return "seq";
  }

  get items(): readonly Node[] {
    const { tape } = this.tree;
    const n = this.count;
    const out: Node[] = new Array<Node>(n);
    let k = firstOf(tape, this.r);
    for (let j = 0; j < n; j++) {
      out[j] = view(this.tree, k);
      k = after(tape, k);
    }
    return out;
  }
}

/**
 * The records of the first keys of the mapping at `m` that read as each of `keys` (-1 where
 * absent), written into `out` and returned, in one walk of its keys.
 */
export function keyRecordsAt(tree: FastTree, m: number, keys: readonly string[], out: number[]): number[] {
  const { tape } = tree;
  out.fill(-1, 0, keys.length);
  let left = keys.length;
  const n = countOf(tape, m);
  let k = firstOf(tape, m);
  for (let i = 0; i < n && left > 0; i++) {
    for (let j = 0; j < keys.length; j++) {
      if (out[j] === -1 && keyIs(tree, k, keys[j] as string)) {
        out[j] = k;
        left--;
        break;
      }
    }
    k = after(tape, after(tape, k));
  }
  return out;
}

/** The record of the first key of the mapping at `m` that reads as `key`, or -1. */
export function keyRecord(tree: FastTree, m: number, key: string): number {
  const { tape } = tree;
  const n = countOf(tape, m);
  let k = firstOf(tape, m);
  for (let i = 0; i < n; i++) {
    if (keyIs(tree, k, key)) return k;
    k = after(tape, after(tape, k));
  }
  return -1;
}

/** The fast reader's mapping, which answers lookups from its records (`lookup.ts`). */
export const isFastMap = (map: MapNode): map is MapNode & FastMap => map instanceof FastMap;

/** One string per key text, in the reader's table (bounded: cleared when it grows past 100,000). */
export function internKey(keys: Map<string, string>, k: string): string {
  if (k.length > 64) return k;
  const seen = keys.get(k);
  if (seen !== undefined) return seen;
  if (keys.size > 100_000) keys.clear();
  keys.set(k, k);
  return k;
}
