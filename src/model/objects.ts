import type { MapEntry, MapNode, Node, SourceFile, Span } from "../load/index.js";
import { asMap, asSeq, entry, get, str } from "./tree.js";

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

export function annotationsOf(meta: Node | undefined): { list: AnnotationEntry[]; node?: MapNode } {
  const node = asMap(get(meta, "annotations"));
  if (!node) return { list: [] };
  return { list: node.entries.map((e: MapEntry) => ({ key: e.key, keySpan: e.keySpan, node: e.value })), node };
}

export function labelsOf(meta: Node | undefined): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  const m = asMap(get(meta, "labels"));
  if (m) for (const e of m.entries) {
    const v = e.value.kind === "scalar" && e.value.value !== null ? String(e.value.value) : "";
    out[e.key] = v;
  }
  return out;
}

function toObject(node: MapNode, file: SourceFile): K8sObject | null {
  const apiVersion = str(get(node, "apiVersion"));
  const kind = str(get(node, "kind"));
  if (!apiVersion || !kind) return null;
  const meta = get(node, "metadata");
  const name = str(get(meta, "name"));
  const namespace = str(get(meta, "namespace"));
  const ann = annotationsOf(meta);
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
    annotationsAt: entry(meta, "annotations")?.keySpan ?? entry(node, "metadata")?.keySpan ?? node.span,
    labels: labelsOf(meta),
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
