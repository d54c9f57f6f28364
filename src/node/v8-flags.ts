import { statSync } from "node:fs";
import { resolve } from "node:path";

const INLINING = "--max-inlined-bytecode-size-cumulative";
const INTERRUPT = "--interrupt-budget";

/** Path arguments from which a run is a repository's rather than a commit's few files. */
export const MANY_PATHS = 50;

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
export function repositoryFlags(v8: string = process.versions.v8): readonly string[] {
  const flags = [`${INLINING}=200`];
  if (v8.startsWith("11.")) flags.push(`${INTERRUPT}=${4 * 66 * 1024}`);
  return flags;
}

/** Node's own command line sets `flag` (`--a-b=1` or `--a_b=1`). */
const given = (flag: string, execArgv: readonly string[]): boolean => {
  const name = flag.split("=")[0];
  return execArgv.some((a) => a.replaceAll("_", "-").split("=")[0] === name);
};

/**
 * Whether the command should have V8 compile less: for a lint of a repository (a directory, or
 * many files). Not for a few files, the pre-commit hook's usual run: loading node:v8 costs more
 * start-up than it saves there. Not when node's own command line sets every flag.
 */
export function compilesLess(paths: readonly string[], cwd: string, execArgv: readonly string[] = process.execArgv, v8?: string): boolean {
  if (repositoryFlags(v8).every((f) => given(f, execArgv))) return false;
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
 * Has V8 compile less from here on (call it before the lint's code is hot): each of
 * `repositoryFlags` that node's command line does not set. For the command and the Action: the
 * library leaves V8 as its host has it.
 */
export async function compileLess(execArgv: readonly string[] = process.execArgv): Promise<void> {
  const flags = repositoryFlags().filter((f) => !given(f, execArgv));
  if (flags.length === 0) return;
  const { setFlagsFromString } = await import("node:v8");
  for (const f of flags) setFlagsFromString(f);
}
