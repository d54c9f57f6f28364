/**
 * The repository a run belongs to: the nearest directory at or above `cwd` holding `.git` (a
 * directory, or a file in worktrees and submodules), else `cwd` itself. SARIF and GitHub
 * annotations name files relative to it, as code scanning expects.
 */
export declare function findSourceRoot(cwd: string): string;
