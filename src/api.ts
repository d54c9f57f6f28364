import { expandPaths, loadFiles } from "./load/files.js";
import { parseManifest } from "./load/fast.js";
import { parseSource, type SourceFile } from "./load/index.js";
import { lintExact } from "./engine/exact.js";
import { lintSources, type LintOptions, type LintOutput } from "./engine/run.js";

export interface PathLintOptions extends LintOptions {
  readonly cwd?: string;
  /** Loaded for cross-file rules; findings located in them are not reported. */
  readonly context?: readonly string[];
  /** Already-read inputs (standard input), linted with the files. */
  readonly extraSources?: readonly SourceFile[];
  /**
   * Read every file with the precise parser only (`parseSource`). By default files go through the
   * fast parser where it accepts them; the findings and their positions are the same either way
   * (docs/performance.md).
   */
  readonly precise?: boolean;
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
  const parse = options.precise ? parseSource : parseManifest;
  // A loop, not push(...list): a list of 130000+ files spread as arguments overflows the stack.
  for (const f of await loadFiles(main.files, cwd, false, parse)) files.push(f);
  for (const f of await loadFiles(ctx.files.filter((p) => !mainSet.has(p)), cwd, true, parse)) files.push(f);
  const unreadable = [
    ...main.unreadable,
    ...ctx.unreadable,
    ...files.filter((f) => f.problems.some((p) => (p.code === "UNREADABLE" && /permission|cannot be read/.test(p.message)) || p.code === "TOO_LARGE")).map((f) => f.path),
  ];
  const out = lintExact(files, options);
  return { ...out, missing: [...main.missing, ...ctx.missing], unreadable, skipped: [...main.skipped, ...ctx.skipped] };
}

/** Lint YAML text held in memory (editor integrations, tests). */
export function lintText(text: string, filePath = "<text>", options: LintOptions = {}): LintOutput {
  return lintSources([parseSource(filePath, text)], options);
}
