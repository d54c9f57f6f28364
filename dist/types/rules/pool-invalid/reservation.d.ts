import type { Reservation, Settings } from "../../model/index.js";
import { type Ctx } from "./problems.js";
/** IPReservation: the CRD schema, and entries the validator refuses (neither a CIDR nor an address; HEAD: not a CIDR). */
export declare function checkReservation(c: Ctx, r: Reservation, settings: Settings): void;
