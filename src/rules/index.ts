import type { Rule } from "./define-rule.js";
import yamlSyntax from "./yaml-syntax.js";

/** Every rule, sorted by id (a test keeps it that way). */
export const RULES: readonly Rule[] = [yamlSyntax] as readonly Rule[];
