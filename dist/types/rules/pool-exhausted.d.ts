declare const _default: import("./define-rule.js").Rule<"pods" | "pool">;
export default _default;
