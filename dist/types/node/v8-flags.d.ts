/** Path arguments from which a run is a repository's rather than a commit's few files. */
export declare const MANY_PATHS = 50;
/**
 * The V8 flags a lint of a repository runs with, for the V8 that runs it. A lint is short and hot
 * in many functions at once, and V8's optimizing compiler, on threads beside it, was a quarter of
 * its CPU (docs/performance.md, "V8 compiles less"):
 * - inlining less (a cumulative budget of 200 bytes of bytecode, V8's is 920) made a lint of
 *   30,000 documents 10-17% cheaper and no slower, 300,000 included;
 * - on V8 11 (Node 20), optimizing a function once it has run four times V8's budget of bytecode
 *   (66 KB) rather than once, about 10% cheaper again on the same repositories and no slower.
 *   Later V8s count calls instead (Maglev tiers in between), and refuse the flag with a message.
 */
export declare function repositoryFlags(v8?: string): readonly string[];
/**
 * Whether the command should have V8 compile less: for a lint of a repository (a directory, or
 * many files). Not for a few files, the pre-commit hook's usual run: loading node:v8 costs more
 * start-up than it saves there. Not when node's own command line sets every flag.
 */
export declare function compilesLess(paths: readonly string[], cwd: string, execArgv?: readonly string[], v8?: string): boolean;
/**
 * Has V8 compile less from here on (call it before the lint's code is hot): each of
 * `repositoryFlags` that node's command line does not set. For the command and the Action: the
 * library leaves V8 as its host has it.
 */
export declare function compileLess(execArgv?: readonly string[]): Promise<void>;
