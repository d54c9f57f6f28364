declare const _default: import("./define-rule.js").Rule<"inactive" | "outside" | "noFamilyPool" | "dependsOnCopy" | "notWorkload">;
export default _default;
