import { plainIsText, resolvePlain, scalarValue } from "./scalars.js";
import {
  COLLECTION_WIDTH,
  type FastTree,
  KIND_KEY,
  KIND_MAP,
  KIND_SCALAR,
  KIND_SEQ,
  MAX_LENGTH,
  newSlabs,
  PACKED,
  PACKED_COUNTS,
  PACKED_LENGTHS,
  PACKED_TEXT,
  SCALAR_WIDTH,
  settle,
  shiftAfters,
  type Slabs,
  ST_DOUBLE,
  ST_FOLDED,
  ST_LITERAL,
  ST_PLAIN,
  ST_SINGLE,
} from "./tape.js";

/**
 * The scanner: reads the block YAML of manifests into a node tape (`tape.ts`), or declines. What it
 * accepts, and why it declines the rest, is described in `index.ts`.
 */

/** `lastKind`: a scalar or flow collection, a block scalar, an empty value, a block collection. */
const LAST_SCALAR = 0;
const LAST_BLOCK_SCALAR = 1;
const LAST_EMPTY = 2;
const LAST_COLLECTION = 3;

const TAB = 9;
const LF = 10;
const SP = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DOT = 46;
const COMMA = 44;
const SQ = 39;
const DQ = 34;
const LBRACK = 91;
const RBRACK = 93;
const LBRACE = 123;
const RBRACE = 125;
const BACKSLASH = 92;
const AMP = 38;
const STAR = 42;

/** Nesting deeper than this is left to the precise parser (which bounds it at MAX_DEPTH). */
const FAST_MAX_DEPTH = 100;
/** yaml: an implicit key may be at most 1024 characters long. */
const MAX_KEY_LENGTH = 1000;
/**
 * Records an alias may copy in a document (its anchor's). go-yaml, as kubectl decodes, refuses a
 * document only when more than 100 of its nodes came through aliases (`excessiveAliasing` in
 * load/parse.ts): past this, the precise parser decides.
 */
const MAX_ALIASED = 100;
/** An anchor whose node is being read: an alias to it is a cycle. */
const OPEN = -1;

/** Characters the fast path leaves to the precise parser: C0 controls but LF, DEL, C1, BOM, line separators. */
const DECLINED_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
/** The same but the tab, for a text found to hold one of them. */
const DECLINED_BUT_TAB = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

/**
 * What a text is known to be from its bytes as they were read (`textKind` in load/read.ts): anything
 * (`OTHER`); only line feeds and printable ASCII (`PLAIN`), so none of `DECLINED_CHARS`; or the
 * same with carriage returns, each before a line feed (`CRLF`: a checkout on Windows), read with
 * LF ends and nothing else to search for. For PLAIN and CRLF bytes, Latin-1 and UTF-8 decode alike.
 */
export type TextKind = typeof OTHER | typeof PLAIN | typeof CRLF;
export const OTHER = 0;
export const PLAIN = 1;
export const CRLF = 2;

/**
 * A CRLF text with LF line ends (`scanned`) and where it leaves out a return (`omitted`: the offset
 * of each line feed one preceded), when its reader made it from the bytes (`ReturnsDropped` in
 * load/read.ts); else the scanner splits and joins the text (`withLineFeeds`).
 */
export interface LineFeeds {
  readonly scanned: string;
  readonly omitted: Int32Array | null;
}

/**
 * Records are written into one growing buffer, then copied into the reader's slab (`settle`). A
 * reader keeps one for all the files it reads (`manifestReader`).
 */
export interface Scratch {
  buffer: Int32Array;
  /** The duplicate check's stack, kept for the next file: grown anew for each, it was a tenth of what a run allocates. */
  keys: KeyStack | null;
}
export const newScratch = (): Scratch => ({ buffer: new Int32Array(1 << 14), keys: null });
const SCRATCH_MAX = 1 << 24;

/** Why the scanner declined a text. */
export class Decline {
  constructor(readonly reason: string) {}
}

/**
 * Scan `text` into a node tape, or say why the fast path declines it. Never throws. `keys` is the
 * reader's table of key strings, shared by the trees it makes. `kind`: what the text is known to
 * hold (`TextKind`).
 */
export function scan(
  path: string,
  text: string,
  scratch: Scratch = newScratch(),
  keys = new Map<string, string>(),
  slabs: Slabs = newSlabs(),
  kind: TextKind = OTHER,
  lf?: LineFeeds,
): FastTree | Decline {
  let scanned = text;
  let omitted: Int32Array | null = null;
  let tabs = 0;
  if (kind === CRLF) {
    // Told from its bytes: nothing to search for but the line ends.
    ({ scanned, omitted } = lf ?? withLineFeeds(text, 0));
  } else if (kind === OTHER && DECLINED_CHARS.test(text)) {
    // A byte order mark at the start and CRLF line ends (files written on Windows): read without
    // the mark and with LF ends, which is what the yaml package makes of them in every value, and
    // the spans told in the file's own text (`omitted`).
    ({ scanned, omitted } = withLineFeeds(text, text.charCodeAt(0) === 0xfeff ? 1 : 0));
    if (DECLINED_BUT_TAB.test(scanned)) return new Decline("control, CR or BOM character");
    // Tabs: read only as white space between a flow collection's entries (JSON indented with tabs),
    // where the yaml package leaves them to its parser; any other tab declines the text (below).
    for (let i = scanned.indexOf("\t"); i !== -1; i = scanned.indexOf("\t", i + 1)) tabs++;
  }
  // Offsets are written as where the records will be in the slab if they fit in what is left of it.
  const p = new FastParser(scanned, scratch, slabs.used);
  try {
    const roots = p.stream();
    if (p.tabs !== tabs) return new Decline("a tab");
    return { path, text, omitted, tape: settle(p.tape, p.n, roots, p.bias, slabs), roots, keys, duplicateKeys: p.duplicateKeys };
  } catch (e) {
    if (e instanceof Decline) return e;
    if (e instanceof RangeError) return new Decline("stack");
    throw e;
  }
}

/**
 * The text without a byte order mark (`bom`: 1 when it starts with one) and with LF line ends for
 * its CRLF ones, and where the characters left out were (`omitted`, null for none): -1 for the
 * mark, then the offset of each line feed a carriage return preceded. Split and joined rather than
 * replaceAll'd: the searches after it were slower on that string (the scan of 13,819 such files:
 * 336 → 303 ms in CPU profiles).
 */
function withLineFeeds(text: string, bom: number): LineFeeds {
  const lines = (bom ? text.slice(1) : text).split("\r\n");
  if (!bom && lines.length === 1) return { scanned: text, omitted: null };
  const omitted = new Int32Array(bom + lines.length - 1);
  if (bom) omitted[0] = -1;
  let at = -1;
  for (let i = bom; i < omitted.length; i++) omitted[i] = at += (lines[i - bom] as string).length + 1;
  return { scanned: lines.length === 1 ? (lines[0] as string) : lines.join("\n"), omitted };
}

class FastParser {
  tape: Int32Array;
  /** Int32 written. */
  n = 0;
  /** Start of the next line holding content (not blank, not only a comment), or the text's length. */
  pos = 0;
  /** End of the last line that belongs to the node just parsed, its line break included. */
  endMark = 0;
  depth = 0;
  /** What the last node parsed was, for the comment lines after it (see `gap`). */
  lastKind = 0;
  /** Start of the line after the last node parsed. */
  gapStart = 0;
  /** Comment lines after the last value that go to a collection's end rather than the value's. */
  pendingEnd = -1;
  pendingIndent = -1;
  /** The last value was empty with a comment on its line. */
  emptyComment = false;
  /** The end of the last value, when it is empty and comments follow it. */
  emptyEnd = -1;
  /** The keys of the mappings being read, for the duplicate check. */
  private readonly keys: KeyStack;
  readonly len: number;
  /**
   * The document's anchors by name: the first and past-the-last record of the node (`OPEN` while it
   * is read). Made for the first anchor: most files have none.
   */
  private anchors: Map<string, [number, number]> | null = null;
  /** Records copied for aliases in the document. */
  private aliased = 0;
  /** Tabs read as white space in flow collections (`flowSpace`), each once, and the last one's offset. */
  tabs = 0;
  private tabAt = -1;
  /** Where the document's keys that their mapping holds already start (`duplicate`), or null. */
  duplicates: number[] | null = null;
  /** Per document, its `duplicates` (`FastTree.duplicateKeys`), or null when no document has any. */
  duplicateKeys: (readonly number[] | undefined)[] | null = null;

  constructor(
    readonly text: string,
    private readonly scratch: Scratch,
    /** Added to the record offsets written (offsets after a collection): where the records will go. */
    readonly bias: number,
  ) {
    this.len = text.length;
    this.tape = scratch.buffer;
    this.keys = (scratch.keys ??= new KeyStack()).reset(text);
  }

  // ---------------------------------------------------------------------------------------------
  // Records

  /** Room for one more record of any width, after `more` words. */
  private room(more = 0): Int32Array {
    const t = this.tape;
    if (this.n + more + COLLECTION_WIDTH <= t.length) return t;
    let size = t.length * 2;
    while (this.n + more + COLLECTION_WIDTH > size) size *= 2;
    const bigger = new Int32Array(size);
    bigger.set(t);
    this.tape = bigger;
    if (bigger.length <= SCRATCH_MAX) this.scratch.buffer = bigger;
    return bigger;
  }

  /** A scalar or key record, packed into one word when it fits. */
  private rec(kind: number, style: number, start: number, end: number): number {
    const o = this.n;
    const t = this.room();
    const length = end - start;
    if (start < PACKED_TEXT && length < PACKED_LENGTHS) {
      t[o] = kind | (style << 2) | (length << 5) | (start << 11) | PACKED;
      this.n = o + 1;
    } else {
      if (length > MAX_LENGTH) throw new Decline("scalar too long");
      t[o] = kind | (style << 2) | (length << 5);
      t[o + 1] = start;
      this.n = o + SCALAR_WIDTH;
    }
    return o;
  }

  /**
   * A collection's record, before its entries: packed (three words) when it starts early enough in
   * the text, as most collections have fewer than 512 entries; `close` widens it when not.
   */
  private open(kind: number, start: number): number {
    const o = this.n;
    const t = this.room();
    if (start < PACKED_TEXT) {
      t[o] = kind | (start << 11) | PACKED;
      this.n = o + 3;
    } else {
      t[o] = kind;
      t[o + 1] = start;
      this.n = o + COLLECTION_WIDTH;
    }
    return o;
  }

  private close(o: number, kind: number, count: number, end: number): void {
    let t = this.tape;
    const w = t[o] as number;
    if (w < 0) {
      if (count < PACKED_COUNTS) {
        t[o] = w | (count << 2);
        t[o + 1] = end;
        t[o + 2] = this.n + this.bias;
        return;
      }
      t = this.widen(o);
      t[o + 1] = (w >>> 11) & 0xfffff;
    }
    if (count > MAX_LENGTH) throw new Decline("collection too large");
    t[o] = kind | (count << 5);
    t[o + 2] = end;
    t[o + 3] = this.n + this.bias;
  }

  /**
   * The packed collection record at `o` has too many entries to stay packed: its subtree moves one
   * word on (a collection of 512 entries or more, rare in manifests), and so do the offsets after
   * of the collections in it.
   */
  private widen(o: number): Int32Array {
    // The records of an anchor's node may be among those that move.
    if (this.anchors !== null && this.anchors.size > 0) throw new Decline("an anchor in a collection of 512 entries or more");
    const t = this.room();
    const n = this.n;
    t.copyWithin(o + COLLECTION_WIDTH, o + 3, n);
    this.n = n + 1;
    shiftAfters(t, o + COLLECTION_WIDTH, n + 1, 1);
    return t;
  }

  // ---------------------------------------------------------------------------------------------
  // Lines

  // The scanner asks for the same line's end, indentation and key more than once (a key's line is
  // looked at by its parent, by the mapping and by the value): each is remembered for the last
  // offset asked, which saved a fifth of the scanning of manifests.
  /** Any offset in [leFrom, leEnd] has its line end at leEnd (no line break in between). */
  private leFrom = 1;
  private leEnd = 0;
  private indLs = -1;
  private indVal = 0;
  private kcP = -1;
  private kcVal = -1;

  // The next `:` and `#` from an offset, remembered as line ends are: most lines hold one `:` (their
  // key's) and no `#`, so a key or a value is told from them without a loop over its characters.
  private colonFrom = 1;
  private colonAt = 0;
  private hashFrom = 1;
  private hashAt = 0;
  private bsFrom = 1;
  private bsAt = 0;

  /** Offset of the first `:` at or after `p`, or the text's length. */
  private nextColon(p: number): number {
    if (p >= this.colonFrom && p <= this.colonAt) return this.colonAt;
    const i = this.text.indexOf(":", p);
    this.colonFrom = p;
    return (this.colonAt = i === -1 ? this.len : i);
  }

  /** Offset of the first `#` at or after `p`, or the text's length. */
  private nextHash(p: number): number {
    if (p >= this.hashFrom && p <= this.hashAt) return this.hashAt;
    const i = this.text.indexOf("#", p);
    this.hashFrom = p;
    return (this.hashAt = i === -1 ? this.len : i);
  }

  /** Offset of the first backslash at or after `p`, or the text's length. */
  private nextBackslash(p: number): number {
    if (p >= this.bsFrom && p <= this.bsAt) return this.bsAt;
    const i = this.text.indexOf("\\", p);
    this.bsFrom = p;
    return (this.bsAt = i === -1 ? this.len : i);
  }

  private lineEnd(p: number): number {
    if (p >= this.leFrom && p <= this.leEnd) return this.leEnd;
    const i = this.text.indexOf("\n", p);
    const e = i === -1 ? this.len : i;
    this.leFrom = p;
    this.leEnd = e;
    return e;
  }

  /** After the line break of the line holding `p` (or the end of the text). */
  private nextLine(p: number): number {
    const e = this.lineEnd(p);
    return e < this.len ? e + 1 : this.len;
  }

  private indentAt(ls: number): number {
    if (ls === this.indLs) return this.indVal;
    const t = this.text;
    let i = ls;
    while (t.charCodeAt(i) === SP) i++;
    this.indLs = ls;
    return (this.indVal = i - ls);
  }

  /** From line start `ls`, the start of the first line with content (not blank or a comment). */
  private contentLine(ls: number): number {
    const t = this.text;
    const len = this.len;
    while (ls < len) {
      let i = ls;
      if (ls === this.indLs) i += this.indVal;
      else while (t.charCodeAt(i) === SP) i++;
      const c = t.charCodeAt(i);
      if (i < len && c !== LF && c !== HASH) {
        this.indLs = ls;
        this.indVal = i - ls;
        return ls;
      }
      ls = this.nextLine(i);
    }
    return len;
  }

  /** `---` or `...` at `ls`, followed by a space, a line break or the end. */
  private isMarker(ls: number): boolean {
    const t = this.text;
    const c = t.charCodeAt(ls);
    if ((c !== DASH && c !== DOT) || t.charCodeAt(ls + 1) !== c || t.charCodeAt(ls + 2) !== c) return false;
    return ls + 3 >= this.len || isWhite(t.charCodeAt(ls + 3));
  }

  /** The rest of the line from `p` is spaces and perhaps a comment after a space; else decline. */
  private restOfLine(p: number, what: string): number {
    const t = this.text;
    const start = p;
    while (t.charCodeAt(p) === SP) p++;
    if (p >= this.len || t.charCodeAt(p) === LF) return this.nextLine(p);
    if (t.charCodeAt(p) === HASH && p > start) return this.nextLine(p);
    throw new Decline(`content after ${what}`);
  }

  // ---------------------------------------------------------------------------------------------
  // Stream and documents

  stream(): number[] {
    const t = this.text;
    const roots: number[] = [];
    let ls = this.contentLine(0);
    let first = true;
    while (ls < this.len) {
      if (this.isMarker(ls)) {
        if (t.charCodeAt(ls) === DOT) throw new Decline("document end marker");
        let q = ls + 3;
        while (t.charCodeAt(q) === SP) q++;
        const c = t.charCodeAt(q);
        if (q < this.len && c !== LF && !(c === HASH && q > ls + 3)) throw new Decline("content after ---");
        const body = this.contentLine(this.nextLine(q));
        if (body >= this.len || (this.indentAt(body) === 0 && this.isMarker(body))) {
          // An empty document: a null scalar where the marker's line goes on.
          roots.push(this.rec(KIND_SCALAR, ST_PLAIN, q, q));
          ls = body;
          first = false;
          continue;
        }
        ls = body;
      } else if (!first) {
        // Content after a document that no `---` separates from it.
        throw new Decline("content after the document");
      }
      first = false;
      const c = t.charCodeAt(ls + this.indentAt(ls));
      if (c === 37 /* % */) throw new Decline("directive");
      // Anchors are the document's own.
      this.anchors = null;
      this.aliased = 0;
      this.duplicates = null;
      roots.push(this.blockNode(ls, -1));
      if (this.duplicates !== null) (this.duplicateKeys ??= [])[roots.length - 1] = this.duplicates;
      this.nextItem();
      ls = this.pos;
      if (ls < this.len && !(this.indentAt(ls) === 0 && this.isMarker(ls))) throw new Decline("content after the document");
    }
    return roots;
  }

  // ---------------------------------------------------------------------------------------------
  // Block nodes

  /** The block node whose first line starts at `ls` (a content line), inside a parent at `parent`. */
  private blockNode(ls: number, parent: number): number {
    const t = this.text;
    const col = this.indentAt(ls);
    const c = ls + col;
    const ch = t.charCodeAt(c);
    if (ch === DASH && isWhiteOrEnd(t, c + 1, this.len)) return this.blockSeq(col, c);
    if (this.keyColon(c, false) !== -1) return this.blockMap(col, c);
    if (ch === LBRACK || ch === LBRACE) return this.flowInBlock(c, parent);
    if (parent < 0) throw new Decline("a scalar document");
    if (ch === SQ || ch === DQ) return this.quoted(c, parent, false, true);
    if (ch === 124 /* | */ || ch === 62 /* > */) throw new Decline("block scalar header on its own line");
    return this.plain(c, parent);
  }

  /**
   * When a block mapping key starts at `p`, the offset of its `:` indicator; else -1. A plain key
   * ends at `: ` (or `:` at the end of the line), a quoted one at its closing quote (single line).
   */
  private keyColon(p: number, flow: boolean): number {
    if (flow) return this.findKeyColon(p, true);
    if (p === this.kcP) return this.kcVal;
    const colon = this.findKeyColon(p, false);
    this.kcP = p;
    return (this.kcVal = colon);
  }

  private findKeyColon(p: number, flow: boolean): number {
    const t = this.text;
    const ch = t.charCodeAt(p);
    if (ch === SQ || ch === DQ) {
      const close = this.quotedEndOnLine(p);
      if (close === -1) return -1;
      let q = close;
      while (t.charCodeAt(q) === SP) q++;
      if (t.charCodeAt(q) !== COLON) return -1;
      return q;
    }
    if (!plainStart(t, p, this.len, flow)) return -1;
    const e = this.lineEnd(p);
    const first = this.nextColon(p + 1);
    if (first >= e) return -1;
    if (this.nextHash(p + 1) > first) {
      const n = t.charCodeAt(first + 1);
      if (first + 1 >= this.len || n === SP || n === LF) return first;
    }
    for (let i = p + 1; i < e; i++) {
      const c = t.charCodeAt(i);
      if (c === COLON) {
        const n = t.charCodeAt(i + 1);
        if (i + 1 >= this.len || n === SP || n === LF) return i;
      } else if (c === HASH && t.charCodeAt(i - 1) === SP) {
        return -1;
      }
    }
    return -1;
  }

  /** Offset after the closing quote of a quoted scalar that ends on the line it starts on, or -1. */
  private quotedEndOnLine(p: number): number {
    const simple = this.simpleQuotedEnd(p);
    return simple !== -1 ? simple : this.escapedQuotedEndOnLine(p);
  }

  /** `quotedEndOnLine` read character by character, for one `simpleQuotedEnd` gave no end for. */
  private escapedQuotedEndOnLine(p: number): number {
    const t = this.text;
    const q = t.charCodeAt(p);
    for (let i = p + 1; i < this.len; i++) {
      const c = t.charCodeAt(i);
      if (c === LF) return -1;
      if (q === SQ) {
        if (c === SQ) {
          if (t.charCodeAt(i + 1) === SQ) i++;
          else return i + 1;
        }
      } else if (c === BACKSLASH) {
        i++;
        if (t.charCodeAt(i) === LF) return -1;
      } else if (c === DQ) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * Offset after the closing quote of the quoted scalar at `p` when it has no escape (no backslash
   * in a double-quoted one, no doubled quote in a single-quoted one) and ends on its line; else -1.
   * Found with indexOf rather than character by character: JSON manifests quote every key and
   * most values.
   */
  private simpleQuotedEnd(p: number): number {
    const t = this.text;
    const single = t.charCodeAt(p) === SQ;
    const close = t.indexOf(single ? "'" : '"', p + 1);
    if (close === -1 || close > this.lineEnd(p)) return -1;
    if (single ? t.charCodeAt(close + 1) === SQ : this.nextBackslash(p + 1) < close) return -1;
    return close + 1;
  }

  private enter(): void {
    if (++this.depth > FAST_MAX_DEPTH) throw new Decline("deep nesting");
  }

  /** A block mapping at column `col` whose first key starts at `k` (mid-line after `- ` too). */
  private blockMap(col: number, k: number): number {
    this.enter();
    const t = this.text;
    const m = this.open(KIND_MAP, k);
    let count = 0;
    const keys = this.keys.open();
    for (;;) {
      const colon = this.keyColon(k, false);
      if (colon === -1) throw new Decline("not a mapping key");
      if (colon - k > MAX_KEY_LENGTH) throw new Decline("long key");
      this.key(k, colon, keys);
      this.mapValue(col, colon + 1);
      if (this.lastKind !== LAST_COLLECTION) this.gap(col);
      count++;
      const ls = this.pos;
      if (ls >= this.len) break;
      const ind = this.indentAt(ls);
      if (ind < col || (ind === 0 && this.isMarker(ls))) break;
      if (ind > col) throw new Decline("bad indentation in a mapping");
      this.nextItem();
      k = ls + ind;
      const ch = t.charCodeAt(k);
      if (ch === DASH && isWhiteOrEnd(t, k + 1, this.len)) throw new Decline("sequence item among mapping keys");
    }
    this.keys.close(keys);
    this.closeBlock(m, KIND_MAP, count, col);
    return m;
  }

  /**
   * The blank and comment lines between the last value parsed (in a block collection at column
   * `col`) and the next line with content, as the `yaml` package attributes them: comment lines
   * indented past `col` that directly follow a scalar or flow collection belong to it (its end
   * extends over them); the rest, from the first comment line that is not indented past `col`, go
   * to the end of the innermost collection that the next content line closes and that is indented
   * no deeper than some of them (`closeBlock`). Only the ends of collections depend on this.
   */
  private gap(col: number): void {
    const t = this.text;
    let ls = this.gapStart;
    let attach = this.lastKind === LAST_SCALAR;
    let comments = false;
    let maxIndent = -1;
    while (ls < this.pos) {
      const ind = this.indentAt(ls);
      const c = ls + ind;
      const next = this.nextLine(c);
      if (c < this.len && t.charCodeAt(c) !== LF) {
        if (attach && ind > col) {
          this.endMark = next;
        } else {
          attach = false;
          comments = true;
          if (ind > maxIndent) maxIndent = ind;
        }
      }
      ls = next;
    }
    if (this.lastKind === LAST_EMPTY) {
      // An empty value takes every line up to the next content (and its indentation) as its
      // properties; its end goes over them when they hold a comment, on its line or after it.
      if (comments || this.emptyComment) this.emptyEnd = this.pos < this.len ? this.pos + this.indentAt(this.pos) : this.len;
      return;
    }
    if (!comments) return;
    this.pendingIndent = maxIndent;
    this.pendingEnd = this.pos < this.len ? this.pos + this.indentAt(this.pos) : this.len;
  }

  /** The next content line is the next item of the collection: the lines before it are its own. */
  private nextItem(): void {
    this.pendingEnd = -1;
    this.emptyEnd = -1;
  }

  /** Close the block collection at record `r`, at column `col`, that the next content line ends. */
  private closeBlock(r: number, kind: number, count: number, col: number): void {
    // The span ends with the last value; what the parent sees as this node's end may go further.
    if (this.emptyEnd !== -1) {
      this.endMark = this.emptyEnd;
      this.emptyEnd = -1;
    }
    const spanEnd = this.endMark;
    if (this.pendingEnd !== -1 && col !== 0 && this.pendingIndent >= col) {
      this.endMark = this.pendingEnd;
      this.pendingEnd = -1;
    }
    this.close(r, kind, count, spanEnd);
    this.depth--;
    this.lastKind = LAST_COLLECTION;
  }

  /** The key record for the key from `k` to the `:` at `colon` (`simple`: `simpleQuotedEnd(k)` when the caller knows it). */
  private key(k: number, colon: number, keys: number, simple?: number): void {
    const t = this.text;
    const ch = t.charCodeAt(k);
    let end: number;
    let style: number;
    let id: string;
    if (ch === SQ || ch === DQ) {
      style = ch === SQ ? ST_SINGLE : ST_DOUBLE;
      end = simple ?? this.simpleQuotedEnd(k);
      if (end !== -1) {
        // No escape: its identity is the text between the quotes, compared where it is.
        if (t.charCodeAt(k + 1) === 0) throw new Decline("key starting with a NUL");
        if (end - k === 4 && t.charCodeAt(k + 1) === 60 && t.charCodeAt(k + 2) === 60) throw new Decline("merge key");
        if (!this.keys.addText(keys, k + 1, end - 1)) this.duplicate(k);
        this.rec(KIND_KEY, style, k, end);
        return;
      }
      end = this.escapedQuotedEndOnLine(k);
      if (style === ST_DOUBLE) for (let i = k + 1; i < end - 1; i++) if (t.charCodeAt(i) === BACKSLASH) i += escapeLength(t, i) - 1;
      const v = scalarValue(t, style, k, end);
      if (typeof v !== "string") throw new Decline("bad quoted key");
      // Other keys' identities start with a NUL (below): a string key that does could be taken for one.
      if (v.charCodeAt(0) === 0) throw new Decline("key starting with a NUL");
      id = v;
    } else {
      end = colon;
      while (t.charCodeAt(end - 1) === SP) end--;
      style = ST_PLAIN;
      if (plainIsText(t, k, end)) {
        // Most keys: their identity is their text, compared where it is (not copied out).
        if (end - k === 2 && ch === 60 && t.charCodeAt(k + 1) === 60) throw new Decline("merge key");
        if (!this.keys.addText(keys, k, end)) this.duplicate(k);
        this.rec(KIND_KEY, style, k, end);
        return;
      }
      const v = resolvePlain(t.slice(k, end));
      id = typeof v === "string" ? v : `\u0000${typeof v}:${String(v)}`;
    }
    // The precise path merges under any key written `<<`.
    if (id === "<<") throw new Decline("merge key");
    if (!this.keys.add(keys, id)) this.duplicate(k);
    this.rec(KIND_KEY, style, k, end);
  }

  /**
   * A key its mapping holds already, at `k`: the document is read on to its end (anything else the
   * scanner declines still declines the file), then given no root and a problem at each such key,
   * as the precise reader does (load/parse.ts `Converter`). kubectl refuses such a file.
   */
  private duplicate(k: number): void {
    (this.duplicates ??= []).push(k);
  }

  /** The value after a mapping key's `:` (at `after - 1`), in a mapping at column `col`. */
  private mapValue(col: number, after: number): void {
    const t = this.text;
    let q = after;
    while (t.charCodeAt(q) === SP) q++;
    if (t.charCodeAt(q) === AMP) {
      const { anchor, node } = this.openAnchor(q);
      this.mapValue(col, node);
      this.closeAnchor(anchor);
      return;
    }
    const ch = t.charCodeAt(q);
    if (q >= this.len || ch === LF || ch === HASH) {
      const next = this.nextLine(q);
      const ls = this.contentLine(next);
      if (ls < this.len) {
        const ind = this.indentAt(ls);
        if (!(ind === 0 && this.isMarker(ls))) {
          if (ind > col) {
            this.blockNode(ls, col);
            return;
          }
          if (ind === col && t.charCodeAt(ls + ind) === DASH && isWhiteOrEnd(t, ls + ind + 1, this.len)) {
            this.blockSeq(col, ls + ind);
            return;
          }
        }
      }
      this.emptyScalar(q, next, ls, false);
      return;
    }
    this.inline(q, col, false);
  }

  /** A null scalar for an empty value: the `yaml` package puts it after the indicator and its spaces. */
  private emptyScalar(q: number, lineNext: number, nextContent: number, commentBefore: boolean): void {
    this.rec(KIND_SCALAR, ST_PLAIN, q, q);
    this.emptyComment = commentBefore || this.text.charCodeAt(q) === HASH;
    this.endMark = q;
    this.gapStart = lineNext;
    this.lastKind = LAST_EMPTY;
    this.pos = nextContent;
  }

  /** A node that starts on the line of its key or `- ` indicator, at `q`. */
  private inline(q: number, parent: number, inSeq: boolean): void {
    const t = this.text;
    const ch = t.charCodeAt(q);
    switch (ch) {
      case SQ:
      case DQ:
        this.quoted(q, parent, false, true);
        return;
      case LBRACK:
      case LBRACE:
        this.flowInBlock(q, parent);
        return;
      case 124: // |
      case 62: // >
        this.blockScalar(q, parent);
        return;
      case DASH:
        if (isWhiteOrEnd(t, q + 1, this.len)) throw new Decline(inSeq ? "compact nested sequence" : "sequence after a key");
        break;
      case STAR:
        this.alias(q);
        return;
    }
    this.plain(q, parent);
  }

  /**
   * The name of the anchor whose `&` is at `q`, which must be followed by a space or the line's
   * end. The node after it starts past the spaces, as the `yaml` package places it.
   */
  private anchorName(q: number): string {
    const t = this.text;
    let e = q + 1;
    for (let c = t.charCodeAt(e); e < this.len && c !== SP && c !== LF; c = t.charCodeAt(++e)) {
      if (c === COMMA || c === LBRACK || c === RBRACK || c === LBRACE || c === RBRACE) throw new Decline("a flow indicator in an anchor");
    }
    if (e === q + 1) throw new Decline("an empty anchor");
    return t.slice(q + 1, e);
  }

  /**
   * The anchor whose `&` is at `q`, named where its node starts (a later anchor of the name inside
   * the node takes the name over), and where the node starts, past the spaces.
   */
  private openAnchor(q: number): { anchor: [number, number]; node: number } {
    const t = this.text;
    const name = this.anchorName(q);
    const anchor: [number, number] = [this.n, OPEN];
    (this.anchors ??= new Map()).set(name, anchor);
    let v = q + 1 + name.length;
    while (t.charCodeAt(v) === SP) v++;
    if (t.charCodeAt(v) === AMP || t.charCodeAt(v) === STAR) throw new Decline("an anchor on an anchor or an alias");
    return { anchor, node: v };
  }

  /** The anchored node has been read: its records end here. */
  private closeAnchor(anchor: [number, number]): void {
    if (this.lastKind === LAST_EMPTY) throw new Decline("an anchor on an empty value");
    anchor[1] = this.n;
  }

  /**
   * An alias at `q`, alone on its line but for a comment: the node of its anchor again. The
   * `yaml` package makes both one node (the anchor's span); here its records are copied.
   */
  private alias(q: number): void {
    const t = this.text;
    const name = this.anchorName(q);
    let p = q + 1 + name.length;
    while (t.charCodeAt(p) === SP) p++;
    // The name ends at a space or the line's end: a `#` here follows a space, a comment.
    if (p < this.len && t.charCodeAt(p) !== LF && t.charCodeAt(p) !== HASH) throw new Decline("content after an alias");
    const at = this.anchors?.get(name);
    if (at === undefined) throw new Decline("an alias without an anchor before it");
    const [from, to] = at;
    if (to === OPEN) throw new Decline("an alias inside its anchor's node");
    if ((this.aliased += to - from) > MAX_ALIASED) throw new Decline("many aliased nodes");
    this.copy(from, to);
    const e = this.lineEnd(p);
    this.endMark = this.gapStart = e < this.len ? e + 1 : this.len;
    this.lastKind = LAST_SCALAR;
    this.pos = this.contentLine(this.endMark);
  }

  /** The records [from, to) again after the last: the offsets after a collection moved with them. */
  private copy(from: number, to: number): void {
    const n = to - from;
    const t = this.room(n);
    const at = this.n;
    t.copyWithin(at, from, to);
    shiftAfters(t, at, at + n, at - from);
    this.n = at + n;
  }

  /** A block sequence at column `col`, its first `-` at `d`. */
  private blockSeq(col: number, d: number): number {
    this.enter();
    const t = this.text;
    const s = this.open(KIND_SEQ, d);
    let count = 0;
    // Comment lines before an item's `-` are part of it: an empty item ends after them.
    let commentBefore = false;
    for (;;) {
      let q = d + 1;
      while (t.charCodeAt(q) === SP) q++;
      let anchor: [number, number] | null = null;
      if (t.charCodeAt(q) === AMP) {
        const opened = this.openAnchor(q);
        anchor = opened.anchor;
        q = opened.node;
        // `- &a key: v` anchors the key, which the fast reader does not take; so does `- &a - x`.
        const c = t.charCodeAt(q);
        if (q < this.len && c !== LF && c !== HASH && ((c === DASH && isWhiteOrEnd(t, q + 1, this.len)) || this.keyColon(q, false) !== -1)) throw new Decline("an anchor on a key");
      }
      const ch = t.charCodeAt(q);
      if (q >= this.len || ch === LF || ch === HASH) {
        const next = this.nextLine(q);
        const ls = this.contentLine(next);
        let done = false;
        if (ls < this.len) {
          const ind = this.indentAt(ls);
          if (ind > col && !(ind === 0 && this.isMarker(ls))) {
            this.blockNode(ls, col);
            done = true;
          }
        }
        if (!done) this.emptyScalar(q, next, ls, commentBefore);
      } else if (ch === DASH && isWhiteOrEnd(t, q + 1, this.len)) {
        // A compact sequence: `- - item`, further items aligned under the first (Cluster API's `mounts`).
        this.blockSeq(col + (q - d), q);
      } else if (this.keyColon(q, false) !== -1) {
        // A compact mapping: `- key: value`, further keys aligned under the first.
        this.blockMap(col + (q - d), q); // `d`, the `-`, is at column `col`
      } else {
        this.inline(q, col, true);
      }
      if (anchor !== null) this.closeAnchor(anchor);
      if (this.lastKind !== LAST_COLLECTION) this.gap(col);
      count++;
      const ls = this.pos;
      if (ls >= this.len) break;
      const ind = this.indentAt(ls);
      if (ind < col || (ind === 0 && this.isMarker(ls))) break;
      if (ind > col) throw new Decline("bad indentation in a sequence");
      d = ls + ind;
      if (!(t.charCodeAt(d) === DASH && isWhiteOrEnd(t, d + 1, this.len))) break;
      commentBefore = this.pendingEnd !== -1;
      this.nextItem();
    }
    this.closeBlock(s, KIND_SEQ, count, col);
    return s;
  }

  // ---------------------------------------------------------------------------------------------
  // Scalars in block context

  /** A plain scalar at `p` in block context; continuation lines must be indented past `parent`. */
  private plain(p: number, parent: number): number {
    const t = this.text;
    if (!plainStart(t, p, this.len, false)) throw new Decline("not a plain scalar");
    const e = this.lineEnd(p);
    let end = this.plainLineEnd(p, e);
    let comment = end < 0;
    if (comment) end = -end;
    let lastLineEnd = e;
    let multi = false;
    if (!comment) {
      let ls = e + 1;
      while (ls < this.len) {
        const ind = this.indentAt(ls);
        const c = ls + ind;
        const ch = t.charCodeAt(c);
        if (c >= this.len || ch === LF) {
          ls = this.nextLine(c);
          continue;
        }
        if (ch === HASH || ind <= parent) break;
        if (ind === 0 && this.isMarker(ls)) break;
        const le = this.lineEnd(c);
        let ce = this.plainLineEnd(c, le);
        if (ce < 0) {
          comment = true;
          ce = -ce;
        }
        end = ce;
        lastLineEnd = le;
        multi = true;
        if (comment) break;
        ls = le + 1;
      }
    }
    const r = this.rec(KIND_SCALAR, ST_PLAIN, p, end);
    if (multi && t.slice(p, end).indexOf(": ") !== -1) throw new Decline("mapping in a plain scalar");
    this.endMark = this.gapStart = lastLineEnd < this.len ? lastLineEnd + 1 : this.len;
    this.lastKind = LAST_SCALAR;
    this.pos = this.contentLine(this.endMark);
    return r;
  }

  /**
   * End of a plain scalar's content on the line [p, e): before trailing spaces and any comment.
   * Negative (minus the end) when a comment follows. Declines `: ` inside (a mapping).
   */
  private plainLineEnd(p: number, e: number): number {
    const t = this.text;
    let end = p;
    if (this.nextColon(p) >= e && this.nextHash(p) >= e) {
      // Most values: no `:` or `#` on the line, so the content goes to the line's trailing spaces.
      end = e;
      while (end > p && t.charCodeAt(end - 1) === SP) end--;
      return end;
    }
    for (let i = p; i < e; i++) {
      const c = t.charCodeAt(i);
      if (c === SP) {
        if (t.charCodeAt(i + 1) === HASH) return -end;
        continue;
      }
      if (c === COLON && (i + 1 >= e || t.charCodeAt(i + 1) === SP)) throw new Decline("mapping indicator in a plain scalar");
      end = i + 1;
    }
    return end;
  }

  /**
   * A quoted scalar at `p`. In block context, its continuation lines must be indented past
   * `parent`; after it, the rest of the line must be blank (when `block`).
   */
  private quoted(p: number, parent: number, flow: boolean, block: boolean): number {
    const t = this.text;
    const q = t.charCodeAt(p);
    // One that ends on its line with no escape, found at once; any other read character by character.
    let end = this.simpleQuotedEnd(p);
    let lines = 0;
    if (end === -1) {
      let i = p + 1;
      for (;;) {
        if (i >= this.len) throw new Decline("unterminated quoted scalar");
        const c = t.charCodeAt(i);
        if (c === LF) {
          lines++;
          const ls = i + 1;
          const ind = this.indentAt(ls);
          const fc = t.charCodeAt(ls + ind);
          if (ls + ind < this.len && fc !== LF && ind <= parent) throw new Decline("quoted scalar continuation not indented");
          if (ind === 0 && this.isMarker(ls)) throw new Decline("document marker in a quoted scalar");
          i = ls;
          continue;
        }
        if (q === SQ) {
          if (c === SQ) {
            if (t.charCodeAt(i + 1) === SQ) {
              i += 2;
              continue;
            }
            break;
          }
        } else if (c === BACKSLASH) {
          i += escapeLength(t, i);
          continue;
        } else if (c === DQ) {
          break;
        }
        i++;
      }
      end = i + 1;
    }
    if (lines > 0 && flow) throw new Decline("multi-line quoted scalar in a flow collection");
    const r = this.rec(KIND_SCALAR, q === SQ ? ST_SINGLE : ST_DOUBLE, p, end);
    if (block) {
      this.endMark = this.gapStart = this.restOfLine(end, "a quoted scalar");
      this.lastKind = LAST_SCALAR;
      this.pos = this.contentLine(this.endMark);
    } else {
      this.pos = end;
    }
    return r;
  }

  /** A literal or folded block scalar whose header starts at `h`, under a parent at `parent`. */
  private blockScalar(h: number, parent: number): number {
    const t = this.text;
    const mode = t.charCodeAt(h);
    let i = h + 1;
    let keep = false;
    const c1 = t.charCodeAt(i);
    if (c1 === DASH || c1 === 43 /* + */) {
      keep = c1 === 43;
      i++;
    }
    const c2 = t.charCodeAt(i);
    if (c2 >= 48 && c2 <= 57) throw new Decline("block scalar indentation indicator");
    const headerEnd = this.restOfLine(i, "a block scalar header");
    // The first line with content sets the indentation; leading blank lines may not be longer.
    let ls = headerEnd;
    let maxBlank = 0;
    let indent = -1;
    while (ls < this.len) {
      const ind = this.indentAt(ls);
      const c = ls + ind;
      if (c >= this.len) break;
      if (t.charCodeAt(c) === LF) {
        if (ind > maxBlank) maxBlank = ind;
        ls = c + 1;
        continue;
      }
      indent = ind;
      break;
    }
    if (indent <= parent || indent < 0) throw new Decline("empty block scalar");
    if (maxBlank > indent) throw new Decline("more-indented leading blank line");
    // Content lines: blank, or indented at least `indent`; a document marker ends them.
    let lastContent = ls; // start of the last line with content (or more-indented spaces)
    let after = ls; // after the last line of the scalar
    while (ls < this.len) {
      const ind = this.indentAt(ls);
      const c = ls + ind;
      const blank = c >= this.len || t.charCodeAt(c) === LF;
      // Spaces ending the text without a line break belong to the scalar only if indented enough.
      if ((!blank || c >= this.len) && ind < indent) break;
      if (ind === 0 && !blank && this.isMarker(ls)) break;
      const next = this.nextLine(c);
      // A line of spaces only, longer than the indentation, is content (spaces); shorter, blank.
      if (!blank || ind > indent) lastContent = ls;
      after = next;
      ls = next;
    }
    const end = keep ? after : this.nextLine(lastContent);
    const r = this.rec(KIND_SCALAR, mode === 124 ? ST_LITERAL : ST_FOLDED, h, end);
    this.endMark = end;
    this.gapStart = after;
    this.lastKind = LAST_BLOCK_SCALAR;
    this.pos = this.contentLine(after);
    return r;
  }

  // ---------------------------------------------------------------------------------------------
  // Flow collections

  /** A flow collection at `p` in block context: continuation lines indented past `parent`. */
  private flowInBlock(p: number, parent: number): number {
    const r = this.flow(p, parent, true);
    const t = this.text;
    let q = this.pos;
    while (t.charCodeAt(q) === SP) q++;
    if (t.charCodeAt(q) === COLON) throw new Decline("flow collection as a key");
    this.endMark = this.gapStart = this.restOfLine(this.pos, "a flow collection");
    this.lastKind = LAST_SCALAR;
    this.pos = this.contentLine(this.endMark);
    return r;
  }

  /** Skip spaces and line breaks inside a flow collection; checks the indentation of new lines. */
  private flowSpace(p: number, parent: number): number {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === SP) {
        p++;
      } else if (c === TAB) {
        // Counted once, though the same white space may be skipped twice (after a plain scalar).
        if (p > this.tabAt) {
          this.tabs++;
          this.tabAt = p;
        }
        p++;
      } else if (c === LF) {
        const ls = p + 1;
        const ind = this.indentAt(ls);
        const fc = t.charCodeAt(ls + ind);
        if (ls + ind < this.len && fc !== LF) {
          if (ind === 0 && this.isMarker(ls)) throw new Decline("document marker in a flow collection");
          // The closing bracket of the outermost collection may sit at the parent's indentation.
          const closing = (fc === RBRACK || fc === RBRACE) && this.depth === this.flowBase + 1 && ind === parent;
          if (ind <= parent && !closing) throw new Decline("flow collection not indented");
        }
        p = ls + ind;
      } else if (c === HASH) {
        // A comment, when white space separates it from what is before it (`"a",  # note`, or on
        // a line of its own): to its line's end. Its line's indentation was checked as any other's.
        const b = t.charCodeAt(p - 1);
        if (b !== SP && b !== LF && b !== TAB) throw new Decline("comment not separated in a flow collection");
        p = this.lineEnd(p);
      } else {
        return p;
      }
    }
  }

  /** Depth at which the outermost flow collection being read started. */
  private flowBase = 0;

  private flow(p: number, parent: number, outermost: boolean): number {
    if (outermost) this.flowBase = this.depth;
    this.enter();
    const t = this.text;
    const isMap = t.charCodeAt(p) === LBRACE;
    const close = isMap ? RBRACE : RBRACK;
    const r = this.open(isMap ? KIND_MAP : KIND_SEQ, p);
    const keys = isMap ? this.keys.open() : -1;
    let count = 0;
    let q = this.flowSpace(p + 1, parent);
    if (t.charCodeAt(q) === close) {
      q++;
    } else {
      for (;;) {
        if (isMap) {
          // flowKey returns at the value, past the white space after the `:`.
          q = this.flowItem(this.flowKey(q, parent, keys), parent);
        } else {
          q = this.flowItem(q, parent);
          q = this.flowSpace(q, parent);
          if (t.charCodeAt(q) === COLON) throw new Decline("pair in a flow sequence");
        }
        count++;
        q = this.flowSpace(q, parent);
        const c = t.charCodeAt(q);
        if (c === COMMA) {
          q = this.flowSpace(q + 1, parent);
          if (t.charCodeAt(q) === COMMA) throw new Decline("empty flow entry");
          // A comma after the last entry (`verbs: ["get", "list",]`), which YAML allows.
          if (t.charCodeAt(q) === close) {
            q++;
            break;
          }
          continue;
        }
        if (c === close) {
          q++;
          break;
        }
        throw new Decline("unexpected character in a flow collection");
      }
    }
    if (isMap) this.keys.close(keys);
    this.close(r, isMap ? KIND_MAP : KIND_SEQ, count, q);
    this.depth--;
    this.pos = q;
    return r;
  }

  /** A flow mapping key at `q` and its `:`; returns the offset after the `:`. */
  private flowKey(q: number, parent: number, keys: number): number {
    const t = this.text;
    const ch = t.charCodeAt(q);
    let end: number;
    let colon: number;
    let simple: number | undefined;
    if (ch === SQ || ch === DQ) {
      simple = this.simpleQuotedEnd(q);
      end = simple !== -1 ? simple : this.escapedQuotedEndOnLine(q);
      if (end === -1) throw new Decline("flow key over several lines");
      colon = end;
      while (t.charCodeAt(colon) === SP) colon++;
      if (t.charCodeAt(colon) !== COLON) throw new Decline("flow key without a value");
    } else {
      if (!plainStart(t, q, this.len, true)) throw new Decline("bad flow key");
      end = this.flowPlainEnd(q);
      colon = end;
      while (t.charCodeAt(colon) === SP) colon++;
      if (t.charCodeAt(colon) !== COLON || !isWhiteOrEnd(t, colon + 1, this.len)) throw new Decline("flow key without a value");
    }
    if (colon - q > MAX_KEY_LENGTH) throw new Decline("long key");
    this.key(q, colon, keys, simple);
    const v = this.flowSpace(colon + 1, parent);
    const c = t.charCodeAt(v);
    if (c === COMMA || c === RBRACE || c === RBRACK) throw new Decline("empty flow value");
    return v;
  }

  /** One flow node at `q`; returns the offset after it. */
  private flowItem(q: number, parent: number): number {
    const t = this.text;
    const ch = t.charCodeAt(q);
    if (ch === LBRACK || ch === LBRACE) {
      this.flow(q, parent, false);
      return this.pos;
    }
    if (ch === SQ || ch === DQ) {
      this.quoted(q, parent, true, false);
      return this.pos;
    }
    if (!plainStart(t, q, this.len, true)) throw new Decline("bad flow scalar");
    const end = this.flowPlainEnd(q);
    this.rec(KIND_SCALAR, ST_PLAIN, q, end);
    // A plain scalar that goes on over a line break (its next token is no flow indicator).
    let n = end;
    while (t.charCodeAt(n) === SP) n++;
    if (t.charCodeAt(n) === LF) {
      n = this.flowSpace(n, parent);
      const c = t.charCodeAt(n);
      if (c !== COMMA && c !== RBRACK && c !== RBRACE) throw new Decline("multi-line plain scalar in a flow collection");
    }
    return end;
  }

  /** End of a plain scalar in flow context on its line (before trailing spaces). */
  private flowPlainEnd(q: number): number {
    const t = this.text;
    let end = q;
    for (let i = q; i < this.len; i++) {
      const c = t.charCodeAt(i);
      if (c === LF || c === COMMA || c === LBRACK || c === RBRACK || c === LBRACE || c === RBRACE) break;
      if (c === SP) {
        if (t.charCodeAt(i + 1) === HASH) throw new Decline("comment in a flow collection");
        continue;
      }
      if (c === COLON) {
        const n = t.charCodeAt(i + 1);
        if (i + 1 >= this.len || n === SP || n === LF || n === COMMA || n === LBRACK || n === RBRACK || n === LBRACE || n === RBRACE) break;
      }
      end = i + 1;
    }
    return end;
  }
}

/**
 * Keys seen in the mappings being read, by the identity the precise path's duplicate check uses.
 * One stack per file, not a list per mapping: a mapping's keys are the stack from its `base` (what
 * `open` gave it) up, and a nested mapping's keys go above them until it is closed. A key is its
 * identity string, or (`ids[i]` null) the text from `starts[i]` to `ends[i]`, when that is its
 * identity. A mapping with more than 16 keys moves to a set of its own.
 */
class KeyStack {
  private readonly ids: (string | null)[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private n = 0;
  private big: Map<number, Set<string>> | null = null;
  private text = "";

  /** Empty, for the keys of `text`. */
  reset(text: string): this {
    this.text = text;
    this.n = 0;
    this.big = null;
    return this;
  }

  /** A new mapping's base. */
  open(): number {
    return this.n;
  }

  /** Record `id` in the mapping at `base`; false when it holds it already. */
  add(base: number, id: string): boolean {
    const n = this.n;
    if (n - base >= 16) return this.addBig(base, id);
    const { ids, starts, ends, text } = this;
    for (let i = base; i < n; i++) {
      const other = ids[i];
      if (other === id) return false;
      if (other === null) {
        const s = starts[i] as number;
        if ((ends[i] as number) - s === id.length && text.startsWith(id, s)) return false;
      }
    }
    ids[n] = id;
    starts[n] = 0;
    ends[n] = 0;
    this.n = n + 1;
    return true;
  }

  /** Record the key whose identity is the text from `start` to `end`; false when it is there. */
  addText(base: number, start: number, end: number): boolean {
    const n = this.n;
    if (n - base >= 16) return this.addBig(base, this.text.slice(start, end));
    const { ids, starts, ends, text } = this;
    const len = end - start;
    for (let i = base; i < n; i++) {
      const other = ids[i];
      if (other === null) {
        const s = starts[i] as number;
        if ((ends[i] as number) - s === len && sameText(text, s, start, len)) return false;
      } else if (other !== undefined && other.length === len && text.startsWith(other, start)) {
        return false;
      }
    }
    ids[n] = null;
    starts[n] = start;
    ends[n] = end;
    this.n = n + 1;
    return true;
  }

  private addBig(base: number, id: string): boolean {
    const big = (this.big ??= new Map());
    let set = big.get(base);
    if (!set) {
      set = new Set();
      for (let i = base; i < this.n; i++) set.add(this.ids[i] ?? this.text.slice(this.starts[i], this.ends[i]));
      big.set(base, set);
    }
    if (set.has(id)) return false;
    set.add(id);
    return true;
  }

  /** The mapping at `base` is read: drop its keys. */
  close(base: number): void {
    this.n = base;
    if (this.big !== null) this.big.delete(base);
  }
}

/** The `len` characters of `t` at `a` and at `b` are the same. */
function sameText(t: string, a: number, b: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (t.charCodeAt(a + i) !== t.charCodeAt(b + i)) return false;
  return true;
}

const isWhite = (c: number): boolean => c === SP || c === LF || Number.isNaN(c);
const isWhiteOrEnd = (t: string, i: number, len: number): boolean => i >= len || isWhite(t.charCodeAt(i));

/** A table of ASCII characters: 1 for those in `chars`. */
function asciiTable(chars: readonly number[]): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of chars) table[c] = 1;
  return table;
}

/** `-?:,[]{}#&*!|>'"%@` and backquote: characters a plain scalar may not start with. */
const INDICATORS = asciiTable([45, 63, 58, 44, 91, 93, 123, 125, 35, 38, 42, 33, 124, 62, 39, 34, 37, 64, 96]);
const FLOW_INDICATORS = asciiTable([COMMA, LBRACK, RBRACK, LBRACE, RBRACE]);
/** Single-character escapes of double-quoted scalars (after the backslash). */
const ESCAPES = new Set([..."0abefnrtvN_LP \"/\\"].map((c) => c.charCodeAt(0)));

/** Length of the escape sequence at `i` (a backslash) in a double-quoted scalar; declines bad ones. */
function escapeLength(t: string, i: number): number {
  const n = t.charCodeAt(i + 1);
  if (n === 120 /* x */ || n === 117 /* u */ || n === 85 /* U */) {
    const len = n === 120 ? 2 : n === 117 ? 4 : 8;
    const hex = t.slice(i + 2, i + 2 + len);
    if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex) || parseInt(hex, 16) > 0x10ffff) throw new Decline("bad escape");
    return 2 + len;
  }
  if (!ESCAPES.has(n) && n !== LF) throw new Decline("bad escape");
  return 2;
}

/** A plain scalar may start at `p`: no indicator, or `-`, `?`, `:` before a safe character. */
function plainStart(t: string, p: number, len: number, flow: boolean): boolean {
  if (p >= len) return false;
  const c = t.charCodeAt(p);
  if (c === SP || c === LF) return false;
  if (c >= 128 || INDICATORS[c] === 0) return true;
  if (c !== DASH && c !== 63 && c !== COLON) return false;
  const n = t.charCodeAt(p + 1);
  if (p + 1 >= len || n === SP || n === LF) return false;
  return !(flow && n < 128 && FLOW_INDICATORS[n] === 1);
}
