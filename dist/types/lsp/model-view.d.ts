/**
 * What lies under the cursor, read from the last judged model and its dry run: a static address of
 * `ipAddrs`, a pool named in `ipv4pools` / `ipv6pools`; and the free addresses of a pool. Pure:
 * offsets in, model objects out.
 */
import { type Allocation, type PoolKey, type PoolUsage, type StaticClaim } from "../allocator/index.js";
import { type Family, type Model, type Pool, type PodSource, type PoolRequest } from "../model/index.js";
export declare function claimAt(a: Allocation, file: string, offset: number): StaticClaim | undefined;
/** Every claim of the same address (this one included), in the order the model holds them. */
export declare function claimsOf(a: Allocation, c: StaticClaim): StaticClaim[];
/** The pool an address lies in: the enabled pool the dry run found, else any pool holding it. */
export declare function poolOfClaim(model: Model, c: StaticClaim): Pool | undefined;
export interface PoolRef {
    readonly key: PoolKey;
    readonly request: PoolRequest;
    readonly pool?: Pool;
}
/** A pool name (or CIDR) written in a pod's or namespace's `ipv4pools` / `ipv6pools` at the offset. */
export declare function poolRefAt(model: Model, file: string, offset: number): PoolRef | undefined;
/** Pools by name (an IPPool and the Installation entry it came from may both be in view). */
export declare const poolsNamed: (model: Model, name: string) => Pool[];
export declare const usageOf: (a: Allocation, pool: Pool) => PoolUsage | undefined;
/** The pod source whose pod annotations hold an entry at `offset`, else whose template does. */
export declare function podAt(model: Model, file: string, offset: number): PodSource | undefined;
/** Pools the pod's static addresses may come from, per family: its pool list in force, else every enabled pool. */
export declare function poolsForStatic(model: Model, a: Allocation, pod: PodSource | undefined): Pool[];
/**
 * The next free addresses of a pool, lowest first: not claimed by any `ipAddrs` / `ipAddrsNoIpam`,
 * not inside an IPReservation, and past the addresses the dry run hands to automatic assignment
 * (its demand and node tunnel addresses, laid from the pool's start: Calico picks blocks at its
 * own choosing, so an address in a pool that automatic assignment draws from stays at risk, which
 * static-ip-auto-pool says).
 */
export declare function freeAddresses(model: Model, a: Allocation, pool: Pool, count: number): string[];
export declare const familyOf: (key: PoolKey) => Family;
