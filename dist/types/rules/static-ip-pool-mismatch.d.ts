declare const _default: import("./define-rule.js").Rule<"mismatch">;
export default _default;
