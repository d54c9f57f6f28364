import { type FastTree } from "./tape.js";
/**
 * Records are written into one growing buffer, and copied out at their exact size per file. A
 * reader keeps one for all the files it reads (`manifestReader`), so that each file costs one
 * allocation of its own size.
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
 * reader's table of key strings, shared by the trees it makes.
 */
export declare function scan(path: string, text: string, scratch?: Scratch, keys?: Map<string, string>): FastTree | Decline;
