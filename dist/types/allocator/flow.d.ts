/**
 * Demand of pool sets against pool capacity as a bipartite max-flow over bigints.
 *
 * Each set may draw from its own pools only. A first greedy pass spills every set over its pools in
 * list order (sets earlier in `sets` first, so they keep what they got); augmenting paths then move
 * earlier assignments to other pools wherever that lets a short set be served. What is still short
 * after that cannot be served in any order of pod starts. The residual graph then names the sets and
 * pools that compete for too few addresses (a minimum cut), one group per connected part.
 *
 * Written here on purpose: graph packages on npm count in numbers, not bigints (an IPv6 pool's size),
 * and the greedy order above is the allocator's own.
 */
export interface FlowSet {
    readonly demand: bigint;
    /** Indexes into the capacity array, in the order the set tries them. */
    readonly pools: readonly number[];
}
export interface FlowResult {
    /** assigned[s][k]: addresses of set s placed in its k-th pool. */
    readonly assigned: bigint[][];
    readonly shortfall: bigint[];
    /** Groups of sets and the pools they are confined to, whose demand exceeds those pools. */
    readonly groups: {
        readonly sets: number[];
        readonly pools: number[];
    }[];
}
export declare function solveFlow(capacity: readonly bigint[], sets: readonly FlowSet[]): FlowResult;
