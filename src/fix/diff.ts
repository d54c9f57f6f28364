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

/** Myers' O((N+M)D) shortest edit script between two line lists (after trimming common ends). */
function editScript(a: readonly string[], b: readonly string[]): Op[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const A = a.slice(pre, a.length - suf);
  const B = b.slice(pre, b.length - suf);
  const n = A.length;
  const m = B.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = n === 0 && m === 0;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number)) ? (v[offset + k + 1] as number) : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && A[x] === B[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back through the saved frontiers.
  const middle: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d] as Int32Array;
    const k = x - y;
    const prevK = k === -d || (k !== d && (vd[offset + k - 1] as number) < (vd[offset + k + 1] as number)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : (vd[offset + prevK] as number);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      y--;
      middle.push({ kind: "same", line: A[--x] as string });
    }
    if (d > 0) {
      if (x === prevX) middle.push({ kind: "add", line: B[--y] as string });
      else middle.push({ kind: "del", line: A[--x] as string });
    }
  }
  middle.reverse();
  return [...a.slice(0, pre).map((line) => ({ kind: "same" as const, line })), ...middle, ...a.slice(a.length - suf).map((line) => ({ kind: "same" as const, line }))];
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
