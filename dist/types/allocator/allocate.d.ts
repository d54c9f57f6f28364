import { type DecodedList, type Family, type IP, type Model, type PodSource, type Pool, type Settings, type Span } from "../model/index.js";
/**
 * A dry run of Calico IPAM over the manifests: which pools each pod source draws from, how many
 * addresses that takes, and where it does not fit (calico-reference.md §3.6). Pure and deterministic;
 * it returns data and the rules decide what is a problem. Address counts are bigints: nothing is
 * ever enumerated, so an IPv6 /48 costs what an IPv4 /24 does.
 */
export type Encapsulation = "IPIP" | "VXLAN";
/** An address written in `ipAddrs` or `ipAddrsNoIpam`. */
export interface StaticClaim {
    readonly pod: PodSource;
    readonly key: "ipAddrs" | "ipAddrsNoIpam";
    readonly text: string;
    readonly ip: IP;
    readonly span: Span;
    /** The enabled pool that holds it (`getPoolForIP`), if any. */
    readonly pool?: Pool;
    /** Inside an IPReservation (automatic assignment never hands it out). */
    readonly reserved: boolean;
    /** False for `ipAddrsNoIpam` (IPAM keeps no record) and for pods that run no replica. */
    readonly counted: boolean;
}
export type CountSource = "single" | "replicas" | "default" | "hpa" | "parallelism" | "nodes" | "template" | "unknown";
/** How many pods of one source run at once. */
export interface PodCount {
    /** Null when it cannot be known from the files (a DaemonSet without a node count, a templated field). */
    readonly count: bigint | null;
    readonly from: CountSource;
    /** The field the count comes from, when there is one. */
    readonly span?: Span;
    /** Why the count is unknown. */
    readonly unknown?: string;
}
/** One family's automatic demand of one pod source. */
export interface PodDemand {
    readonly pod: PodSource;
    readonly family: Family;
    readonly count: PodCount;
    /** The set it draws from; absent when the pod fails before drawing (see `blocked`). */
    readonly set?: PoolSet;
    /** The annotation that chose the pools (pod or namespace), when one did. */
    readonly list?: DecodedList;
    readonly listFrom?: "pod" | "namespace";
    /** Why the pod gets no default pool (no `set`): Calico's error for its family and namespace. */
    readonly noPool?: NoPool;
}
export type NoPoolCode = "P4" | "P5" | "P6";
/** Why pods with no pool annotation cannot get an address of a family. */
export interface NoPool {
    readonly code: NoPoolCode;
    /** Calico's error text. */
    readonly message: string;
}
export type PoolSetKind = "requested" | "default" | "tunnel";
/** Pods (or nodes' tunnel devices) that draw from the same pools in the same order. */
export interface PoolSet {
    readonly key: string;
    readonly kind: PoolSetKind;
    readonly family: Family;
    /** In the order Calico tries them (name order for the default set, where no order is fixed). */
    readonly pools: readonly Pool[];
    readonly encapsulation?: Encapsulation;
    readonly consumers: readonly PodDemand[];
    /** Sum of the known counts. */
    readonly demand: bigint;
    /** Consumers whose count is unknown (not in `demand`). */
    readonly unknown: readonly PodDemand[];
    /** What the dry run placed, per pool (same order as `pools`). */
    readonly assigned: readonly bigint[];
    /** Demand that fits in no order of pod starts. */
    readonly shortfall: bigint;
}
export interface PoolUsage {
    readonly pool: Pool;
    readonly cidr: string;
    readonly family: Family;
    readonly size: bigint;
    readonly blocks: bigint;
    readonly enabled: boolean;
    /** Pods without a pool annotation may draw from it. */
    readonly automatic: boolean;
    /** Addresses inside IPReservations (union of overlapping entries). */
    readonly reserved: bigint;
    /** Distinct `ipAddrs` addresses held in it. */
    readonly statics: bigint;
    /** Of those, the ones outside every reservation (they lower what automatic assignment can use). */
    readonly staticsUnreserved: bigint;
    /** Addresses automatic assignment may hand out: size − reserved − unreserved statics. */
    readonly capacity: bigint;
    /** Node tunnel addresses placed in it. */
    readonly tunnel: bigint;
    /** Pod addresses placed in it. */
    readonly demand: bigint;
    /** Demand of sets whose spill ends in this pool that fits nowhere. */
    readonly shortfall: bigint;
    readonly free: bigint;
}
/** Pools and the sets confined to them whose demand exceeds them. */
export interface Exhaustion {
    readonly family: Family;
    readonly pools: readonly PoolUsage[];
    readonly sets: readonly PoolSet[];
    readonly demand: bigint;
    readonly capacity: bigint;
    readonly shortfall: bigint;
}
export interface Allocation {
    readonly pools: readonly PoolUsage[];
    readonly sets: readonly PoolSet[];
    readonly demands: readonly PodDemand[];
    readonly statics: readonly StaticClaim[];
    readonly exhausted: readonly Exhaustion[];
    /**
     * Per family: what pods with no pool annotation get when the default set is empty for a
     * namespace whose labels are not known (namespace selectors taken to match). A pod whose
     * namespace is in view may fail where this is empty: see `PodDemand.noPool`.
     */
    readonly defaultFailure: Partial<Record<Family, NoPool>>;
    /** Pod sources that take no automatic address because they fail first, with the reason. */
    readonly blocked: readonly {
        readonly pod: PodSource;
        readonly reason: string;
    }[];
    /** Families Calico assigns to pods that do not say (`assign_ipv4` / `assign_ipv6`). */
    readonly families: readonly Family[];
    /** Node count in use, if known; tunnel addresses and DaemonSets are counted only then. */
    readonly nodes: number | null;
    /** Pools that would hold node tunnel addresses (counted only when the node count is known). */
    readonly tunnelPools: readonly {
        readonly pool: Pool;
        readonly encapsulation: Encapsulation;
    }[];
    /** Pools automatic assignment draws from, with the first reason found. */
    readonly automaticPools: ReadonlyMap<Pool, AutomaticUse>;
}
export type AutomaticUse = {
    readonly kind: "default";
} | {
    readonly kind: "requested";
    readonly by: PodSource;
    readonly list: DecodedList;
} | {
    readonly kind: "tunnel";
    readonly encapsulation: Encapsulation;
};
/** `!all()` selects no node: the pool takes no automatic assignment. */
export declare const selectsNoNode: (p: Pool) => boolean;
export declare const isManual: (p: Pool) => boolean;
/**
 * A namespace's labels as Calico's IPAM sees them for `namespaceSelector` (`SelectsNamespace`
 * evaluates the Kubernetes Namespace object's own labels, nothing Calico adds): one label set per
 * Namespace object of that name in the files (several when overlays hold variants), each with the
 * label Kubernetes sets on every namespace, `kubernetes.io/metadata.name: <name>`.
 */
export interface NamespaceLabels {
    readonly name: string;
    /** Null when no Namespace of that name is in view: its labels are unknown. */
    readonly labelSets: readonly Readonly<Record<string, string>>[] | null;
}
export declare const NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";
export declare function namespaceLabels(model: Model, name: string): NamespaceLabels;
/**
 * Whether a pool's namespaceSelector may select the namespace. No selector selects every namespace.
 * Only a namespace whose labels are known can be excluded, and only by a selector that parses (one
 * that does not is pool-invalid's to report) and matches none of its label sets.
 */
export declare function mayServeNamespace(p: Pool, ns: NamespaceLabels | null | undefined): boolean;
/** An enabled pool of the family that automatic assignment leaves out, and why. */
export interface ExcludedPool {
    readonly pool: Pool;
    readonly why: "manual" | "noNode" | "namespace" | "use";
}
export interface DefaultPools {
    readonly pools: Pool[];
    readonly failure?: NoPool;
    /** The enabled pools of the family not used, with the first reason (in Calico's order). */
    readonly excluded: readonly ExcludedPool[];
}
/**
 * The pools a pod with no pool annotation draws from (`determinePools` → `filterPoolsByUse`), and
 * Calico's error when there are none. Node labels are not in the files: a pool is taken to select
 * every node unless its selector is `!all()`. A namespaceSelector is evaluated against the pod's
 * namespace when its labels are known (`ns`), else taken to match.
 */
export declare function defaultPools(pools: readonly Pool[], family: Family, ns?: NamespaceLabels | null): DefaultPools;
/** Pools that hold node tunnel addresses for an encapsulation (`determineEnabledPoolCIDRs`). */
export declare function tunnelPools(pools: readonly Pool[]): {
    pool: Pool;
    encapsulation: Encapsulation;
}[];
/** How many pods of a source run at once, at most. */
export declare function podCount(pod: PodSource, settings: Settings): PodCount;
/**
 * The dry run in four steps: collect the pools and what pods with no annotation get, build the pool
 * sets pods draw from, solve how the sets' demand fits the pools' capacity, and account the result
 * per set and per pool.
 */
export declare function allocate(model: Model, settings: Settings): Allocation;
/** Whether the files say anything about pools at all (pool rules stay silent otherwise). */
export declare const poolsKnown: (model: Model) => boolean;
/** The dry run for one lint run, computed once however many rules ask. */
export declare function allocation(model: Model, settings: Settings): Allocation;
