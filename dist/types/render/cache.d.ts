/**
 * Rendered output kept between runs (`--cache DIR`), keyed by the content of everything a render
 * reads: every file below the root's folders (the kustomization, resources, patches, generator
 * inputs; the chart with its templates and values), the values given, and the program. After a
 * one-file change only the roots and charts whose folders hold that file render again.
 */
/** A render's output, or why it failed (kept as is in the cache and the memo). */
export type Rendered = {
    readonly text: string;
} | {
    readonly error: string;
};
/**
 * A folder or file a render reads: its path, or a copy read `at` one place for the path it stands
 * for (`as`): a chart or Kustomize root as it was at a revision (node/impact.ts), whose render is
 * the one the same content got, or will get, where the repository has it.
 */
export type Input = string | {
    readonly at: string;
    readonly as: string;
};
/** The key of a render: the program (path and modification time), its job, and the folders' content. */
export declare function renderKey(program: string, job: unknown, dirs: readonly Input[], files: readonly Input[]): string;
export declare function cached(dir: string, key: string): Rendered | null;
/** Store a render; a cache that cannot be written only costs the next run time. */
export declare function store(dir: string, key: string, r: Rendered): void;
/**
 * Renders kept in memory by a long-running caller (the language server) between runs, by program
 * and job. Each remembers what it read, so a file changed on disk drops only the renders that read
 * it (a file below one of their folders, or one of their files).
 */
export declare class RenderMemo {
    private readonly entries;
    get(key: string): Rendered | undefined;
    set(key: string, rendered: Rendered, dirs: readonly string[], files: readonly string[]): void;
    /** Drop the renders that read `path` (absolute); every render without it. How many were dropped. */
    forget(path?: string): number;
}
