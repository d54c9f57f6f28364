declare const _default: import("./define-rule.js").Rule<"outside" | "lifted" | "selectorBypassed" | "staticOutside">;
export default _default;
