/**
 * Suppressions that suppress nothing. The engine reports these itself, after every other rule has
 * run (src/engine/suppress.ts): a suppression is used only if some finding fell under it. The rule
 * is registered for its metadata, its severity setting and `--rule`.
 */
declare const _default: import("./define-rule.js").Rule<"unused" | "unusedAll" | "unknownRule" | "noTarget" | "trailing" | "unknownDirective" | "malformed">;
export default _default;
