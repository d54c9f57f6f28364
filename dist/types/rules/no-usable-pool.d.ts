declare const _default: import("./define-rule.js").Rule<"P4" | "P5" | "P6" | "requestedNoWorkload">;
export default _default;
