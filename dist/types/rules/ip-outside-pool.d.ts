declare const _default: import("./define-rule.js").Rule<"inactive" | "outside" | "noFamilyPool" | "notWorkload">;
export default _default;
