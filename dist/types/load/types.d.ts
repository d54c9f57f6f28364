/**
 * The source tree the rest of the pipeline reads. It mirrors a YAML document with plain data and
 * offsets, so that no layer after `load/` needs the `yaml` package.
 */
/** A half-open range of UTF-16 offsets into one file's text. */
export interface Span {
    readonly file: string;
    readonly start: number;
    readonly end: number;
}
export type ScalarStyle = "plain" | "single" | "double" | "literal" | "folded";
export interface ScalarNode {
    readonly kind: "scalar";
    /** The resolved value, as the YAML core schema gives it. */
    readonly value: string | number | boolean | null | bigint;
    readonly style: ScalarStyle;
    /** Offsets of the whole node in the source, quotes included. */
    readonly span: Span;
    /** The scalar's source text (quotes, block header included), used to map offsets inside it. */
    readonly source?: string;
    /** Comments that precede this node (or its key) on their own lines. */
    readonly commentBefore?: string;
    /** An explicit tag written in the source (`!!str`, `!foo`), resolved to its full name. */
    readonly tag?: string;
}
export interface MapEntry {
    readonly key: string;
    readonly keySpan: Span;
    readonly value: Node;
    /** Comment lines directly above the key. */
    readonly commentBefore?: string;
}
export interface MapNode {
    readonly kind: "map";
    readonly entries: readonly MapEntry[];
    readonly span: Span;
    readonly commentBefore?: string;
    readonly tag?: string;
}
export interface SeqNode {
    readonly kind: "seq";
    readonly items: readonly Node[];
    readonly span: Span;
    readonly commentBefore?: string;
    readonly tag?: string;
}
export type Node = ScalarNode | MapNode | SeqNode;
/** A syntax problem found while reading a file, located in that file. */
export interface SyntaxProblem {
    readonly message: string;
    readonly code: string;
    readonly span: Span;
}
export interface ParsedDocument {
    /** 0-based position of the document in its stream. */
    readonly index: number;
    readonly root: Node | null;
    /** Documents with syntax errors keep them here; their contents are not linted. */
    readonly problems: readonly SyntaxProblem[];
}
export interface SourceFile {
    /** The path as the user gave it or as found while walking (also the key in spans). */
    readonly path: string;
    readonly text: string;
    readonly documents: readonly ParsedDocument[];
    /** Problems that concern the whole file (unreadable, not text). */
    readonly problems: readonly SyntaxProblem[];
    /** Files loaded only so that cross-file rules can see them (`--context`). */
    readonly contextOnly: boolean;
}
