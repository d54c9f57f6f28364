import { manifestReader, type SourceFile } from "../load/index.js";
import { applyFixes } from "./apply.js";
import { isEditFix, type EditFix, type Fix } from "./types.js";

/** Passes before giving up on fixes that keep enabling others (ESLint's limit). */
export const MAX_FIX_PASSES = 10;

/** What the loop needs of a lint run: findings per file, each perhaps with a fix. */
export interface LintedFile {
  readonly file: string;
  readonly findings: readonly { readonly fix?: Fix }[];
}

export interface FixRun<R extends LintedFile> {
  /** The files after the fixes (unchanged ones are the very objects given). */
  readonly files: readonly SourceFile[];
  /** The lint results of the fixed files: what remains. */
  readonly results: readonly R[];
  /** Files whose text changed, with the text before and after. */
  readonly changed: readonly { readonly path: string; readonly before: string; readonly after: string; readonly fixed: number }[];
  /** Fixes applied, over all passes. */
  readonly fixed: number;
  /** Lint runs after the first. */
  readonly passes: number;
  /** Files whose fixes were dropped because the result no longer parsed as before (a bug of a fix). */
  readonly broken: readonly string[];
}

const syntaxProblems = (f: SourceFile): number => f.problems.length + f.documents.reduce((n, d) => n + d.problems.length, 0);

/**
 * Apply the fixes of the findings, lint again, and repeat while fixes apply (up to MAX_FIX_PASSES
 * passes): one fix may enable another (a renamed key then moved into the pod template). `lint` is
 * the whole run, filters included, so only findings that would be reported are fixed. Context-only
 * files are never changed. Pure: the caller writes files or prints diffs.
 */
export async function fixSources<R extends LintedFile>(files: readonly SourceFile[], lint: (files: readonly SourceFile[]) => Promise<readonly R[]>, maxPasses = MAX_FIX_PASSES): Promise<FixRun<R>> {
  const original = new Map(files.map((f) => [f.path, f.text]));
  const read = manifestReader();
  const broken = new Set<string>();
  let current = files;
  let results = await lint(current);
  let fixed = 0;
  const fixedIn = new Map<string, number>();
  let passes = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const byFile = new Map<string, EditFix[]>();
    for (const r of results) {
      for (const f of r.findings) {
        if (!isEditFix(f.fix)) continue;
        const list = byFile.get(r.file) ?? [];
        list.push(f.fix);
        byFile.set(r.file, list);
      }
    }
    let changedAny = false;
    const next = current.map((f) => {
      const fixes = byFile.get(f.path);
      if (!fixes || f.contextOnly || broken.has(f.path)) return f;
      const applied = applyFixes(f.text, fixes);
      if (applied.text === f.text) return f;
      // Read as the command reads files (the fast reader where it takes the text): the yaml
      // package on a fixed file of 15,000 pods was half of `--fix` (1.4 of 2.9 s).
      const parsed = read(f.path, applied.text, f.contextOnly);
      if (syntaxProblems(parsed) > syntaxProblems(f)) {
        broken.add(f.path);
        return f;
      }
      fixed += applied.applied.length;
      fixedIn.set(f.path, (fixedIn.get(f.path) ?? 0) + applied.applied.length);
      changedAny = true;
      return parsed;
    });
    if (!changedAny) break;
    current = next;
    results = await lint(current);
    passes++;
  }
  const changed = current
    .filter((f) => original.get(f.path) !== f.text)
    .map((f) => ({ path: f.path, before: original.get(f.path) ?? "", after: f.text, fixed: fixedIn.get(f.path) ?? 0 }));
  return { files: current, results, changed, fixed, passes, broken: [...broken] };
}
