import { poolsInPlay } from "../allocator/index.js";
import { within, type PodCidr } from "../model/index.js";
import { defineRule } from "./define-rule.js";
import { poolLabel, poolSpan } from "./_shared/pools.js";

/** Pod CIDR sources the operator reads itself (kubeadm's config, OpenShift's Network). */
const PLATFORM_SOURCES = new Set(["ClusterConfiguration", "kubeadm-config", "Network"]);

const describeCidrs = (list: readonly PodCidr[]): string => [...new Set(list.map((c) => c.text))].join(", ");

export default defineRule({
  id: "pool-outside-pod-cidr",
  meta: {
    description: "Warn about enabled IP pools outside the cluster's pod CIDR",
    defaultSeverity: "warning",
    mixedSeverity: true,
    scope: "repository",
    messages: {
      outside:
        "Pool {{pool}} lies outside the cluster's pod CIDR {{podCidrs}}, declared by {{source}}: Calico accepts it, but kube-proxy takes traffic from these pod addresses for traffic from outside the cluster and masquerades it by its clusterCIDR. Move the pool inside {{podCidrs}}, or widen the cluster's pod CIDR",
      operator:
        "Installation pool {{cidr}} lies outside the platform's pod CIDR: the operator refuses it with `IPPool {{cidr}} is not within the platform's configured pod network CIDR(s) [{{list}}]` and creates no pools. Choose a cidr inside {{podCidrs}}, or leave `ipPools` out so the operator uses the platform's CIDR",
    },
    calico:
      "Calico does not require pools to lie inside the Kubernetes pod CIDR; the documentation asks for it because kube-proxy decides masquerading by `clusterCIDR`. Pools whose `allowedUses` is only `LoadBalancer` hold Service addresses and are not compared. The operator checks it itself (and then fails) for Installation pools when it defaults pools: no IPPool exists yet and kubeadm's or OpenShift's pod CIDR is known.",
    remediation: "Keep every enabled pool inside a pod CIDR of its family, or widen the pod CIDR (kubeadm `podSubnet`, kube-proxy `clusterCIDR`) to cover it.",
  },
  check(ctx) {
    const anyIPPool = ctx.model.pools.some((p) => p.origin === "IPPool");
    for (const pool of poolsInPlay(ctx.model)) {
      if (pool.disabled || !pool.cidr || pool.implicit) continue;
      const cidr = pool.cidr;
      const family = ctx.model.podCidrs.filter((c) => c.cidr !== null && c.cidr.family === cidr.family);
      if (family.length === 0) continue;
      if (family.some((c) => c.cidr !== null && within(cidr, c.cidr))) continue;
      const platform = ctx.model.podCidrs.filter((c) => c.cidr !== null && PLATFORM_SOURCES.has(c.source));
      const operatorChecks =
        pool.origin === "Installation" && !anyIPPool && platform.some((c) => c.cidr?.family === cidr.family);
      if (operatorChecks) {
        ctx.report({
          messageId: "operator",
          severity: "error",
          at: poolSpan(pool),
          object: pool.object.ref,
          value: pool.cidrText?.value ?? "",
          data: {
            cidr: pool.cidrText?.value ?? "",
            list: [...new Set(platform.map((c) => c.text))].join(" "),
            podCidrs: describeCidrs(platform.filter((c) => c.cidr?.family === cidr.family)),
          },
          related: platform.flatMap((c) => (c.span ? [{ span: c.span, message: `pod CIDR ${c.text} (${c.source})` }] : [])),
        });
        continue;
      }
      // A LoadBalancer pool hands out Service addresses, never pod addresses: kube-proxy's
      // clusterCIDR does not concern it (the operator's own check above still applies).
      if (pool.allowedUses.length > 0 && pool.allowedUses.every((u) => u === "LoadBalancer")) continue;
      ctx.report({
        messageId: "outside",
        severity: "warning",
        at: poolSpan(pool),
        object: pool.object.ref,
        value: pool.cidrText?.value ?? "",
        data: {
          pool: poolLabel(pool),
          podCidrs: describeCidrs(family),
          source: [...new Set(family.map((c) => c.source))].join(", "),
        },
        related: family.flatMap((c) => (c.span ? [{ span: c.span, message: `pod CIDR ${c.text} (${c.source})` }] : [])),
      });
    }
  },
});
