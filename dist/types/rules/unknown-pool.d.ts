declare const _default: import("./define-rule.js").Rule<"dependsOnCopy" | "unknownName" | "notEnabled" | "noSuchCidr">;
export default _default;
