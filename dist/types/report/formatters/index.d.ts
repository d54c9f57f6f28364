import type { Formatter } from "../types.js";
export declare const FORMATTERS: Readonly<Record<string, Formatter>>;
export declare const formatterNames: () => string[];
