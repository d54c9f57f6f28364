declare const _default: import("./define-rule.js").Rule<"unknownName" | "notEnabled" | "noSuchCidr">;
export default _default;
