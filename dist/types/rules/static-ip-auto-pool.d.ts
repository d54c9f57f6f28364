declare const _default: import("./define-rule.js").Rule<"ipAddrs" | "ipAddrsNoIpam">;
export default _default;
