import { type K8sObject } from "./objects.js";
/**
 * The node count a kind `Cluster` configuration (kind.x-k8s.io) creates: one node per entry of
 * `nodes`, or a single control-plane node when the list is absent or empty (kind:
 * pkg/apis/config/v1alpha4/default.go `SetDefaultsCluster`). calico-node runs on every one of
 * them. Undefined when no kind Cluster is in view, or when several disagree (they describe different
 * clusters, and the files do not say which one is linted).
 */
export declare function kindNodeCount(objects: readonly K8sObject[]): number | undefined;
