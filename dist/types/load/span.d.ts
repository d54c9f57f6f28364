import type { ScalarNode, Span } from "./types.js";
export interface Location {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}
/**
 * Offsets of line starts, for offset → line/column conversion by binary search. The text is read
 * for line breaks only as far as the furthest offset asked for, in one pass: a file's findings are
 * usually a few, and a run over 30,000 documents read every file twice to the end (5% of a warm run).
 */
export declare class LineIndex {
    private readonly text;
    private starts;
    private count;
    /** Every line break before this offset is in `starts`. */
    private done;
    constructor(text: string);
    private readTo;
    /** 1-based line and column (UTF-16 units) of an offset. */
    position(offset: number): {
        line: number;
        column: number;
    };
    /** Offset of a 1-based line and column; the end of the text for a line past its last. */
    offset(line: number, column: number): number;
    location(span: {
        start: number;
        end: number;
    }): Location;
}
/**
 * The span of characters [from, to) of a scalar's *value* in the source. Where the source text of
 * the scalar does not map one-to-one onto its value (escapes we cannot follow, folding, block
 * scalars), the whole scalar is returned: an honest position rather than a wrong one.
 */
export declare function innerSpan(node: ScalarNode, from: number, to: number): Span;
