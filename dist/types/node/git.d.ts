/** The few git commands `--changed-since` needs. Git is run without a shell, from the repository's top. */
export declare class GitError extends Error {
}
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
}
/**
 * Files changed since `ref`: what `git diff REF` shows (committed, staged and unstaged changes,
 * renames followed) and untracked files that are not ignored, and the files deleted (marked so).
 */
export declare function changedSince(ref: string, top: string): Promise<ChangedFile[]>;
/** The contents of blobs by object name, in one `git cat-file --batch`. */
export declare function blobs(names: readonly string[], top: string): Promise<Map<string, Buffer>>;
