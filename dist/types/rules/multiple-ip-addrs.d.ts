declare const _default: import("./define-rule.js").Rule<"tooMany" | "duplicate">;
export default _default;
