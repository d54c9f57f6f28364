import { poolsKnown } from "../allocator/index.js";
import type { Model } from "../model/index.js";

/** Said once on stderr when the pool rules had nothing to check against. */
export function noPoolsNotice(model: Model): string | null {
  if (poolsKnown(model) || model.podSources.length === 0) return null;
  return (
    "calico-ipam-lint: no IP pools in view, so the checks against pools were skipped. " +
    "Give the cluster's pools with --pools FILE (kubectl get ippools.crd.projectcalico.org -o yaml > pools.yaml), " +
    "or point --context at the manifests that define them\n"
  );
}
