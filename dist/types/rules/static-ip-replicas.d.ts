declare const _default: import("./define-rule.js").Rule<"replicas" | "noIpam" | "rollout" | "cronOverlap">;
export default _default;
