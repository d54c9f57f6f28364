declare const _default: import("./define-rule.js").Rule<"held" | "heldOutsideIpam" | "noIpamHeld">;
export default _default;
