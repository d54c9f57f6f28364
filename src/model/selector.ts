/**
 * Calico label selectors (`nodeSelector`, `namespaceSelector`), parsed and evaluated as
 * `calico:libcalico-go/lib/selector` does: the tokenizer (`tokenizer/tokenizer.go`), the
 * recursive-descent parser (`parser/parser.go`) and the evaluation of each node (`parser/ast.go`).
 * Pure: text in, a tree or an error with its offset out.
 *
 * The grammar Calico accepts:
 *
 *   selector   := ε | or
 *   or         := and ("||" and)*
 *   and        := operation ("&&" operation)*
 *   operation  := "!"* ( "all()" | "global()" | "has(" label ")" | "(" or ")"
 *                      | label ("==" | "!=" | "contains" | "starts with" | "ends with") string
 *                      | label ("in" | "not in") "{" [string ("," string)* [","]] "}" )
 *   label      := [a-zA-Z0-9_./-]{1,512}
 *   string     := '"' [^"]* '"' | "'" [^']* "'"   (no escapes)
 *
 * Only space and tab separate tokens: a newline (a YAML `|` block's last line break) is an error.
 * An empty or blank selector selects everything. `startswith`, `endswith` and `notin` may be
 * written without the inner space; after a keyword operator a word boundary is required.
 * Evaluation: `==`, `contains`, `starts with`, `ends with` and `in` need the label present;
 * `!=` and `not in` match when it is absent; `global()` evaluates like `all()`.
 *
 * Error messages keep Calico's wording (the v3.32-era tokenizer and parser), with what was found
 * added where Calico prints an internal token dump instead.
 *
 * Written here on purpose: no package reads Calico's selector dialect (label-selector packages
 * read Kubernetes' syntax), and errors must be Calico's, at Calico's offsets.
 */

export type Selector =
  | { readonly kind: "all" }
  | { readonly kind: "global" }
  | { readonly kind: "has"; readonly label: string }
  | { readonly kind: "eq" | "ne" | "contains" | "startsWith" | "endsWith"; readonly label: string; readonly value: string }
  | { readonly kind: "in" | "notIn"; readonly label: string; readonly values: readonly string[] }
  | { readonly kind: "not"; readonly operand: Selector }
  | { readonly kind: "and" | "or"; readonly operands: readonly Selector[] };

export interface SelectorError {
  readonly message: string;
  /** Where the problem starts in the selector text (UTF-16 units; the text's length for its end). */
  readonly offset: number;
  /** Where it ends (at least `offset`). */
  readonly end: number;
}

export type SelectorResult = { readonly ok: Selector; readonly error?: undefined } | { readonly ok?: undefined; readonly error: SelectorError };

export type Labels = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

/** Calico's limit on a label's length (`tokenizer.MaxLabelLength`). */
export const MAX_LABEL_LENGTH = 512;

type TokKind =
  | "label"
  | "string"
  | "lbrace"
  | "rbrace"
  | "comma"
  | "eq"
  | "ne"
  | "in"
  | "not"
  | "notIn"
  | "contains"
  | "startsWith"
  | "endsWith"
  | "all"
  | "has"
  | "lparen"
  | "rparen"
  | "and"
  | "or"
  | "global"
  | "eof";

interface Token {
  readonly kind: TokKind;
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

class Fail extends Error {
  constructor(
    readonly detail: string,
    readonly start: number,
    readonly stop: number,
  ) {
    super(detail);
  }
}

const isWhitespace = (c: string | undefined): boolean => c === " " || c === "\t";
const isIdentChar = (c: string | undefined): boolean => c !== undefined && /^[a-zA-Z0-9_./-]$/.test(c);

function skipWhitespace(text: string, i: number): number {
  while (isWhitespace(text[i])) i++;
  return i;
}

/** A keyword at `i` followed by a word boundary (end of text or a non-label character). */
function keywordAt(text: string, i: number, word: string): number | null {
  if (!text.startsWith(word, i)) return null;
  const after = i + word.length;
  return isIdentChar(text[after]) ? null : after;
}

/** Two words with optional spaces or tabs between them (`starts with`, `startswith`), then a boundary. */
function twoWordsAt(text: string, i: number, first: string, second: string): number | null {
  if (!text.startsWith(first, i)) return null;
  const j = skipWhitespace(text, i + first.length);
  if (!text.startsWith(second, j)) return null;
  // Calico trims the blanks after the last word before it looks for the word boundary.
  const end = j + second.length;
  return isIdentChar(text[skipWhitespace(text, end)]) ? null : end;
}

function identifierAt(text: string, i: number): string {
  let j = i;
  while (isIdentChar(text[j])) j++;
  const ident = text.slice(i, j);
  if (ident.length > MAX_LABEL_LENGTH) throw new Fail(`label too long (${ident.length} characters; at most ${MAX_LABEL_LENGTH})`, i, j);
  if (ident === "") {
    const c = text[i];
    throw new Fail(c === undefined ? "expected identifier" : `expected identifier, found ${JSON.stringify(c)}`, i, c === undefined ? i : i + 1);
  }
  return ident;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const push = (kind: TokKind, start: number, end: number, value = ""): void => {
    out.push({ kind, value, start, end });
    i = end;
  };
  for (;;) {
    i = skipWhitespace(text, i);
    if (i >= text.length) {
      push("eof", text.length, text.length);
      return out;
    }
    const c = text[i];
    const last = out[out.length - 1];
    switch (c) {
      case "(":
        push("lparen", i, i + 1);
        continue;
      case ")":
        push("rparen", i, i + 1);
        continue;
      case "{":
        push("lbrace", i, i + 1);
        continue;
      case "}":
        push("rbrace", i, i + 1);
        continue;
      case ",":
        push("comma", i, i + 1);
        continue;
      case '"':
      case "'": {
        const close = text.indexOf(c, i + 1);
        if (close === -1) throw new Fail("unterminated string", i, text.length);
        push("string", i, close + 1, text.slice(i + 1, close));
        continue;
      }
      case "=":
        if (text[i + 1] !== "=") throw new Fail("expected ==", i, i + 1);
        push("eq", i, i + 2);
        continue;
      case "!":
        if (text[i + 1] === "=") push("ne", i, i + 2);
        else push("not", i, i + 1);
        continue;
      case "&":
        if (text[i + 1] !== "&") throw new Fail("expected &&", i, i + 1);
        push("and", i, i + 2);
        continue;
      case "|":
        if (text[i + 1] !== "|") throw new Fail("expected ||", i, i + 1);
        push("or", i, i + 2);
        continue;
      default:
        break;
    }
    if (last?.kind === "label") {
      // After a label only an operator may follow.
      let end: number | null;
      if ((end = keywordAt(text, i, "contains")) !== null) push("contains", i, end);
      else if ((end = twoWordsAt(text, i, "starts", "with")) !== null) push("startsWith", i, end);
      else if ((end = twoWordsAt(text, i, "ends", "with")) !== null) push("endsWith", i, end);
      else if ((end = twoWordsAt(text, i, "not", "in")) !== null) push("notIn", i, end);
      else if ((end = keywordAt(text, i, "in")) !== null) push("in", i, end);
      else {
        let j = i;
        while (j < text.length && !isWhitespace(text[j])) j++;
        throw new Fail(`expected operator after label ${JSON.stringify(last.value)}`, i, Math.max(j, i + 1));
      }
      continue;
    }
    if (text.startsWith("has(", i)) {
      const at = skipWhitespace(text, i + 4);
      const ident = identifierAt(text, at);
      const close = skipWhitespace(text, at + ident.length);
      if (text[close] !== ")") throw new Fail("no closing ')' after has(", close, Math.min(close + 1, text.length));
      push("has", i, close + 1, ident);
      continue;
    }
    const fn = text.startsWith("all(", i) ? "all" : text.startsWith("global(", i) ? "global" : null;
    if (fn) {
      const close = skipWhitespace(text, i + fn.length + 1);
      if (text[close] !== ")") throw new Fail(`no closing ')' after ${fn}(`, close, Math.min(close + 1, text.length));
      push(fn, i, close + 1);
      continue;
    }
    const ident = identifierAt(text, i);
    push("label", i, i + ident.length, ident);
  }
}

const OPERATORS: Partial<Record<TokKind, string>> = {
  eq: "==",
  ne: "!=",
  in: "in",
  notIn: "not in",
  contains: "contains",
  startsWith: "starts with",
  endsWith: "ends with",
  and: "&&",
  or: "||",
  not: "!",
  lparen: "(",
  rparen: ")",
  lbrace: "{",
  rbrace: "}",
  comma: ",",
  all: "all()",
  global: "global()",
};

function describe(t: Token): string {
  if (t.kind === "eof") return "the end of the selector";
  if (t.kind === "label") return `label ${JSON.stringify(t.value)}`;
  if (t.kind === "string") return `string ${JSON.stringify(t.value)}`;
  if (t.kind === "has") return `has(${t.value})`;
  return OPERATORS[t.kind] ?? t.kind;
}

/** A parenthesised expression being read: the ands of its ors, and whether a `!` came before it. */
interface Group {
  ors: Selector[];
  ands: Selector[];
  negated: boolean;
}

const combine = (kind: "and" | "or", operands: Selector[]): Selector => (operands.length === 1 ? (operands[0] as Selector) : { kind, operands });

class Parser {
  private pos = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  private peek(k = 0): Token {
    return this.tokens[Math.min(this.pos + k, this.tokens.length - 1)] as Token;
  }

  private fail(message: string, t: Token): never {
    throw new Fail(message, t.start, t.end);
  }

  /**
   * Calico's grammar (or of ands of operations, an operation a parenthesised expression) parsed
   * with an explicit stack of open parentheses, not recursion: a selector nested 5,000 deep is valid
   * for Calico (Go's stacks grow) and must not overflow ours.
   */
  root(): Selector {
    if (this.peek().kind === "eof") return { kind: "all" };
    const groups: Group[] = [{ ors: [], ands: [], negated: false }];
    for (;;) {
      let negated = false;
      while (this.peek().kind === "not") {
        negated = !negated;
        this.pos++;
      }
      if (this.peek().kind === "lparen") {
        this.pos++;
        groups.push({ ors: [], ands: [], negated });
        continue;
      }
      const primary = this.primary();
      let node: Selector = negated ? { kind: "not", operand: primary } : primary;
      // Close every group the operand ends, until an operator asks for another operand.
      for (;;) {
        const g = groups[groups.length - 1] as Group;
        g.ands.push(node);
        const next = this.peek();
        if (next.kind === "and") {
          this.pos++;
          break;
        }
        if (next.kind === "or") {
          this.pos++;
          g.ors.push(combine("and", g.ands));
          g.ands = [];
          break;
        }
        const group = combine("or", [...g.ors, combine("and", g.ands)]);
        if (groups.length === 1) {
          if (next.kind !== "eof") this.fail(`unexpected content at end of selector: ${describe(next)}`, next);
          return group;
        }
        if (next.kind !== "rparen") this.fail(`expected ), found ${describe(next)}`, next);
        this.pos++;
        groups.pop();
        node = g.negated ? { kind: "not", operand: group } : group;
      }
    }
  }

  /** An operation other than a parenthesised expression. */
  private primary(): Selector {
    const t = this.peek();
    switch (t.kind) {
      case "has":
        this.pos++;
        return { kind: "has", label: t.value };
      case "all":
      case "global":
        this.pos++;
        return { kind: t.kind };
      case "label":
        return this.labelOperation(t);
      default:
        return this.fail(`unexpected token: ${describe(t)}`, t);
    }
  }

  private labelOperation(label: Token): Selector {
    const op = this.peek(1);
    if (op.kind === "eof") this.fail("unexpected end of string looking for op", op);
    const arg = this.peek(2);
    switch (op.kind) {
      case "eq":
      case "ne":
      case "contains":
      case "startsWith":
      case "endsWith":
        if (arg.kind !== "string") this.fail(`expected string after ${OPERATORS[op.kind] ?? op.kind}, found ${describe(arg)}`, arg);
        this.pos += 3;
        return { kind: op.kind, label: label.value, value: arg.value };
      case "in":
      case "notIn": {
        if (arg.kind !== "lbrace") this.fail(`expected set literal after ${OPERATORS[op.kind] ?? op.kind}, found ${describe(arg)}`, arg);
        this.pos += 3;
        const values: string[] = [];
        while (this.peek().kind === "string") {
          values.push(this.peek().value);
          this.pos++;
          if (this.peek().kind !== "comma") break;
          this.pos++;
        }
        const close = this.peek();
        if (close.kind !== "rbrace") this.fail(`expected }, found ${describe(close)}`, close);
        this.pos++;
        return { kind: op.kind, label: label.value, values: [...new Set(values)].sort() };
      }
      default:
        return this.fail(`expected == or != after label ${JSON.stringify(label.value)}, found ${describe(op)}`, op);
    }
  }
}

/** Parse a selector as Calico's `selector.Parse` / `selector.Validate` do. */
export function parseSelector(text: string): SelectorResult {
  try {
    return { ok: new Parser(tokenize(text)).root() };
  } catch (e) {
    if (e instanceof Fail) return { error: { message: e.detail, offset: e.start, end: Math.max(e.start, e.stop) } };
    throw e;
  }
}

function lookup(labels: Labels, key: string): string | undefined {
  if (labels instanceof Map) return (labels as ReadonlyMap<string, string>).get(key);
  const rec = labels as Readonly<Record<string, string>>;
  return Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : undefined;
}

/** Whether one selector without operands matches the labels. */
function test(sel: Selector, labels: Labels): boolean {
  switch (sel.kind) {
    case "all":
    case "global":
      return true;
    case "has":
      return lookup(labels, sel.label) !== undefined;
    case "eq": {
      const v = lookup(labels, sel.label);
      return v !== undefined && v === sel.value;
    }
    case "ne": {
      const v = lookup(labels, sel.label);
      return v === undefined || v !== sel.value;
    }
    case "contains": {
      const v = lookup(labels, sel.label);
      return v !== undefined && v.includes(sel.value);
    }
    case "startsWith": {
      const v = lookup(labels, sel.label);
      return v !== undefined && v.startsWith(sel.value);
    }
    case "endsWith": {
      const v = lookup(labels, sel.label);
      return v !== undefined && v.endsWith(sel.value);
    }
    case "in": {
      const v = lookup(labels, sel.label);
      return v !== undefined && sel.values.includes(v);
    }
    case "notIn": {
      const v = lookup(labels, sel.label);
      return v === undefined || !sel.values.includes(v);
    }
    default:
      throw new Error(`selector ${sel.kind} has operands`);
  }
}

/**
 * Whether the selector matches the labels, as Calico's `Selector.Evaluate` (`&&` and `||` stop at
 * the first operand that decides). Iterative: selectors may nest thousands deep.
 */
export function evaluate(sel: Selector, labels: Labels): boolean {
  // The and/or/not nodes being evaluated; `i` is the operand being looked at.
  const frames: { sel: Selector; i: number }[] = [];
  let cur: Selector = sel;
  for (;;) {
    if (cur.kind === "not" || cur.kind === "and" || cur.kind === "or") {
      frames.push({ sel: cur, i: 0 });
      cur = cur.kind === "not" ? cur.operand : (cur.operands[0] as Selector);
      continue;
    }
    let value = test(cur, labels);
    // Hand the value up until a frame needs another operand.
    for (;;) {
      const f = frames[frames.length - 1];
      if (!f) return value;
      const s = f.sel;
      if (s.kind === "not") {
        frames.pop();
        value = !value;
        continue;
      }
      const ops = (s as { readonly operands: readonly Selector[] }).operands;
      f.i++;
      const decided = s.kind === "and" ? !value : value;
      if (decided || f.i >= ops.length) {
        frames.pop();
        continue;
      }
      cur = ops[f.i] as Selector;
      break;
    }
  }
}

const quote = (s: string): string => (s.includes('"') ? `'${s}'` : `"${s}"`);

/** Calico's canonical form of a selector (`Selector.String()`). Iterative: selectors may nest thousands deep. */
export function selectorString(sel: Selector): string {
  const out: string[] = [];
  // Selectors still to write, and the literal text between them.
  const work: (Selector | string)[] = [sel];
  while (work.length > 0) {
    const w = work.pop() as Selector | string;
    if (typeof w === "string") {
      out.push(w);
    } else if (w.kind === "not") {
      out.push("!");
      work.push(w.operand);
    } else if (w.kind === "and" || w.kind === "or") {
      const sep = w.kind === "and" ? " && " : " || ";
      work.push(")");
      for (let i = w.operands.length - 1; i >= 0; i--) {
        work.push(w.operands[i] as Selector);
        if (i > 0) work.push(sep);
      }
      out.push("(");
    } else {
      out.push(leafString(w));
    }
  }
  return out.join("");
}

function leafString(sel: Selector): string {
  switch (sel.kind) {
    case "all":
      return "all()";
    case "global":
      return "global()";
    case "has":
      return `has(${sel.label})`;
    case "eq":
      return `${sel.label} == ${quote(sel.value)}`;
    case "ne":
      return `${sel.label} != ${quote(sel.value)}`;
    case "contains":
      return `${sel.label} contains ${quote(sel.value)}`;
    case "startsWith":
      return `${sel.label} starts with ${quote(sel.value)}`;
    case "endsWith":
      return `${sel.label} ends with ${quote(sel.value)}`;
    case "in":
    case "notIn":
      return `${sel.label} ${sel.kind === "in" ? "in" : "not in"} {${sel.values.map(quote).join(", ")}}`;
    default:
      throw new Error(`selector ${sel.kind} has operands`);
  }
}
