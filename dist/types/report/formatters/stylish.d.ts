import type { Formatter } from "../types.js";
/** The human report, through eslint-formatter-pretty (links each rule id to its docs page). */
export declare const stylish: Formatter;
