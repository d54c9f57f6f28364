/** Said once on stderr (the log, in the Action) when the pool rules had nothing to check against. */
export function noPoolsNotice(poolsKnown: boolean, podSources: number): string | null {
  if (poolsKnown || podSources === 0) return null;
  return (
    "calico-ipam-lint: no IP pools in view, so the checks against pools were skipped. " +
    "Give the cluster's pools with --pools FILE (kubectl get ippools.crd.projectcalico.org -o yaml > pools.yaml), " +
    "or point --context at the manifests that define them\n"
  );
}
