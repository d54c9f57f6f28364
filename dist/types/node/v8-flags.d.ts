/** Path arguments from which a run is a repository's rather than a commit's few files. */
export declare const MANY_PATHS = 50;
/**
 * Whether the command should have V8 inline less: a lint of a repository (a directory, or many
 * files) is short and hot in many functions at once, and V8's optimizing compiler, on threads
 * beside it, was a quarter of its CPU; inlining less made a lint of 30,000 documents 10-17%
 * cheaper and no slower, 300,000 included (docs/performance.md, "V8 inlines less"). Not for a
 * few files, the pre-commit hook's usual run: loading node:v8 costs more start-up than it saves
 * there. Not when node's own command line sets the budget.
 */
export declare function inliningLess(paths: readonly string[], cwd: string, execArgv?: readonly string[]): boolean;
/**
 * Has V8 inline less from here on (call it before the lint's code is hot), unless node's command
 * line sets the budget. For the command and the Action: the library leaves V8 as its host has it.
 */
export declare function inlineLess(execArgv?: readonly string[]): Promise<void>;
