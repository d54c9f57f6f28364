import { contains, type PodCidr } from "../model/index.js";
import { defineRule } from "./define-rule.js";
import { ipText, someOf, staticPods } from "./_shared/static.js";

export default defineRule({
  id: "ip-outside-pod-cidr",
  meta: {
    description: "Warn about static addresses outside the cluster's pod CIDR",
    // Calico gives the pod the address; what goes wrong is kube-proxy's masquerading: a warning,
    // as for pool-outside-pod-cidr.
    defaultSeverity: "warning",
    scope: "repository",
    messages: {
      outside:
        "{{ip}} lies outside the cluster's {{cidrs}} (declared by {{sources}}): Calico does not check this and gives the pod the address{{poolNote}}, but kube-proxy treats traffic from addresses outside its clusterCIDR as coming from outside the cluster and masquerades it on the way to Services. Pick an address inside {{inside}}, or widen the pod CIDR to cover it",
    },
    calico:
      "Calico never compares addresses with the Kubernetes pod CIDR: `ipAddrs` only needs an enabled pool that holds the address, and `ipAddrsNoIpam` needs nothing. The pod CIDR (kubeadm `podSubnet`, kube-proxy `clusterCIDR`, kind, Cluster API, OpenShift, `--pod-cidr`) is what kube-proxy uses to tell pod traffic from outside traffic, so a pod address outside it is treated as external. Silent when no pod CIDR of the address's family is known.",
    remediation: "Pick static addresses inside the cluster's pod CIDR (and inside a Calico pool within it), or widen the pod CIDR to cover them.",
  },
  check(ctx) {
    const byFamily = (f: 4 | 6): PodCidr[] => ctx.model.podCidrs.filter((c) => c.cidr !== null && c.cidr.family === f);
    const withStatics = staticPods(ctx.model);
    for (let n = 0; n < withStatics.length; n++) {
      const { pod, statics } = withStatics[n]!;
      for (const s of statics) {
        const cidrs = byFamily(s.ip.family);
        if (cidrs.length === 0) continue;
        if (cidrs.some((c) => c.cidr !== null && contains(c.cidr, s.ip))) continue;
        const ip = ipText(s.ip);
        const texts = [...new Set(cidrs.map((c) => c.text))];
        ctx.report({
          messageId: "outside",
          at: s.span,
          object: pod.object.ref,
          value: ip,
          data: {
            ip,
            cidrs: texts.length === 1 ? `pod CIDR ${texts[0] ?? ""}` : `pod CIDRs ${someOf(texts)}`,
            inside: texts.length === 1 ? (texts[0] ?? "") : "one of them",
            sources: someOf([...new Set(cidrs.map((c) => c.source))]),
            poolNote: s.key === "ipAddrs" ? " when a pool holds it" : "",
          },
          related: cidrs.flatMap((c) => (c.span ? [{ span: c.span, message: `pod CIDR ${c.text} (${c.source})` }] : [])),
        });
      }
    }
  },
});
