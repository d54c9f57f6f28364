import { type FastTree, type Slabs } from "./tape.js";
/**
 * What a text is known to be from its bytes as they were read (`textKind` in load/read.ts): anything
 * (`OTHER`); only line feeds and printable ASCII (`PLAIN`), so none of `DECLINED_CHARS`; or the
 * same with carriage returns, each before a line feed (`CRLF`: a checkout on Windows), read with
 * LF ends and nothing else to search for. For PLAIN and CRLF bytes, Latin-1 and UTF-8 decode alike.
 */
export type TextKind = typeof OTHER | typeof PLAIN | typeof CRLF;
export declare const OTHER = 0;
export declare const PLAIN = 1;
export declare const CRLF = 2;
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
export declare const newScratch: () => Scratch;
/** Why the scanner declined a text. */
export declare class Decline {
    readonly reason: string;
    constructor(reason: string);
}
/**
 * Scan `text` into a node tape, or say why the fast path declines it. Never throws. `keys` is the
 * reader's table of key strings, shared by the trees it makes. `kind`: what the text is known to
 * hold (`TextKind`).
 */
export declare function scan(path: string, text: string, scratch?: Scratch, keys?: Map<string, string>, slabs?: Slabs, kind?: TextKind, lf?: LineFeeds): FastTree | Decline;
/**
 * Keys seen in the mappings being read, by the identity the precise path's duplicate check uses.
 * One stack per file, not a list per mapping: a mapping's keys are the stack from its `base` (what
 * `open` gave it) up, and a nested mapping's keys go above them until it is closed. A key is its
 * identity string, or (`ids[i]` null) the text from `starts[i]` to `ends[i]`, when that is its
 * identity. A mapping with more than 16 keys moves to a set of its own.
 */
declare class KeyStack {
    private readonly ids;
    private readonly starts;
    private readonly ends;
    private n;
    private big;
    private text;
    /** Empty, for the keys of `text`. */
    reset(text: string): this;
    /** A new mapping's base. */
    open(): number;
    /** Record `id` in the mapping at `base`; false when it holds it already. */
    add(base: number, id: string): boolean;
    /** Record the key whose identity is the text from `start` to `end`; false when it is there. */
    addText(base: number, start: number, end: number): boolean;
    private addBig;
    /** The mapping at `base` is read: drop its keys. */
    close(base: number): void;
}
export {};
