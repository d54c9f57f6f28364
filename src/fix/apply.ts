import type { EditFix, TextEdit } from "./types.js";

const byPosition = (a: TextEdit, b: TextEdit): number => a.span.start - b.span.start || a.span.end - b.span.end;

/**
 * Why a fix cannot be applied to a file of this length, or null: every edit must lie in the file
 * the finding is in, inside its text, and the fix's own edits may touch but not overlap.
 */
export function fixProblem(fix: EditFix, file: string, length: number): string | null {
  if (fix.edits.length === 0) return "a fix without edits";
  let prevEnd = -1;
  for (const e of [...fix.edits].sort(byPosition)) {
    const { start, end } = e.span;
    if (e.span.file !== file) return `an edit in ${e.span.file}, not in ${file}`;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) return `an edit at ${start}-${end}, outside the text`;
    if (start < prevEnd) return `edits that overlap at ${start}`;
    prevEnd = end;
  }
  return null;
}

export interface Applied {
  /** The text with the applied fixes. */
  readonly text: string;
  /** The fixes applied, whole. */
  readonly applied: readonly EditFix[];
  /** Fixes left out because an edit overlaps or touches an edit of a fix taken before them. */
  readonly deferred: readonly EditFix[];
}

/**
 * Apply fixes to one file's text, each whole or not at all, in order of position (as ESLint does:
 * a fix whose edits overlap or touch those of a fix already taken is left for the next pass, when
 * the rules run again on the new text). Text outside the edits is copied unchanged.
 */
export function applyFixes(text: string, fixes: readonly EditFix[]): Applied {
  const order = fixes
    .map((fix) => ({ fix, edits: [...fix.edits].sort(byPosition) }))
    .filter((f) => f.edits.length > 0)
    .sort((a, b) => byPosition(a.edits[0] as TextEdit, b.edits[0] as TextEdit));
  /** Edits taken so far, sorted and pairwise apart. */
  const taken: TextEdit[] = [];
  const applied: EditFix[] = [];
  const deferred: EditFix[] = [];
  const conflicts = (e: TextEdit): boolean => {
    // The first taken edit that starts after e.start, and the one before it.
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((taken[mid] as TextEdit).span.start <= e.span.start) lo = mid + 1;
      else hi = mid;
    }
    const before = taken[lo - 1];
    const after = taken[lo];
    return (before !== undefined && before.span.end >= e.span.start) || (after !== undefined && after.span.start <= e.span.end);
  };
  for (const { fix, edits } of order) {
    if (edits.some(conflicts)) {
      deferred.push(fix);
      continue;
    }
    for (const e of edits) {
      let i = taken.length;
      while (i > 0 && byPosition(taken[i - 1] as TextEdit, e) > 0) i--;
      taken.splice(i, 0, e);
    }
    applied.push(fix);
  }
  if (applied.length === 0) return { text, applied, deferred };
  let out = "";
  let at = 0;
  for (const e of taken) {
    out += text.slice(at, e.span.start) + e.text;
    at = e.span.end;
  }
  out += text.slice(at);
  return { text: out, applied, deferred };
}
