/**
 * The cluster's live pods (`--in-use`: `kubectl get pods -A -o json` or `-o yaml`). Context data,
 * not manifests: these pods are never pod sources, and nothing is reported in the file they come
 * from. Read from plain data (JSON.parse or the YAML tree's plain value).
 */
export interface OwnerRef {
    readonly kind: string;
    readonly name: string;
}
export interface LivePod {
    readonly namespace: string;
    readonly name: string;
    /** Canonical addresses from `status.podIPs` (or `status.podIP`). */
    readonly ips: readonly string[];
    /**
     * The controller chain, nearest first: the pod's controller owner, then that object's controller
     * owner where the same file holds it (`kubectl get pods,replicasets -A -o json`).
     */
    readonly owners: readonly OwnerRef[];
    readonly labels: Readonly<Record<string, string>>;
    /** Addresses the pod got through `ipAddrsNoIpam`: Calico IPAM has no record of them. */
    readonly noIpam: readonly string[];
}
export interface LiveState {
    readonly pods: readonly LivePod[];
    /** Where the data came from, for messages (the file as given). */
    readonly source: string;
}
/**
 * The pods of a `kubectl get` output (a `List`/`PodList`, or one Pod) that hold addresses now: pods
 * that finished (`Succeeded`, `Failed`) have released theirs, and `hostNetwork` pods show the node's.
 * Returns an error message when the data is not such an output.
 */
export declare function livePodsFrom(data: unknown, source: string): LiveState | {
    error: string;
};
/**
 * The live pod is one of the pods the manifest object runs (the same bare Pod, or a pod its
 * controller made), so it holding the address is no conflict: Calico releases it when the pod is
 * replaced. Follows the owner chain where known, else Kubernetes' naming: a Deployment's
 * ReplicaSet is `<deployment>-<pod-template-hash>`, a CronJob's Job `<cronjob>-<scheduled minute>`.
 */
export declare function sameWorkload(pod: LivePod, kind: string, namespace: string, name: string): boolean;
