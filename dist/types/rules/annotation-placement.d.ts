declare const _default: import("./define-rule.js").Rule<"namespace" | "controller" | "hostNetwork" | "controllerDuplicate" | "noPods" | "servicePools" | "ipamIgnored" | "cniNotCalico">;
export default _default;
