declare const _default: import("./define-rule.js").Rule<"pods" | "pool" | "blockLimitCluster" | "blockLimitNodes" | "blockLimitPinned">;
export default _default;
