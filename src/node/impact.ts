import { existsSync } from "node:fs";
import { realpath } from "node:fs/promises";
import { isAbsolute, join, resolve, sep } from "node:path";
import type { LintRequest, LintResult } from "../api.js";
import { recount } from "../engine/baseline.js";
import { changeImpact, type Impact as Caused } from "../engine/impact.js";
import { compareFindings } from "../engine/run.js";
import { renderedRoot } from "../layout/relocate.js";
import { decodeText, displayPath } from "../load/files.js";
import { LazySources, manifestReader, type SourceFile } from "../load/index.js";
import type { FileResult, Finding } from "../report/index.js";
import { blobs, changedSince, GitError, gitToplevel, hasCommit, hashes } from "./git.js";

/**
 * The changed-only runs' view of what their changes cause in untouched files (engine/impact.ts):
 * which files are the changes and which count as untouched, for `--changed-since`, the hooks'
 * `--impact-since` and the Action on a pull request (node/setup.ts starts it and finishes with it).
 */

export interface Impact {
  readonly ref: string;
  /** Whether git lists the file as changed since the revision (committed, staged, unstaged, untracked). */
  readonly changed: (file: string) => boolean;
  readonly previous: LazySources;
  /** Manifests deleted since the revision, as they were there, by the path they had (relative to the working directory). */
  readonly deleted: LazySources;
  /** Files neither a change nor untouched: standard input, which `--changed-since` reports whole. */
  readonly skip?: (file: string) => boolean;
  /** `--impact-since`: only the files given (not context) are the changes. */
  readonly givenOnly: boolean;
  /** `--impact-since`: what a change causes in context files counts (the hooks' context is the repository). */
  readonly contextCounts: boolean;
}

/**
 * Decide the files git listed without reading (`unsure`, node/git.ts) that the run's files and
 * findings name: the same text now as at the revision is no change. Called with the files as read
 * from disk (the first run, before `--fix`); later calls decide only what is still open.
 */
export type Settle = (files: readonly SourceFile[], named: readonly string[]) => Promise<void>;

/** Which files read are the changes: with `--impact-since`, only those given (not the context). */
function changesRead(out: LintResult, impact: Impact): (path: string) => boolean {
  if (!impact.givenOnly) return impact.changed;
  const given = new Set(out.files.filter((f) => !f.contextOnly).map((f) => f.path));
  return (p) => given.has(p) && impact.changed(p);
}

/** The findings the changes cause in untouched files, at the changed objects (or, for a deleted file, where they are). */
export function causedBy(out: LintResult, results: FileResult[], impact: Impact, request: LintRequest): Caused {
  const changed = changesRead(out, impact);
  // A deleted manifest counts where the run would have read it: under a path or context it names.
  const cwd = resolve(request.cwd ?? ".");
  const roots = [...(request.paths ?? []), ...(request.context ?? [])].map((p) => resolve(cwd, p));
  const read = new Set(out.files.map((f) => f.path));
  const deleted = [...impact.deleted.keys()]
    .filter((p) => !read.has(p) && roots.some((r) => resolve(cwd, p) === r || resolve(cwd, p).startsWith(r.endsWith(sep) ? r : r + sep)))
    .map((p) => impact.deleted.get(p))
    .filter((f): f is SourceFile => f !== undefined);
  // A flat run without context files already holds every file's findings (baseline applied).
  const flat = out.scopes === undefined && out.files.every((f) => !f.contextOnly);
  return changeImpact({
    files: out.files,
    changed,
    previous: impact.previous,
    deleted,
    contextCounts: impact.contextCounts,
    ...(impact.skip ? { skip: impact.skip } : {}),
    options: request,
    ...(flat ? { now: results } : {}),
    // Read through the layout: what the run itself reports decides (the hooks' context is not in it).
    ...(out.scopes !== undefined && !impact.contextCounts ? { confirm: results } : {}),
  });
}

/**
 * The notes for charts whose files changed and whose rendered output holds IP pools or
 * reservations. The comparison reads files as written, so what such a change (a CIDR in
 * values.yaml) does to untouched files is not followed (docs/changed-only.md, Limits): said,
 * rather than a run over the changes passing in silence where the whole repository's fails.
 */
export function unfollowedCharts(out: LintResult, impact: Impact, cwd: string): string[] {
  const changed = changesRead(out, impact);
  const charts = new Map<string, string>();
  for (const scope of out.scopes ?? []) {
    for (const o of [...scope.model.pools.map((p) => p.object), ...scope.model.reservations.map((r) => r.object)]) {
      const dir = renderedRoot(o.ref.file);
      if (dir !== undefined && !charts.has(dir) && existsSync(join(resolve(cwd, dir), "Chart.yaml"))) charts.set(dir, `${o.ref.kind} ${o.ref.name ?? ""}`.trim());
    }
  }
  const notes: string[] = [];
  for (const [dir, what] of charts) {
    const under = `${dir.replace(/\/+$/, "")}/`;
    const edits = out.files.map((f) => f.path).filter((p) => p.startsWith(under) && changed(p));
    if (edits.length === 0) continue;
    const which = edits.length === 1 ? `${edits[0]} changed` : `${edits[0]} and ${edits.length - 1} more of its files changed`;
    notes.push(`${which} what the chart ${dir} renders, which holds ${what}: what that does to files the change did not touch is not followed here (docs/changed-only.md); lint the whole repository to see it`);
  }
  return notes;
}

/** The results with more findings, in order, counted again. */
function merged(results: readonly FileResult[], caused: readonly Finding[]): FileResult[] {
  const byFile = new Map<string, Finding[]>();
  for (const f of caused) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const out = results.map((r) => {
    const more = byFile.get(r.file);
    if (!more) return r;
    byFile.delete(r.file);
    return recount(r, [...r.findings, ...more].sort(compareFindings));
  });
  for (const [file, list] of byFile) out.push(recount({ file, findings: [], errorCount: 0, warningCount: 0 }, list.sort(compareFindings)));
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The results (scope applied) with what the changes cause. */
export function withCaused(results: FileResult[], caused: Caused): FileResult[] {
  // What a deletion causes is located in the untouched file: not again where that file is reported.
  const key = (f: Finding): string => JSON.stringify([f.ruleId, f.file, f.line, f.column, f.endLine, f.endColumn]);
  const shown = new Set(results.flatMap((r) => r.findings.map(key)));
  const more = [...caused.atChanges, ...caused.inPlace.filter((f) => !shown.has(key(f)))];
  return more.length > 0 ? merged(results, more) : results;
}

/** A revision that cannot be compared with: setup.ts says it as a SetupError (exit 2). */
export class RevisionError extends Error {}

/** The top of the git work tree that holds `cwd`; a RevisionError without git or outside one. */
async function workTree(cwd: string, flag: string): Promise<string> {
  try {
    return await gitToplevel(cwd);
  } catch (err) {
    throw new RevisionError(`${flag} needs a git work tree: ${(err as Error).message}`);
  }
}

async function changedSetup(ref: string, cwd: string, stdinName: string, flag = "--changed-since"): Promise<{ inScope: (file: string) => boolean; previous: LazySources; deleted: LazySources; settle: Settle }> {
  const top = await workTree(cwd, flag);
  let changed;
  try {
    changed = await changedSince(ref, top);
  } catch (err) {
    throw new RevisionError(`${flag} ${ref}: ${err instanceof GitError ? err.message : String(err)}`);
  }
  const realCwd = await realpath(cwd).catch(() => resolve(cwd));
  const scope = new Set(changed.filter((c) => !c.deleted).map((c) => c.path));
  // Listed by stat data alone: each a change until its text says otherwise. By the path the run
  // shows, as the files and findings name them.
  const unsure = new Map(
    changed.filter((c) => c.unsure).map((c) => {
      const shown = displayPath(c.path, realCwd);
      return [shown, { shown, abs: c.path, before: c.before ?? "", blob: c.blob ?? "" }];
    }),
  );
  const manifests = changed.filter((c) => c.before !== undefined && /\.(ya?ml|json)$/i.test(c.path));
  const texts = new Map<string, string>();
  const gone = new Map<string, string>();
  const contents = await blobs(manifests.map((c) => c.blob ?? ""), top).catch((err: unknown) => {
    throw new RevisionError(`${flag} ${ref}: ${(err as Error).message}`);
  });
  for (const c of manifests) {
    const blob = contents.get(c.blob ?? "");
    if (!blob) continue;
    const decoded = decodeText(blob);
    if ("error" in decoded) continue;
    // Keyed by the path the run shows for the file now, so rules find it from the file they lint.
    const shown = displayPath(c.path, realCwd);
    (c.deleted ? gone : texts).set(shown, decoded.text);
  }
  // Parsed when a rule first asks for one (few do: files with pools or bare Pods), with the fast
  // reader where it accepts the text, as the files linted now are.
  const previous = new LazySources(texts, manifestReader());
  const absolute = (file: string): string => (isAbsolute(file) ? file : resolve(realCwd, file));
  const inScope = (file: string): boolean => file === stdinName || scope.has(absolute(file));
  const settle: Settle = async (files, named) => {
    if (unsure.size === 0) return;
    const ask: { before: string; blob: string; abs: string }[] = [];
    const take = (path: string): { shown: string; abs: string; before: string; blob: string } | undefined => {
      const key = unsure.has(path) || !isAbsolute(path) ? path : displayPath(path, realCwd);
      const u = unsure.get(key);
      unsure.delete(key);
      return u;
    };
    for (const f of files) {
      const u = take(f.path);
      if (!u) continue;
      const then = f.problems.length === 0 ? texts.get(u.shown) : undefined;
      if (then === undefined) ask.push(u);
      else if (f.text === then) scope.delete(u.abs); // decoded without loss (a BOM kept): the same bytes
      // Line endings alone differ: git's own conversion (core.autocrlf, eol attributes) decides.
      else if (f.text.includes("\r") && f.text.replace(/\r\n/g, "\n") === then.replace(/\r\n/g, "\n")) ask.push(u);
    }
    for (const p of named) {
      const u = take(p);
      if (u) ask.push(u);
    }
    // Files not read as text, a template's findings, line endings: git hashes those few as it would store them.
    const now = await hashes(ask.map((u) => u.before), top).catch((err: unknown) => {
      throw new RevisionError(`${flag} ${ref}: ${(err as Error).message}`);
    });
    ask.forEach((u, i) => {
      if (now[i] !== "" && now[i] === u.blob) scope.delete(u.abs);
    });
  };
  return { inScope, previous, deleted: new LazySources(gone, manifestReader()), settle };
}

/** What `--changed-since`, `--impact-since` and the Action's pull request base set up. */
export async function changesFor(flags: { readonly changedSince?: string; readonly impactSince?: string; readonly pullRequestBase?: string; readonly stdinFilename?: string }, cwd: string): Promise<{ changed?: { inScope: (file: string) => boolean; previous: LazySources }; impact?: Impact; settle?: Settle }> {
  const stdinName = flags.stdinFilename ?? "<stdin>";
  if (flags.changedSince !== undefined) {
    const changed = await changedSetup(flags.changedSince, cwd, stdinName);
    const impact: Impact = { ref: flags.changedSince, changed: (f) => f !== stdinName && changed.inScope(f), skip: (f) => f === stdinName, previous: changed.previous, deleted: changed.deleted, givenOnly: false, contextCounts: false };
    return { changed, impact, settle: changed.settle };
  }
  const ref = flags.impactSince ?? flags.pullRequestBase;
  if (ref === undefined) return {};
  // HEAD before the first commit (the hooks' HEAD in a new repository): nothing to compare with.
  // Without git, or outside a work tree, that is said, not taken for a new repository.
  if (flags.impactSince === "HEAD" && !(await hasCommit("HEAD", cwd))) {
    await workTree(cwd, "--impact-since");
    return {};
  }
  // The hooks report every file given, so nothing is kept out of the report: they only add.
  const hooks = flags.impactSince !== undefined;
  const since = await changedSetup(ref, cwd, "", hooks ? "--impact-since" : "the pull request's base");
  return { impact: { ref, changed: since.inScope, previous: since.previous, deleted: since.deleted, givenOnly: hooks, contextCounts: hooks }, settle: since.settle };
}
