import type { Formatter } from "../types.js";
/** ESLint's results shape, a stable contract: absolute paths, 1-based positions, exclusive ends. */
export declare const json: Formatter;
