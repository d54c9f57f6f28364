declare const _default: import("./define-rule.js").Rule<"both">;
export default _default;
