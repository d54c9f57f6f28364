declare const _default: import("./define-rule.js").Rule<"overlap" | "overlapCrd" | "overlapDisabled" | "overlapDisabledOrder">;
export default _default;
