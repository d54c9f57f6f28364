import { statSync } from "node:fs";
import { resolve } from "node:path";

const INLINING = "--max-inlined-bytecode-size-cumulative";

/** Path arguments from which a run is a repository's rather than a commit's few files. */
export const MANY_PATHS = 50;

const budgetGiven = (execArgv: readonly string[]): boolean => execArgv.some((a) => a.replaceAll("_", "-").startsWith(INLINING));

/**
 * Whether the command should have V8 inline less: a lint of a repository (a directory, or many
 * files) is short and hot in many functions at once, and V8's optimizing compiler, on threads
 * beside it, was a quarter of its CPU; inlining less made a lint of 30,000 documents 10-17%
 * cheaper and no slower, 300,000 included (docs/performance.md, "V8 inlines less"). Not for a
 * few files, the pre-commit hook's usual run: loading node:v8 costs more start-up than it saves
 * there. Not when node's own command line sets the budget.
 */
export function inliningLess(paths: readonly string[], cwd: string, execArgv: readonly string[] = process.execArgv): boolean {
  if (budgetGiven(execArgv)) return false;
  return paths.length >= MANY_PATHS || paths.some((p) => isDirectory(resolve(cwd, p)));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // said by the lint itself (a missing path), not here
  }
}

/**
 * Has V8 inline less from here on (call it before the lint's code is hot), unless node's command
 * line sets the budget. For the command and the Action: the library leaves V8 as its host has it.
 */
export async function inlineLess(execArgv: readonly string[] = process.execArgv): Promise<void> {
  if (budgetGiven(execArgv)) return;
  const { setFlagsFromString } = await import("node:v8");
  setFlagsFromString(`${INLINING}=200`);
}
