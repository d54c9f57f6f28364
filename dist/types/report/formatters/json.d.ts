import type { Formatter } from "../types.js";
/**
 * ESLint's results shape, a stable contract: absolute paths, 1-based positions, exclusive ends.
 * Every file read is listed (13,819 in a run): each path is joined, not normalised again.
 */
export declare const json: Formatter;
