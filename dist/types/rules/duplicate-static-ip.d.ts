declare const _default: import("./define-rule.js").Rule<"taken" | "notConcurrent" | "noIpam">;
export default _default;
