import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node as YamlNode } from "yaml";
import type { MapEntry, Node, ParsedDocument, ScalarStyle, SourceFile, Span, SyntaxProblem } from "./types.js";

const STYLES: Record<string, ScalarStyle> = {
  PLAIN: "plain",
  QUOTE_SINGLE: "single",
  QUOTE_DOUBLE: "double",
  BLOCK_LITERAL: "literal",
  BLOCK_FOLDED: "folded",
};

// Kubernetes decodes YAML with merge keys on; aliases are resolved by sharing, never by copying,
// so an alias bomb costs no more memory than its text.
const PARSE_OPTIONS = { merge: true, prettyErrors: false, uniqueKeys: true, strict: true } as const;

/** Parse one file's text into documents. Never throws: problems become SyntaxProblems. */
export function parseSource(path: string, text: string, contextOnly = false): SourceFile {
  try {
    const docs = parseAllDocuments(text, PARSE_OPTIONS);
    const list = Array.isArray(docs) ? docs : [];
    const documents = list.map((doc, index) => convertDocument(path, text, doc, index));
    return { path, text, documents, problems: [], contextOnly };
  } catch (err) {
    // The parser itself gave up (for example, nesting deeper than the stack allows).
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

/** A file that could not be read as text at all. */
export function unreadableSource(path: string, message: string, contextOnly = false): SourceFile {
  return {
    path,
    text: "",
    documents: [],
    problems: [{ code: "UNREADABLE", message, span: { file: path, start: 0, end: 0 } }],
    contextOnly,
  };
}

function convertDocument(path: string, text: string, doc: Document.Parsed, index: number): ParsedDocument {
  const problems: SyntaxProblem[] = doc.errors.map((e) => ({
    code: e.code,
    message: firstLine(e.message),
    // The parser may point one past the end of the text (an unexpected end of input).
    span: { file: path, start: Math.min(e.pos[0], text.length), end: Math.min(Math.max(e.pos[0], e.pos[1]), text.length) },
  }));
  if (problems.length > 0) return { index, root: null, problems };
  try {
    const memo = new Map<YamlNode, Node>();
    const root = doc.contents ? convertNode(path, text, doc, doc.contents as YamlNode, memo, undefined) : null;
    return { index, root, problems };
  } catch (err) {
    const start = doc.range[0];
    const message = err instanceof RangeError ? "the document is nested too deeply to read" : String(err);
    return { index, root: null, problems: [{ code: "PARSE_FAILED", message, span: { file: path, start, end: start } }] };
  }
}

function firstLine(message: string): string {
  const i = message.indexOf(" at line ");
  return (i > 0 ? message.slice(0, i) : message.split("\n")[0] ?? message).trim();
}

function spanOf(path: string, node: { range?: [number, number, number] | null }): Span {
  const r = node.range;
  return r ? { file: path, start: r[0], end: r[1] } : { file: path, start: 0, end: 0 };
}

function convertNode(
  path: string,
  text: string,
  doc: Document.Parsed,
  node: YamlNode,
  memo: Map<YamlNode, Node>,
  commentBefore: string | undefined,
): Node {
  if (isAlias(node)) {
    const target = node.resolve(doc);
    if (!target) return { kind: "scalar", value: null, style: "plain", span: spanOf(path, node) };
    return convertNode(path, text, doc, target as YamlNode, memo, commentBefore);
  }
  const seen = memo.get(node);
  if (seen) return seen;
  const comment = commentBefore ?? node.commentBefore ?? undefined;
  let out: Node;
  if (isMap(node)) {
    const entries: MapEntry[] = [];
    const keys = new Set<string>();
    const merged: MapEntry[] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const k = pair.key as YamlNode | null;
      const v = pair.value as YamlNode | null;
      const keyText = k && isScalar(k) ? keyString(k.value) : null;
      const keyComment = (k && (k as { commentBefore?: string | null }).commentBefore) ?? undefined;
      if (keyText === "<<" && v) {
        // Merge key: entries of the merged map(s) that this map does not set itself.
        const sources = isSeq(v) ? v.items : [v];
        for (const s of sources) {
          const m = convertNode(path, text, doc, s as YamlNode, memo, undefined);
          if (m.kind === "map") merged.push(...m.entries);
        }
        continue;
      }
      if (keyText === null || !k) continue;
      const value: Node = v
        ? convertNode(path, text, doc, v, memo, undefined)
        : { kind: "scalar", value: null, style: "plain", span: emptyAfter(path, k) };
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
      it ? convertNode(path, text, doc, it as YamlNode, memo, undefined) : ({ kind: "scalar", value: null, style: "plain", span: spanOf(path, node) } as Node),
    );
    out = comment ? { kind: "seq", items, span: spanOf(path, node), commentBefore: comment } : { kind: "seq", items, span: spanOf(path, node) };
  } else if (isScalar(node)) {
    const style = STYLES[node.type ?? "PLAIN"] ?? "plain";
    const span = spanOf(path, node);
    const raw = node.value;
    const value = typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean" || typeof raw === "bigint" || raw === null ? raw : String(raw);
    const base = { kind: "scalar" as const, value, style, span };
    const withSource = style === "plain" || style === "single" || style === "double" ? { ...base, source: text.slice(span.start, span.end) } : base;
    out = comment ? { ...withSource, commentBefore: comment } : withSource;
  } else {
    out = { kind: "scalar", value: null, style: "plain", span: spanOf(path, node) };
  }
  // The parser sets a tag only where the source writes one.
  if (node.tag) out = { ...out, tag: node.tag };
  memo.set(node, out);
  return out;
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
