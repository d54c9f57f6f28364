import { readFile, realpath, stat } from "node:fs/promises";
import { isAbsolute, resolve, sep } from "node:path";
import { lintRead, type LintRequest, type LintResult } from "../api.js";
import { fixSources, MAX_FIX_PASSES, unifiedDiff, isEditFix } from "../fix/index.js";
import type { FileResult } from "../report/index.js";
import { finishLint, type LintSetup } from "../node/setup.js";
import type { FixFlags } from "./fix-flags.js";
import { writeFileAtomic, WriteError } from "../node/write.js";
import type { CliIO } from "./io.js";

/**
 * `--fix` and `--fix-dry-run`: apply the fixes of the findings that would be reported (after
 * suppressions, the baseline and the `--changed-since` scope), lint again, repeat while fixes
 * apply; then write the changed files atomically (`--fix`) or print a unified diff to standard
 * output (`--fix-dry-run`). What is returned is the run on the fixed text, so the report shows what
 * remains. Files are written here only: the fix logic itself (src/fix) is pure.
 */

const diffName = (side: "a" | "b", path: string): string => (isAbsolute(path) || path.startsWith("<") ? path : `${side}/${path.split(sep).join("/")}`);

export async function runFixes(first: LintResult, request: LintRequest, setup: LintSetup, flags: FixFlags, io: CliIO): Promise<LintResult> {
  let last: LintResult = first;
  const lint = async (files: LintResult["files"]): Promise<readonly FileResult[]> => {
    if (files === first.files) return first.results;
    // The fixed texts through the same run as the first: its settings, clusters and renders.
    last = await finishLint({ ...first, ...(await lintRead(files, request, first.walked)), files }, setup, { cwd: io.cwd }, request);
    return last.results;
  };
  const run = await fixSources(first.files, lint);
  const out: LintResult = run.passes === 0 ? first : last;
  const cwd = io.cwd;
  let written = 0;
  let fixedWritten = 0;
  let unwritten = 0;
  let meanwhile = 0;
  for (const c of run.changed) {
    if (flags.fixDryRun) {
      io.stdout.write(unifiedDiff(c.before, c.after, diffName("a", c.path), diffName("b", c.path)));
      continue;
    }
    const target = await realpath(resolve(cwd, c.path));
    // Only over the text that was linted: a file edited meanwhile is left to the next run.
    const now = await readFile(target, "utf8").catch(() => null);
    if (now !== c.before) {
      io.stderr.write(`calico-ipam-lint: ${c.path}: not fixed: the file changed while it was being linted\n`);
      meanwhile++;
      continue;
    }
    try {
      await writeFileAtomic(target, c.after, { mode: (await stat(target)).mode & 0o7777 });
      written++;
      fixedWritten += c.fixed;
    } catch (err) {
      // One file that cannot be written does not keep the others from being fixed.
      if (!(err instanceof WriteError)) throw err;
      io.stderr.write(`calico-ipam-lint: ${c.path}: not fixed: ${err.message}\n`);
      unwritten++;
    }
  }
  for (const b of run.broken) io.stderr.write(`calico-ipam-lint: ${b}: fixes not applied: the fixed text would not parse as before (a bug; please report it)\n`);
  for (const r of out.results) {
    for (const f of r.findings) {
      if (f.fix && !isEditFix(f.fix)) io.stderr.write(`calico-ipam-lint: ${r.file}:${f.line}:${f.column}: ${f.ruleId} not fixed: ${f.fix.refused}\n`);
    }
  }
  if (run.passes >= MAX_FIX_PASSES && out.results.some((r) => r.findings.some((f) => isEditFix(f.fix)))) {
    io.stderr.write(`calico-ipam-lint: stopped fixing after ${MAX_FIX_PASSES} passes; run --fix again\n`);
  }
  // Only what reached the disk counts as fixed.
  const fixed = flags.fixDryRun ? run.fixed : fixedWritten;
  if (fixed > 0) {
    const files = flags.fixDryRun ? run.changed.length : written;
    const n = `${fixed} problem${fixed === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`;
    io.stderr.write(`calico-ipam-lint: ${flags.fixDryRun ? `--fix would fix ${n}` : `fixed ${n}`}\n`);
  }
  // The report would describe fixed text that is not on disk: fail instead (exit 2).
  const failed = [
    unwritten > 0 ? `${unwritten} file${unwritten === 1 ? "" : "s"} could not be written; the others were fixed` : "",
    meanwhile > 0 ? `${meanwhile} file${meanwhile === 1 ? "" : "s"} changed while being linted and ${meanwhile === 1 ? "was" : "were"} not fixed; run --fix again` : "",
  ].filter(Boolean);
  if (failed.length > 0) throw new WriteError(failed.join("\n"));
  return { ...out, files: run.files };
}
