import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);
import {
  WriteError,
  finishLint,
  writeFileAtomic
} from "./chunk-55MK7QZV.js";
import {
  lintRead
} from "./chunk-OYFFFNQY.js";
import "./chunk-4VNTBXCA.js";
import {
  MAX_FIX_PASSES,
  fixSources,
  isEditFix,
  unifiedDiff
} from "./chunk-4NCXSX2F.js";
import "./chunk-E5L47HBI.js";
import "./chunk-PJOHWLWG.js";
import "./chunk-KFKEVZ4F.js";
import "./chunk-UZMCNIHN.js";

// src/cli/fix.ts
import { readFile, realpath, stat } from "node:fs/promises";
import { isAbsolute, resolve, sep } from "node:path";
var diffName = (side, path) => isAbsolute(path) || path.startsWith("<") ? path : `${side}/${path.split(sep).join("/")}`;
async function runFixes(first, request, setup, flags, io) {
  let last = first;
  const lint = async (files) => {
    if (files === first.files) return first.results;
    last = await finishLint({ ...first, ...await lintRead(files, request), files }, setup, { cwd: io.cwd }, request);
    return last.results;
  };
  const run = await fixSources(first.files, lint);
  const out = run.passes === 0 ? first : last;
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
    const now = await readFile(target, "utf8").catch(() => null);
    if (now !== c.before) {
      io.stderr.write(`calico-ipam-lint: ${c.path}: not fixed: the file changed while it was being linted
`);
      meanwhile++;
      continue;
    }
    try {
      await writeFileAtomic(target, c.after, { mode: (await stat(target)).mode & 4095 });
      written++;
      fixedWritten += c.fixed;
    } catch (err) {
      if (!(err instanceof WriteError)) throw err;
      io.stderr.write(`calico-ipam-lint: ${c.path}: not fixed: ${err.message}
`);
      unwritten++;
    }
  }
  for (const b of run.broken) io.stderr.write(`calico-ipam-lint: ${b}: fixes not applied: the fixed text would not parse as before (a bug; please report it)
`);
  for (const r of out.results) {
    for (const f of r.findings) {
      if (f.fix && !isEditFix(f.fix)) io.stderr.write(`calico-ipam-lint: ${r.file}:${f.line}:${f.column}: ${f.ruleId} not fixed: ${f.fix.refused}
`);
    }
  }
  if (run.passes >= MAX_FIX_PASSES && out.results.some((r) => r.findings.some((f) => isEditFix(f.fix)))) {
    io.stderr.write(`calico-ipam-lint: stopped fixing after ${MAX_FIX_PASSES} passes; run --fix again
`);
  }
  const fixed = flags.fixDryRun ? run.fixed : fixedWritten;
  if (fixed > 0) {
    const files = flags.fixDryRun ? run.changed.length : written;
    const n = `${fixed} problem${fixed === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`;
    io.stderr.write(`calico-ipam-lint: ${flags.fixDryRun ? `--fix would fix ${n}` : `fixed ${n}`}
`);
  }
  const failed = [
    unwritten > 0 ? `${unwritten} file${unwritten === 1 ? "" : "s"} could not be written; the others were fixed` : "",
    meanwhile > 0 ? `${meanwhile} file${meanwhile === 1 ? "" : "s"} changed while being linted and ${meanwhile === 1 ? "was" : "were"} not fixed; run --fix again` : ""
  ].filter(Boolean);
  if (failed.length > 0) throw new WriteError(failed.join("\n"));
  return { ...out, files: run.files };
}
export {
  runFixes
};
