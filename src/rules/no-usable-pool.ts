import { allocation, defaultPools, poolsInPlay, poolsKnown } from "../allocator/index.js";
import { defineRule } from "./define-rule.js";
import { nameSpan, podWho } from "./_shared/pools.js";

export default defineRule({
  id: "no-usable-pool",
  meta: {
    description: "Report pods that draw from the default pools when no pool of their family qualifies",
    defaultSeverity: "error",
    scope: "repository",
    messages: {
      P4: "{{who}} takes its IPv{{v}} address from the default pools{{via}}, but no enabled IPv{{v}} pool exists: Calico fails the pod with `cannot find a qualified ippool`. Add an enabled IPv{{v}} IPPool{{familyFix}}",
      P6: "{{who}} takes its IPv{{v}} address from the default pools{{via}}, but every enabled IPv{{v}} pool has `assignmentMode: Manual` or `nodeSelector: \"!all()\"`: Calico fails the pod with `no configured Calico pools for node <node>`. Name a pool in `cni.projectcalico.org/ipv{{v}}pools`, or make one pool Automatic with a nodeSelector that matches the nodes",
      P5: "{{who}} takes its IPv{{v}} address from the default pools{{via}}, but no enabled automatic IPv{{v}} pool allows Workload: Calico fails the pod with `cannot find a qualified ippool, no pools match the required use (Workload)`. Add Workload to a pool's allowedUses, or name a Workload pool in `cni.projectcalico.org/ipv{{v}}pools`",
    },
    calico:
      "A pod without `ipv4pools`/`ipv6pools` gets its address from the enabled pools of its family with `assignmentMode: Automatic` whose nodeSelector matches its node, then only those allowing `Workload`. When none is left, CNI ADD fails (P4, P6 or P5) and the pod never starts. Checked only when the configuration says the pools in view are the cluster's complete set.",
    remediation:
      "Add an enabled, Automatic IPPool that allows Workload for the family (or set `allowedUses`/`assignmentMode` on an existing one), or name a pool in the pod's pool annotation.",
  },
  check(ctx) {
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
