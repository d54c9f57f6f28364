declare const _default: import("./define-rule.js").Rule<"failed" | "undeployed" | "helm4Only">;
export default _default;
