import type { ScalarNode, Span } from "./types.js";

export interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Offsets of line starts, for offset → line/column conversion by binary search. The text is read
 * for line breaks only as far as the furthest offset asked for, in one pass: a file's findings are
 * usually a few, and a run over 30,000 documents read every file twice to the end (5% of a warm run).
 */
export class LineIndex {
  private starts = new Int32Array(64);
  private count = 1;
  /** Every line break before this offset is in `starts`. */
  private done = 0;

  constructor(private readonly text: string) {}

  private readTo(o: number): void {
    const t = this.text;
    let starts = this.starts;
    let n = this.count;
    let i = t.indexOf("\n", this.done);
    for (; i !== -1; i = t.indexOf("\n", i + 1)) {
      if (n === starts.length) {
        const grown = new Int32Array(n * 2);
        grown.set(starts);
        starts = this.starts = grown;
      }
      starts[n++] = i + 1;
      if (i >= o) break;
    }
    this.count = n;
    this.done = i === -1 ? t.length + 1 : i + 1;
  }

  /** 1-based line and column (UTF-16 units) of an offset. */
  position(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    if (o >= this.done) this.readTo(o);
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (this.starts[lo] ?? 0) + 1 };
  }

  /** Offset of a 1-based line and column; the end of the text for a line past its last. */
  offset(line: number, column: number): number {
    const len = this.text.length;
    if (line <= 1) return Math.min(len, column - 1);
    while (this.count < line && this.done <= len) this.readTo(this.done);
    const start = line <= this.count ? this.starts[line - 1] : undefined;
    return start === undefined ? len : Math.min(len, start + column - 1);
  }

  location(span: { start: number; end: number }): Location {
    const s = this.position(span.start);
    const e = this.position(Math.max(span.start, span.end));
    return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  }
}

/**
 * The span of characters [from, to) of a scalar's *value* in the source. Where the source text of
 * the scalar does not map one-to-one onto its value (escapes we cannot follow, folding, block
 * scalars), the whole scalar is returned: an honest position rather than a wrong one.
 */
export function innerSpan(node: ScalarNode, from: number, to: number): Span {
  const map = valueOffsets(node);
  if (!map) return node.span;
  const a = map[from];
  const b = map[Math.max(from, to)];
  if (a === undefined || b === undefined) return node.span;
  return { file: node.span.file, start: a, end: b };
}

const mapCache = new WeakMap<ScalarNode, number[] | null>();

/**
 * For each character of the value, its offset in the file, plus one final entry for the end of the
 * value; null when no such map exists.
 */
function valueOffsets(node: ScalarNode): number[] | null {
  const cached = mapCache.get(node);
  if (cached !== undefined) return cached;
  const result = computeOffsets(node);
  mapCache.set(node, result);
  return result;
}

function computeOffsets(node: ScalarNode): number[] | null {
  const src = node.source;
  const value = node.value;
  if (src === undefined || typeof value !== "string") return null;
  const base = node.span.start;
  const out: number[] = [];
  if (node.style === "plain") {
    if (src !== value) return null;
    for (let i = 0; i <= value.length; i++) out.push(base + i);
    return out;
  }
  if (node.style === "single") {
    // src includes the quotes; '' stands for one quote.
    for (let i = 1; i < src.length - 1; i++) {
      const c = src[i];
      if (c === "\n" || c === "\r") return null;
      out.push(base + i);
      if (c === "'") i++;
    }
    out.push(base + src.length - 1);
    return out.length === value.length + 1 ? out : null;
  }
  if (node.style === "double") {
    // Every escape YAML knows stands for one character (\U beyond the BMP for two UTF-16 units),
    // mapped to the escape's backslash; a line break (folding) has no such map.
    for (let i = 1; i < src.length - 1; i++) {
      const c = src[i];
      if (c === "\n" || c === "\r") return null;
      if (c !== "\\") {
        out.push(base + i);
        continue;
      }
      const n = src[i + 1] ?? "";
      const hex = n === "x" ? 2 : n === "u" ? 4 : n === "U" ? 8 : 0;
      if (hex > 0) {
        const digits = src.slice(i + 2, i + 2 + hex);
        if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) return null;
        const units = n === "U" && parseInt(digits, 16) > 0xffff ? 2 : 1;
        for (let u = 0; u < units; u++) out.push(base + i);
        i += 1 + hex;
      } else if ('0abt\tnvfre "/\\N_LP'.includes(n) && n !== "") {
        out.push(base + i);
        i++;
      } else {
        return null;
      }
    }
    out.push(base + src.length - 1);
    return out.length === value.length + 1 ? out : null;
  }
  return blockOffsets(src, value, base, node.style === "folded");
}

/**
 * Offsets for a block scalar (`|` or `>`, indentation detected, not given): each content line's
 * characters after the indentation, each line break at its CR or LF. A folded scalar maps only
 * when no line break of its content is folded into a space, that is when it holds one line. The
 * map is checked against the value the parser read; anything else is no map.
 */
function blockOffsets(src: string, value: string, base: number, folded: boolean): number[] | null {
  const header = /^[|>]([+-]?)(?:[ \t]+#[^\r\n]*)?[ \t]*(\r?\n)/.exec(src);
  if (!header) return null;
  let i = header[0].length;
  const chars: string[] = [];
  const at: number[] = [];
  let indent = -1;
  let contentLines = 0;
  while (i < src.length) {
    const nl = src.indexOf("\n", i);
    const lineEnd = nl === -1 ? src.length : nl;
    const bodyEnd = lineEnd > i && src[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
    const line = src.slice(i, bodyEnd);
    const spaces = /^ */.exec(line)?.[0].length ?? 0;
    if (indent === -1 && spaces < line.length) indent = spaces;
    if (indent !== -1 && spaces < indent && spaces < line.length) break; // less indented: the end
    if (indent !== -1 && line.length > indent) {
      contentLines++;
      for (let k = indent; k < line.length; k++) {
        chars.push(line[k] ?? "");
        at.push(base + i + k);
      }
    }
    if (nl === -1) break;
    chars.push("\n");
    at.push(base + bodyEnd);
    i = nl + 1;
  }
  if (folded && contentLines > 1) return null;
  const built = chars.join("");
  if (!built.startsWith(value)) return null;
  const out = at.slice(0, value.length);
  out.push(at[value.length] ?? base + src.length);
  return out;
}
