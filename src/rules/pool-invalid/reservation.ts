import type { Reservation, Settings } from "../../model/index.js";
import type { Ctx } from "./problems.js";
import { schemaProblems, validators } from "./schema.js";

/** IPReservation: the CRD schema, and entries the validator refuses (neither a CIDR nor an address; HEAD: not a CIDR). */
export function checkReservation(c: Ctx, r: Reservation, settings: Settings): void {
  if (r.spec) for (const problem of schemaProblems(r.spec, "spec", validators().reservation, "IPReservation", false)) c.problems.push(problem);
  for (const e of r.entries) {
    if (e.text === "" && e.cidr === null) {
      c.problems.push({ messageId: "reservation", at: e.span, data: { entry: e.text, problem: "empty", by: "Calico's validator rejects the IPReservation", fix: "Write a CIDR such as `10.0.0.0/28` or remove the entry" } });
    } else if (!e.cidr) {
      c.problems.push({
        messageId: "reservation",
        at: e.span,
        data: { entry: e.text, problem: "neither a CIDR nor an IP address", by: "Calico's validator rejects the IPReservation", fix: "Write a CIDR such as `10.0.0.0/28`, or a single address" },
      });
    } else if (settings.calicoVersion === "head" && !e.text.includes("/")) {
      c.problems.push({
        messageId: "reservation",
        at: e.span,
        data: { entry: e.text, problem: "a bare address, not a CIDR", by: "the HEAD IPReservation CRD (`format: cidr`) rejects the IPReservation", fix: `Write \`${e.text}/${e.cidr.family === 4 ? 32 : 128}\`` },
      });
    }
  }
}
