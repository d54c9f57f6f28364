import type { ScalarNode, Span } from "./types.js";
export interface Location {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}
/**
 * Offsets of every line start, for offset → line/column conversion by binary search. In one typed
 * array of the exact size (the lines are counted first): 4 bytes a line, and no garbage from growing.
 */
export declare class LineIndex {
    private readonly text;
    private readonly starts;
    constructor(text: string);
    /** 1-based line and column (UTF-16 units) of an offset. */
    position(offset: number): {
        line: number;
        column: number;
    };
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
