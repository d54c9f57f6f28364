import { expandPaths, loadFiles } from "./load/files.js";
import { parseSource, type SourceFile } from "./load/index.js";
import { lintSources, type LintOptions, type LintOutput } from "./engine/run.js";

export interface PathLintOptions extends LintOptions {
  readonly cwd?: string;
  /** Loaded for cross-file rules; findings located in them are not reported. */
  readonly context?: readonly string[];
  /** Already-read inputs (standard input), linted with the files. */
  readonly extraSources?: readonly SourceFile[];
}

export interface PathLintOutput extends LintOutput {
  readonly files: readonly SourceFile[];
  /** Paths named that do not exist. */
  readonly missing: readonly string[];
  /** Files that exist but could not be read (permissions, too large). */
  readonly unreadable: readonly string[];
  /** Entries of the directories walked that were not read: symbolic links out of the tree, loops. */
  readonly skipped: readonly { path: string; reason: string }[];
}

/** Read, parse and lint files and directories. A broken file never stops the others. */
export async function lintPaths(paths: readonly string[], options: PathLintOptions = {}): Promise<PathLintOutput> {
  const cwd = options.cwd ?? process.cwd();
  const main = await expandPaths(paths, cwd);
  const ctx = await expandPaths(options.context ?? [], cwd);
  const mainSet = new Set(main.files);
  const files: SourceFile[] = [...(options.extraSources ?? [])];
  // A loop, not push(...list): a list of 130000+ files spread as arguments overflows the stack.
  for (const f of await loadFiles(main.files, cwd, false)) files.push(f);
  for (const f of await loadFiles(ctx.files.filter((p) => !mainSet.has(p)), cwd, true)) files.push(f);
  const unreadable = [
    ...main.unreadable,
    ...ctx.unreadable,
    ...files.filter((f) => f.problems.some((p) => (p.code === "UNREADABLE" && /permission|cannot be read/.test(p.message)) || p.code === "TOO_LARGE")).map((f) => f.path),
  ];
  const out = lintSources(files, options);
  return { ...out, files, missing: [...main.missing, ...ctx.missing], unreadable, skipped: [...main.skipped, ...ctx.skipped] };
}

/** Lint YAML text held in memory (editor integrations, tests). */
export function lintText(text: string, filePath = "<text>", options: LintOptions = {}): LintOutput {
  return lintSources([parseSource(filePath, text)], options);
}
