import { expandPaths, loadFile } from "./load/files.js";
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
  /** Files that exist but could not be read (permissions). */
  readonly unreadable: readonly string[];
}

/** Read, parse and lint files and directories. A broken file never stops the others. */
export async function lintPaths(paths: readonly string[], options: PathLintOptions = {}): Promise<PathLintOutput> {
  const cwd = options.cwd ?? process.cwd();
  const main = await expandPaths(paths, cwd);
  const ctx = await expandPaths(options.context ?? [], cwd);
  const mainSet = new Set(main.files);
  const files: SourceFile[] = [...(options.extraSources ?? [])];
  for (const f of main.files) files.push(await loadFile(f, cwd, false));
  for (const f of ctx.files) if (!mainSet.has(f)) files.push(await loadFile(f, cwd, true));
  const unreadable = files.filter((f) => f.problems.some((p) => p.code === "UNREADABLE" && /permission|cannot be read/.test(p.message))).map((f) => f.path);
  const out = lintSources(files, options);
  return { ...out, files, missing: [...main.missing, ...ctx.missing], unreadable };
}

/** Lint YAML text held in memory (editor integrations, tests). */
export function lintText(text: string, filePath = "<text>", options: LintOptions = {}): LintOutput {
  return lintSources([parseSource(filePath, text)], options);
}
