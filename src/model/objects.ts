import type { MapEntry, MapNode, Node, SourceFile, Span } from "../load/index.js";
import { asMap, asSeq, entriesOf, entry, get, str } from "./tree.js";

export interface ObjectRef {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name?: string;
  /** As written; objects without one are namespaced by the model's default namespace. */
  readonly namespace?: string;
  readonly file: string;
  readonly span: Span;
}

export interface AnnotationEntry {
  readonly key: string;
  readonly keySpan: Span;
  readonly node: Node;
}

export interface K8sObject {
  readonly ref: ObjectRef;
  readonly node: MapNode;
  readonly contextOnly: boolean;
  /** The object's own `metadata.annotations`, in source order. */
  readonly annotations: readonly AnnotationEntry[];
  readonly annotationsNode?: MapNode;
  /** Where an edit to the annotations goes: the `annotations:` key, else `metadata:`, else the object. */
  readonly annotationsAt: Span;
  readonly labels: Readonly<Record<string, string>>;
}

/** The entries of an `annotations` mapping (the value of `metadata.annotations`). */
export function annotationsIn(value: Node | undefined): { list: AnnotationEntry[]; node?: MapNode } {
  const node = asMap(value);
  if (!node) return { list: [] };
  return { list: node.entries.map((e: MapEntry) => ({ key: e.key, keySpan: e.keySpan, node: e.value })), node };
}

/**
 * The labels of a `labels` mapping (the value of `metadata.labels`), as a map with no prototype. Made with `Object.setPrototypeOf({}, null)` rather than
 * `Object.create(null)`: V8 makes the latter a dictionary (about 280 bytes for four labels), the
 * former keeps fast properties (about 56), and labels of many objects share their key sets.
 */
export function labelsIn(value: Node | undefined): Record<string, string> {
  const out = Object.setPrototypeOf({}, null) as Record<string, string>;
  const m = asMap(value);
  if (m) for (const e of m.entries) {
    const v = e.value.kind === "scalar" && e.value.value !== null ? String(e.value.value) : "";
    out[e.key] = v;
  }
  return out;
}

const OBJECT_KEYS = ["apiVersion", "kind", "metadata"];
const METADATA_KEYS = ["name", "namespace", "annotations", "labels"];

function toObject(node: MapNode, file: SourceFile): K8sObject | null {
  // One walk of the object's keys and one of its metadata's, not a lookup per field.
  const [apiVersionEntry, kindEntry, metaEntry] = entriesOf(node, OBJECT_KEYS);
  const apiVersion = str(apiVersionEntry?.value);
  const kind = str(kindEntry?.value);
  if (!apiVersion || !kind) return null;
  const [nameEntry, namespaceEntry, annotationsEntry, labelsEntry] = entriesOf(metaEntry?.value, METADATA_KEYS);
  const name = str(nameEntry?.value);
  const namespace = str(namespaceEntry?.value);
  const ann = annotationsIn(annotationsEntry?.value);
  const ref: ObjectRef = {
    apiVersion,
    kind,
    ...(name !== undefined ? { name } : {}),
    ...(namespace !== undefined ? { namespace } : {}),
    file: file.path,
    span: node.span,
  };
  return {
    ref,
    node,
    contextOnly: file.contextOnly,
    annotations: ann.list,
    ...(ann.node ? { annotationsNode: ann.node } : {}),
    annotationsAt: annotationsEntry?.keySpan ?? metaEntry?.keySpan ?? node.span,
    labels: labelsIn(labelsEntry?.value),
  };
}

/** Every Kubernetes object in the files: one per document, or the items of a `List` kind. */
export function collectObjects(files: readonly SourceFile[]): K8sObject[] {
  const out: K8sObject[] = [];
  for (const file of files) {
    for (const doc of file.documents) {
      const root = asMap(doc.root ?? undefined);
      if (!root) continue;
      const obj = toObject(root, file);
      if (!obj) continue;
      // Only a `…List` kind is read for items: the lookup costs a walk of the root's keys.
      const items = obj.ref.kind.endsWith("List") ? asSeq(get(root, "items")) : undefined;
      if (items && entry(root, "items")) {
        for (const it of items.items) {
          const m = asMap(it);
          const o = m && toObject(m, file);
          if (o) out.push(o);
        }
        continue;
      }
      out.push(obj);
    }
  }
  return out;
}

export const apiGroup = (apiVersion: string): string => (apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.lastIndexOf("/")) : "");
