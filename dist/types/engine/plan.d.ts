import type { Allocation } from "../allocator/index.js";
import { type Model } from "../model/index.js";
import type { Plan } from "../report/plan.js";
export declare function planFrom(model: Model, a: Allocation): Plan;
