import { type Family, type Model, type Pool, type Settings, type Span } from "../model/index.js";
import type { Allocation, PodDemand } from "./allocate.js";
/**
 * The per-node block limit (calico:libcalico-go/lib/ipam/ipam.go `autoAssign`): a node owns at most
 * `maxBlocksPerHost` affine blocks of the pools a request may use (20 when the IPAMConfiguration
 * says 0 or nothing). At the limit `findOrClaimBlock` returns `ErrBlockLimit` and `autoAssign`
 * returns it at once, before the search of other nodes' blocks, strict affinity or not: the pod
 * fails with `cannot allocate new block due to per host block limit`. A block is claimed for a
 * request only while the node owns fewer than the limit in the request's pools, so a node owns at
 * most `limit` blocks of any one pool, and its pods get at most `limit × addresses per block` of
 * each pool. Tunnel addresses and reservations only lower that, so the bound is safe for errors.
 */
/** Calico's limit when the IPAMConfiguration sets none (or 0). */
export declare const DEFAULT_MAX_BLOCKS_PER_HOST = 20;
export interface BlockLimit {
    readonly limit: number;
    /** Where it is written: an IPAMConfiguration's `maxBlocksPerHost` in the files. */
    readonly span?: Span;
    readonly object?: Model["ipamConfigs"][number]["object"];
    readonly from: "files" | "configuration" | "default";
}
/** The limit in force: the IPAMConfiguration `default` in the files, else the configuration's `ipam.maxBlocksPerHost`, else 20. */
export declare function blockLimit(model: Model, settings: Settings): BlockLimit;
/** Addresses in one block of a pool (0 when its block size is not one Calico accepts). */
export declare function blockAddresses(p: Pool): bigint;
/** The most addresses one node can give pods from these pools under the limit. */
export declare const perNode: (pools: readonly Pool[], limit: number) => bigint;
/** Kubelet's default `maxPods`: below it a node can fill up with pods before kubelet stops scheduling. */
export declare const KUBELET_DEFAULT_MAX_PODS = 110n;
export interface FamilyBlockLimit {
    readonly family: Family;
    /** The pools pods of the family draw from automatically. */
    readonly pools: readonly Pool[];
    /** Pods drawing automatically (known counts). */
    readonly demand: bigint;
    readonly consumers: readonly PodDemand[];
    /** Most addresses one node can give them. */
    readonly perNode: bigint;
}
/** Per family, the automatic demand against what one node may hold under the limit. */
export declare function familyBlockLimits(a: Allocation, limit: number): FamilyBlockLimit[];
