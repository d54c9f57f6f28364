import type { Node, ScalarNode } from "../load/index.js";
type ScalarStyle = ScalarNode["style"];
/** Line-level helpers over a file's text (offsets are UTF-16, like the loader's spans). */
/** Offset of the start of the line holding `pos`. */
export declare const lineStart: (text: string, pos: number) => number;
/** Offset of the start of the line after the one holding `pos` (the text's end on the last line). */
export declare function nextLineStart(text: string, pos: number): number;
/** The column (0-based) of `pos` when only spaces precede it on its line, else null. */
export declare function indentBefore(text: string, pos: number): number | null;
/** The line ending to use for a line inserted at `pos`: the one of the line before it, else the file's first. */
export declare function eolAt(text: string, pos: number): string;
/** A block collection, not a flow one (`{…}`, `[…]`) nor a scalar. */
export declare const isBlock: (text: string, n: Node) => boolean;
/**
 * Where a node's own text ends. A block collection's span also covers comment lines after its
 * last entry; those belong to what follows, so the end is that of the last entry's content.
 */
export declare function contentEnd(text: string, n: Node): number;
/** The offset just after the line on which a node's content ends (its line break included). */
export declare function afterContent(text: string, n: Node): number;
/**
 * Whether a value can be written as a plain scalar and read back as the same string, in block or
 * flow context: no indicator at its start, no `: ` or ` #`, no flow indicators, no surrounding
 * spaces, and not a null, boolean or number of the YAML core schema.
 */
export declare function isPlainSafe(v: string): boolean;
/**
 * A YAML double-quoted scalar. JSON's string escapes are all YAML double-quoted escapes too, so a
 * JSON string is one (and in a JSON file it is what must be written); characters YAML does not
 * allow raw are escaped as well.
 */
export declare const doubleQuoted: (v: string) => string;
/**
 * A YAML single-quoted scalar: only `'` needs escaping (as `''`). A value single quotes cannot
 * carry (a line break, a control character) is double-quoted instead.
 */
export declare const singleQuoted: (v: string) => string;
/** The value written in a flow scalar style, or null for block scalars (`|`, `>`). */
export declare function writeScalar(style: ScalarStyle, v: string): string | null;
/** The style a key is written in, read from its text. */
export declare function keyStyle(text: string, start: number): ScalarStyle;
export {};
