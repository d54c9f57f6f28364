import { ST_DOUBLE, ST_PLAIN, ST_SINGLE } from "./tape.js";

/**
 * Scalar values, exactly as the `yaml` package resolves them (YAML 1.2 core schema), for the
 * scalars the scanner accepts. These functions copy the package's resolution by hand (it exports
 * no function for a scalar's text alone), so they are tied to the version package.json pins:
 * test/load/scalars.test.ts compares them with that version over a generated set of scalars.
 */

/** A plain scalar's value under the core schema (`yaml`'s tags in their order). */
export function resolvePlain(s: string): string | number | boolean | null {
  const c = s.charCodeAt(0);
  // Of the core tags, only null and bool match a text that starts with a letter.
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
    // Compared by hand: a Map lookup hashed every key (`name`, `namespace`) read.
    const n = s.length;
    if (n === 4) {
      if (c === 110 /* n */) return s === "null" ? null : s;
      if (c === 116 /* t */) return s === "true" ? true : s;
      if (c === 78 /* N */) return s === "Null" || s === "NULL" ? null : s;
      if (c === 84 /* T */) return s === "True" || s === "TRUE" ? true : s;
    } else if (n === 5) {
      if (c === 102 /* f */) return s === "false" ? false : s;
      if (c === 70 /* F */) return s === "False" || s === "FALSE" ? false : s;
    }
    return s;
  }
  if (c >= 48 && c <= 57) {
    // Digits only (a port, a count): an integer, whatever tag comes first.
    let i = 1;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === s.length) return parseInt(s, 10);
  } else if (c !== 126 /* ~ */ && c !== 43 /* + */ && c !== 45 /* - */ && c !== 46 /* . */ && s.length > 0) {
    // Every tag below matches only a text that starts with one of those or a digit.
    return s;
  }
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === "t" || s[0] === "T";
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) {
    return s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

/**
 * Whether the `n` characters at `start` of `t` are one of the words the core schema reads as null or
 * a boolean (`null`, `Null`, `NULL`, `true`, …, `FALSE`). Compared code by code: nine `startsWith`
 * calls made this the longest of the reader's functions for V8's optimising compiler (28 ms).
 */
export function isNullOrBoolAt(t: string, start: number, n: number): boolean {
  const first = t.charCodeAt(start);
  let word: string;
  if (n === 4 && (first | 32) === 110) word = "null";
  else if (n === 4 && (first | 32) === 116) word = "true";
  else if (n === 5 && (first | 32) === 102) word = "false";
  else return false;
  // All lower case after the first letter, or all capitals (then the first is a capital too).
  const capitals = t.charCodeAt(start + 1) < 97;
  if (capitals && first >= 97) return false;
  const shift = capitals ? 32 : 0;
  for (let i = 1; i < n; i++) if (t.charCodeAt(start + i) !== word.charCodeAt(i) - shift) return false;
  return true;
}

/**
 * Whether `resolvePlain` gives the plain scalar at [start, end) of `t` as its text (a string), told
 * without copying it out; false also when that takes resolving it.
 */
export function plainIsText(t: string, start: number, end: number): boolean {
  const c = t.charCodeAt(start);
  const n = end - start;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return !isNullOrBoolAt(t, start, n);
  return n > 0 && !(c >= 48 && c <= 57) && c !== 126 && c !== 43 && c !== 45 && c !== 46;
}

const LF_CODE = 10;
const SQ_CODE = 39;
const BACKSLASH_CODE = 92;

/** The value of the scalar of `style` at [start, end) of `t`. */
export function scalarValue(t: string, style: number, start: number, end: number): string | number | boolean | null {
  switch (style) {
    case ST_PLAIN: {
      const src = t.slice(start, end);
      return resolvePlain(src.indexOf("\n") === -1 ? src : unfoldLines(src));
    }
    case ST_SINGLE:
      // Most quoted scalars hold no line break and no escape: their text between the quotes, sliced once.
      if (!holds(t, start + 1, end - 1, SQ_CODE)) return t.slice(start + 1, end - 1);
      return unfoldLines(t.slice(start + 1, end - 1)).replace(/''/g, "'");
    case ST_DOUBLE:
      if (!holds(t, start + 1, end - 1, BACKSLASH_CODE)) return t.slice(start + 1, end - 1);
      return doubleQuotedValue(t.slice(start, end));
    default:
      return blockScalarValue(t.slice(start, end));
  }
}

/** Whether the text from `start` to `end` holds a line break or the character `c`. */
function holds(t: string, start: number, end: number, c: number): boolean {
  for (let i = start; i < end; i++) {
    const d = t.charCodeAt(i);
    if (d === c || d === LF_CODE) return true;
  }
  return false;
}

/** The text of a mapping key, as the precise path gives it (`keyString` in parse.ts). */
export function keyText(t: string, style: number, start: number, end: number): string {
  return asKey(scalarValue(t, style, start, end));
}

/** A key's value as the text of the key. */
export const asKey = (v: string | number | boolean | null): string => (typeof v === "string" ? v : v === null ? "null" : String(v));

// Mirrors `unfoldLines` in yaml's resolve-flow-scalar (no tabs or CRs reach it here).
function unfoldLines(source: string): string {
  const line = /(.*?)\n/sy;
  let match = line.exec(source);
  if (!match) return source;
  let res = (match[1] ?? "").replace(/(?<! ) +$/, "");
  let sep = " ";
  let pos = line.lastIndex;
  while ((match = line.exec(source))) {
    const lm = (match[1] ?? "").replace(/^ +|(?<! ) +$/g, "");
    if (lm === "") {
      if (sep === "\n") res += sep;
      else sep = "\n";
    } else {
      res += sep + lm;
      sep = " ";
    }
    pos = line.lastIndex;
  }
  const last = / *(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep + (match?.[1] ?? "");
}

const ESCAPE_CODES: Record<string, string> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
};

// Mirrors `doubleQuotedValue` in yaml's resolve-flow-scalar (escapes were checked while parsing).
function doubleQuotedValue(source: string): string {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === "\n") {
      let fold = "";
      let n = source[i + 1];
      while (n === " " || n === "\n") {
        if (n === "\n") fold += "\n";
        i += 1;
        n = source[i + 1];
      }
      res += fold || " ";
    } else if (ch === "\\") {
      let next = source[++i];
      const cc = next === undefined ? undefined : ESCAPE_CODES[next];
      if (cc) res += cc;
      else if (next === "\n") {
        next = source[i + 1];
        while (next === " ") next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        res += String.fromCodePoint(parseInt(source.substr(i + 1, length), 16));
        i += length;
      }
    } else if (ch === " ") {
      const wsStart = i;
      let next = source[i + 1];
      while (next === " ") next = source[++i + 1];
      if (next !== "\n") res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  return res;
}

// Mirrors `resolveBlockScalar` in yaml's resolve-block-scalar, for the headers the parser accepts
// (no indentation indicator) and content it accepts (some, no more-indented leading blank lines).
function blockScalarValue(src: string): string {
  const nl = src.indexOf("\n");
  const header = src.slice(0, nl);
  const folded = header[0] === ">";
  const chomp = header[1] === "-" || header[1] === "+" ? header[1] : "";
  const body = src.slice(nl + 1);
  const lines = splitLines(body);
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    if ((lines[i]?.[1] ?? "") === "") chompStart = i;
    else break;
  }
  let trimIndent = 0;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i] ?? ["", ""];
    if (content === "") {
      if (indent.length > trimIndent) trimIndent = indent.length;
    } else {
      trimIndent = indent.length;
      contentStart = i;
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) if ((lines[i]?.[0].length ?? 0) > trimIndent) chompStart = i + 1;
  let value = "";
  let sep = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += (lines[i]?.[0] ?? "").slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    const [indent, content] = lines[i] ?? ["", ""];
    if (!folded) {
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
    } else if (indent.length > trimIndent) {
      if (sep === " ") sep = "\n";
      else if (!prevMoreIndented && sep === "\n") sep = "\n\n";
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep === "\n") value += "\n";
      else sep = "\n";
    } else {
      value += sep + content;
      sep = " ";
      prevMoreIndented = false;
    }
  }
  if (chomp === "+") {
    for (let i = chompStart; i < lines.length; ++i) value += "\n" + (lines[i]?.[0] ?? "").slice(trimIndent);
    if (value[value.length - 1] !== "\n") value += "\n";
  } else if (chomp !== "-") {
    value += "\n";
  }
  return value;
}

function splitLines(source: string): [string, string][] {
  const split = source.split(/\n( *)/);
  const first = split[0] ?? "";
  const m = /^( *)/.exec(first);
  const lines: [string, string][] = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i] ?? "", split[i + 1] ?? ""]);
  return lines;
}
