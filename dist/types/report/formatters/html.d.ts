import type { Formatter } from "../types.js";
/**
 * `--format html`: one self-contained page to keep as a CI artifact: totals, the address map of
 * every pool (when the run's address map is at hand), and the findings by file with their source lines
 * and links to the rule pages.
 */
export declare const html: Formatter;
