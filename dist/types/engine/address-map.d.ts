import type { Allocation } from "../allocator/index.js";
import { type Model } from "../model/index.js";
import { type AddressMap } from "../report/address-map.js";
import type { Plan } from "../report/plan.js";
/** The address map of `a`, whose plan (`planFrom(model, a)`, as the core returns it) locates its claims. */
export declare function addressMap(model: Model, a: Allocation, plan: Plan): AddressMap;
