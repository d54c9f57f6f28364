export * from "./resolve.js";
export * from "./allocate.js";
export { solveFlow, type FlowSet, type FlowResult } from "./flow.js";
export * as intervals from "./intervals.js";
export { poolLookup, type PoolLookup } from "./pool-index.js";
export * from "./block-limit.js";
export { copyRank, definedTwice } from "./copies.js";
