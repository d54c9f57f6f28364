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
export class LazySources implements ReadonlyMap<string, SourceFile> {
  private readonly read = new Map<string, SourceFile>();

  constructor(
    /** The text of each file, by the path it is shown by. */
    private readonly texts: ReadonlyMap<string, TextOrBytes>,
    private readonly parse: (path: string, text: string, contextOnly: boolean) => SourceFile,
  ) {}

  /** These sources and `more` (texts by path, which win), read as these are. */
  with(more: ReadonlyMap<string, TextOrBytes>): LazySources {
    return more.size === 0 ? this : new LazySources(new Map([...this.texts, ...more]), this.parse);
  }

  get size(): number {
    return this.texts.size;
  }

  has(path: string): boolean {
    return this.texts.has(path);
  }

  /** A file's text, without parsing it. */
  text(path: string): string | undefined {
    const t = this.texts.get(path);
    return t === undefined || typeof t === "string" ? t : textOf(t);
  }

  get(path: string): SourceFile | undefined {
    let file = this.read.get(path);
    if (file) return file;
    const text = this.text(path);
    if (text === undefined) return undefined;
    file = this.parse(path, text, true);
    this.read.set(path, file);
    return file;
  }

  *entries(): MapIterator<[string, SourceFile]> {
    for (const path of this.texts.keys()) yield [path, this.get(path) as SourceFile];
  }

  keys(): MapIterator<string> {
    return this.texts.keys();
  }

  *values(): MapIterator<SourceFile> {
    for (const [, file] of this.entries()) yield file;
  }

  forEach(fn: (value: SourceFile, key: string, map: ReadonlyMap<string, SourceFile>) => void, thisArg?: unknown): void {
    for (const [path, file] of this.entries()) fn.call(thisArg, file, path, this);
  }

  [Symbol.iterator](): MapIterator<[string, SourceFile]> {
    return this.entries();
  }
}

// As load/files.ts `decodeText` decodes text (which this module, also in the browser's bundle, does not import).
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const textOf = (bytes: Uint8Array): string => decoder.decode(bytes);
