import {
  Composer,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  Parser,
  type Alias,
  type CST,
  type Document,
  type Node as YamlNode,
} from "yaml";
import type { MapEntry, Node, ParsedDocument, ScalarNode, ScalarStyle, SourceFile, Span, SyntaxProblem } from "./types.js";

const STYLES: Record<string, ScalarStyle> = {
  PLAIN: "plain",
  QUOTE_SINGLE: "single",
  QUOTE_DOUBLE: "double",
  BLOCK_LITERAL: "literal",
  BLOCK_FOLDED: "folded",
};

// Kubernetes decodes YAML with merge keys on. Duplicate keys are checked below rather than by the
// parser (`uniqueKeys: false`): its check compares every pair of keys of a map, so a map of a few
// hundred thousand keys took minutes. Aliases are resolved below too, in one pass: the parser's
// `Alias.resolve` walks the whole document for every alias, quadratic as well.
const PARSE_OPTIONS = { merge: true, prettyErrors: false, uniqueKeys: false, strict: true } as const;

/**
 * Collections may nest this deep. The parser's composer recurses about three frames per level and
 * overflows Node's default stack near 780 levels (less for sequences of maps), and an overflow deep
 * inside it can abort the process outright (V8 fails to compile a regular expression with no stack
 * left) rather than throw. So nesting is measured on the parser's explicit stack, before composing,
 * and a file is read only up to the first place it goes deeper. Kubernetes itself accepts up to
 * 10000 levels; no manifest comes near 500.
 */
export const MAX_DEPTH = 500;

/** Parse one file's text into documents. Never throws: problems become SyntaxProblems. */
export function parseSource(path: string, text: string, contextOnly = false): SourceFile {
  try {
    const guard: DepthGuard = { tooDeep: null };
    const composer = new Composer(PARSE_OPTIONS);
    const documents: ParsedDocument[] = [];
    // Documents are converted as they are composed, so the parser's own tree of a document can be
    // collected before the next one is read: a 50 MB stream of small objects stays within memory.
    for (const doc of composer.compose(cstTokens(text, guard))) documents.push(convertDocument(path, text, doc, documents.length));
    const problems: SyntaxProblem[] = guard.tooDeep
      ? [{ code: "TOO_DEEP", message: `Collections nested more than ${MAX_DEPTH} levels deep`, span: { file: path, ...guard.tooDeep } }]
      : [];
    return { path, text, documents, problems, contextOnly };
  } catch (err) {
    // Not expected (the depth guard keeps the parser's recursion bounded); kept so that one file's
    // surprise stays a finding in that file.
    const message = err instanceof RangeError ? "the document is nested too deeply to parse" : String(err);
    return {
      path,
      text,
      documents: [],
      problems: [{ code: "PARSE_FAILED", message, span: { file: path, start: 0, end: 0 } }],
      contextOnly,
    };
  }
}

interface DepthGuard {
  tooDeep: { start: number; end: number } | null;
}

/**
 * The parser's CST tokens for `text`, stopping before the first token that nests collections more
 * than MAX_DEPTH deep (the documents before it are still composed).
 */
function* cstTokens(text: string, guard: DepthGuard): Generator<CST.Token> {
  const parser = new Parser();
  for (const lexeme of new Lexer().lex(text)) {
    yield* parser.next(lexeme);
    // The parser's stack holds the document, each open collection, and at most one scalar on top.
    const { stack } = parser;
    if (stack.length > MAX_DEPTH + 1) {
      const top = stack[stack.length - 1];
      const innermost = isCollection(top) ? top : stack[stack.length - 2];
      if (stack.length - 1 - (innermost === top ? 0 : 1) > MAX_DEPTH) {
        // Located where the collection one level too deep starts (its bracket, dash or first key).
        const start = Math.min(innermost && "offset" in innermost ? innermost.offset : parser.offset, text.length);
        guard.tooDeep = { start, end: Math.min(start + 1, text.length) };
        return;
      }
    }
  }
  yield* parser.end();
}

const isCollection = (t: CST.Token | undefined): boolean => t?.type === "block-map" || t?.type === "block-seq" || t?.type === "flow-collection";

/** A file that could not be read as text at all. */
export function unreadableSource(path: string, message: string, contextOnly = false, at = 0, text = ""): SourceFile {
  return {
    path,
    text,
    documents: [],
    problems: [{ code: "UNREADABLE", message, span: { file: path, start: at, end: at } }],
    contextOnly,
  };
}

function convertDocument(path: string, text: string, doc: Document.Parsed, index: number): ParsedDocument {
  // Only the first error of a document is reported: past it the parser is resynchronising, and its
  // later errors follow from the first (a Go template or a stray fence gave a file 190 of them).
  // Kubernetes' YAML decoder (go-yaml) also stops at the first error and names only it.
  const first = doc.errors.filter((e) => !commentAfterBlockHeader(text, e)).reduce<(typeof doc.errors)[number] | undefined>((a, e) => (a === undefined || e.pos[0] < a.pos[0] ? e : a), undefined);
  const problems: SyntaxProblem[] = (first ? [first] : []).map((e) => {
    // The parser may point one past the end of the text (an unexpected end of input), or between
    // the CR and the LF of a line end, which is no column of the line.
    const start = notInCrlf(text, Math.min(e.pos[0], text.length));
    return { code: e.code, message: firstLine(e.message), span: { file: path, start, end: Math.max(start, notInCrlf(text, Math.min(e.pos[1], text.length))) } };
  });
  if (problems.length > 0) return { index, root: null, problems };
  try {
    const conv = new Converter(path, text);
    const root = doc.contents ? conv.convert(doc.contents as YamlNode, undefined) : null;
    if (conv.problems.length === 0 && doc.contents) {
      const excessive = excessiveAliasing(doc.contents as YamlNode, conv.aliasTargets);
      if (excessive) {
        conv.problems.push({
          code: "EXCESSIVE_ALIASING",
          message: `The aliases expand to far more than the document holds (kubectl: \`yaml: document contains excessive aliasing\`)`,
          span: spanOf(path, excessive),
        });
      }
    }
    if (conv.problems.length > 0) return { index, root: null, problems: conv.problems };
    return { index, root, problems };
  } catch (err) {
    const start = doc.range[0];
    const message = err instanceof RangeError ? "the document is nested too deeply to read" : String(err);
    return { index, root: null, problems: [{ code: "PARSE_FAILED", message, span: { file: path, start, end: start } }] };
  }
}

/**
 * `key: |# a comment`: YAML 1.2 wants white space before the `#`, go-yaml does not
 * (scannerc.go yaml_parser_scan_block_scalar skips a comment right after the indicators), so
 * kubectl, Helm and Argo CD read the block scalar; so does the parser here, after its error.
 */
const commentAfterBlockHeader = (text: string, e: { code: string; pos: [number, number] }): boolean =>
  e.code === "MISSING_CHAR" && text[e.pos[0]] === "#" && /(?:^|[\s:\-?\]}])[|>][-+1-9]{0,2}$/.test(text.slice(text.lastIndexOf("\n", e.pos[0] - 1) + 1, e.pos[0]));

const notInCrlf = (text: string, o: number): number => (o > 0 && text[o - 1] === "\r" && text[o] === "\n" ? o - 1 : o);

function firstLine(message: string): string {
  const i = message.indexOf(" at line ");
  return (i > 0 ? message.slice(0, i) : message.split("\n")[0] ?? message).trim();
}

function spanOf(path: string, node: { range?: [number, number, number] | null }): Span {
  const r = node.range;
  return r ? { file: path, start: r[0], end: r[1] } : { file: path, start: 0, end: 0 };
}

/** The identity the parser's duplicate-key check used: scalar keys equal by type and value. */
function keyIdentity(k: YamlNode): string | null {
  if (!isScalar(k)) return null;
  const v = k.value;
  if (typeof v === "symbol") return null; // a merge key `<<`
  return `${typeof v}:${String(v)}`;
}

/**
 * Converts one document's nodes, in document order, into the located tree. Every node is converted
 * once (`memo`): an alias shares its anchor's node, never copies it, so an alias bomb costs no more
 * memory than its text. Because nodes are visited in document order, an alias always meets its
 * anchor already converted, or still being converted (an anchor that contains itself): recursion is
 * bounded by the nesting depth, which the parser step bounds.
 */
class Converter {
  readonly problems: SyntaxProblem[] = [];
  /** Every alias met, with the node it stands for (null when no anchor of that name precedes it). */
  readonly aliasTargets = new Map<Alias, YamlNode | null>();
  private readonly memo = new Map<YamlNode, Node>();
  private readonly anchors = new Map<string, YamlNode>();
  private readonly open = new Set<YamlNode>();

  constructor(
    private readonly path: string,
    private readonly text: string,
  ) {}

  convert(node: YamlNode, commentBefore: string | undefined): Node {
    const { path, text } = this;
    if (isAlias(node)) {
      const target = this.resolve(node);
      if (!target || this.open.has(target)) {
        this.problems.push(
          target
            ? { code: "ALIAS_CYCLE", message: `Alias *${node.source} refers to a node that contains it (kubectl: \`yaml: anchor '${node.source}' value contains itself\`)`, span: spanOf(path, node) }
            : { code: "UNKNOWN_ANCHOR", message: `Alias *${node.source} has no anchor before it (kubectl: \`yaml: unknown anchor '${node.source}' referenced\`)`, span: spanOf(path, node) },
        );
        return { kind: "scalar", value: null, style: "plain", span: spanOf(path, node) };
      }
      return this.convert(target, commentBefore);
    }
    const seen = this.memo.get(node);
    if (seen) return seen;
    // An anchor is defined where its node starts, so it is visible inside the node itself.
    if (node.anchor) this.anchors.set(node.anchor, node);
    this.open.add(node);
    const comment = commentBefore ?? node.commentBefore ?? undefined;
    let out: Node;
    if (isMap(node)) {
      const entries: MapEntry[] = [];
      const keys = new Set<string>();
      const written = new Set<string>();
      const merged: MapEntry[] = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = pair.key as YamlNode | null;
        const v = pair.value as YamlNode | null;
        const keyText = k && isScalar(k) ? keyString(k.value) : null;
        const keyComment = (k && (k as { commentBefore?: string | null }).commentBefore) ?? undefined;
        // Keys that are not plain scalars (collections, aliases, anchored scalars) are converted
        // for their anchors and aliases only, to keep document order; they are not map entries.
        if (k && (!isScalar(k) || k.anchor)) this.convert(k, undefined);
        if (keyText === "<<" && v) {
          // Merge key: entries of the merged map(s) that this map does not set itself.
          const sources = isSeq(v) ? v.items : [v];
          if (isSeq(v) && v.anchor) this.anchors.set(v.anchor, v);
          for (const s of sources) {
            const m = this.convert(s as YamlNode, undefined);
            if (m.kind === "map") for (const e of m.entries) merged.push(e);
          }
          continue;
        }
        const id = k ? keyIdentity(k) : null;
        if (id !== null) {
          if (written.has(id)) {
            const at = k?.range?.[0] ?? 0;
            this.problems.push({ code: "DUPLICATE_KEY", message: "Map keys must be unique", span: { file: path, start: at, end: Math.min(at + 1, text.length) } });
          }
          written.add(id);
        }
        const value: Node = v
          ? this.convert(v, undefined)
          : { kind: "scalar", value: null, style: "plain", span: emptyAfter(path, k ?? node) };
        if (keyText === null || !k) continue;
        keys.add(keyText);
        entries.push(keyComment ? { key: keyText, keySpan: spanOf(path, k), value, commentBefore: keyComment } : { key: keyText, keySpan: spanOf(path, k), value });
      }
      for (const e of merged) {
        if (!keys.has(e.key)) {
          keys.add(e.key);
          entries.push(e);
        }
      }
      out = comment ? { kind: "map", entries, span: spanOf(path, node), commentBefore: comment } : { kind: "map", entries, span: spanOf(path, node) };
    } else if (isSeq(node)) {
      const items = node.items.map((it) =>
        it ? this.convert(it as YamlNode, undefined) : ({ kind: "scalar", value: null, style: "plain", span: spanOf(path, node) } as Node),
      );
      out = comment ? { kind: "seq", items, span: spanOf(path, node), commentBefore: comment } : { kind: "seq", items, span: spanOf(path, node) };
    } else if (isScalar(node)) {
      const style = STYLES[node.type ?? "PLAIN"] ?? "plain";
      const span = spanOf(path, node);
      const raw = node.value;
      const value = typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean" || typeof raw === "bigint" || raw === null ? raw : String(raw);
      const withSource: ScalarNode = { kind: "scalar", value, style, span, source: text.slice(span.start, span.end) };
      out = comment ? { ...withSource, commentBefore: comment } : withSource;
    } else {
      out = { kind: "scalar", value: null, style: "plain", span: spanOf(path, node) };
    }
    // The parser sets a tag only where the source writes one.
    if (node.tag) out = { ...out, tag: node.tag };
    this.open.delete(node);
    this.memo.set(node, out);
    return out;
  }

  /** The last node before the alias that carries its anchor, as YAML defines it. */
  private resolve(alias: Alias): YamlNode | null {
    const target = this.anchors.get(alias.source) ?? null;
    this.aliasTargets.set(alias, target);
    return target;
  }
}

/**
 * Kubernetes decodes manifests with go-yaml, which gives up on a document whose decoding is mostly
 * alias expansion (CVE-2019-11253, the "billion laughs"): more than 99% of the nodes decoded for
 * documents up to 400000 decoded nodes, scaling down to 10% at 4000000. This replays its count
 * (`decoder.unmarshal`, with `mapping`/`merge` order) without expanding anything, and stops as soon
 * as go-yaml would; the replay is bounded because the ratio is. Returns the outermost alias being
 * expanded when go-yaml would fail, or null when it decodes.
 */
function excessiveAliasing(root: YamlNode, targets: ReadonlyMap<Alias, YamlNode | null>): YamlNode | null {
  const allowed = (n: number): number => (n <= 400_000 ? 0.99 : n >= 4_000_000 ? 0.1 : 0.99 - 0.89 * ((n - 400_000) / 3_600_000));
  let decodeCount = 1; // the document node
  let aliasCount = 0;
  let aliasDepth = 0;
  let outermost: YamlNode | null = null;
  type Work = YamlNode | null | { leave: true };
  const work: Work[] = [root];
  while (work.length > 0) {
    const w = work.pop();
    if (w && "leave" in w) {
      aliasDepth--;
      continue;
    }
    decodeCount++;
    if (aliasDepth > 0) aliasCount++;
    if (aliasCount > 100 && decodeCount > 1000 && aliasCount / decodeCount > allowed(decodeCount)) return outermost;
    if (!w) continue; // an empty value decodes as one null node
    if (isAlias(w)) {
      const target = targets.get(w);
      if (!target) continue;
      if (aliasDepth === 0) outermost = w;
      aliasDepth++;
      work.push({ leave: true }, target);
    } else if (isMap(w)) {
      // Pushed in reverse, so that they are taken in order: key, value, next pair.
      for (let i = w.items.length - 1; i >= 0; i--) {
        const pair = w.items[i];
        if (!isPair(pair)) continue;
        const k = pair.key as YamlNode | null;
        const v = pair.value as YamlNode | null;
        if (k && isScalar(k) && keyString(k.value) === "<<") {
          // go-yaml's merge decodes the merged map(s) without counting the key or the sequence,
          // a sequence's maps last to first.
          if (v && isSeq(v)) for (const s of v.items) work.push(s as YamlNode | null);
          else work.push(v);
          continue;
        }
        work.push(v, k);
      }
    } else if (isSeq(w)) {
      for (let i = w.items.length - 1; i >= 0; i--) work.push(w.items[i] as YamlNode | null);
    }
  }
  return null;
}

function keyString(v: unknown): string | null {
  if (typeof v === "string") return v;
  // With merge keys on, the parser gives `<<` as a symbol.
  if (typeof v === "symbol") return v.description ?? null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  if (v === null) return "null";
  return null;
}

function emptyAfter(path: string, key: YamlNode): Span {
  const r = key.range;
  const at = r ? r[1] : 0;
  return { file: path, start: at, end: at };
}
