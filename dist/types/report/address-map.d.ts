import type { Plan, PlanOwner, PlanPool } from "./plan.js";
/**
 * The address space of every pool as plain data, for pictures (the HTML report, the playground):
 * each pool's range cut into at most MAX_CELLS equal cells (one per block while there are few
 * enough), with what each cell holds (reserved addresses, static claims with their workloads), and
 * the pool's demand against its capacity. engine/address-map.ts makes it from the allocation, as
 * engine/plan.ts makes the `Plan` (src/report/plan.ts); the renderers see only these types.
 */
export declare const MAX_CELLS = 256;
export interface MapStatic {
    readonly ip: string;
    readonly annotation: "ipAddrs" | "ipAddrsNoIpam";
    readonly owner: PlanOwner;
    readonly reserved: boolean;
}
export interface MapCell {
    readonly index: number;
    /** First and last address of the cell. */
    readonly first: string;
    readonly last: string;
    /** Addresses of the cell covered by an IPReservation (decimal string). */
    readonly reserved: string;
    /** The whole cell is reserved. */
    readonly fullyReserved: boolean;
    readonly statics: readonly MapStatic[];
}
export interface PoolMap {
    readonly pool: PlanPool;
    readonly cells: number;
    /** Blocks per cell (a decimal string: an IPv6 pool has more blocks than a number holds). */
    readonly blocksPerCell: string;
    /** Addresses per cell. */
    readonly cellSize: string;
    /** Only the cells that hold something; the others are plain free space. */
    readonly marked: readonly MapCell[];
    /** Static claims of this pool's family that lie in it. */
    readonly statics: readonly MapStatic[];
}
export interface AddressMap {
    readonly plan: Plan;
    readonly pools: readonly PoolMap[];
    /** Static claims in no enabled pool. */
    readonly outside: readonly (MapStatic & {
        readonly family: 4 | 6;
    })[];
}
