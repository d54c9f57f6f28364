/**
 * The pool objects Calico refuses. The checks live in ./pool-invalid/, one file per kind of object
 * or group of checks: the CRD schema (schema.ts), IPPool objects (ippool.ts), Installation pools
 * (installation.ts), selectors (selector.ts), changes since a revision (update.ts), IPReservations
 * (reservation.ts). They read the model's pools, whose `written` fields locate what they judge.
 */
declare const _default: import("./define-rule.js").Rule<"schema" | "rejected" | "unknownField" | "reservation">;
export default _default;
