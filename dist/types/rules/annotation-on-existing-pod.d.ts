declare const _default: import("./define-rule.js").Rule<"changed" | "added" | "removed">;
export default _default;
