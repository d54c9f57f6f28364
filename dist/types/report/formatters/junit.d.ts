import type { Formatter } from "../types.js";
/** Escape text for an element's content or an attribute value. */
export declare function xmlEscape(s: string, attribute?: boolean): string;
export declare const junit: Formatter;
