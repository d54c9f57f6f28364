import { diffLines, OMIT_HEADERS, formatPatch, structuredPatch, type ChangeObject, type StructuredPatchHunk } from "diff";

/**
 * Unified diffs of whole files (`--fix-dry-run`), in the format `git apply` and `patch -p1` read:
 * lines keep their own line endings (a CRLF file's diff carries its CRs), and a last line without a
 * newline is marked `\ No newline at end of file`. The diff itself is jsdiff's; the file headers
 * are written here so that names appear as the report shows them (jsdiff would C-quote names with
 * spaces or non-ASCII characters).
 */

/**
 * A unified diff from `before` to `after` with `context` lines around each change; "" when equal.
 * Files of `byDocumentsFrom` lines or more are diffed a document at a time (`byDocuments`).
 */
export function unifiedDiff(before: string, after: string, oldName: string, newName: string, context = 3, byDocumentsFrom = DIFFED_BY_DOCUMENTS): string {
  if (before === after) return "";
  const changes = byDocuments(before, after, byDocumentsFrom);
  const hunks = changes ? hunksOf(changes, context) : structuredPatch(oldName, newName, before, after, undefined, undefined, { context }).hunks;
  return `--- ${oldName}\n+++ ${newName}\n${formatPatch({ oldFileName: oldName, newFileName: newName, oldHeader: undefined, newHeader: undefined, hunks }, OMIT_HEADERS)}`;
}

/**
 * Files of at least this many lines are diffed a document at a time. jsdiff's Myers costs about
 * the lines times the lines changed: a fix on each of 15,000 pods of one file took minutes whole.
 */
export const DIFFED_BY_DOCUMENTS = 5000;

/**
 * The changes of a large multi-document file, each document diffed with its counterpart by
 * jsdiff: fixes change what is inside documents, so the documents pair up (as many `---` lines in
 * both), and the changes of each pair, one after another, are changes of the whole. Null for a
 * small file, or documents that do not pair up: the whole file is diffed.
 */
function byDocuments(before: string, after: string, from: number): ChangeObject<string>[] | null {
  const a = lines(before);
  const b = lines(after);
  if (a.length < from && b.length < from) return null;
  const da = documentStarts(a);
  const db = documentStarts(b);
  // The first document opens with `---` in both or in neither: else the `---` lines pair up otherwise.
  if (da.length !== db.length || da.length < 2 || SEPARATOR.test(a[0] ?? "") !== SEPARATOR.test(b[0] ?? "")) return null;
  const changes: ChangeObject<string>[] = [];
  const add = (c: ChangeObject<string>): void => {
    const last = changes[changes.length - 1];
    // Unchanged lines next to unchanged lines are one run, as in a diff of the whole.
    if (last && !last.added && !last.removed && !c.added && !c.removed) changes[changes.length - 1] = { ...last, value: last.value + c.value, count: last.count + c.count };
    else changes.push(c);
  };
  for (let i = 0; i < da.length; i++) {
    const old = a.slice(da[i], i + 1 < da.length ? da[i + 1] : a.length).join("");
    const now = b.slice(db[i], i + 1 < db.length ? db[i + 1] : b.length).join("");
    if (old === now) add({ value: old, count: (i + 1 < da.length ? (da[i + 1] as number) : a.length) - (da[i] as number), added: false, removed: false });
    else for (const c of diffLines(old, now)) add(c);
  }
  return changes;
}

/** The lines of a text, each with its line feed. */
const lines = (text: string): string[] => text.split(/(?<=\n)/);

/** The lines that start a YAML document (`---`), and the first line. */
function documentStarts(all: readonly string[]): number[] {
  const starts = [0];
  for (let i = 1; i < all.length; i++) if (SEPARATOR.test(all[i] as string)) starts.push(i);
  return starts;
}
const SEPARATOR = /^---(?:[ \t\r\n]|$)/;

/**
 * Hunks of a list of changes with `context` lines around each, as jsdiff's `structuredPatch`
 * makes them from its own diff (jsdiff does not export that step): changes parted by at most
 * twice the context share a hunk, and a last line without a line feed is followed by
 * `\ No newline at end of file`. test/fix/diff.test.ts checks the two agree.
 */
function hunksOf(changes: readonly ChangeObject<string>[], context: number): StructuredPatchHunk[] {
  const hunks: StructuredPatchHunk[] = [];
  const all = [...changes, { value: "", count: 0, added: false, removed: false }];
  const linesOf = (value: string): string[] => (value === "" ? [] : value.split(/(?<=\n)/));
  let oldStart = 0;
  let newStart = 0;
  let current: string[] = [];
  let oldLine = 1;
  let newLine = 1;
  let previous: string[] = [];
  for (let i = 0; i < all.length; i++) {
    const c = all[i] as ChangeObject<string>;
    const ls = linesOf(c.value);
    if (c.added || c.removed) {
      if (!oldStart) {
        oldStart = oldLine;
        newStart = newLine;
        current = context > 0 ? previous.slice(-context).map((l) => ` ${l}`) : [];
        oldStart -= current.length;
        newStart -= current.length;
      }
      for (const l of ls) current.push(`${c.added ? "+" : "-"}${l}`);
      if (c.added) newLine += ls.length;
      else oldLine += ls.length;
    } else {
      if (oldStart) {
        if (ls.length <= context * 2 && i < all.length - 2) {
          for (const l of ls) current.push(` ${l}`);
        } else {
          const n = Math.min(ls.length, context);
          for (const l of ls.slice(0, n)) current.push(` ${l}`);
          hunks.push({ oldStart, oldLines: oldLine - oldStart + n, newStart, newLines: newLine - newStart + n, lines: current });
          oldStart = 0;
          newStart = 0;
          current = [];
        }
      }
      oldLine += ls.length;
      newLine += ls.length;
    }
    previous = ls;
  }
  for (const h of hunks) {
    const out: string[] = [];
    for (const l of h.lines) {
      if (l.endsWith("\n")) out.push(l.slice(0, -1));
      else out.push(l, "\\ No newline at end of file");
    }
    h.lines = out;
  }
  return hunks;
}
