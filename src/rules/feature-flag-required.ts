import { apiGroup, calicoIpamRuns, get, str, type K8sObject } from "../model/index.js";
import { defineRule } from "./define-rule.js";
import { annotatedSites } from "./_shared/calico.js";

/**
 * An operator Installation in view that runs Calico's CNI plugin: the operator renders the CNI
 * config and never sets a `feature_control` flag (calico-reference.md §1.13; calico-fidelity.md H39).
 */
function operatorInstallation(objects: readonly K8sObject[]): K8sObject | undefined {
  return objects.find(
    (o) => o.ref.kind === "Installation" && apiGroup(o.ref.apiVersion) === "operator.tigera.io" && (str(get(o.node, "spec", "cni", "type")) ?? "Calico") === "Calico",
  );
}

export default defineRule({
  id: "feature-flag-required",
  meta: {
    description: "Warn about ipAddrsNoIpam and floatingIPs, which need a CNI feature flag that standard installs do not set",
    defaultSeverity: "warning",
    mixedSeverity: true,
    scope: "object",
    messages: {
      noIpamUnknown:
        "Unless the Calico CNI config sets `feature_control.ip_addrs_no_ipam: true`, Calico fails the pod with `requested feature is not enabled: ip_addrs_no_ipam`; the operator, the stock manifests and the Helm chart never set it. Use cni.projectcalico.org/ipAddrs, or enable the flag in the CNI config and set featureFlags.ipAddrsNoIpam: true in .calico-ipam-lint.yaml",
      noIpamOff:
        "The ip_addrs_no_ipam feature flag is off (featureFlags.ipAddrsNoIpam in the lint config), so Calico fails the pod with `requested feature is not enabled: ip_addrs_no_ipam`. Use cni.projectcalico.org/ipAddrs, or enable `feature_control.ip_addrs_no_ipam` in the CNI config",
      floatingUnknown:
        "Unless the Calico CNI config sets `feature_control.floating_ips: true`, Calico fails the pod with `requested feature is not enabled: floating_ips` (after assigning its address, which it then releases); the operator cannot set it and the stock manifests and Helm chart do not. Remove the annotation, or enable the flag in the CNI config and set featureFlags.floatingIPs: true in .calico-ipam-lint.yaml",
      floatingOff:
        "The floating_ips feature flag is off (featureFlags.floatingIPs in the lint config), so Calico fails the pod with `requested feature is not enabled: floating_ips`. Remove the annotation, or enable `feature_control.floating_ips` in the CNI config (not possible on operator-managed clusters)",
      noIpamOperator:
        "The operator manages Calico here ({{installation}}), and it never sets `feature_control.ip_addrs_no_ipam` in the CNI config: Calico fails the pod with `requested feature is not enabled: ip_addrs_no_ipam`. Use cni.projectcalico.org/ipAddrs instead",
      ipamIncompatible:
        "Calico's CNI config uses {{ipam}} IPAM, not calico-ipam ({{source}}), so Calico fails the pod with `{{name}} is not compatible with configured IPAM: {{ipam}}`. Remove {{key}} (the pod then gets an address from {{ipam}}), or switch the cluster to Calico IPAM to keep a fixed address",
      floatingOperator:
        "The operator manages Calico here ({{installation}}), and it cannot set `feature_control.floating_ips` in the CNI config: Calico fails the pod with `requested feature is not enabled: floating_ips` (after assigning its address, which it then releases). Remove the annotation: floating IPs are not supported on operator-managed clusters",
    },
    calico:
      "`ipAddrsNoIpam` needs `feature_control.ip_addrs_no_ipam: true` and `floatingIPs` needs `feature_control.floating_ips: true` in the CNI config; both default to false, and neither the operator nor the stock manifests or Helm chart set them. Without the flag the pod fails with `requested feature is not enabled: ip_addrs_no_ipam` or `requested feature is not enabled: floating_ips`. The rule warns when the lint config does not say, errs when it says the flag is off or when an operator Installation in the files shows the flags cannot be on, and is silent when the config says the flag is on. Both static-address annotations also need Calico IPAM: when the configuration's `cni.ipam` or the files show a CNI config with another IPAM (an Installation with `spec.cni.ipam.type: HostLocal`, or a `calico-config` / `canal-config` ConfigMap whose `cni_network_config` sets `\"ipam\": {\"type\": \"host-local\"}`), Calico fails the pod with `ipAddrs is not compatible with configured IPAM: host-local` (or the same with ipAddrsNoIpam), before it looks at the feature flag. When Calico is installed for policy only (`spec.cni.type` AmazonVPC, AzureVNET, GKE), its CNI plugin does not run and none of this applies.",
    remediation:
      "Use `ipAddrs` instead of `ipAddrsNoIpam` and drop `floatingIPs`, or enable the flag in the CNI config (manifest installs only) and record it under `featureFlags` in `.calico-ipam-lint.yaml`. Under host-local (or any IPAM other than calico-ipam), remove `ipAddrs` and `ipAddrsNoIpam`, or move the cluster to Calico IPAM.",
  },
  check(ctx) {
    const flags = ctx.settings.featureFlags;
    // The config's word wins; without it, an operator Installation in the files settles it (off).
    const operator = operatorInstallation(ctx.model.objects);
    const related = operator ? [{ span: operator.ref.span, message: "the operator's Installation" }] : [];
    const installation = operator ? `Installation ${operator.ref.name ?? "(unnamed)"}` : "";
    // The files show which IPAM the Calico CNI plugin uses (calico-reference.md §1.1, C2 / C4).
    const cni = ctx.model.cni;
    const otherIpam = cni && !calicoIpamRuns(cni) && cni.plugin === "Calico" ? cni : undefined;
    // Calico for policy only: its CNI plugin, and with it every flag check, never runs.
    if (cni && cni.plugin !== "Calico") return;
    const sites = annotatedSites(ctx.model);
    for (let n = 0; n < sites.length; n++) {
      const site = sites[n]!;
      if (site.kind !== "pod") continue;
      if (otherIpam && otherIpam.ipam !== null) {
        // The IPAM check comes before the feature flag: the pod fails with C4 / C2 whatever the flag.
        for (let k = 0; k < 2; k++) {
          const key = k === 0 ? "ipAddrs" : "ipAddrsNoIpam";
          const d = site.pod?.cniUnread?.lists[key];
          if (!d?.raw) continue;
          ctx.report({
            messageId: "ipamIncompatible",
            severity: "error",
            data: { ipam: otherIpam.ipam, source: otherIpam.source, name: key, key: d.entry.key },
            at: d.entry.keySpan,
            related: otherIpam.span ? [{ span: otherIpam.span, message: `the CNI config's IPAM: ${otherIpam.ipam}` }] : [],
            object: site.object.ref,
          });
        }
      }
      const noIpam = site.calico.lists.ipAddrsNoIpam;
      // An empty string counts as absent; any other value triggers the check (it runs before parsing).
      if (noIpam?.raw && flags.ipAddrsNoIpam !== true) {
        const off = flags.ipAddrsNoIpam === false;
        if (!off && operator) ctx.report({ messageId: "noIpamOperator", severity: "error", data: { installation }, related, at: noIpam.entry.keySpan, object: site.object.ref });
        else ctx.report({ messageId: off ? "noIpamOff" : "noIpamUnknown", severity: off ? "error" : "warning", at: noIpam.entry.keySpan, object: site.object.ref });
      }
      const floating = site.calico.lists.floatingIPs;
      if (floating?.raw && flags.floatingIPs !== true) {
        const off = flags.floatingIPs === false;
        if (!off && operator) ctx.report({ messageId: "floatingOperator", severity: "error", data: { installation }, related, at: floating.entry.keySpan, object: site.object.ref });
        else ctx.report({ messageId: off ? "floatingOff" : "floatingUnknown", severity: off ? "error" : "warning", at: floating.entry.keySpan, object: site.object.ref });
      }
    }
  },
});
