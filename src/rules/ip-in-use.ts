import { ipString, sameWorkload, staticIPs, type LivePod, type PodSource } from "../model/index.js";
import { defineRule } from "./define-rule.js";
import { fullKey, isHostNetwork } from "./_shared/calico.js";

const podName = (p: LivePod): string => `${p.namespace}/${p.name}`;

export default defineRule({
  id: "ip-in-use",
  meta: {
    description: "Disallow a static address that a live pod of another workload already holds (--in-use)",
    defaultSeverity: "error",
    mixedSeverity: true,
    scope: "repository",
    messages: {
      held:
        "The live pod {{holder}} already holds {{ip}} (according to {{source}}), so Calico fails this pod with `error getting IP from IPAM: resource already exists: {{ip}} with error: Address already assigned in block` for as long as that pod exists. Pick a free address, or delete {{holder}} before applying this manifest",
      heldOutsideIpam:
        "The live pod {{holder}} already uses {{ip}} (according to {{source}}) through {{noIpamKey}}, which Calico IPAM does not record: Calico gives the address to this pod too, and two pods share it. Pick another address, or move {{holder}} off it first",
      noIpamHeld:
        "The live pod {{holder}} already holds {{ip}} (according to {{source}}). Calico does not check {{noIpamKey}} against IPAM, so this pod starts with the same address and traffic to both breaks. Pick a free address, or delete {{holder}} before applying this manifest",
    },
    calico:
      "A static `ipAddrs` address goes through Calico IPAM's `AssignIP`, which refuses an address that is already allocated: the pod fails with `resource already exists: <ip> with error: Address already assigned in block`, wrapped as `error getting IP from IPAM: …`. Pods of the same workload (the same bare Pod, or a pod the same Deployment, StatefulSet, DaemonSet, Job or CronJob made) are no conflict: the address is released when the old pod goes. `ipAddrsNoIpam` addresses bypass IPAM, so Calico never refuses them, and the network ends up with two pods on one address.",
    remediation: "Choose an address no live pod holds (see the `--in-use` file), or delete the pod that holds it before applying the manifest.",
  },
  check(ctx) {
    const live = ctx.model.live;
    if (!live || live.pods.length === 0) return;
    const holders = new Map<string, LivePod[]>();
    for (const p of live.pods) for (const ip of p.ips) holders.set(ip, [...(holders.get(ip) ?? []), p]);
    for (const pod of ctx.model.podSources) {
      if (isHostNetwork(pod) || pod.workload.scale === "template") continue;
      for (const key of ["ipAddrs", "ipAddrsNoIpam"] as const) {
        for (const sip of staticIPs(pod.calico, key)) {
          const ip = ipString(sip.ip);
          const other = (holders.get(ip) ?? []).find((h) => !isSelf(h, pod));
          if (!other) continue;
          const outsideIpam = key === "ipAddrs" && other.noIpam.includes(ip);
          const messageId = key === "ipAddrsNoIpam" ? "noIpamHeld" : outsideIpam ? "heldOutsideIpam" : "held";
          ctx.report({
            messageId,
            severity: messageId === "held" ? "error" : "warning",
            data: { holder: podName(other), ip, source: live.source, noIpamKey: fullKey("ipAddrsNoIpam") },
            at: sip.span,
            object: pod.object.ref,
            value: ip,
          });
        }
      }
    }
  },
});

function isSelf(live: LivePod, pod: PodSource): boolean {
  const name = pod.object.ref.name;
  return name !== undefined && sameWorkload(live, pod.workload.kind, pod.namespace, name);
}
