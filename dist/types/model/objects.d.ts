import type { MapNode, Node, SourceFile, Span } from "../load/index.js";
import { type FastTree } from "../load/lookup.js";
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
export declare function annotationsIn(value: Node | undefined): {
    list: readonly AnnotationEntry[];
    node?: MapNode;
};
/**
 * The labels of a `labels` mapping (the value of `metadata.labels`), as a map with no prototype. Made with `Object.setPrototypeOf({}, null)` rather than
 * `Object.create(null)`: V8 makes the latter a dictionary (about 280 bytes for four labels), the
 * former keeps fast properties (about 56), and labels of many objects share their key sets.
 */
export declare function labelsIn(value: Node | undefined): Readonly<Record<string, string>>;
/**
 * An object read from a file. It is its own `ref` (one record an object, not two), and its spans are
 * made when asked, as most never are.
 */
/**
 * An instance under construction, its optional fields writable as undefined: model classes define
 * every field in every instance, in one order, so that all their instances share one hidden class.
 */
export type Constructing<T> = {
    -readonly [K in keyof T]: T[K] | undefined;
};
/** The fields of a `metadata` mapping the model keeps (of an object, or of a pod template); labels are read when asked. */
export interface ObjectMeta {
    readonly name?: string | undefined;
    readonly namespace?: string | undefined;
    readonly annotations: readonly AnnotationEntry[];
    readonly annotationsNode?: MapNode | undefined;
}
/** The model's fields of a `metadata` value, in one walk of its keys. */
export declare function metaIn(value: Node | undefined): ObjectMeta;
/** `metaIn` on a fast reader's mapping at `m`: only the annotations mapping gets a view (the model keeps it). */
export declare function fastMeta(tree: FastTree, m: number): ObjectMeta;
/**
 * Every Kubernetes object in the files: one per document, or the items of a `List` kind. With
 * `earlier`, a model of mostly the same files, a file it read (the same SourceFile) gives the
 * objects it gave there: an object depends on its file alone.
 */
export declare function collectObjects(files: readonly SourceFile[], earlier?: {
    readonly files: readonly SourceFile[];
    readonly objects: readonly K8sObject[];
}): K8sObject[];
export declare const apiGroup: (apiVersion: string) => string;
