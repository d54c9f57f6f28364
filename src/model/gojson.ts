/**
 * Go's `json.Unmarshal(data, &[]string{})`, reproduced for the messages Calico passes through to the
 * pod's events: syntax errors from Go's scanner (first error wins, checked over the whole input
 * before decoding), then type errors. Each decoded string keeps its offsets in the input so that
 * findings can point at the entry.
 *
 * Written here on purpose, not JSON.parse: the errors, their wording and their order must be Go's,
 * which no JavaScript parser reproduces.
 */

export interface JsonItem {
  readonly value: string;
  /** Offsets of the string's contents (between the quotes) in the input. */
  readonly start: number;
  readonly end: number;
}

export type GoJsonResult =
  | { ok: true; items: JsonItem[] | null }
  | { ok: false; error: string; /** offset of the offending character */ offset: number; kind: "syntax" | "type" };

const WS = new Set([" ", "\t", "\r", "\n"]);

const GO_ESCAPES: Record<number, string> = { 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r", 0x5c: "\\\\" };

/**
 * Go's `quoteChar`: the scanner reports a *byte*, so a non-ASCII character shows as its first UTF-8
 * byte read as Latin-1 (`“` is reported as 'â'), quoted as `strconv.Quote` quotes it.
 */
function quoteChar(c: string): string {
  if (c === "'") return "'\\''";
  if (c === '"') return "'\"'";
  const code = c.codePointAt(0) ?? 0;
  const byte = code < 0x80 ? code : (new TextEncoder().encode(c)[0] ?? 0);
  const named = GO_ESCAPES[byte];
  if (named) return `'${named}'`;
  if (byte < 0x20 || byte === 0x7f) return `'\\x${byte.toString(16).padStart(2, "0")}'`;
  if ((byte >= 0x80 && byte <= 0xa0) || byte === 0xad) return `'\\u00${byte.toString(16).padStart(2, "0")}'`;
  return `'${String.fromCharCode(byte)}'`;
}

class SyntaxErr extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

type Value =
  | { t: "string"; v: string; start: number; end: number }
  | { t: "number" | "bool" | "null" | "object"; start: number }
  | { t: "array"; items: Value[]; start: number };

class Scanner {
  i = 0;
  constructor(readonly s: string) {}

  fail(context: string): never {
    if (this.i >= this.s.length) throw new SyntaxErr("unexpected end of JSON input", this.s.length);
    const c = String.fromCodePoint(this.s.codePointAt(this.i) ?? 0);
    throw new SyntaxErr(`invalid character ${quoteChar(c)} ${context}`, this.i);
  }

  ws(): void {
    while (this.i < this.s.length && WS.has(this.s[this.i] as string)) this.i++;
  }

  value(): Value {
    this.ws();
    const c = this.s[this.i];
    const start = this.i;
    if (c === "[") return this.array();
    if (c === "{") {
      this.object();
      return { t: "object", start };
    }
    if (c === '"') return this.string();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) {
      this.number();
      return { t: "number", start };
    }
    if (c === "t") return this.literal("true", "bool");
    if (c === "f") return this.literal("false", "bool");
    if (c === "n") return this.literal("null", "null");
    return this.fail("looking for beginning of value");
  }

  literal(word: string, t: "bool" | "null"): Value {
    const start = this.i;
    for (let k = 0; k < word.length; k++, this.i++) {
      if (this.s[this.i] !== word[k]) this.fail(`in literal ${word} (expecting '${word[k]}')`);
    }
    return { t, start };
  }

  number(): void {
    if (this.s[this.i] === "-") this.i++;
    const d = (): boolean => this.i < this.s.length && (this.s[this.i] as string) >= "0" && (this.s[this.i] as string) <= "9";
    if (this.s[this.i] === "0") this.i++;
    else if (d()) while (d()) this.i++;
    else this.fail("in numeric literal");
    if (this.s[this.i] === ".") {
      this.i++;
      if (!d()) this.fail("after decimal point in numeric literal");
      while (d()) this.i++;
    }
    if (this.s[this.i] === "e" || this.s[this.i] === "E") {
      this.i++;
      if (this.s[this.i] === "+" || this.s[this.i] === "-") this.i++;
      if (!d()) this.fail("in exponent of numeric literal");
      while (d()) this.i++;
    }
  }

  string(): Value & { t: "string" } {
    const open = this.i;
    this.i++;
    for (;;) {
      if (this.i >= this.s.length) this.fail("in string literal");
      const c = this.s[this.i] as string;
      if (c === '"') break;
      if (c === "\\") {
        this.i++;
        const e = this.s[this.i];
        if (e === undefined) this.fail("in string escape code");
        if ('"\\/bfnrt'.includes(e)) this.i++;
        else if (e === "u") {
          this.i++;
          for (let k = 0; k < 4; k++, this.i++) {
            if (!/[0-9a-fA-F]/.test(this.s[this.i] ?? "")) this.fail("in \\u hexadecimal character escape");
          }
        } else this.fail("in string escape code");
        continue;
      }
      if (c.charCodeAt(0) < 0x20) this.fail("in string literal");
      this.i++;
    }
    const raw = this.s.slice(open, this.i + 1);
    this.i++;
    return { t: "string", v: JSON.parse(raw) as string, start: open + 1, end: this.i - 1 };
  }

  array(): Value {
    const start = this.i;
    this.i++;
    const items: Value[] = [];
    this.ws();
    if (this.s[this.i] === "]") {
      this.i++;
      return { t: "array", items, start };
    }
    for (;;) {
      items.push(this.value());
      this.ws();
      const c = this.s[this.i];
      if (c === ",") {
        this.i++;
        continue;
      }
      if (c === "]") {
        this.i++;
        return { t: "array", items, start };
      }
      this.fail("after array element");
    }
  }

  object(): void {
    this.i++;
    this.ws();
    if (this.s[this.i] === "}") {
      this.i++;
      return;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') this.fail("looking for beginning of object key string");
      this.string();
      this.ws();
      if (this.s[this.i] !== ":") this.fail("after object key");
      this.i++;
      this.value();
      this.ws();
      const c = this.s[this.i];
      if (c === ",") {
        this.i++;
        continue;
      }
      if (c === "}") {
        this.i++;
        return;
      }
      this.fail("after object key:value pair");
    }
  }
}

const GO_TYPE: Record<string, string> = { number: "number", bool: "bool", object: "object", array: "array", string: "string" };

const isWs = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;

/**
 * The common case without the scanner: an array of strings with no escapes or control characters
 * (`["10.0.0.1", "10.0.0.2"]`), whose strings are their text between the quotes. Undefined for
 * anything else, which the scanner decides (and words the errors of).
 */
function plainStringList(s: string): JsonItem[] | undefined {
  const n = s.length;
  let i = 0;
  while (i < n && isWs(s.charCodeAt(i))) i++;
  if (s.charCodeAt(i) !== 0x5b) return undefined;
  i++;
  while (i < n && isWs(s.charCodeAt(i))) i++;
  const items: JsonItem[] = [];
  if (s.charCodeAt(i) === 0x5d) i++;
  else {
    for (;;) {
      if (s.charCodeAt(i) !== 0x22) return undefined;
      const start = ++i;
      for (;;) {
        if (i >= n) return undefined;
        const c = s.charCodeAt(i);
        if (c === 0x22) break;
        if (c === 0x5c || c < 0x20) return undefined;
        i++;
      }
      items.push({ value: s.slice(start, i), start, end: i });
      i++;
      while (i < n && isWs(s.charCodeAt(i))) i++;
      const c = s.charCodeAt(i);
      i++;
      if (c === 0x5d) break;
      if (c !== 0x2c) return undefined;
      while (i < n && isWs(s.charCodeAt(i))) i++;
    }
  }
  while (i < n && isWs(s.charCodeAt(i))) i++;
  return i === n ? items : undefined;
}

/** Decode `s` exactly as Go's `json.Unmarshal` into `[]string` would. */
export function goUnmarshalStringList(s: string): GoJsonResult {
  const plain = plainStringList(s);
  if (plain) return { ok: true, items: plain };
  const sc = new Scanner(s);
  let top: Value;
  try {
    top = sc.value();
    sc.ws();
    if (sc.i < s.length) sc.fail("after top-level value");
  } catch (e) {
    if (e instanceof SyntaxErr) return { ok: false, error: e.message, offset: e.offset, kind: "syntax" };
    throw e;
  }
  if (top.t === "null") return { ok: true, items: null };
  if (top.t !== "array") {
    // Point at the value's first character (a string's `start` is past its opening quote).
    const offset = top.t === "string" ? top.start - 1 : top.start;
    return { ok: false, error: `json: cannot unmarshal ${GO_TYPE[top.t] ?? top.t} into Go value of type []string`, offset, kind: "type" };
  }
  const items: JsonItem[] = [];
  let typeErr: { error: string; offset: number } | null = null;
  for (const it of top.items) {
    if (it.t === "string") items.push({ value: it.v, start: it.start, end: it.end });
    else if (it.t === "null") items.push({ value: "", start: it.start, end: it.start + 4 });
    else typeErr ??= { error: `json: cannot unmarshal ${GO_TYPE[it.t] ?? it.t} into Go value of type string`, offset: it.start };
  }
  // Go keeps decoding after a type error and reports the first one.
  if (typeErr) return { ok: false, error: typeErr.error, offset: typeErr.offset, kind: "type" };
  return { ok: true, items };
}
