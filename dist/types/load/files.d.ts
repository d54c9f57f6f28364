import { type LineFeeds, type TextKind } from "./fast/scanner.js";
import { type ThreadPlan } from "./threads.js";
import { resolveIn } from "../paths.js";
import type { SourceFile } from "./types.js";
export { resolveIn };
export { MAX_FILE_BYTES, textKind } from "./read.js";
export interface ExpandResult {
    files: string[];
    /** Paths the user named that do not exist or cannot be read: the tool cannot do its job. */
    missing: string[];
    /** Entries met while walking that were not read, and why (symbolic links leaving the tree, loops). */
    skipped: {
        path: string;
        reason: string;
    }[];
    /** Directories met while walking that could not be listed: their files are missing from the run. */
    unreadable: string[];
    /** What the walk saw beside the files it gives (absolute paths, as walked). */
    walked: Walked;
    /** 1 for each of `files` a folder's listing gave as a regular file (not a link): read without asking what it is. */
    listed: Uint8Array;
}
/**
 * The folders a walk listed, and the kustomizations among their entries named `Kustomization`,
 * which no manifest extension marks: the layout stage takes them (a folder of an overlay may hold
 * nothing else), and need not look for one in a folder listed already.
 */
export interface Walked {
    readonly dirs: Set<string>;
    readonly kustomizations: string[];
}
/**
 * Expand files and directories into the manifest files to read. Directories are walked recursively,
 * honouring every `.gitignore` on the way down; files named explicitly are always read.
 *
 * Symbolic links met while walking are followed as long as their target stays inside the tree being
 * linted: the git work tree holding the directory named (else that directory). That is the bound
 * Argo CD and Flux enforce ("out-of-bounds symlinks" fail the sync), and it keeps a link to `/` or
 * to a home directory from sending the walk over the whole disk. Links that leave it, dangling links
 * and link loops are not read and are listed in `skipped`. A file reached again through a link (or
 * a directory through a loop) is read once, under its own name if that is met, else under the first
 * link in sorted order: its objects are the same objects, and counting them twice would make false
 * duplicate-address and exhausted-pool findings.
 */
export declare function expandPaths(paths: readonly string[], cwd: string): Promise<ExpandResult>;
/** Paths under the working directory are shown relative to it, others absolute. */
export declare function displayPath(abs: string, cwd: string): string;
/** Why bytes are not text: the message, and where (UTF-16 offset into `text`, their lossy decoding). */
export interface NotText {
    error: string;
    at: number;
    text: string;
}
/** Whether `decodeText` gives these bytes a text (no NUL byte, well-formed UTF-8), without decoding them. */
export declare const isText: (bytes: Uint8Array) => boolean;
/**
 * Whether bytes that are text (`isText`) decode to `text`, without keeping their decoding: UTF-8
 * has one encoding for each text, and a byte order mark is kept as a character. ASCII bytes are
 * their Latin-1 text (a string born and dropped here, which the collector does not copy); other
 * bytes are compared with the text's encoding. A text made by decoding has no lone surrogate
 * (which would encode as U+FFFD).
 */
export declare function decodesTo(bytes: Uint8Array, text: string): boolean;
/** Decode file bytes as UTF-8 text, or say why they are not text and where. */
export declare function decodeText(bytes: Uint8Array): {
    text: string;
} | NotText;
/**
 * What one run reads in all, at most (the files and the context; `--max-input-size` raises it).
 * Memory grows with what is read: past a bound the run says which files it did not read (exit 2)
 * rather than ending in an out-of-memory abort. The 300,000-document benchmark reads 242 MB.
 */
export declare const DEFAULT_MAX_INPUT_BYTES: number;
/** Bytes a run may still read, shared by every file it loads. */
export interface ReadBudget {
    readonly limit: number;
    remaining: number;
}
export declare const readBudget: (limit?: number) => ReadBudget;
/** The most `--in-use` reads: the pods of a cluster, exported once, may well pass MAX_FILE_BYTES. */
export declare const MAX_IN_USE_BYTES: number;
/** A file past the limit it was read with. */
export declare class TooLargeError extends Error {
}
/**
 * Read a file named outside the linted set (`--in-use`) with its own limit, checked while reading
 * (a pipe or a device is read in chunks until the limit, never whole first).
 */
export declare function readFileLimited(abs: string, max: number): Promise<Uint8Array>;
/** How a file's text becomes a SourceFile: `parseSource`, or a `manifestReader()` (the fast path). */
export type Parse = (path: string, text: string, contextOnly: boolean, kind?: TextKind, lf?: LineFeeds) => SourceFile;
/** Read and parse one file. A file that cannot be read becomes a finding, not an exception. */
export declare function loadFile(path: string, cwd: string, contextOnly?: boolean, parse?: Parse, budget?: ReadBudget): Promise<SourceFile>;
/** How `loadFiles` reads. */
export interface LoadOptions {
    /** The files are context: read for cross-file checks, their findings not reported. */
    readonly contextOnly?: boolean;
    /** `parseSource`, or a `manifestReader()` (the fast path; only it can take files other threads scanned). */
    readonly parse?: Parse;
    readonly budget?: ReadBudget;
    /**
     * Give the event loop a turn every millisecond (YIELD_MS), so that what runs beside the reading
     * (git for --changed-since, node/setup.ts) goes on instead of waiting for the last file.
     */
    readonly turns?: boolean;
    /** Threads that may read beside the main one (`threads.ts` `threadPlan`); none when not given. */
    readonly threads?: ThreadPlan;
    /** Told how many threads read files beside the main one, when any did. */
    readonly onThreads?: (n: number) => void;
    /** 1 for each path a folder's listing gave as a regular file (`ExpandResult.listed`). */
    readonly listed?: Uint8Array;
}
/**
 * loadFile for each path, in the order given. Regular files are read synchronously, one after
 * another, without a promise each: for thousands of small files the round trips (and the eight
 * readers that once kept the disk busy, when reads were asynchronous) cost more than the reading.
 * With `threads`, other threads read and scan chunks of the files beside this one once the reading
 * looks long enough to pay for starting them (`loadInThreads`); the result is the same.
 */
export declare function loadFiles(paths: readonly string[], cwd: string, options?: LoadOptions): Promise<SourceFile[]>;
/** A file whose bytes are not UTF-8 text, located at the first offending byte. */
export declare function notTextSource(path: string, why: NotText, contextOnly?: boolean): SourceFile;
/** Read a stream (standard input) fully, but no more than MAX_FILE_BYTES: `yes | calico-ipam-lint -` ends. */
export declare function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array>;
/** Standard input as a source file, read like a file: bounded, and located when it is not text. */
export declare function loadStream(path: string, stream: AsyncIterable<Uint8Array | string>, contextOnly?: boolean, parse?: Parse): Promise<SourceFile>;
