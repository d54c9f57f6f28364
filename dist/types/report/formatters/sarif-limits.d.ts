import type { Severity } from "../../rules/define-rule.js";
/**
 * GitHub code scanning refuses a SARIF upload with more than 25,000 results in a run or more than
 * 10 MB after gzip (github/docs `data/reusables/code-scanning/sarif-limits.md`), and of an accepted
 * run keeps the 5,000 most severe. A report over either limit keeps the errors first, then the
 * warnings, and says what it left out.
 */
export interface SarifLimits {
    readonly maxResults: number;
    readonly maxGzipBytes: number;
    /** Characters a report is rendered with at most before its size is measured (default MAX_RENDERED). */
    readonly maxRendered?: number;
}
export declare const GITHUB_SARIF_LIMITS: SarifLimits;
export interface Omitted {
    readonly total: number;
    readonly written: number;
    readonly omitted: number;
    readonly omittedErrors: number;
    readonly omittedWarnings: number;
    /** Left-out results per rule id. */
    readonly omittedByRule: Readonly<Record<string, number>>;
    readonly reason: string;
}
/**
 * The most characters a report is rendered with before its size is measured: a string is at most
 * about 2^29 characters in V8, and 20,000 findings with fifty related places each rendered past it
 * ("Invalid string length"). Reports that large are cut to this first (errors first), then fitted
 * as any other.
 */
export declare const MAX_RENDERED: number;
/**
 * Fit `items` under the limits: `render` makes the report's text from the chosen items (and what
 * was left out); it is called again with fewer items while the text is too large. `sizeOf`, the
 * characters an item takes in the text, is asked of a report of many items (MEASURED_FROM), which
 * is first cut to MAX_RENDERED.
 */
export declare function fitSarif<T extends {
    readonly level: Severity;
    readonly ruleId: string;
}>(items: readonly T[], render: (chosen: readonly T[], omitted: Omitted | undefined) => string, limits: SarifLimits, sizeOf?: (item: T) => number): {
    text: string;
    omitted: Omitted | undefined;
};
