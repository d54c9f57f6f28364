import type { MapEntry, MapNode, Node, ScalarNode, Span } from "../load/index.js";
import { afterContent, doubleQuoted, eolAt, indentBefore, isBlock, keyStyle, lineStart, nextLineStart, singleQuoted, writeScalar } from "./text.js";
import type { Fix, TextEdit } from "./types.js";

/**
 * Fixes as text edits of the source, built from the located tree. Each edits only the bytes it must:
 * a value's quotes, a key, or whole lines of a block mapping; comments, key order, anchors, quoting
 * and line endings elsewhere are left as they are. Where the layout is too unusual to edit safely
 * (flow mappings, anchors and aliases, block scalars), the fix is refused with the reason.
 */

/** What the edits are made in: the file's text, and a test for nodes repeated by aliases. */
export interface EditContext {
  readonly text: string;
  readonly shared: (n: Node) => boolean;
  /** The file is a JSON manifest: strings are written as JSON strings. */
  readonly json: boolean;
}

const SHARED = "the value is repeated elsewhere through a YAML anchor and alias (or a merge key), so editing it here would change the other places too";

const edit = (span: Span, text: string): TextEdit => ({ span, text });
const at = (file: string, start: number, end = start): Span => ({ file, start, end });

/** Rewrite a string scalar's value, in the same quoting style as it is written. */
export function replaceScalar(c: EditContext, node: ScalarNode, value: string): Fix {
  if (c.shared(node)) return { refused: SHARED };
  const written = c.json ? doubleQuoted(value) : writeScalar(node.style, value);
  if (written === null) return { refused: `the value is a block scalar (${node.style === "literal" ? "|" : ">"}); rewrite it by hand as a quoted string` };
  return { edits: [edit(node.span, written)] };
}

/**
 * Replace a YAML list value (`[a, b]`, or `- a` lines) with a string: single-quoted in YAML, a JSON
 * string in JSON. A block list is replaced from just after its key's colon, so the string lands on
 * the key's line.
 */
export function replaceListWithString(c: EditContext, keySpan: Span, node: Node, value: string): Fix {
  if (node.kind !== "seq") return { refused: "the value is not a list" };
  if (c.shared(node) || node.items.some((i) => c.shared(i))) return { refused: SHARED };
  const { text } = c;
  const written = c.json ? doubleQuoted(value) : singleQuoted(value);
  // Nothing but the list's punctuation around its items: no comment, anchor or tag to lose.
  let rest = "";
  let from = node.span.start;
  for (const i of node.items) {
    if (i.kind !== "scalar" || i.span.start < from) return { refused: "the list holds more than plain values" };
    rest += text.slice(from, i.span.start);
    from = i.span.end;
  }
  if (isBlock(text, node)) {
    const end = node.items.length > 0 ? from : node.span.start;
    if (!/^[\s-]*$/.test(rest)) return { refused: "the list has comments or anchors between its items" };
    const between = text.slice(keySpan.end, node.span.start);
    const colon = /^([ \t]*:)[ \t]*\r?\n[ \t]*$/.exec(between);
    if (!colon) return { refused: "the list does not start on the line after its key" };
    return { edits: [edit(at(keySpan.file, keySpan.end + (colon[1] ?? "").length, end), ` ${written}`)] };
  }
  rest += text.slice(from, node.span.end);
  if (!/^[\s[\],]*$/.test(rest)) return { refused: "the list has comments or anchors between its items" };
  return { edits: [edit(node.span, written)] };
}

/** Rename a key, written in the same quoting style. */
export function renameKey(c: EditContext, map: MapNode, entry: MapEntry, to: string): Fix {
  if (c.shared(entry.value) || !within(entry.keySpan, map.span)) return { refused: SHARED };
  if (map.entries.some((e) => e.key === to)) return { refused: `the annotations already have ${to}; remove one of the two by hand` };
  const style = keyStyle(c.text, entry.keySpan.start);
  const written = c.json || style === "double" ? doubleQuoted(to) : style === "single" ? singleQuoted(to) : writeScalar("plain", to);
  return { edits: [edit(entry.keySpan, written ?? singleQuoted(to))] };
}

const within = (s: Span, outer: Span): boolean => s.file === outer.file && s.start >= outer.start && s.end <= outer.end;

const entryOf = (m: Node | undefined, key: string): MapEntry | undefined => (m?.kind === "map" ? m.entries.find((e) => e.key === key) : undefined);

function mapAt(root: MapNode, path: readonly string[]): Node | undefined {
  let n: Node | undefined = root;
  for (const k of path) n = entryOf(n, k)?.value;
  return n;
}

/** Column of a block map's first key when it starts its line, else null. */
function keyColumn(text: string, m: MapNode): number | null {
  const first = m.entries[0];
  return first ? indentBefore(text, first.keySpan.start) : null;
}

interface Lines {
  /** Offsets of the whole lines taken: comment lines just above the key, the key, its value. */
  readonly start: number;
  readonly end: number;
  readonly indent: number;
}

/** The whole lines of a block mapping entry, with the comment lines right above it at its indentation. */
function entryLines(text: string, entry: MapEntry): Lines | null {
  const indent = indentBefore(text, entry.keySpan.start);
  if (indent === null) return null;
  let start = lineStart(text, entry.keySpan.start);
  for (;;) {
    if (start === 0) break;
    const prev = lineStart(text, start - 1);
    const line = text.slice(prev, start);
    if (!new RegExp(`^ {${indent}}#`).test(line)) break;
    start = prev;
  }
  return { start, end: Math.max(afterContent(text, entry.value), nextLineStart(text, entry.keySpan.end)), indent };
}

/** Lines re-indented from one column to another (blank lines kept as they are); null if one is less indented. */
function reindent(lines: string, from: number, to: number): string | null {
  const out: string[] = [];
  for (const line of lines.split(/(?<=\n)/)) {
    if (line.trim() === "") {
      out.push(line);
      continue;
    }
    if (!line.startsWith(" ".repeat(from))) return null;
    out.push(" ".repeat(to) + line.slice(from));
  }
  return out.join("");
}

/** Where the controller's annotation is, and the edits that take its lines out. */
interface Removal {
  readonly edits: TextEdit[];
  /** The entry's own lines (with the comments above it), as written. */
  readonly lines: string;
  readonly indent: number;
  /** Column step of the object's metadata (its keys' column minus the `metadata` key's). */
  readonly step: number;
}

function removeFromMetadata(c: EditContext, object: MapNode, key: string): Removal | { refused: string } {
  const { text } = c;
  const file = object.span.file;
  const metaEntry = entryOf(object, "metadata");
  const meta = metaEntry?.value;
  const annEntry = entryOf(meta, "annotations");
  const ann = annEntry?.value;
  if (!metaEntry || !meta || meta.kind !== "map" || !annEntry || !ann || ann.kind !== "map") return { refused: "the object's metadata.annotations is not a mapping" };
  if (!isBlock(text, meta) || !isBlock(text, ann)) return { refused: "the object's metadata or annotations are written as a flow mapping ({…}); move the annotation by hand" };
  if (c.shared(meta) || c.shared(ann)) return { refused: SHARED };
  const entry = ann.entries.find((e) => e.key === key);
  if (!entry || c.shared(entry.value) || !within(entry.keySpan, ann.span)) return { refused: SHARED };
  const lines = entryLines(text, entry);
  const metaCol = indentBefore(text, metaEntry.keySpan.start);
  const metaKeys = keyColumn(text, meta);
  if (!lines || metaCol === null || metaKeys === null || metaKeys <= metaCol) return { refused: "the annotation does not start its own line" };
  const own = text.slice(lines.start, lines.end);
  const step = metaKeys - metaCol;
  if (ann.entries.length > 1) return { edits: [edit(at(file, lines.start, lines.end), "")], lines: own, indent: lines.indent, step };
  // The only annotation: take out `annotations:` too, or leave an empty mapping where the line has more.
  const annLine = lineStart(text, annEntry.keySpan.start);
  if (indentBefore(text, annEntry.keySpan.start) !== null && /^[ \t]*:[ \t]*(\r?\n[ \t]*)*\r?\n$/.test(text.slice(annEntry.keySpan.end, lines.start))) {
    return { edits: [edit(at(file, annLine, lines.end), "")], lines: own, indent: lines.indent, step };
  }
  // `annotations: # comment`: keep the line, with an empty mapping before the comment.
  const colon = /^[ \t]*:(?=[ \t]*(#[^\n]*)?\r?\n)/.exec(text.slice(annEntry.keySpan.end, nextLineStart(text, annEntry.keySpan.end)));
  if (!colon) return { refused: "the annotations key is written in an unusual way (an anchor or a tag on it)" };
  const afterColon = annEntry.keySpan.end + colon[0].length;
  return { edits: [edit(at(file, afterColon), " {}"), edit(at(file, lines.start, lines.end), "")], lines: own, indent: lines.indent, step };
}

/**
 * Move an annotation from a controller's own `metadata.annotations` into its pod template's
 * (`templatePath` from the object's root), creating the template's `metadata` and `annotations`
 * at the file's indentation when they are missing. Block mappings only.
 */
export function moveAnnotation(c: EditContext, object: MapNode, templatePath: readonly string[], key: string): Fix {
  const { text } = c;
  const file = object.span.file;
  if (c.json) return { refused: "JSON manifests are not restructured; move the annotation by hand" };
  const removal = removeFromMetadata(c, object, key);
  if ("refused" in removal) return removal;
  const template = mapAt(object, templatePath);
  if (!template || template.kind !== "map" || template.entries.length === 0) return { refused: "the pod template is not a mapping" };
  if (!isBlock(text, template)) return { refused: "the pod template is written as a flow mapping ({…}); move the annotation by hand" };
  if (c.shared(template)) return { refused: SHARED };
  let moved = removal.lines;
  let insertAt: number;
  let head = "";
  let indent: number;
  const metaEntry = entryOf(template, "metadata");
  if (metaEntry) {
    const meta = metaEntry.value;
    if (meta.kind !== "map" || meta.entries.length === 0 || !isBlock(text, meta)) return { refused: "the pod template's metadata is empty or written as a flow mapping ({…}); move the annotation by hand" };
    const annEntry = entryOf(meta, "annotations");
    const metaKeys = keyColumn(text, meta);
    if (metaKeys === null) return { refused: "the pod template's metadata is written in an unusual way" };
    if (annEntry) {
      const ann = annEntry.value;
      if (ann.kind !== "map" || ann.entries.length === 0 || !isBlock(text, ann)) return { refused: "the pod template's annotations are empty or written as a flow mapping ({…}); move the annotation by hand" };
      if (c.shared(ann)) return { refused: SHARED };
      const col = keyColumn(text, ann);
      if (col === null) return { refused: "the pod template's annotations are written in an unusual way" };
      insertAt = afterContent(text, ann);
      indent = col;
    } else {
      if (c.shared(meta)) return { refused: SHARED };
      const metaCol = indentBefore(text, metaEntry.keySpan.start);
      const step = metaCol === null ? 0 : metaKeys - metaCol;
      if (step <= 0) return { refused: "the pod template's metadata is written in an unusual way" };
      insertAt = afterContent(text, meta);
      head = `${" ".repeat(metaKeys)}annotations:{EOL}`;
      indent = metaKeys + step;
    }
  } else {
    const col = keyColumn(text, template);
    if (col === null) return { refused: "the pod template is written in an unusual way" };
    // Before the template's first key (and the comment lines right above it).
    insertAt = lineStart(text, (template.entries[0] as MapEntry).keySpan.start);
    while (insertAt > 0) {
      const prev = lineStart(text, insertAt - 1);
      if (!new RegExp(`^ {${col}}#`).test(text.slice(prev, insertAt))) break;
      insertAt = prev;
    }
    head = `${" ".repeat(col)}metadata:{EOL}${" ".repeat(col + removal.step)}annotations:{EOL}`;
    indent = col + 2 * removal.step;
  }
  const re = reindent(moved, removal.indent, indent);
  if (re === null) return { refused: "the annotation's lines are indented in an unusual way" };
  moved = re;
  const eol = eolAt(text, insertAt);
  let insert = head.replace(/\{EOL\}/g, eol) + (moved.endsWith("\n") ? moved : `${moved}${eol}`);
  // At the very end of a file without a final line break: start a line, and keep none at the end.
  if (insertAt === text.length && text.length > 0 && !text.endsWith("\n")) insert = eol + insert.slice(0, -eol.length);
  return { edits: [...removal.edits, edit(at(file, insertAt), insert)] };
}

/** Remove an annotation from a controller's own metadata (where a copy in the pod template is the one read). */
export function removeAnnotation(c: EditContext, object: MapNode, key: string): Fix {
  if (c.json) return { refused: "JSON manifests are not restructured; remove the annotation by hand" };
  const removal = removeFromMetadata(c, object, key);
  return "refused" in removal ? removal : { edits: removal.edits };
}
