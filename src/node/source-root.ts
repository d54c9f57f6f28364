import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * The repository a run belongs to: the nearest directory at or above `cwd` holding `.git` (a
 * directory, or a file in worktrees and submodules), else `cwd` itself. SARIF and GitHub
 * annotations name files relative to it, as code scanning expects.
 */
export function findSourceRoot(cwd: string): string {
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, ".git"))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(cwd);
    dir = up;
  }
}
