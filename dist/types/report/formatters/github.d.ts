import type { Finding, FormatContext, Formatter } from "../types.js";
/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), escaped as @actions/core
 * escapes them. GitHub shows at most 10 error and 10 warning annotations per step and drops the
 * rest silently, so only that many are emitted as commands; the others are listed as plain log
 * lines in a collapsed group, followed by a notice that says how many there are.
 */
/** Annotations GitHub keeps per step, for each of error, warning and notice. */
export declare const ANNOTATIONS_PER_STEP = 10;
/** Escaping of a command's message, as @actions/core's `escapeData`. */
export declare const escapeData: (s: string) => string;
/** Escaping of a command's property values, as @actions/core's `escapeProperty`. */
export declare const escapeProperty: (s: string) => string;
export interface AnnotationPosition {
    readonly file: string;
    readonly startLine: number;
    readonly endLine: number;
    readonly startColumn?: number;
    /** Inclusive, unlike ours. */
    readonly endColumn?: number;
}
/**
 * Our exclusive end → GitHub's inclusive one. A span that ends at column 1 of the next line ends
 * with the line before it; columns are given only for spans within one line, as GitHub requires.
 */
export declare function annotationPosition(f: Finding, ctx: FormatContext): AnnotationPosition;
/** One workflow command for a finding. */
export declare function annotationCommand(f: Finding, ctx: FormatContext): string;
/** A finding as one plain log line, never read as a workflow command (see escape.ts). */
export declare function plainLine(f: Finding, ctx: FormatContext): string;
export declare const github: Formatter;
