import type { Rule } from "./define-rule.js";
/** Every rule, sorted by id (a test keeps it that way). */
export declare const RULES: readonly Rule[];
