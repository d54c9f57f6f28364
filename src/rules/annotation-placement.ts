import { moveAnnotation, removeAnnotation, type EditContext } from "../fix/edits.js";
import { sharedNodes } from "../fix/shared.js";
import { apiGroup, CALICO_PREFIX, CNI_ONLY, KNOWN_KEYS, LIST_KEYS, NAMESPACE_KEYS, shortKey, workloadKind, type AnnotationEntry, type K8sObject, type ObjectRef } from "../model/index.js";
import { defineRule } from "./define-rule.js";
import { isHostNetwork, isJsonSource, templateAnnotationsPath } from "./_shared/calico.js";

/** Keys a user sets on a pod. */
const POD_KEYS: readonly string[] = [...LIST_KEYS, "hwAddr"];

/**
 * API groups of built-in Kubernetes kinds. Their non-workload kinds (Service, ConfigMap, Secret,
 * Ingress, …) run no pods, and no controller copies their annotations onto pods. Custom resources
 * are left alone: operators (KubeVirt, for one) may copy their annotations onto the pods they run.
 * `autoscaling` is left out on purpose (HorizontalPodAutoscalers sit next to workloads).
 */
const BUILTIN_GROUPS = new Set([
  "",
  "apps",
  "batch",
  "extensions",
  "policy",
  "networking.k8s.io",
  "rbac.authorization.k8s.io",
  "storage.k8s.io",
  "apiextensions.k8s.io",
  "admissionregistration.k8s.io",
  "scheduling.k8s.io",
  "coordination.k8s.io",
  "discovery.k8s.io",
  "node.k8s.io",
  "certificates.k8s.io",
  "gateway.networking.k8s.io",
  "apiregistration.k8s.io",
  "flowcontrol.apiserver.k8s.io",
  "resource.k8s.io",
  "events.k8s.io",
]);

/** `a Deployment`, `an Ingress` (capitalised at the start of a sentence). */
function article(kind: string, start = false): string {
  const a = /^[AEIOU]/.test(kind) ? "an" : "a";
  return `${start ? a[0]?.toUpperCase() + a.slice(1) : a} ${kind}`;
}

function runsNoPods(o: K8sObject): boolean {
  const group = apiGroup(o.ref.apiVersion);
  if (!BUILTIN_GROUPS.has(group)) return false;
  if (o.ref.kind === "Namespace" || workloadKind(group, o.ref.kind)) return false;
  return true;
}

export default defineRule({
  id: "annotation-placement",
  meta: {
    description: "Disallow Calico pod annotations where Calico never reads them",
    defaultSeverity: "error",
    mixedSeverity: true,
    scope: "object",
    fixable: true,
    messages: {
      controller:
        "Calico reads {{key}} only from pods, and {{aKind}} does not copy its own annotations onto the pods it creates: here it has no effect. Move it to {{path}}",
      controllerDuplicate:
        "{{key}} on the {{kind}}'s own metadata has no effect: Calico reads the copy in {{path}}{{differs}}. Remove this one",
      namespace:
        "Calico reads only ipv4pools, ipv6pools and ipFamilies from a Namespace, so {{key}} has no effect here. Set it in the annotations of the pods (or pod templates) that need it",
      noPods: "{{aKind}} runs no pods, so Calico never reads {{key}} on it: the annotation has no effect. Put it in the pod template of the workload it is meant for",
      servicePools:
        "Calico's CNI plugin reads {{key}} only on pods, never on a Service. To choose the pool of a LoadBalancer Service's address, use `projectcalico.org/{{name}}` (without cni.); for the Service's pods, set it in their pod template",
      ipamIgnored:
        "Calico's CNI config uses {{ipam}} IPAM, not calico-ipam ({{source}}), and Calico reads {{key}} only under Calico IPAM: it ignores the annotation{{who}}. Remove it, or switch the cluster to Calico IPAM",
      cniNotCalico:
        "Pods here get their network from the {{plugin}} CNI plugin ({{source}}): Calico is installed for policy only, its CNI plugin never runs, and {{key}} is ignored. Remove the annotation",
      hostNetwork:
        "The pod uses hostNetwork: true, so the CNI plugin never runs for it and Calico ignores {{key}}: the pod gets the node's addresses. Remove the annotation, or drop hostNetwork",
    },
    calico:
      "The CNI plugin reads `cni.projectcalico.org/*` annotations from the pod being created (and only `ipv4pools`, `ipv6pools` and `ipFamilies` from its Namespace). Annotations on a controller's own metadata are not copied onto its pods, annotations on kinds that run no pods are never read, and the CNI plugin does not run at all for `hostNetwork: true` pods. The pool and family keys (`ipv4pools`, `ipv6pools`, `ipFamilies`) are read only when the CNI config's IPAM is `calico-ipam`: when the configuration's `cni` or the files show another (an operator Installation with `spec.cni.ipam.type: HostLocal`, or a `calico-config` / `canal-config` ConfigMap whose `cni_network_config` sets `host-local`), Calico ignores them, on pods and on Namespaces alike. When an Installation's `spec.cni.type` is not Calico (AmazonVPC, AzureVNET, GKE: Calico for policy only), Calico's CNI plugin never runs and its pod annotations (`ipAddrs`, `ipAddrsNoIpam`, `ipv4pools`, `ipv6pools`, `ipFamilies`, `hwAddr`) are ignored.",
    remediation:
      "Put pod annotations under the pod template's `metadata.annotations` (for a CronJob: `spec.jobTemplate.spec.template.metadata.annotations`), keep only the pool and family keys on Namespaces, and remove Calico annotations from host-network pods and from pods that Calico's CNI plugin or Calico IPAM does not serve.",
  },
  check(ctx) {
    // Annotations the CNI setup in the files keeps Calico from acting on (model.cni, splitForCni).
    // ipAddrs / ipAddrsNoIpam under another IPAM fail the pod instead: feature-flag-required says so.
    const cni = ctx.model.cni;
    const reportCni = (e: AnnotationEntry, object: ObjectRef, who: string): void => {
      if (!cni) return;
      const related = cni.span ? [{ span: cni.span, message: cni.ipam === null ? `the CNI plugin: ${cni.plugin}` : `the CNI config's IPAM: ${cni.ipam}` }] : [];
      const k = shortKey(e.key);
      if (cni.plugin !== "Calico") {
        ctx.report({ messageId: "cniNotCalico", severity: "warning", data: { key: e.key, plugin: cni.plugin, source: cni.source }, at: e.keySpan, related, object });
      } else if (cni.ipam !== null && (NAMESPACE_KEYS as readonly string[]).includes(k)) {
        ctx.report({ messageId: "ipamIgnored", severity: "warning", data: { key: e.key, ipam: cni.ipam, source: cni.source, who }, at: e.keySpan, related, object });
      }
    };
    // --fix moves a controller's pod annotation into its pod template (or drops an identical copy).
    const shared = sharedNodes(ctx.model.files);
    const editing = (file: string): EditContext => {
      const text = ctx.sourceText(file);
      return { text, shared, json: isJsonSource(file, text) };
    };
    const { podSources, objects } = ctx.model;
    // Indexed loops over the pods and objects: they run once per object of the repository, mostly
    // before the code is optimised, where each step of a for-of makes an iterator result.
    for (let i = 0; i < podSources.length; i++) {
      const pod = podSources[i]!;
      const ref = pod.object.ref;
      // Most pods carry none of what this rule judges: nothing is worked out for them.
      const controller = pod.controllerCalico?.all;
      if (controller) {
        const path = templateAnnotationsPath(pod);
        for (const e of controller) {
          if (!POD_KEYS.includes(shortKey(e.key))) continue;
          // Calico for policy only: moving it to the pod template would not help; say why instead.
          if (cni && cni.plugin !== "Calico" && CNI_ONLY.includes(shortKey(e.key))) {
            reportCni(e, ref, "");
            continue;
          }
          const twin = pod.calico.all.find((t) => t.key === e.key);
          if (twin) {
            const same = twin.node.kind === "scalar" && e.node.kind === "scalar" && twin.node.value === e.node.value;
            ctx.report({
              messageId: "controllerDuplicate",
              severity: "warning",
              data: { key: e.key, kind: ref.kind, path, differs: same ? "" : " (with a different value)" },
              at: e.keySpan,
              related: [{ span: twin.keySpan, message: "the pod template's value, which Calico reads" }],
              object: ref,
              fix: same ? removeAnnotation(editing(e.keySpan.file), pod.object.node, e.key) : { refused: "the two values differ: keep the one meant in the pod template and remove the other by hand" },
            });
          } else {
            ctx.report({
              messageId: "controller",
              severity: "error",
              data: { key: e.key, aKind: article(ref.kind), path },
              at: e.keySpan,
              object: ref,
              fix: moveAnnotation(editing(e.keySpan.file), pod.object.node, pod.workload.template, e.key),
            });
          }
        }
      }
      if (isHostNetwork(pod)) {
        for (const e of [...pod.calico.all, ...(pod.cniUnread?.all ?? [])]) {
          if (!KNOWN_KEYS.includes(shortKey(e.key))) continue;
          ctx.report({
            messageId: "hostNetwork",
            severity: "warning",
            data: { key: e.key },
            at: e.keySpan,
            ...(pod.hostNetwork ? { related: [{ span: pod.hostNetwork.span, message: "hostNetwork: true" }] } : {}),
            object: ref,
          });
        }
      } else if (pod.cniUnread) {
        for (const e of pod.cniUnread.all) reportCni(e, ref, "");
      }
    }

    for (const ns of ctx.model.namespaceList) {
      for (const e of ns.cniUnread?.all ?? []) reportCni(e, ns.object.ref, ` for every pod in namespace ${ns.name}`);
      for (const e of ns.calico.all) {
        const k = shortKey(e.key);
        if (!POD_KEYS.includes(k) || (NAMESPACE_KEYS as readonly string[]).includes(k)) continue;
        if (cni && cni.plugin !== "Calico" && CNI_ONLY.includes(k)) {
          reportCni(e, ns.object.ref, "");
          continue;
        }
        ctx.report({ messageId: "namespace", severity: "error", data: { key: e.key }, at: e.keySpan, object: ns.object.ref });
      }
    }

    for (let i = 0; i < objects.length; i++) {
      const o = objects[i]!;
      if (o.annotations.length === 0 || !runsNoPods(o)) continue;
      for (const e of o.annotations) {
        if (!e.key.startsWith(CALICO_PREFIX)) continue;
        const k = shortKey(e.key);
        if (!POD_KEYS.includes(k)) continue;
        const service = o.ref.kind === "Service" && (k === "ipv4pools" || k === "ipv6pools");
        ctx.report(
          service
            ? { messageId: "servicePools", severity: "error", data: { key: e.key, name: k }, at: e.keySpan, object: o.ref }
            : { messageId: "noPods", severity: "error", data: { key: e.key, aKind: article(o.ref.kind, true) }, at: e.keySpan, object: o.ref },
        );
      }
    }
  },
});
