import {
  type Hpa,
  type Located,
  type PodSource,
  type Span,
  type StaticIP,
} from "../model/index.js";
import { defineRule } from "./define-rule.js";
import { listText, podWho, who } from "./_shared/pools.js";
import { ipText, staticPods } from "./_shared/static.js";

/** A field value of 0 or "0%": the rollout never runs an extra pod. */
function isZero(t: string | undefined): boolean {
  return t !== undefined && /^0+%?$/.test(t.trim());
}

/** How many pods of a source run at once, and the field that says so. */
interface Concurrency {
  readonly count: number;
  readonly why: string;
  readonly at?: Span;
  readonly hpa?: Hpa;
}

function concurrency(pod: PodSource, nodes: number | undefined): Concurrency | null {
  switch (pod.workload.scale) {
    case "single":
    case "template":
      return null;
    case "per-node": {
      if (nodes !== undefined) return { count: nodes, why: `one on each of the ${nodes} nodes` };
      if (pod.pinnedToOneNode) return { count: 1, why: "its nodeSelector picks one node" };
      return { count: Infinity, why: "one on every node" };
    }
    case "replicas": {
      const hpa = pod.hpas.length === 0 ? undefined : pod.hpas.filter((h) => h.maxReplicas !== undefined).sort((a, b) => (b.maxReplicas?.value ?? 0) - (a.maxReplicas?.value ?? 0))[0];
      if (hpa?.maxReplicas && Number.isInteger(hpa.maxReplicas.value)) {
        // The autoscaler sets replicas between its bounds, whatever the manifest says.
        return { count: hpa.maxReplicas.value, why: `${who(hpa.object, hpa.namespace)} scales it up to maxReplicas: ${hpa.maxReplicas.value}`, at: hpa.maxReplicas.span, hpa };
      }
      if (pod.replicas) {
        if (!Number.isInteger(pod.replicas.value)) return null;
        return { count: pod.replicas.value, why: `replicas: ${pod.replicas.value}`, at: pod.replicas.span };
      }
      if (pod.scaleUnread) return null;
      return { count: 1, why: "replicas defaults to 1" };
    }
    case "parallelism": {
      const p: Located<number> | undefined = pod.parallelism;
      if (!p) {
        if (pod.scaleUnread) return null;
        return { count: 1, why: "parallelism defaults to 1" };
      }
      if (!Number.isInteger(p.value)) return null;
      const completions = pod.completions?.value;
      // A Job never runs more pods at once than it has completions left.
      if (completions !== undefined && Number.isInteger(completions) && completions < p.value) {
        return { count: completions, why: `parallelism: ${p.value} with completions: ${completions}`, at: p.span };
      }
      return { count: p.value, why: `parallelism: ${p.value}`, at: p.span };
    }
  }
}

/** For a single replica: the rollout that starts a new pod while the old one still runs, if any. */
function surgingRollout(pod: PodSource): { strategy: string; at?: Span; fix: string } | null {
  const kind = pod.workload.kind;
  const u = pod.update;
  const surge = u?.maxSurge;
  if (kind === "Deployment") {
    const type = u?.type?.value ?? "RollingUpdate";
    if (type !== "RollingUpdate") return null;
    if (isZero(surge?.value)) return null;
    const at = surge?.span ?? u?.type?.span;
    return {
      strategy: surge ? `RollingUpdate strategy (maxSurge: ${surge.value ?? ""})` : u?.type ? "RollingUpdate strategy" : "default RollingUpdate strategy (maxSurge 25%, rounded up to 1 pod)",
      ...(at ? { at } : {}),
      fix: "Set `strategy: {type: Recreate}` (or `rollingUpdate: {maxSurge: 0, maxUnavailable: 1}`), so the old pod is gone before the new one starts",
    };
  }
  if (kind === "Rollout") {
    if (u?.blueGreen) {
      return {
        strategy: "blueGreen strategy",
        at: u.blueGreen,
        fix: "Use the canary strategy with `maxSurge: 0` and `maxUnavailable: 1`: a blue-green rollout always runs the new pods beside the old ones",
      };
    }
    if (!u?.canary) return null;
    if (isZero(surge?.value)) return null;
    return {
      strategy: surge ? `canary strategy (maxSurge: ${surge.value ?? ""})` : "canary strategy (maxSurge 25%, rounded up to 1 pod)",
      at: surge?.span ?? u.canary,
      fix: "Set `maxSurge: 0` and `maxUnavailable: 1` in the canary strategy, so the old pod is gone before the new one starts",
    };
  }
  if (kind === "DaemonSet") {
    if (surge === undefined || isZero(surge.value) || u?.type?.value === "OnDelete") return null;
    return { strategy: `RollingUpdate strategy (maxSurge: ${surge.value ?? ""})`, at: surge.span, fix: "Set `maxSurge: 0` in `updateStrategy.rollingUpdate`" };
  }
  return null;
}

function fixFor(pod: PodSource, c: Concurrency): string {
  const drop = "or remove cni.projectcalico.org/ipAddrs and let the pods take addresses from a pool (cni.projectcalico.org/ipv4pools)";
  if (c.hpa) {
    const recreate = pod.workload.kind === "Deployment" && pod.update?.type?.value !== "Recreate" ? " and use `strategy: {type: Recreate}`" : "";
    return `Set maxReplicas: 1 on ${who(c.hpa.object, c.hpa.namespace)} (or remove it)${recreate}, ${drop}`;
  }
  switch (pod.workload.kind) {
    case "Deployment":
      return `Run 1 replica with \`strategy: {type: Recreate}\`, ${drop}`;
    case "Rollout":
      return `Run 1 replica with a canary strategy of \`maxSurge: 0\`, ${drop}`;
    case "StatefulSet":
      return `Give each address its own single-replica StatefulSet, ${drop}`;
    case "DaemonSet":
      return `Pin the DaemonSet to one node (nodeSelector kubernetes.io/hostname), or run the pod as a Deployment with 1 replica and \`strategy: {type: Recreate}\`, ${drop}`;
    case "Job":
    case "CronJob":
      return `Set parallelism: 1, ${drop}`;
    default:
      return `Run 1 replica, ${drop}`;
  }
}

export default defineRule({
  id: "static-ip-replicas",
  meta: {
    description: "Disallow static addresses on templates that run more than one pod at once",
    defaultSeverity: "error",
    mixedSeverity: true,
    scope: "repository",
    messages: {
      replicas:
        "{{who}} runs {{runs}} from a template that asks for {{ips}}: Calico gives the address to the first pod and fails every other one with `resource already exists: {{ip}} with error: Address already assigned in block`. {{fix}}",
      noIpam:
        "{{who}} runs {{runs}} from a template with the ipAddrsNoIpam address {{ips}}: Calico IPAM is bypassed, so every pod starts with the same address and its traffic reaches any one of them. Run a single pod, or give each pod its own address (one workload per address)",
      rollout:
        "{{who}} runs one replica with the {{strategy}}, which starts the new pod before the old one stops: the new pod asks for {{ips}}, which the old pod still holds, so Calico fails it with `resource already exists: {{ip}} with error: Address already assigned in block` and the rollout stalls until the old pod is deleted by hand. {{fix}}",
      cronOverlap:
        "{{who}} has {{policy}}: when a run lasts past the next scheduled time, the next Job starts while the last one still holds {{ips}}, and Calico fails its pod with `resource already exists: {{ip}} with error: Address already assigned in block`. Set `concurrencyPolicy: Forbid`",
    },
    calico:
      "`ipAddrs` is part of the pod template, so every pod of the workload asks for the same address. Calico gives it to the first pod (`AssignIP`) and fails every other one with `resource already exists: <ip> with error: Address already assigned in block` while the first one runs: Deployments, ReplicaSets, StatefulSets, ReplicationControllers and Argo Rollouts with more than one replica, a DaemonSet on more than one node, a Job or CronJob with `parallelism` above 1, and any workload a HorizontalPodAutoscaler may scale above 1 are errors. With one replica, a rolling update that surges (the Deployment default, Argo Rollouts canary and blue-green) starts the new pod while the old one holds the address, so the rollout stalls: a warning. `strategy: Recreate`, `maxSurge: 0`, a single-replica StatefulSet (it deletes the old pod before creating the new one) and ReplicaSets are clean. A CronJob with the default `concurrencyPolicy: Allow` warns: a run that outlasts its schedule overlaps the next one; `Forbid` and `Replace` are clean (a replaced pod releases the address when it stops, and the kubelet retries the new one until then). `ipAddrsNoIpam` is not recorded by IPAM, so replicas all start with the same address: a warning; its single-replica rollouts are not reported (the overlap lasts only until the old pod stops).",
    remediation:
      "Run a single pod per static address with a rollout that stops the old pod first (`strategy: Recreate`, `maxSurge: 0`, a single-replica StatefulSet, `concurrencyPolicy: Forbid`), or drop the static address and let Calico assign addresses from a pool.",
  },
  check(ctx) {
    const withStatics = staticPods(ctx.model);
    for (let n = 0; n < withStatics.length; n++) {
      const { pod, statics } = withStatics[n]!;
      const first: StaticIP | undefined = statics[0];
      if (!first) continue;
      const noIpam = first.key === "ipAddrsNoIpam";
      // The count first: the texts and spans below are made only for a pod that may report.
      const c = concurrency(pod, ctx.settings.nodes);
      if (!c || c.count === 0) continue;
      if (noIpam && !(c.count > 1)) continue;
      const list = pod.calico.lists[first.key];
      const annotation = list?.entry.node.span ?? first.span;
      const ips = listText(statics.filter((s) => s.key === first.key).map((s) => s.text));
      const ip = ipText(first.ip);
      const base = { object: pod.object.ref, value: ip };
      if (c.count > 1) {
        // Point at the field that sets the count, unless it sits in a context file (not reported).
        const fieldInContext = c.hpa ? c.hpa.object.contextOnly : pod.object.contextOnly;
        const at = c.at && !fieldInContext ? c.at : annotation;
        const related = at === annotation ? (c.at ? [{ span: c.at, message: c.why }] : []) : [{ span: first.span, message: `the template asks for ${first.text}` }];
        const runs = Number.isFinite(c.count) ? `${c.count} pods at once (${c.why})` : `a pod on every node`;
        const data = { who: podWho(pod), runs, ips, ip };
        if (noIpam) ctx.report({ ...base, at, related, messageId: "noIpam", severity: "warning", data });
        else ctx.report({ ...base, at, related, messageId: "replicas", severity: "error", data: { ...data, fix: fixFor(pod, c) } });
        continue;
      }
      if (noIpam) continue;
      const rollout = surgingRollout(pod);
      if (rollout) {
        ctx.report({
          ...base,
          at: rollout.at ?? annotation,
          ...(rollout.at ? { related: [{ span: first.span, message: `the template asks for ${first.text}` }] } : {}),
          messageId: "rollout",
          severity: "warning",
          data: { who: podWho(pod), strategy: rollout.strategy, ips, ip, fix: rollout.fix },
        });
        continue;
      }
      if (pod.workload.kind === "CronJob") {
        const policyNode = pod.concurrencyPolicy;
        const policy = policyNode?.value ?? "Allow";
        if (policy !== "Allow" || pod.suspend?.value === true) continue;
        ctx.report({
          ...base,
          at: policyNode?.span ?? annotation,
          ...(policyNode ? { related: [{ span: first.span, message: `the template asks for ${first.text}` }] } : {}),
          messageId: "cronOverlap",
          severity: "warning",
          data: { who: podWho(pod), policy: policyNode ? "concurrencyPolicy: Allow" : "the default concurrencyPolicy, Allow", ips, ip },
        });
      }
    }
  },
});
