import type { SourceFile } from "./types.js";
/** A file's text, or its bytes (which load/files.ts `isText` holds for), decoded when asked for. */
export type TextOrBytes = string | Uint8Array;
/**
 * Files read only when first asked for: the previous versions of changed files (`--changed-since`),
 * of which the rules look at the few that hold pools or bare Pods. Reading them all up front made a
 * run that changed every workload file cost a second parse of the repository. Given as bytes
 * (git's), a text is decoded each time it is asked for and not kept: most are asked for once, at
 * the end of the run, and the texts of 1,640 changed files kept from the start held 27 MB more.
 */
export declare class LazySources implements ReadonlyMap<string, SourceFile> {
    /** The text of each file, by the path it is shown by. */
    private readonly texts;
    private readonly parse;
    private readonly read;
    constructor(
    /** The text of each file, by the path it is shown by. */
    texts: ReadonlyMap<string, TextOrBytes>, parse: (path: string, text: string, contextOnly: boolean) => SourceFile);
    /** These sources and `more` (texts by path, which win), read as these are. */
    with(more: ReadonlyMap<string, TextOrBytes>): LazySources;
    get size(): number;
    has(path: string): boolean;
    /** A file's text, without parsing it. */
    text(path: string): string | undefined;
    get(path: string): SourceFile | undefined;
    entries(): MapIterator<[string, SourceFile]>;
    keys(): MapIterator<string>;
    values(): MapIterator<SourceFile>;
    forEach(fn: (value: SourceFile, key: string, map: ReadonlyMap<string, SourceFile>) => void, thisArg?: unknown): void;
    [Symbol.iterator](): MapIterator<[string, SourceFile]>;
}
