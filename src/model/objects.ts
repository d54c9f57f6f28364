import type { MapEntry, MapNode, Node, SourceFile, Span } from "../load/index.js";
import { countAt, fastRecord, firstChild, isMapRecord, keyAt, nextKey, nodeAt, scalarAt, sharedScalarAt, spanOfRecord, valueOfKey, valueRecordsAt, type FastTree } from "../load/lookup.js";
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

/** What most objects carry: no annotations, no labels (one shared, frozen value each). */
const NO_ANNOTATIONS: readonly AnnotationEntry[] = Object.freeze([]);
const NO_LABELS: Readonly<Record<string, string>> = Object.freeze(Object.setPrototypeOf({}, null) as Record<string, string>);

/** The entries of an `annotations` mapping (the value of `metadata.annotations`). */
export function annotationsIn(value: Node | undefined): { list: readonly AnnotationEntry[]; node?: MapNode } {
  const node = asMap(value);
  if (!node) return { list: NO_ANNOTATIONS };
  const fast = fastRecord(node);
  if (fast) return { list: fastAnnotations(fast.tree, fast.r), node };
  const list = node.entries.map((e: MapEntry) => ({ key: e.key, keySpan: e.keySpan, node: e.value }));
  return { list: list.length > 0 ? list : NO_ANNOTATIONS, node };
}

/** An annotation of a fast reader's mapping: its key's span is made when asked (few are). */
class FastAnnotation implements AnnotationEntry {
  constructor(
    readonly key: string,
    readonly node: Node,
    private readonly tree: FastTree,
    private readonly k: number,
  ) {}

  get keySpan(): Span {
    return spanOfRecord(this.tree, this.k);
  }
}

function fastAnnotations(tree: FastTree, m: number): readonly AnnotationEntry[] {
  const n = countAt(tree, m);
  if (n === 0) return NO_ANNOTATIONS;
  const out = new Array<AnnotationEntry>(n);
  let k = firstChild(tree, m);
  for (let i = 0; i < n; i++) {
    out[i] = new FastAnnotation(keyAt(tree, k), nodeAt(tree, valueOfKey(tree, k)) as Node, tree, k);
    k = nextKey(tree, k);
  }
  return out;
}

/**
 * The labels of a `labels` mapping (the value of `metadata.labels`), as a map with no prototype. Made with `Object.setPrototypeOf({}, null)` rather than
 * `Object.create(null)`: V8 makes the latter a dictionary (about 280 bytes for four labels), the
 * former keeps fast properties (about 56), and labels of many objects share their key sets.
 */
export function labelsIn(value: Node | undefined): Readonly<Record<string, string>> {
  const m = asMap(value);
  if (!m) return NO_LABELS;
  const fast = fastRecord(m);
  if (fast) return fastLabels(fast.tree, fast.r);
  const entries = m.entries;
  if (entries.length === 0) return NO_LABELS;
  const out = Object.setPrototypeOf({}, null) as Record<string, string>;
  for (const e of entries) {
    const v = e.value.kind === "scalar" && e.value.value !== null ? String(e.value.value) : "";
    out[e.key] = v;
  }
  return out;
}

/** `labelsIn` on a fast reader's mapping at `m`, read from its records (no view of the mapping or its values). */
function fastLabels(tree: FastTree, m: number): Readonly<Record<string, string>> {
  const n = countAt(tree, m);
  if (n === 0) return NO_LABELS;
  const out = Object.setPrototypeOf({}, null) as Record<string, string>;
  let k = firstChild(tree, m);
  for (let i = 0; i < n; i++) {
    const v = scalarAt(tree, valueOfKey(tree, k));
    out[keyAt(tree, k)] = v !== undefined && v !== null ? String(v) : "";
    k = nextKey(tree, k);
  }
  return out;
}

/**
 * An object read from a file. It is its own `ref` (one record an object, not two), and its spans are
 * made when asked, as most never are.
 */
/**
 * An instance under construction, its optional fields writable as undefined: model classes define
 * every field in every instance, in one order, so that all their instances share one hidden class.
 */
export type Constructing<T> = { -readonly [K in keyof T]: T[K] | undefined };

/** Every field defined (undefined when absent), in one order: one hidden class for all objects (see `Constructing`). */
class SourceObject implements K8sObject, ObjectRef {
  declare readonly name?: string;
  declare readonly namespace?: string;
  declare readonly file: string;
  declare readonly contextOnly: boolean;
  declare readonly annotations: readonly AnnotationEntry[];
  declare readonly annotationsNode?: MapNode;
  /** `labels`, once asked: a Namespace's are, a workload's never (they were a tenth of the model's time). */
  private labelsRead: Readonly<Record<string, string>> | undefined;

  constructor(
    readonly node: MapNode,
    file: SourceFile,
    meta: ObjectMeta,
    readonly apiVersion: string,
    readonly kind: string,
  ) {
    const self = this as Constructing<SourceObject>;
    self.name = meta.name;
    self.namespace = meta.namespace;
    self.file = file.path;
    self.contextOnly = file.contextOnly;
    self.annotations = meta.annotations;
    self.annotationsNode = meta.annotationsNode || undefined;
    this.labelsRead = undefined;
  }

  get ref(): ObjectRef {
    return this;
  }

  get labels(): Readonly<Record<string, string>> {
    return (this.labelsRead ??= labelsIn(get(this.node, "metadata", "labels")));
  }

  get span(): Span {
    return this.node.span;
  }

  /** Looked up again when asked: one rule asks, for the few objects it reports. */
  get annotationsAt(): Span {
    const meta = entry(this.node, "metadata");
    return entry(meta?.value, "annotations")?.keySpan ?? meta?.keySpan ?? this.node.span;
  }
}

/** The fields of a `metadata` mapping the model keeps (of an object, or of a pod template); labels are read when asked. */
export interface ObjectMeta {
  readonly name?: string | undefined;
  readonly namespace?: string | undefined;
  readonly annotations: readonly AnnotationEntry[];
  readonly annotationsNode?: MapNode | undefined;
}

const METADATA_KEYS = ["name", "namespace", "annotations"];
const NO_META: ObjectMeta = Object.freeze({ annotations: NO_ANNOTATIONS });
const metaRecords = [-1, -1, -1];

/** The model's fields of a `metadata` value, in one walk of its keys. */
export function metaIn(value: Node | undefined): ObjectMeta {
  const m = asMap(value);
  if (!m) return NO_META;
  const fast = fastRecord(m);
  if (fast) return fastMeta(fast.tree, fast.r);
  const [nameEntry, namespaceEntry, annotationsEntry] = entriesOf(m, METADATA_KEYS);
  const ann = annotationsIn(annotationsEntry?.value);
  return { name: str(nameEntry?.value), namespace: str(namespaceEntry?.value), annotations: ann.list, annotationsNode: ann.node };
}

/** `metaIn` on a fast reader's mapping at `m`: only the annotations mapping gets a view (the model keeps it). */
export function fastMeta(tree: FastTree, m: number): ObjectMeta {
  const recs = metaRecords;
  valueRecordsAt(tree, m, METADATA_KEYS, recs);
  const [nameR, namespaceR, annotationsR] = recs as [number, number, number];
  const name = scalarAt(tree, nameR);
  const namespace = sharedScalarAt(tree, namespaceR);
  const annotations = isMapRecord(tree, annotationsR);
  return {
    name: typeof name === "string" ? name : undefined,
    namespace: typeof namespace === "string" ? namespace : undefined,
    annotations: annotations ? fastAnnotations(tree, annotationsR) : NO_ANNOTATIONS,
    annotationsNode: annotations ? (nodeAt(tree, annotationsR) as MapNode) : undefined,
  };
}

const OBJECT_KEYS = ["apiVersion", "kind", "metadata"];
const objectRecords = [-1, -1, -1];

function toObject(node: MapNode, file: SourceFile): K8sObject | null {
  // One walk of the object's keys and one of its metadata's, not a lookup per field.
  const fast = fastRecord(node);
  if (fast) {
    const { tree, r } = fast;
    const recs = objectRecords;
    valueRecordsAt(tree, r, OBJECT_KEYS, recs);
    // Interned: a few values, each repeated by thousands of objects.
    const apiVersion = sharedScalarAt(tree, recs[0] as number);
    const kind = sharedScalarAt(tree, recs[1] as number);
    if (typeof apiVersion !== "string" || typeof kind !== "string" || !apiVersion || !kind) return null;
    const metaR = recs[2] as number;
    return new SourceObject(node, file, isMapRecord(tree, metaR) ? fastMeta(tree, metaR) : NO_META, apiVersion, kind);
  }
  const [apiVersionEntry, kindEntry, metaEntry] = entriesOf(node, OBJECT_KEYS);
  const apiVersion = str(apiVersionEntry?.value);
  const kind = str(kindEntry?.value);
  if (!apiVersion || !kind) return null;
  return new SourceObject(node, file, metaIn(metaEntry?.value), apiVersion, kind);
}

/**
 * Every Kubernetes object in the files: one per document, or the items of a `List` kind. With
 * `earlier`, a model of mostly the same files, a file it read (the same SourceFile) gives the
 * objects it gave there: an object depends on its file alone.
 */
export function collectObjects(files: readonly SourceFile[], earlier?: { readonly files: readonly SourceFile[]; readonly objects: readonly K8sObject[] }): K8sObject[] {
  const out: K8sObject[] = [];
  const known = earlier ? objectsByFile(earlier) : null;
  for (const file of files) {
    const same = known?.get(file);
    if (same) {
      for (let i = same.start; i < same.end; i++) out.push(earlier?.objects[i] as K8sObject);
      continue;
    }
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

/**
 * Where each file's objects are in a model's list: collectObjects lists them file by file, in the
 * files' order (a file with none has no entry).
 */
function objectsByFile(earlier: { readonly files: readonly SourceFile[]; readonly objects: readonly K8sObject[] }): Map<SourceFile, { start: number; end: number }> {
  // A path read twice (a file and standard input named alike) is left to be read again.
  const byPath = new Map<string, SourceFile | null>();
  for (const f of earlier.files) byPath.set(f.path, byPath.has(f.path) ? null : f);
  const out = new Map<SourceFile, { start: number; end: number }>();
  const { objects } = earlier;
  for (let i = 0; i < objects.length; ) {
    const path = (objects[i] as K8sObject).ref.file;
    let end = i + 1;
    while (end < objects.length && (objects[end] as K8sObject).ref.file === path) end++;
    const file = byPath.get(path);
    if (file) out.set(file, { start: i, end });
    i = end;
  }
  return out;
}

export const apiGroup = (apiVersion: string): string => (apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.lastIndexOf("/")) : "");
