/**
 * The two suppressions an editor offers for a finding, in the forms src/engine/suppress.ts reads:
 * a `# calico-ipam-lint-disable-next-line <rule>` comment above the YAML node that holds the
 * finding, and the `calico-ipam-lint.io/ignore` annotation on the object's own metadata. Both are
 * text edits of the buffer (offsets in UTF-16 units); nothing is written here. YAML only: JSON has
 * no comments, and its annotations are left to the hand.
 */
import type { MapEntry, MapNode, Node, SourceFile } from "../load/index.js";
import type { K8sObject } from "../model/index.js";
import { eolAt, isBlock, lineStart } from "../fix/text.js";
import { DIRECTIVE, IGNORE_ANNOTATION } from "../engine/suppress.js";

export interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const isJson = (path: string): boolean => /\.json$/i.test(path);

/** The deepest map entry or list item, starting its own line, whose node holds `offset`. */
function lineNodeStart(text: string, root: Node, offset: number): number | null {
  let best: number | null = null;
  const visit = (n: Node, startOfThis: number | null): void => {
    if (n.span.start > offset || n.span.end < offset) return;
    if (startOfThis !== null && /^[ -]*$/.test(text.slice(lineStart(text, startOfThis), startOfThis))) best = startOfThis;
    if (n.kind === "map") for (const e of n.entries) visitEntry(e);
    else if (n.kind === "seq") for (const it of n.items) visit(it, it.span.start);
  };
  const visitEntry = (e: MapEntry): void => {
    if (e.keySpan.start > offset || Math.max(e.value.span.end, e.keySpan.end) < offset) return;
    if (/^[ -]*$/.test(text.slice(lineStart(text, e.keySpan.start), e.keySpan.start))) best = e.keySpan.start;
    visit(e.value, null);
  };
  visit(root, null);
  return best;
}

/** Insert (or extend) a disable-next-line comment above the YAML line whose node holds the finding. */
export function suppressLineEdit(file: SourceFile, offset: number, ruleId: string): OffsetEdit | null {
  if (isJson(file.path)) return null;
  const text = file.text;
  const doc = file.documents.find((d) => d.root && d.root.span.start <= offset && offset <= d.root.span.end);
  const at = doc?.root ? lineNodeStart(text, doc.root, offset) : null;
  const start = lineStart(text, at ?? offset);
  const indent = /^[ ]*/.exec(text.slice(start))?.[0] ?? "";
  // A directive right above: add the rule to it rather than stacking a second one.
  if (start > 0) {
    const prevStart = lineStart(text, start - 1);
    const prev = text.slice(prevStart, start).replace(/\r?\n$/, "");
    const m = new RegExp(`^(\\s*#\\s*${DIRECTIVE})(\\s+[^-\\s][^]*?)?(\\s+--\\s.*)?$`).exec(prev);
    if (m) {
      const ids = (m[2] ?? "").split(/[\s,]+/).filter(Boolean);
      if (ids.length === 0 || ids.includes(ruleId)) return null; // already covers it
      const end = prevStart + (m[1] ?? "").length + (m[2] ?? "").length;
      return { start: end, end, text: `, ${ruleId}` };
    }
  }
  return { start, end: start, text: `${indent}# ${DIRECTIVE} ${ruleId}${eolAt(text, start)}` };
}

const entryOf = (map: MapNode | undefined, key: string): MapEntry | undefined => map?.entries.find((e) => e.key === key);

/** Add the rule to the object's `calico-ipam-lint.io/ignore` annotation, creating what is missing. */
export function suppressObjectEdit(file: SourceFile, object: K8sObject, ruleId: string): OffsetEdit | null {
  if (isJson(file.path)) return null;
  const text = file.text;
  const metaEntry = entryOf(object.node, "metadata");
  const meta = metaEntry?.value;
  if (!meta || meta.kind !== "map" || !isBlock(text, meta) || meta.entries.length === 0) return null;
  const eol = eolAt(text, meta.span.start);
  const annEntry = entryOf(meta, "annotations");
  const ann = annEntry?.value;
  if (ann && ann.kind === "map" && isBlock(text, ann) && ann.entries.length > 0) {
    const existing = entryOf(ann, IGNORE_ANNOTATION);
    if (existing) {
      const v = existing.value;
      if (v.kind !== "scalar" || typeof v.value !== "string") return null;
      const ids = v.value.split(",").map((s) => s.trim());
      if (ids.includes(ruleId) || ids.includes("all")) return null;
      const quoted = text[v.span.start] === '"' || text[v.span.start] === "'";
      const end = quoted ? v.span.end - 1 : v.span.end;
      // Plain scalars end at their last character; quoted ones just before the closing quote.
      return { start: end, end, text: `${v.value.trim() === "" ? "" : ","}${ruleId}` };
    }
    const first = ann.entries[0] as MapEntry;
    const start = lineStart(text, first.keySpan.start);
    const indent = " ".repeat(first.keySpan.start - start);
    return { start, end: start, text: `${indent}${IGNORE_ANNOTATION}: ${ruleId}${eol}` };
  }
  if (annEntry) return null; // an empty or flow `annotations:`: too unusual to edit safely
  const first = meta.entries[0] as MapEntry;
  const start = lineStart(text, first.keySpan.start);
  const col = first.keySpan.start - start;
  if (!/^ *$/.test(text.slice(start, first.keySpan.start))) return null;
  const step = Math.max(2, col - (metaEntry ? metaEntry.keySpan.start - lineStart(text, metaEntry.keySpan.start) : 0));
  const indent = " ".repeat(col);
  return { start, end: start, text: `${indent}annotations:${eol}${indent}${" ".repeat(step)}${IGNORE_ANNOTATION}: ${ruleId}${eol}` };
}
