declare const _default: import("./define-rule.js").Rule<"overlap">;
export default _default;
