import { apiGroup, type K8sObject } from "./objects.js";
import { asSeq, get } from "./tree.js";

/**
 * The node count a kind `Cluster` configuration (kind.x-k8s.io) creates: one node per entry of
 * `nodes`, or a single control-plane node when the list is absent or empty (kind:
 * pkg/apis/config/v1alpha4/default.go `SetDefaultsCluster`). calico-node runs on every one of
 * them. Undefined when no kind Cluster is in view, or when several disagree (they describe different
 * clusters, and the files do not say which one is linted).
 */
export function kindNodeCount(objects: readonly K8sObject[]): number | undefined {
  const counts = new Set<number>();
  for (const o of objects) {
    if (o.ref.kind !== "Cluster" || apiGroup(o.ref.apiVersion) !== "kind.x-k8s.io") continue;
    const nodes = get(o.node, "nodes");
    const list = asSeq(nodes);
    if (nodes !== undefined && !list) return undefined; // not a list: kind refuses the file
    counts.add(Math.max(1, list?.items.length ?? 0));
  }
  const [only] = counts;
  return counts.size === 1 ? only : undefined;
}
