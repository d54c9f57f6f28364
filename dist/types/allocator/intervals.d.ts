/**
 * Sets of addresses as sorted, disjoint, inclusive bigint intervals: the union of overlapping or
 * nested IPReservations is counted once, and no range is ever enumerated.
 */
export interface Interval {
    readonly lo: bigint;
    readonly hi: bigint;
}
/** Sort and merge (touching intervals merge too). */
export declare function union(list: readonly Interval[]): Interval[];
/** Clip to `[lo, hi]`, dropping what falls outside. */
export declare function clip(list: readonly Interval[], lo: bigint, hi: bigint): Interval[];
/** Number of addresses in a merged list. */
export declare function total(merged: readonly Interval[]): bigint;
/** Whether `v` lies in a merged (sorted, disjoint) list: binary search. */
export declare function covers(merged: readonly Interval[], v: bigint): boolean;
