import { type CIDR, type DecodedList, type Family, type IP, type Model, type Namespace, type PodSource, type Pool, type PoolRequest } from "../model/index.js";
/**
 * How Calico turns a pod's `ipv4pools` / `ipv6pools` into pools (CNI `ResolvePools`, then IPAM
 * `determinePools`), and which pool holds a static address (`getPoolForIP`).
 *
 * Every function takes the pools to look in as an optional last argument; the default is
 * `poolsInPlay(model)`, the pools as one cluster would hold them.
 */
export type PoolKey = "ipv4pools" | "ipv6pools";
/** A pool Calico's IPAM will allocate from: not disabled, not marked unallocatable. */
export declare const isEnabled: (p: Pool) => boolean;
export declare const familyOfKey: (key: PoolKey) => Family;
export declare const keyOfFamily: (family: Family) => PoolKey;
/**
 * The pools as one cluster would hold them: names are unique, so a pool seen twice (an exported
 * IPPool and the Installation entry it came from, both API groups, a patch without a cidr) counts
 * once: IPPool objects with a cidr first, then enabled copies (`copyRank`). The Installation's implicit default pool exists only where
 * no IPPool object does (the operator creates it only into an empty cluster). The allocator, the
 * pool lookups here and the pool rules all read this one list, so a resolved pool is always one
 * the allocator knows. Computed once per model.
 */
export declare function poolsInPlay(model: Model): readonly Pool[];
export interface ResolvedEntry {
    readonly request: PoolRequest;
    /** The pool the entry resolves to, when it does. */
    readonly pool?: Pool;
    /**
     * Why Calico fails the pod on this entry: P1 unknown name, P2 wrong family, P3 not an enabled
     * pool's exact CIDR. The message is Calico's own text.
     */
    readonly error?: {
        readonly code: "P1" | "P2" | "P3";
        readonly message: string;
    };
    /**
     * Set (with neither `pool` nor `error`) when the files cannot say what the entry resolves to: the
     * name is that of a pool whose manifest has no cidr (a patch of a pool defined elsewhere), or of
     * the operator's default pool, which exists when the operator created it before other pools.
     */
    readonly undetermined?: string;
}
export interface EffectivePools {
    readonly key: PoolKey;
    /** Where the value in force comes from: the pod's own annotation or its namespace's. */
    readonly from: "pod" | "namespace";
    readonly list: DecodedList;
    /** The namespace annotation the pod's value overrides, if any. */
    readonly overridden?: DecodedList;
    readonly entries: readonly ResolvedEntry[];
}
export declare function namespaceOf(model: Model, pod: PodSource): Namespace | undefined;
/** The pool list in force for one family: the pod's non-empty value, else the namespace's. */
export declare function effectivePoolList(model: Model, pod: PodSource, key: PoolKey): {
    from: "pod" | "namespace";
    list: DecodedList;
    overridden?: DecodedList;
} | null;
/** The pools of each name among `pools` (a model's, or `poolsInPlay`'s), in their order; made once per list. */
export declare function poolsByName(pools: readonly Pool[]): ReadonlyMap<string, readonly Pool[]>;
/** The pool a name denotes (`metadata.name`, exact), among the pools given: the first with a CIDR, else the first. */
export declare function poolNamed(name: string, pools: readonly Pool[]): Pool | undefined;
/** The enabled pool whose CIDR is exactly `cidr` (what `determinePools` requires of a request), the first such. */
export declare function enabledPoolWithCIDR(cidr: CIDR, pools: readonly Pool[]): Pool | undefined;
/** Resolve one request exactly as Calico does. */
export declare function resolveRequest(model: Model, key: PoolKey, req: PoolRequest, pools?: readonly Pool[]): ResolvedEntry;
/** The pools a pod source asks for, per family key, resolved; null when it asks for none. */
export declare function effectivePools(model: Model, pod: PodSource, key: PoolKey, pools?: readonly Pool[]): EffectivePools | null;
/** Every entry of one pool annotation (a pod's or a namespace's), resolved; null when it does not decode. Shared by the callers. */
export declare function resolveList(model: Model, list: DecodedList, pools?: readonly Pool[]): readonly ResolvedEntry[] | null;
/** `resolveList` for one model and pools, the shared memo looked up once: for a caller that asks per pod. */
export declare function listResolver(model: Model, pools?: readonly Pool[]): (list: DecodedList) => readonly ResolvedEntry[] | null;
/** The enabled pool that holds a static address, as `getPoolForIP` finds it. */
export declare function poolContaining(model: Model, ip: IP, pools?: readonly Pool[]): Pool | undefined;
/** Pools that hold the address but that Calico does not allocate from (disabled, `Allocatable=False`). */
export declare function inactivePoolsContaining(ip: IP, pools: readonly Pool[]): Pool[];
/**
 * Why a requested CIDR matches no enabled pool, for messages: the enabled pool it lies inside or
 * that lies inside it (Calico wants the exact CIDR), or the disabled pool that has it.
 */
export declare function nearPools(cidr: CIDR, pools: readonly Pool[]): {
    inside?: Pool;
    covers: Pool[];
    inactive?: Pool;
};
