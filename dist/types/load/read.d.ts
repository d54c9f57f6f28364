import { type TextKind } from "./fast/scanner.js";
/**
 * Reading a regular file's bytes and telling plain ASCII from them: what `files.ts` does for each
 * file, and what the threads that read beside the main one do (`read-worker.ts`), which load this
 * and the fast reader's scanner, nothing else.
 */
/**
 * Files larger than this are not read. Reading costs about 20 bytes of memory per byte of dense
 * YAML, so this keeps one file well inside Node's default heap; it also bounds what is read from a
 * device or pipe named on the command line (`/dev/zero` never ends).
 */
export declare const MAX_FILE_BYTES: number;
/** Thrown by the reads below for a file past MAX_FILE_BYTES. */
export declare class TooLarge extends Error {
}
/**
 * A regular file's bytes, read synchronously: for thousands of small manifests the promise API's
 * round trips cost several times the reading (docs/performance.md). Null for anything else
 * (missing, a directory, a pipe or a device: `readAnyFile` reads those, and reports errors).
 * With `transient`, the bytes are in the shared scratch buffer: valid until the next read;
 * `listed`, a folder's listing gave the file as a regular file (`readListed`).
 */
export declare function readRegularFile(abs: string, transient?: boolean, listed?: boolean): Uint8Array | null;
/**
 * What the bytes are (`TextKind`: plain ASCII, the same with CRLF ends, or other). Told four
 * bytes at a time after `isAscii` (native): about half of what searching the text with the fast
 * reader's regular expression costs (docs/performance.md); a word holding another byte (a
 * carriage return, in a CRLF file) is looked at byte by byte.
 */
export declare function textKind(b: Uint8Array): TextKind;
/**
 * Copies CRLF files' bytes (`textKind`) into a buffer without their carriage returns, for the
 * text the fast reader scans (`LineFeeds` in load/fast/scanner.ts). Four bytes at a time where no
 * return is among them.
 */
export declare class ReturnsDropped {
    private view;
    private buffer;
    /** Where the dropped returns' line feeds are in the copy being made. */
    private returns;
    private count;
    constructor(size?: number);
    /** `src` decoded without its returns, and where each dropped return's line feed is in it (`FastTree.omitted`). */
    text(src: Uint8Array): {
        scanned: string;
        omitted: Int32Array;
    };
    /** Copies `c` to `o` unless it is a return, which it notes instead; where the next byte goes. */
    private byte;
}
/**
 * What the threads that read beside the main one (`read-worker.ts`, started by `threads.ts`) share
 * with it: an Int32Array over shared memory holding the next chunk of files to take (`NEXT`: both
 * sides take chunks from it, so a thread that starts late or reads slowly takes fewer) and the
 * chunks posted so far (`POSTED`, which the main thread waits on) and the threads started (`STARTED`).
 */
export declare const NEXT = 0;
export declare const POSTED = 1;
/** Threads that have started (loaded their code), which `Chunks.ready` waits for. */
export declare const STARTED = 2;
/** Per file of a chunk a thread posts: read here (the main thread reads it as it would alone), or scanned. */
export declare const ON_MAIN = 0;
export declare const SCANNED = 1;
/** What a reading thread is given. */
export interface ReadJob {
    /** The run's paths, in its order, and the folder they are relative to. */
    readonly paths: readonly string[];
    /** 1 for a path a folder's listing gave as a regular file (`readRegularFile`'s `listed`). */
    readonly listed: Uint8Array | null;
    readonly cwd: string;
    /** Files in a chunk. */
    readonly per: number;
    /** NEXT, POSTED and STARTED. */
    readonly shared: Int32Array;
    /** A MessagePort of node:worker_threads (typed by what is used: the package's types need no @types/node). */
    readonly port: {
        postMessage(message: unknown, transfer: readonly ArrayBuffer[]): void;
        close(): void;
    };
}
/**
 * A chunk a reading thread read: the ASCII bytes of the files it scanned, one after another (`used`
 * of them), the slabs their records are in, the characters the scanner left out of them (CRLF line
 * ends: `FastTree.omitted`, one file's after another's), and per file of the chunk either ON_MAIN,
 * or SCANNED, start and end in `bytes`, slab, start and count in `omitted`, root count and the roots.
 */
export interface ReadChunk {
    readonly chunk: number;
    readonly bytes: ArrayBuffer;
    readonly used: number;
    readonly tapes: readonly ArrayBuffer[];
    readonly files: Int32Array;
    readonly omitted: Int32Array;
}
