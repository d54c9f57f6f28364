import type { SourceFile } from "./types.js";

/**
 * Files read only when first asked for: the previous versions of changed files (`--changed-since`),
 * of which the rules look at the few that hold pools or bare Pods. Reading them all up front made a
 * run that changed every workload file cost a second parse of the repository.
 */
export class LazySources implements ReadonlyMap<string, SourceFile> {
  private readonly read = new Map<string, SourceFile>();

  constructor(
    /** The text of each file, by the path it is shown by. */
    private readonly texts: ReadonlyMap<string, string>,
    private readonly parse: (path: string, text: string, contextOnly: boolean) => SourceFile,
  ) {}

  /** These sources and `more` (texts by path, which win), read as these are. */
  with(more: ReadonlyMap<string, string>): LazySources {
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
    return this.texts.get(path);
  }

  get(path: string): SourceFile | undefined {
    let file = this.read.get(path);
    if (file) return file;
    const text = this.texts.get(path);
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
