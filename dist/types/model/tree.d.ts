import { type MapEntry, type MapNode, type Node, type ScalarNode, type SeqNode, type Span } from "../load/index.js";
/** Small readers over the located source tree. */
export declare function entry(map: Node | undefined | null, key: string): MapEntry | undefined;
/**
 * The first entry with each of `keys` (`entry` for each key), in one walk of the mapping: for
 * reading several fields of one object. All undefined when `map` is not a mapping.
 */
export declare function entriesOf(map: Node | undefined | null, keys: readonly string[]): (MapEntry | undefined)[];
export declare function get(node: Node | undefined | null, ...path: string[]): Node | undefined;
export declare const asMap: (n: Node | undefined) => MapNode | undefined;
export declare const asSeq: (n: Node | undefined) => SeqNode | undefined;
export declare const asScalar: (n: Node | undefined) => ScalarNode | undefined;
export declare function str(n: Node | undefined): string | undefined;
/** A scalar's value as text whatever its YAML type (numbers and booleans as written). */
export declare function text(n: Node | undefined): string | undefined;
export declare function num(n: Node | undefined): number | undefined;
export declare function bool(n: Node | undefined): boolean | undefined;
export interface Located<T> {
    readonly value: T;
    readonly span: Span;
}
export declare function located<T>(n: Node | undefined, read: (n: Node | undefined) => T | undefined): Located<T> | undefined;
/** The span of a key's value if present, else of the key's nearest present parent. */
export declare function spanAt(node: Node, ...path: string[]): Span;
/**
 * The node's plain JSON-like value (for JSON Schema validation); bigints become numbers. Iterative,
 * and each node converted once: aliases make a document a graph whose paths can be far deeper than
 * its text (an anchor nested 400 deep that holds an alias to another, forty times), which a
 * recursive walk cannot follow without overflowing the stack. A node an alias repeats becomes one
 * value in both places.
 */
export declare function toPlain(n: Node | undefined): unknown;
/**
 * Follow a JSON Pointer (as JSON Schema validators report `instancePath`) from `root`: the node it
 * names, or the deepest present node on the way, with the key's span when it ends on a map entry.
 */
export declare function atPointer(root: Node, pointer: string): {
    node: Node;
    keySpan?: Span;
    found: boolean;
};
