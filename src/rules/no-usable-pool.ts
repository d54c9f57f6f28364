import { allocation, defaultPools, familyOfKey, isEnabled, namespaceLabels, poolsInPlay, poolsKnown, resolveList, type ExcludedPool, type NamespaceLabels } from "../allocator/index.js";
import type { Pool } from "../model/index.js";
import { defineRule } from "./define-rule.js";
import { listText, nameSpan, podWho, poolSpan } from "./_shared/pools.js";
import { familyAssigned, poolListSites, poolText, someOf, victimsOf, viewPools } from "./_shared/static.js";

/** One line, no backtick, at most 80 characters: safe inside a backtick span. */
const shorten = (t: string): string => {
  const one = t.replace(/\s+/g, " ").replace(/`/g, "'");
  return one.length > 80 ? `${one.slice(0, 77)}...` : one;
};

/** Why each enabled pool of the family selects the pod's node or namespace no more (P6), and the fix. */
function unselected(excluded: readonly ExcludedPool[], ns: NamespaceLabels, family: number): { why: string; fix: string; byNamespace: boolean } {
  const reasons: string[] = [];
  for (const e of excluded) {
    if (e.why === "manual") reasons.push(`${poolText(e.pool)} has \`assignmentMode: Manual\``);
    else if (e.why === "noNode") reasons.push(`${poolText(e.pool)} has \`nodeSelector: "!all()"\``);
    else if (e.why === "namespace") reasons.push(`the namespaceSelector \`${shorten(e.pool.namespaceSelector)}\` of ${poolText(e.pool)} does not select namespace ${ns.name}`);
  }
  const byNamespace = excluded.some((e) => e.why === "namespace");
  const first = ns.labelSets?.[0];
  const labels = first
    ? Object.keys(first)
        .sort()
        .map((k) => `\`${shorten(k)}: ${shorten(first[k] ?? "")}\``)
    : [];
  const why = `${someOf(reasons)}${byNamespace ? `; the labels of namespace ${ns.name} are ${listText(labels)}` : ""}`;
  // Policy selectors see `projectcalico.org/name` on a namespace's profile; IPAM's SelectsNamespace
  // reads the Kubernetes Namespace's own labels, to which Calico adds nothing.
  const policyLabel = excluded.some((e) => e.why === "namespace" && e.pool.namespaceSelector.includes("projectcalico.org/name"));
  const fix = byNamespace
    ? `Label namespace ${ns.name} so that a pool's namespaceSelector selects it, add an automatic pool without a namespaceSelector, or name a pool in \`cni.projectcalico.org/ipv${family}pools\` (requested pools bypass selectors)${
        policyLabel
          ? ". Calico IPAM reads the Namespace's own labels, and Calico does not add `projectcalico.org/name` to them (that label exists on Calico's policy profiles only): select on `kubernetes.io/metadata.name` instead"
          : ""
      }`
    : `Name a pool in \`cni.projectcalico.org/ipv${family}pools\`, or make one pool Automatic with a nodeSelector that matches the nodes`;
  return { why, fix, byNamespace };
}

export default defineRule({
  id: "no-usable-pool",
  meta: {
    description: "Report pods left with no pool that may give them a workload address: none of the default pools, or none of the pools they name",
    defaultSeverity: "error",
    scope: "repository",
    messages: {
      P4: "{{who}} takes its IPv{{v}} address from the default pools{{via}}, but no enabled IPv{{v}} pool exists: Calico fails the pod with `cannot find a qualified ippool`. Add an enabled IPv{{v}} IPPool{{familyFix}}",
      P6: "{{who}} takes its IPv{{v}} address from the default pools{{via}}, but no enabled IPv{{v}} pool selects it ({{why}}): Calico fails the pod with `no configured Calico pools for node <node>`. {{fix}}",
      P5: "{{who}} takes its IPv{{v}} address from the default pools{{via}}, but no enabled automatic IPv{{v}} pool allows Workload: Calico fails the pod with `cannot find a qualified ippool, no pools match the required use (Workload)`. Add Workload to a pool's allowedUses, or name a Workload pool in `cni.projectcalico.org/ipv{{v}}pools`",
      requestedNoWorkload:
        "{{key}} `{{raw}}` names only pools whose allowedUses lack Workload ({{pools}}): Calico takes the requested pools as they are, keeps those that allow Workload, and fails {{victims}} with `cannot find a qualified ippool, no pools match the required use (Workload)`. Name a pool that allows Workload{{others}}, or add Workload to the pool's allowedUses",
    },
    calico:
      "A pod without `ipv4pools`/`ipv6pools` gets its address from the enabled pools of its family with `assignmentMode: Automatic` whose nodeSelector matches its node and whose namespaceSelector (v3.31+) matches its namespace's labels, then only those allowing `Workload`. When none is left, CNI ADD fails (P4, P6 or P5) and the pod never starts. Node labels are not in the files, so only `nodeSelector: \"!all()\"` counts as selecting no node. A namespace's labels are known when its Namespace object is in the files: its own labels plus `kubernetes.io/metadata.name`, which Kubernetes sets on every namespace (Calico adds none); a namespace not in the files, or one below a kustomization that adds labels (`commonLabels`, `labels`), is taken to match every namespaceSelector. Checked only when the configuration says the pools in view are the cluster's complete set. A pod (or namespace) that names its pools gets exactly those, selectors ignored, and then also only those allowing `Workload` (`filterPoolsByUse`): when every pool it names lacks Workload (a Tunnel or LoadBalancer pool) it fails with P5 whatever else the cluster holds, so that is reported without the completeness setting.",
    remediation:
      "Add an enabled, Automatic IPPool that allows Workload for the family (or set `allowedUses`/`assignmentMode` on an existing one), or name a pool in the pod's pool annotation.",
  },
  check(ctx) {
    // Requested pools (calico-fidelity.md C14, H30): the annotation says exactly which pools the pod
    // gets, so this needs no completeness setting. Entries Calico rejects earlier (P1/P2/P3) or that
    // the files cannot resolve are left to unknown-pool and pool-family-mismatch.
    const view = viewPools(ctx.model);
    const listSites = poolListSites(ctx.model);
    for (let n = 0; n < listSites.length; n++) {
      const site = listSites[n]!;
      if (!familyAssigned(site, familyOfKey(site.key), view)) continue;
      const entries = resolveList(ctx.model, site.list, view) ?? [];
      // Only a list whose every entry names a pool, none of which allows Workload.
      if (entries.length === 0 || !entries.every((e) => e.pool && !e.error && !e.pool.allowedUses.includes("Workload"))) continue;
      const named = entries.map((e) => e.pool as Pool);
      const workload = view.filter((p) => isEnabled(p) && p.family === familyOfKey(site.key) && p.allowedUses.includes("Workload"));
      ctx.report({
        messageId: "requestedNoWorkload",
        at: site.list.entry.node.span,
        object: site.object.ref,
        value: site.list.raw ?? "",
        related: named.map((p) => ({ span: poolSpan(p), message: `pool ${poolText(p)} (allowedUses: ${p.allowedUses.join(", ")})` })),
        data: {
          key: site.key,
          raw: site.list.raw ?? "",
          pools: someOf([...new Set(named)].map((p) => `${poolText(p)} allows ${listText(p.allowedUses)}`)),
          victims: victimsOf(site),
          others: workload.length > 0 ? ` (${someOf(workload.map(poolText))})` : "",
        },
      });
    }

    if (!ctx.settings.poolsComplete || !poolsKnown(ctx.model)) return;
    const pools = poolsInPlay(ctx.model);
    const a = allocation(ctx.model, ctx.settings);
    const { demands } = a;
    for (let i = 0; i < demands.length; i++) {
      const d = demands[i]!;
      if (d.set) continue;
      const ns = namespaceLabels(ctx.model, d.pod.namespace);
      const { failure, excluded } = defaultPools(pools, d.family, ns);
      if (!failure) continue;
      const fromPod = d.list && d.listFrom === "pod";
      const at = fromPod && d.list ? d.list.entry.node.span : nameSpan(d.pod.object);
      const asked = d.pod.calico.lists.ipFamilies !== undefined;
      const p6 = failure.code === "P6" ? unselected(excluded, ns, d.family) : undefined;
      const nsObject = ctx.model.namespaces.get(d.pod.namespace)?.object;
      ctx.report({
        messageId: failure.code,
        at,
        object: d.pod.object.ref,
        value: `IPv${d.family}`,
        ...(p6
          ? {
              related: [
                ...excluded.filter((e) => e.why !== "use").map((e) => ({ span: poolSpan(e.pool), message: `pool ${poolText(e.pool)}` })),
                ...(p6.byNamespace && nsObject ? [{ span: nameSpan(nsObject), message: `Namespace ${d.pod.namespace}` }] : []),
              ],
            }
          : {}),
        data: {
          who: podWho(d.pod),
          v: d.family,
          via: d.list ? ` (its ${d.listFrom === "pod" ? "" : "namespace's "}\`${d.list.raw ?? ""}\` lifts any restriction)` : "",
          familyFix: asked ? `, or drop IPv${d.family} from \`cni.projectcalico.org/ipFamilies\`` : "",
          ...(p6 ? { why: p6.why, fix: p6.fix } : {}),
        },
      });
    }
  },
});
