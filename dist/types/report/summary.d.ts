import type { FileResult, FormatContext } from "./types.js";
/**
 * The Markdown job summary GitHub shows on a workflow run's page: totals and every finding in one
 * table. GitHub rejects a step summary above 1 MiB, so the table stops early, saying so, when the
 * text would pass the budget.
 */
export declare const SUMMARY_LIMIT: number;
export interface SummaryOptions {
    /** `https://github.com/<owner>/<repo>/blob/<sha>`: findings link to their lines. */
    readonly linkBase?: string;
    /** Markdown appended after the findings (the allocation report's pool table). */
    readonly extra?: string;
    /** Where the complete findings are (a SARIF path), named when the table is cut. */
    readonly fullReport?: string;
    /** Bytes the summary may take; GitHub's limit less what other steps may add. */
    readonly budget?: number;
}
/** Text for a Markdown table cell: one line, no column breaks, no raw HTML. */
export declare const cell: (s: string) => string;
/** The whole lines of `text` that fit in `max` bytes, and a line saying how many were left out. */
export declare function capLines(text: string, max: number): string;
export declare function renderSummaryMarkdown(results: readonly FileResult[], ctx: FormatContext, options?: SummaryOptions): string;
