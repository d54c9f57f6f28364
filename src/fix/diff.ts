/**
 * Unified diffs of whole files (`--fix-dry-run`), in the format `git apply` and `patch -p1` read:
 * lines keep their own line endings (a CRLF file's diff carries its CRs), and a last line without a
 * newline is marked `\ No newline at end of file`.
 */

/** Lines with their endings; the last may have none. */
function splitLines(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", at)) {
    out.push(text.slice(at, i + 1));
    at = i + 1;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

type Op = { kind: "same" | "del" | "add"; line: string };

/** Edit distance past which a region is shown as replaced whole rather than searched further. */
const MAX_EDITS = 2000;

/**
 * Myers' O((N+M)D) shortest edit script for one region, keeping only the part of each frontier a
 * step can reach (so memory is O(D²)); past MAX_EDITS the region is shown as deleted and added.
 */
function myers(A: readonly string[], B: readonly string[], out: Op[]): void {
  const n = A.length;
  const m = B.length;
  const frontiers: Int32Array[] = [];
  /** x reached on diagonal k after d steps, from frontier d (which covers k in [-d, d]). */
  const xAt = (d: number, k: number): number => (frontiers[d] as Int32Array)[k + d] as number;
  let done = n === 0 && m === 0;
  for (let d = 0; !done; d++) {
    if (d > MAX_EDITS) {
      for (const line of A) out.push({ kind: "del", line });
      for (const line of B) out.push({ kind: "add", line });
      return;
    }
    const v = new Int32Array(2 * d + 1);
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (d === 0) x = 0;
      else if (k === -d || (k !== d && xAt(d - 1, k - 1) < xAt(d - 1, k + 1))) x = xAt(d - 1, k + 1);
      else x = xAt(d - 1, k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && A[x] === B[y]) {
        x++;
        y++;
      }
      v[k + d] = x;
      if (x >= n && y >= m) done = true;
    }
    frontiers.push(v);
  }
  // Walk back from the end through the frontiers.
  const rev: Op[] = [];
  let x = n;
  let y = m;
  for (let d = frontiers.length - 1; d >= 0; d--) {
    const k = x - y;
    let prevX = 0;
    let prevY = 0;
    if (d > 0) {
      const prevK = k === -d || (k !== d && xAt(d - 1, k - 1) < xAt(d - 1, k + 1)) ? k + 1 : k - 1;
      prevX = xAt(d - 1, prevK);
      prevY = prevX - prevK;
    }
    while (x > prevX && y > prevY) {
      y--;
      rev.push({ kind: "same", line: A[--x] as string });
    }
    if (d > 0) {
      if (x === prevX) rev.push({ kind: "add", line: B[--y] as string });
      else rev.push({ kind: "del", line: A[--x] as string });
    }
  }
  for (let i = rev.length - 1; i >= 0; i--) out.push(rev[i] as Op);
}

/**
 * Line diff: common ends trimmed, then lines that occur once on each side anchor the match (the
 * patience method; fixed files differ from their originals in a few places, however large they
 * are), and the stretches between anchors are diffed with Myers.
 */
function diffLines(a: readonly string[], b: readonly string[], out: Op[], depth = 0): void {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) out.push({ kind: "same", line: a[pre++] as string });
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const A = a.slice(pre, a.length - suf);
  const B = b.slice(pre, b.length - suf);
  const tail = a.slice(a.length - suf);
  if (A.length === 0 || B.length === 0 || depth > 32) {
    myers(A, B, out);
  } else {
    const count = new Map<string, [number, number, number]>(); // occurrences in A, in B, index in B
    A.forEach((l) => {
      const c = count.get(l) ?? [0, 0, -1];
      c[0]++;
      count.set(l, c);
    });
    B.forEach((l, j) => {
      const c = count.get(l);
      if (c) {
        c[1]++;
        c[2] = j;
      }
    });
    const pairs: [number, number][] = [];
    A.forEach((l, i) => {
      const c = count.get(l);
      if (c && c[0] === 1 && c[1] === 1) pairs.push([i, c[2]]);
    });
    // Longest run of pairs increasing in both (patience sorting).
    const tops: number[] = [];
    const back: number[] = [];
    pairs.forEach(([, j], p) => {
      let lo = 0;
      let hi = tops.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((pairs[tops[mid] as number] as [number, number])[1] < j) lo = mid + 1;
        else hi = mid;
      }
      back[p] = lo > 0 ? (tops[lo - 1] as number) : -1;
      tops[lo] = p;
    });
    const anchors: [number, number][] = [];
    for (let p = tops.length > 0 ? (tops[tops.length - 1] as number) : -1; p !== -1; p = back[p] as number) anchors.push(pairs[p] as [number, number]);
    anchors.reverse();
    if (anchors.length === 0) {
      myers(A, B, out);
    } else {
      let i = 0;
      let j = 0;
      for (const [ai, bj] of anchors) {
        diffLines(A.slice(i, ai), B.slice(j, bj), out, depth + 1);
        out.push({ kind: "same", line: A[ai] as string });
        i = ai + 1;
        j = bj + 1;
      }
      diffLines(A.slice(i), B.slice(j), out, depth + 1);
    }
  }
  for (const line of tail) out.push({ kind: "same", line });
}

function editScript(a: readonly string[], b: readonly string[]): Op[] {
  const out: Op[] = [];
  diffLines(a, b, out);
  return out;
}

const NO_NEWLINE = "\\ No newline at end of file\n";

function render(prefix: string, line: string): string {
  return line.endsWith("\n") ? `${prefix}${line}` : `${prefix}${line}\n${NO_NEWLINE}`;
}

/** A unified diff from `before` to `after` with `context` lines around each change; "" when equal. */
export function unifiedDiff(before: string, after: string, oldName: string, newName: string, context = 3): string {
  if (before === after) return "";
  const ops = editScript(splitLines(before), splitLines(after));
  // Group changes into hunks whose context overlaps.
  const changed = ops.map((o, i) => (o.kind === "same" ? -1 : i)).filter((i) => i >= 0);
  const hunks: [number, number][] = [];
  for (const i of changed) {
    const last = hunks[hunks.length - 1];
    if (last && i - last[1] <= 2 * context + 1) last[1] = i;
    else hunks.push([i, i]);
  }
  let out = `--- ${oldName}\n+++ ${newName}\n`;
  // Line numbers before each op.
  const aLine: number[] = [];
  const bLine: number[] = [];
  let al = 1;
  let bl = 1;
  for (const o of ops) {
    aLine.push(al);
    bLine.push(bl);
    if (o.kind !== "add") al++;
    if (o.kind !== "del") bl++;
  }
  for (const [first, last] of hunks) {
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length - 1, last + context);
    const slice = ops.slice(from, to + 1);
    const aCount = slice.filter((o) => o.kind !== "add").length;
    const bCount = slice.filter((o) => o.kind !== "del").length;
    const aStart = aCount === 0 ? (aLine[from] as number) - 1 : (aLine[from] as number);
    const bStart = bCount === 0 ? (bLine[from] as number) - 1 : (bLine[from] as number);
    out += `@@ -${aStart}${aCount === 1 ? "" : `,${aCount}`} +${bStart}${bCount === 1 ? "" : `,${bCount}`} @@\n`;
    for (const o of slice) out += render(o.kind === "same" ? " " : o.kind === "del" ? "-" : "+", o.line);
  }
  return out;
}
