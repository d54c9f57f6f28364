import { type FastTree, type Slabs } from "./tape.js";
/**
 * Records are written into one growing buffer, then copied into the reader's slab (`settle`). A
 * reader keeps one for all the files it reads (`manifestReader`).
 */
export interface Scratch {
    buffer: Int32Array;
}
export declare const newScratch: () => Scratch;
/** Why the scanner declined a text. */
export declare class Decline {
    readonly reason: string;
    constructor(reason: string);
}
/**
 * Scan `text` into a node tape, or say why the fast path declines it. Never throws. `keys` is the
 * reader's table of key strings, shared by the trees it makes. `plain`: the text is known to hold
 * only line feeds and printable ASCII, so none of `DECLINED_CHARS` (`plainAscii` in load/files.ts).
 */
export declare function scan(path: string, text: string, scratch?: Scratch, keys?: Map<string, string>, slabs?: Slabs, plain?: boolean): FastTree | Decline;
