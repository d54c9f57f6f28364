/**
 * Workload kinds and where each keeps its pod template (kube-linter's object-kinds idea), with the
 * field that says how many pods run at once.
 */
export interface WorkloadKind {
    readonly kind: string;
    /** API groups the kind lives in ("" is the core group). */
    readonly groups: readonly string[];
    /** Path from the object root to the pod template; empty for a bare Pod. */
    readonly template: readonly string[];
    /** How concurrency is expressed. */
    readonly scale: "replicas" | "parallelism" | "per-node" | "single" | "template";
}
export declare const WORKLOAD_KINDS: readonly WorkloadKind[];
export declare function workloadKind(apiGroup: string, kind: string): WorkloadKind | undefined;
/** Kinds that run no pods and carry no Calico meaning (for the placement rule). */
export declare const NAMESPACE_KIND = "Namespace";
