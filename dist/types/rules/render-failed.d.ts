declare const _default: import("./define-rule.js").Rule<"failed" | "undeployed">;
export default _default;
