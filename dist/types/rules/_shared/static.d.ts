import { type CIDR, type DecodedList, type Family, type IP, type K8sObject, type Model, type Namespace, type PodSource, type Pool, type Span, type StaticIP } from "../../model/index.js";
import { type PoolKey, type ResolvedEntry } from "../../allocator/index.js";
/** Helpers shared by the rules about static addresses and pool references. */
export declare const STATIC_KEYS: readonly ["ipAddrs", "ipAddrsNoIpam"];
/** What the rules ask of each CNI pod, read once per model (the annotation lookups were repeated per rule). */
export interface CniPod {
    readonly pod: PodSource;
    /** Its static addresses, `ipAddrs` first (none for most pods). */
    readonly statics: readonly StaticIP[];
    /** It sets a static annotation, so Calico never resolves its pool lists. */
    readonly staticPath: boolean;
    /** Not on the static path, and it sets `ipv4pools` or `ipv6pools` of its own. */
    readonly ownPoolList: boolean;
}
/** `cniPods` with what the rules ask of each, in the same order. Once per model. */
export declare function cniPodFacts(model: Model): readonly CniPod[];
/** The CNI pods with at least one static address, in pod order. Once per model. */
export declare function staticPods(model: Model): readonly CniPod[];
/** The CNI pods with a pool list of their own or a static address, in pod order. Once per model. */
export declare function listedOrStaticPods(model: Model): readonly CniPod[];
/** `ipString`, kept per address: several rules quote the same static addresses. */
export declare const ipText: (key: IP) => string;
/** `cidrString`, kept per CIDR (a pool's is quoted in every message that names the pool). */
export declare const cidrText: (key: CIDR) => string;
/** Pod sources whose Calico annotations the CNI plugin reads (`hostNetwork` pods never reach it). Once per model. */
export declare const cniPods: (key: Model) => readonly PodSource[];
/** Both static annotations are set: Calico fails the pod before it takes any address. */
export declare const bothStaticModes: (pod: PodSource) => boolean;
/** The pod's static addresses, `ipAddrs` first; the pool annotations are ignored when there are any. */
export declare function staticsOf(pod: PodSource): readonly StaticIP[];
/** The pod sets a static annotation (any non-empty value), so Calico never resolves its pool lists. */
export declare const usesStaticPath: (pod: PodSource) => boolean;
/** The pools of the cluster as the rules see them (the allocator's view). */
export declare const viewPools: (model: Model) => readonly Pool[];
/** The pool rules stay silent when the files hold no pool with a CIDR. */
export declare const anyPoolKnown: (pools: readonly Pool[]) => boolean;
/** `name (cidr)`, or the CIDR for a pool without a name. */
export declare function poolText(p: Pool): string;
/** Up to `max` items, then "and N more". */
export declare function someOf(items: readonly string[], max?: number): string;
/**
 * The range an entry of a pool annotation stands for: the resolved pool's CIDR, else the CIDR the
 * entry itself spells (masked); null when the files cannot say (an unknown or undetermined name).
 */
export declare function entryRange(e: ResolvedEntry): CIDR | null;
/** How an entry reads in a message: `name (cidr)` for a resolved pool, else the text written. */
export declare function entryText(e: ResolvedEntry): string;
/**
 * Whether an address lies in the ranges of a list of entries: true, false, or null when it is in
 * none of the known ranges but some entry's range is unknown.
 */
export declare function insideEntries(ip: IP, entries: readonly ResolvedEntry[]): boolean | null;
/** Alternatives: `a, b or c` (up to `max`, then "or one of N more"). */
export declare function anyOf(items: readonly string[], max?: number): string;
/**
 * The closest of `names` to `name` when it is close enough to be a typo (the first of the closest).
 * Each name is measured only as far as could still make it the closest and a typo: a pod naming a
 * pool not in view is judged against every pool.
 */
export declare function nearestName(name: string, names: readonly string[]): string | undefined;
/**
 * `nearestName` over one list of names, asked again and again: unknown-pool asks it for every
 * unknown name beside every pool. A name one edit from a pool's (the usual typo) is found by looking
 * up the name and each of it less one character among the pools' names and each of them less one
 * character (two strings one edit apart share one of these), not by measuring every pool; only a
 * name with nothing within one edit is measured against them all. Its answers are `nearestName`'s.
 */
export declare class NearestNames {
    readonly names: readonly string[];
    private readonly lower;
    /** The first name of each lowercased text. */
    private readonly exact;
    /** Each lowercased name and each of it less one character, to the names it comes from (indexes, ascending). */
    private readonly variants;
    constructor(names: readonly string[]);
    nearest(name: string): string | undefined;
}
export declare const familyPools: (pools: readonly Pool[], family: Family) => Pool[];
/** Where a static address sits, for related locations. */
export declare const related: (span: Span, message: string) => {
    span: Span;
    message: string;
};
/** A pool annotation Calico resolves: a pod's own (pods on the static path never resolve theirs), or a namespace's. */
export interface PoolListSite {
    readonly list: DecodedList;
    readonly key: PoolKey;
    readonly object: K8sObject;
    /** `ipFamilies` in force where the list applies (the pod's, else its namespace's). */
    readonly ipFamilies?: DecodedList;
    readonly pod?: PodSource;
    readonly namespace?: Namespace;
}
/** Every pool annotation Calico resolves, built once per model (three rules walk them). */
export declare const poolListSites: (key: Model) => readonly PoolListSite[];
/** Who fails when the site's list is bad. */
export declare function victimsOf(site: PoolListSite): string;
/**
 * Whether Calico asks for an address of `family` where the list applies (`assign_ipv4/6`): the
 * `ipFamilies` in force when it is set, else whether any pool of the family is in view (the
 * operator turns a family on when a pool of it exists).
 */
export declare function familyAssigned(site: PoolListSite, family: Family, pools: readonly Pool[]): boolean;
/** The field that disables a pool where it is written. */
export declare const disabledField: (p: Pool) => string;
