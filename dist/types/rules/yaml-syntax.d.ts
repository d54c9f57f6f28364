declare const _default: import("./define-rule.js").Rule<"unreadable" | "syntax" | "tooDeep" | "tooLarge">;
export default _default;
