declare const _default: import("./define-rule.js").Rule<"noIpamUnknown" | "noIpamOff" | "floatingUnknown" | "floatingOff" | "noIpamOperator" | "ipamIncompatible" | "floatingOperator">;
export default _default;
