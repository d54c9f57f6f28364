declare const _default: import("./define-rule.js").Rule<"operator" | "outside">;
export default _default;
