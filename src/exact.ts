import { isFastSource, sameTree } from "./load/fast.js";
import { parseSource, type SourceFile } from "./load/index.js";
import { lintSources, type LintOptions, type LintOutput } from "./engine/run.js";

// Beside core.ts, not in engine/: it holds the lint run (engine/) to the two readers' contract
// (load/), and the engine does not import load/.

/**
 * Lint files of which some were read by the fast parser (`load/fast.ts`), checking the fast
 * parser where it matters most: the files that findings point into (their location or a related
 * one) are read again with `parseSource` and compared with the fast reading, up to a budget of
 * text (all of them, unless findings are everywhere). The two readings are the same by design, and
 * the test suite compares them over the corpora; should one ever differ, every fast-read file is
 * read again precisely and the run repeated, so the output is the precise path's in any case.
 */
export function lintExact(input: readonly SourceFile[], options: LintOptions = {}): LintOutput & { files: readonly SourceFile[] } {
  const out = lintSources(input, options);
  const byPath = new Map(input.map((f) => [f.path, f]));
  let fastBytes = 0;
  for (const f of input) if (isFastSource(f)) fastBytes += f.text.length;
  let budget = VERIFY_MIN_CHARS + fastBytes * VERIFY_SHARE;
  const checked = new Set<string>();
  const differs = (path: string): boolean => {
    if (checked.has(path) || budget <= 0) return false;
    checked.add(path);
    const f = byPath.get(path);
    if (!f || !isFastSource(f)) return false;
    budget -= f.text.length;
    return !sameTree(f, parseSource(f.path, f.text, f.contextOnly));
  };
  const mismatch = out.results.some((r) => r.findings.some((finding) => differs(finding.file) || (finding.related ?? []).some((rel) => differs(rel.file))));
  if (!mismatch) return { ...out, files: input };
  const files = input.map((f) => (isFastSource(f) ? parseSource(f.path, f.text, f.contextOnly) : f));
  return { ...lintSources(files, options), files };
}

/** Text re-read to check the fast parser: at least this many characters, and this share of the rest. */
const VERIFY_MIN_CHARS = 2_000_000;
const VERIFY_SHARE = 0.05;
