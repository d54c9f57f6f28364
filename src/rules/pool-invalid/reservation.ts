import type { Reservation, Settings } from "../../model/index.js";
import { reject, type Ctx } from "./problems.js";
import { schemaProblems, validators } from "./schema.js";

/** IPReservation: the CRD schema, and entries the validator refuses (neither a CIDR nor an address; HEAD: not a CIDR). */
export function checkReservation(c: Ctx, r: Reservation, settings: Settings): void {
  if (r.spec) for (const problem of schemaProblems(r.spec, "spec", validators().reservation, "IPReservation", false)) c.problems.push(problem);
  for (const e of r.entries) {
    if (e.text === "" && e.cidr === null) reject(c, "reservationEmpty", e.span, { entry: e.text });
    else if (!e.cidr) reject(c, "reservationInvalid", e.span, { entry: e.text });
    else if (settings.calicoVersion === "head" && !e.text.includes("/")) reject(c, "reservationBareAddress", e.span, { entry: e.text, bits: e.cidr.family === 4 ? 32 : 128 });
  }
}
