declare const _default: import("./define-rule.js").Rule<"outside" | "operator">;
export default _default;
