declare const _default: import("./define-rule.js").Rule<"outside">;
export default _default;
