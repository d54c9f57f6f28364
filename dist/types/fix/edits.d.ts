import type { MapEntry, MapNode, Node, ScalarNode, Span } from "../load/index.js";
import type { Fix } from "./types.js";
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
/** Rewrite a string scalar's value, in the same quoting style as it is written. */
export declare function replaceScalar(c: EditContext, node: ScalarNode, value: string): Fix;
/**
 * Replace a YAML list value (`[a, b]`, or `- a` lines) with a string: single-quoted in YAML, a JSON
 * string in JSON. A block list is replaced from just after its key's colon, so the string lands on
 * the key's line.
 */
export declare function replaceListWithString(c: EditContext, keySpan: Span, node: Node, value: string): Fix;
/** Rename a key, written in the same quoting style. */
export declare function renameKey(c: EditContext, map: MapNode, entry: MapEntry, to: string): Fix;
/**
 * Move an annotation from a controller's own `metadata.annotations` into its pod template's
 * (`templatePath` from the object's root), creating the template's `metadata` and `annotations`
 * at the file's indentation when they are missing. Block mappings only.
 */
export declare function moveAnnotation(c: EditContext, object: MapNode, templatePath: readonly string[], key: string): Fix;
/** Remove an annotation from a controller's own metadata (where a copy in the pod template is the one read). */
export declare function removeAnnotation(c: EditContext, object: MapNode, key: string): Fix;
