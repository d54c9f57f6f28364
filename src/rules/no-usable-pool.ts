import { allocation, defaultPools, familyOfKey, isEnabled, poolsInPlay, poolsKnown, resolveList } from "../allocator/index.js";
import { defineRule } from "./define-rule.js";
import { listText, nameSpan, podWho, poolSpan } from "./_shared/pools.js";
import { familyAssigned, poolListSites, poolText, someOf, victimsOf, viewPools } from "./_shared/static.js";

export default defineRule({
  id: "no-usable-pool",
  meta: {
    description: "Report pods left with no pool that may give them a workload address: none of the default pools, or none of the pools they name",
    defaultSeverity: "error",
    scope: "repository",
    messages: {
      P4: "{{who}} takes its IPv{{v}} address from the default pools{{via}}, but no enabled IPv{{v}} pool exists: Calico fails the pod with `cannot find a qualified ippool`. Add an enabled IPv{{v}} IPPool{{familyFix}}",
      P6: "{{who}} takes its IPv{{v}} address from the default pools{{via}}, but every enabled IPv{{v}} pool has `assignmentMode: Manual` or `nodeSelector: \"!all()\"`: Calico fails the pod with `no configured Calico pools for node <node>`. Name a pool in `cni.projectcalico.org/ipv{{v}}pools`, or make one pool Automatic with a nodeSelector that matches the nodes",
      P5: "{{who}} takes its IPv{{v}} address from the default pools{{via}}, but no enabled automatic IPv{{v}} pool allows Workload: Calico fails the pod with `cannot find a qualified ippool, no pools match the required use (Workload)`. Add Workload to a pool's allowedUses, or name a Workload pool in `cni.projectcalico.org/ipv{{v}}pools`",
      requestedNoWorkload:
        "{{key}} `{{raw}}` names only pools whose allowedUses lack Workload ({{pools}}): Calico takes the requested pools as they are, keeps those that allow Workload, and fails {{victims}} with `cannot find a qualified ippool, no pools match the required use (Workload)`. Name a pool that allows Workload{{others}}, or add Workload to the pool's allowedUses",
    },
    calico:
      "A pod without `ipv4pools`/`ipv6pools` gets its address from the enabled pools of its family with `assignmentMode: Automatic` whose nodeSelector matches its node, then only those allowing `Workload`. When none is left, CNI ADD fails (P4, P6 or P5) and the pod never starts. Checked only when the configuration says the pools in view are the cluster's complete set. A pod (or namespace) that names its pools gets exactly those, selectors ignored, and then also only those allowing `Workload` (`filterPoolsByUse`): when every pool it names lacks Workload (a Tunnel or LoadBalancer pool) it fails with P5 whatever else the cluster holds, so that is reported without the completeness setting.",
    remediation:
      "Add an enabled, Automatic IPPool that allows Workload for the family (or set `allowedUses`/`assignmentMode` on an existing one), or name a pool in the pod's pool annotation.",
  },
  check(ctx) {
    // Requested pools (calico-cases.md C14, H30): the annotation says exactly which pools the pod
    // gets, so this needs no completeness setting. Entries Calico rejects earlier (P1/P2/P3) or that
    // the files cannot resolve are left to unknown-pool and pool-family-mismatch.
    const view = viewPools(ctx.model);
    for (const site of poolListSites(ctx.model)) {
      if (!familyAssigned(site, familyOfKey(site.key), view)) continue;
      const entries = resolveList(ctx.model, site.list, view) ?? [];
      const named = entries.flatMap((e) => (e.pool && !e.error ? [e.pool] : []));
      if (named.length === 0 || named.length !== entries.length || named.some((p) => p.allowedUses.includes("Workload"))) continue;
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
    for (const d of a.demands) {
      if (d.set) continue;
      const failure = defaultPools(pools, d.family).failure;
      if (!failure) continue;
      const fromPod = d.list && d.listFrom === "pod";
      const at = fromPod && d.list ? d.list.entry.node.span : nameSpan(d.pod.object);
      const asked = d.pod.calico.lists.ipFamilies !== undefined;
      ctx.report({
        messageId: failure.code,
        at,
        object: d.pod.object.ref,
        value: `IPv${d.family}`,
        data: {
          who: podWho(d.pod),
          v: d.family,
          via: d.list ? ` (its ${d.listFrom === "pod" ? "" : "namespace's "}\`${d.list.raw ?? ""}\` lifts any restriction)` : "",
          familyFix: asked ? `, or drop IPv${d.family} from \`cni.projectcalico.org/ipFamilies\`` : "",
        },
      });
    }
  },
});
