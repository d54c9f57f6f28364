import { defineRule } from "./define-rule.js";
import { annotatedSites, fullKey } from "./_shared/calico.js";

export default defineRule({
  id: "static-ip-both-modes",
  meta: {
    description: "Disallow ipAddrs and ipAddrsNoIpam on the same pod",
    defaultSeverity: "error",
    scope: "object",
    messages: {
      both:
        "Calico fails the pod with `can't have both annotations: 'ipAddrs' and 'ipAddrsNoIpam' in use at the same time`. Keep {{ipAddrs}} (Calico IPAM records the address) or {{noIpam}} (IPAM bypassed, behind a feature flag), not both",
    },
    calico:
      "The CNI plugin checks the two static-address annotations before anything else: when both are non-empty it fails the pod with `can't have both annotations: 'ipAddrs' and 'ipAddrsNoIpam' in use at the same time`. An empty string counts as absent.",
    remediation:
      "Remove one of the two annotations: keep `ipAddrs` unless the address must bypass Calico IPAM (and the `ip_addrs_no_ipam` feature flag is enabled).",
  },
  check(ctx) {
    const sites = annotatedSites(ctx.model);
    for (let n = 0; n < sites.length; n++) {
      const site = sites[n]!;
      if (site.kind !== "pod") continue;
      const a = site.calico.lists.ipAddrs;
      const b = site.calico.lists.ipAddrsNoIpam;
      // Calico tests the strings: any non-empty value counts, whatever it holds.
      if (!a || !b || !a.raw || !b.raw) continue;
      const [earlier, later] = a.entry.keySpan.start <= b.entry.keySpan.start ? [a, b] : [b, a];
      ctx.report({
        messageId: "both",
        data: { ipAddrs: fullKey("ipAddrs"), noIpam: fullKey("ipAddrsNoIpam") },
        at: later.entry.keySpan,
        related: [{ span: earlier.entry.keySpan, message: `${earlier.entry.key} is set here` }],
        object: site.object.ref,
      });
    }
  },
});
