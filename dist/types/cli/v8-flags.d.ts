/** Path arguments from which a run is a repository's rather than a commit's few files. */
export declare const MANY_PATHS = 50;
/**
 * Whether V8 should inline less in this run: a lint of a repository (a directory, or many files)
 * is short and hot in many functions at once, and V8's optimizing compiler, on threads beside it,
 * was a quarter of its CPU; inlining less made a lint of 30,000 documents 10-15% cheaper and no
 * slower, 300,000 included (docs/performance.md, "Inlining"). Not for a few files, the pre-commit
 * hook's usual run: loading node:v8 costs more start-up than it saves there. Not when node's own
 * command line sets the budget.
 */
export declare function inliningLess(paths: readonly string[], cwd: string, execArgv?: readonly string[]): boolean;
/** Has V8 inline less from here on when `inliningLess` says so (before the lint's code is hot). */
export declare function tuneV8(paths: readonly string[], cwd: string): Promise<void>;
