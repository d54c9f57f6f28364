/** The few git commands `--changed-since` needs. Git is run without a shell, from the repository's top. */
export declare class GitError extends Error {
}
/**
 * The files under `paths` (relative to the top, folders or files) at `ref`: each path relative to
 * the top and the name of its content. Symbolic links and submodules are left out.
 */
export declare function treeAt(ref: string, paths: readonly string[], top: string): Promise<{
    path: string;
    blob: string;
}[]>;
/** The files directly in each of `folders` (relative to the top, "" for the top) at `ref`, as `treeAt` gives them: not their subfolders'. */
export declare function filesIn(ref: string, folders: readonly string[], top: string): Promise<{
    path: string;
    blob: string;
}[]>;
/** What git holds at `path` (relative to the top) at `ref`: a tree, a blob, a commit (a submodule), or nothing. */
export declare function objectTypeAt(ref: string, path: string, top: string): Promise<string | null>;
/** The top directory of the work tree that holds `cwd`. */
export declare function gitToplevel(cwd: string): Promise<string>;
/** Whether `ref` names a commit that the repository holding `cwd` has (a shallow clone may not). */
export declare function hasCommit(ref: string, cwd: string): Promise<boolean>;
export interface ChangedFile {
    /** Absolute path now. */
    readonly path: string;
    /** Path relative to the top at REF, when the file existed there (modified, renamed or deleted). */
    readonly before?: string;
    /** The object name of its content at REF, with `before`. */
    readonly blob?: string;
    /** Deleted since REF: `path` is where it was. */
    readonly deleted?: true;
    /**
     * Listed because its file's stat data differs from the index: git did not read it, and its
     * content may still be the same as at REF (a file touched, or edited and edited back). Its text
     * compared with the blob's, or `hashes`, decides.
     */
    readonly unsure?: true;
}
/**
 * Files changed since `ref`: what `git diff REF` shows (committed, staged and unstaged changes,
 * renames followed) and untracked files that are not ignored, and the files deleted (marked so).
 * A file whose stat data is not the index's is listed `unsure`: `git diff` would read and hash it
 * to know (130 ms for 1,640 edited files, in every run) and write the index back, and the lint
 * reads it anyway.
 */
export declare function changedSince(ref: string, top: string): Promise<ChangedFile[]>;
/**
 * The object names git gives the files `paths` (relative to the top) as they are now, as it would
 * store them (the repository's attributes applied), without storing them or touching the index.
 * An empty name for a path it cannot take (a line feed in it).
 */
export declare function hashes(paths: readonly string[], top: string): Promise<string[]>;
/**
 * The pieces of a process's output, read in order without joining them: the previous versions of
 * 1,640 files (25 MB) took 17 ms to copy into one buffer.
 */
export declare class Pieces {
    private readonly list;
    private i;
    private at;
    constructor(list: readonly Buffer[]);
    /** The text (ASCII: a header) up to the next line feed, which is passed; undefined at the end. */
    line(): string | undefined;
    /** The next `n` bytes: a view of them where they lie in one piece. */
    take(n: number): Buffer;
}
/** The contents of blobs by object name, in one `git cat-file --batch`. */
export declare function blobs(names: readonly string[], top: string): Promise<Map<string, Buffer>>;
