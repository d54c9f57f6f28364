import type { Node, ScalarNode } from "../load/index.js";

type ScalarStyle = ScalarNode["style"];

/** Line-level helpers over a file's text (offsets are UTF-16, like the loader's spans). */

/** Offset of the start of the line holding `pos`. */
export const lineStart = (text: string, pos: number): number => text.lastIndexOf("\n", pos - 1) + 1;

/** Offset of the start of the line after the one holding `pos` (the text's end on the last line). */
export function nextLineStart(text: string, pos: number): number {
  const i = text.indexOf("\n", pos);
  return i === -1 ? text.length : i + 1;
}

/** The column (0-based) of `pos` when only spaces precede it on its line, else null. */
export function indentBefore(text: string, pos: number): number | null {
  const start = lineStart(text, pos);
  return /^ *$/.test(text.slice(start, pos)) ? pos - start : null;
}

/** The line ending to use for a line inserted at `pos`: the one of the line before it, else the file's first. */
export function eolAt(text: string, pos: number): string {
  if (pos > 0 && text[pos - 1] === "\n") return text[pos - 2] === "\r" ? "\r\n" : "\n";
  const i = text.indexOf("\n");
  return i > 0 && text[i - 1] === "\r" ? "\r\n" : "\n";
}

/** A block collection, not a flow one (`{…}`, `[…]`) nor a scalar. */
export const isBlock = (text: string, n: Node): boolean => n.kind !== "scalar" && text[n.span.start] !== "{" && text[n.span.start] !== "[";

/**
 * Where a node's own text ends. A block collection's span also covers comment lines after its
 * last entry; those belong to what follows, so the end is that of the last entry's content.
 */
export function contentEnd(text: string, n: Node): number {
  if (n.kind === "scalar" || !isBlock(text, n)) return n.span.end;
  let end = n.span.start;
  if (n.kind === "map") {
    for (const e of n.entries) end = Math.max(end, e.keySpan.end, contentEnd(text, e.value));
  } else {
    // An empty item (`-` alone) is given the sequence's own span: it ends no later than the others.
    for (const i of n.items) if (i.span !== n.span && !(i.span.start === n.span.start && i.span.end === n.span.end)) end = Math.max(end, contentEnd(text, i));
  }
  return end;
}

/** The offset just after the line on which a node's content ends (its line break included). */
export function afterContent(text: string, n: Node): number {
  const end = contentEnd(text, n);
  return end > 0 && text[end - 1] === "\n" ? end : nextLineStart(text, end);
}

const CORE_NON_STRING = [
  /^(?:null|Null|NULL|~|true|True|TRUE|false|False|FALSE)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^[-+]?\.(?:inf|Inf|INF)$/,
  /^\.(?:nan|NaN|NAN)$/,
];

/**
 * Whether a value can be written as a plain scalar and read back as the same string, in block or
 * flow context: no indicator at its start, no `: ` or ` #`, no flow indicators, no surrounding
 * spaces, and not a null, boolean or number of the YAML core schema.
 */
export function isPlainSafe(v: string): boolean {
  if (v === "" || v !== v.trim() || /[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(v)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(v) && !/^[-?:][^\s,[\]{}]/.test(v)) return false;
  if (/[,[\]{}]/.test(v) || /:(\s|$)/.test(v) || /\s#/.test(v)) return false;
  return !CORE_NON_STRING.some((r) => r.test(v));
}

/** Characters a YAML file may not hold as they are (or a line break, which quotes would fold). */
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A YAML double-quoted scalar. JSON's string escapes are all YAML double-quoted escapes too, so a
 * JSON string is one (and in a JSON file it is what must be written); characters YAML does not
 * allow raw are escaped as well.
 */
export const doubleQuoted = (v: string): string => JSON.stringify(v).replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/**
 * A YAML single-quoted scalar: only `'` needs escaping (as `''`). A value single quotes cannot
 * carry (a line break, a control character) is double-quoted instead.
 */
export const singleQuoted = (v: string): string => (new RegExp(UNPRINTABLE.source).test(v) ? doubleQuoted(v) : `'${v.replace(/'/g, "''")}'`);

/** The value written in a flow scalar style, or null for block scalars (`|`, `>`). */
export function writeScalar(style: ScalarStyle, v: string): string | null {
  switch (style) {
    case "single":
      return singleQuoted(v);
    case "double":
      return doubleQuoted(v);
    case "plain":
      return isPlainSafe(v) ? v : singleQuoted(v);
    default:
      return null;
  }
}

/** The style a key is written in, read from its text. */
export function keyStyle(text: string, start: number): ScalarStyle {
  const c = text[start];
  return c === "'" ? "single" : c === '"' ? "double" : "plain";
}
