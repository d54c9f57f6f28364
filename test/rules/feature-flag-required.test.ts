import { ruleTester, yaml } from "../rule-tester.js";

const INSTALLATION = "apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n  calicoNetwork: {}\n";

const HOST_LOCAL = INSTALLATION.replace("calicoNetwork: {}", "cni:\n    type: Calico\n    ipam:\n      type: HostLocal");

/** A manifest install's CNI config template with this IPAM section (canal.yaml uses host-local). */
const cniConfigMap = (ipam: string, name = "calico-config") => yaml`
  kind: ConfigMap
  apiVersion: v1
  metadata:
    name: ${name}
    namespace: kube-system
  data:
    cni_network_config: |-
      {
        "name": "k8s-pod-network",
        "cniVersion": "0.3.1",
        "plugins": [
          {
            "type": "calico",
            "nodename": "__KUBERNETES_NODE_NAME__",
            "mtu": __CNI_MTU__,
            "ipam": ${ipam},
            "policy": {"type": "k8s"}
          },
          {"type": "portmap", "snat": true, "capabilities": {"portMappings": true}}
        ]
      }
`;
const CANAL = cniConfigMap('{"type": "host-local", "subnet": "usePodCidr"}', "canal-config");

/** A bare Pod whose annotations start on line 6, column 5. */
const pod = (...annotations: string[]) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: foo\n  annotations:\n${annotations.map((a) => `    ${a}\n`).join("")}`;

ruleTester("feature-flag-required", {
  valid: [
    { name: "ipAddrs needs no flag", yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'`) },
    { name: "the config says ip_addrs_no_ipam is on", yaml: pod(`cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.1"]'`), settings: { featureFlags: { ipAddrsNoIpam: true } } },
    { name: "the config says floating_ips is on", yaml: pod(`cni.projectcalico.org/floatingIPs: '["1.1.1.1"]'`), settings: { featureFlags: { floatingIPs: true } } },
    {
      name: "an operator Installation whose CNI is not Calico's (the annotations are never read)",
      yaml: `${pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'`)}---\n${INSTALLATION.replace("calicoNetwork: {}", "cni: {type: AmazonVPC}")}`,
    },
    {
      name: "policy only (AzureVNET): no flag is checked, floatingIPs and ipAddrsNoIpam included",
      yaml: `${pod(`cni.projectcalico.org/floatingIPs: '["1.1.1.1"]'`, `cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.1"]'`)}---\n${INSTALLATION.replace("calicoNetwork: {}", "cni: {type: AzureVNET}")}`,
    },
    { name: "ipAddrs with calico.yaml's ConfigMap (calico-ipam)", yaml: `${pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'`)}---\n${cniConfigMap('{"type": "calico-ipam"}')}` },
    {
      name: "ipAddrs with an Installation using Calico IPAM (explicitly, and by default)",
      yaml: `${pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'`)}---\n${HOST_LOCAL.replace("HostLocal", "Calico")}---\n${INSTALLATION}`,
    },
    {
      name: "ipAddrs with a CNI template that cannot be read (a Helm expression): Calico IPAM assumed",
      yaml: `${pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'`)}---\n${cniConfigMap("{{ .Values.ipam | toJson }}")}`,
    },
    {
      name: "ipAddrs where an Installation (HostLocal) and a ConfigMap (calico-ipam) disagree: nothing assumed",
      yaml: `${pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'`)}---\n${HOST_LOCAL}---\n${cniConfigMap('{"type": "calico-ipam"}')}`,
    },
    {
      name: "host-local, but both static keys: Calico fails the pod on that first (static-ip-both-modes)",
      yaml: `${pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'`, `cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.2"]'`)}---\n${HOST_LOCAL}`,
      settings: { featureFlags: { ipAddrsNoIpam: true } },
    },
    {
      name: "host-local, a hostNetwork pod: the CNI plugin never runs",
      yaml: `${pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'`)}spec:\n  hostNetwork: true\n---\n${HOST_LOCAL}`,
    },
    { name: "host-local, an empty ipAddrs counts as absent", yaml: `${pod("cni.projectcalico.org/ipAddrs: ''")}---\n${HOST_LOCAL}` },
    {
      name: "an operator Installation, but the config says the flag is on",
      yaml: `${pod(`cni.projectcalico.org/floatingIPs: '["1.1.1.1"]'`)}---\n${INSTALLATION}`,
      settings: { featureFlags: { floatingIPs: true } },
    },
    { name: "empty values count as absent", yaml: pod("cni.projectcalico.org/ipAddrsNoIpam: ''", "cni.projectcalico.org/floatingIPs: ''") },
    {
      name: "a Namespace does not pass these on (annotation-placement reports it)",
      yaml: yaml`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: ns
          annotations:
            cni.projectcalico.org/floatingIPs: '["1.1.1.1"]'
      `,
    },
    {
      name: "a hostNetwork pod: the CNI plugin never runs",
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: foo
          annotations:
            cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.1"]'
        spec:
          hostNetwork: true
      `,
    },
  ],
  invalid: [
    {
      name: "floatingIPs on an operator-managed cluster: an error",
      yaml: `${pod(`cni.projectcalico.org/floatingIPs: '["1.1.1.1"]'`)}---\n${INSTALLATION}`,
      errors: [{ messageId: "floatingOperator", severity: "error", line: 6, column: 5, message: "(Installation default), and it cannot set `feature_control.floating_ips`" }],
    },
    {
      name: "ipAddrsNoIpam on an operator-managed cluster (the Installation in another file): an error",
      files: { "pod.yaml": pod(`cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.1"]'`) },
      context: { "installation.yaml": INSTALLATION.replace("calicoNetwork: {}", "cni: {type: Calico}") },
      errors: [{ messageId: "noIpamOperator", severity: "error", line: 6, column: 5, message: "`requested feature is not enabled: ip_addrs_no_ipam`" }],
    },
    {
      name: "ipAddrs under an Installation with HostLocal IPAM: C4",
      yaml: `${pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'`)}---\n${HOST_LOCAL}`,
      errors: [
        {
          messageId: "ipamIncompatible",
          severity: "error",
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 34,
          message: "Calico fails the pod with `ipAddrs is not compatible with configured IPAM: host-local`. Remove cni.projectcalico.org/ipAddrs",
        },
      ],
    },
    {
      name: "ipAddrs under Canal's ConfigMap (host-local), in another file",
      files: { "pod.yaml": pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'`) },
      context: { "canal.yaml": CANAL },
      errors: [{ messageId: "ipamIncompatible", line: 6, column: 5, message: "(ConfigMap kube-system/canal-config cni_network_config ipam.type host-local)" }],
    },
    {
      name: "ipAddrsNoIpam under host-local: C2, whatever the flag says (the IPAM check comes first)",
      yaml: `${pod(`cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.1"]'`)}---\n${HOST_LOCAL}`,
      settings: { featureFlags: { ipAddrsNoIpam: true } },
      errors: [{ messageId: "ipamIncompatible", line: 6, column: 5, message: "`ipAddrsNoIpam is not compatible with configured IPAM: host-local`" }],
    },
    {
      name: "host-local: any non-empty value fails, even bad JSON; floatingIPs is still checked",
      yaml: `${pod("cni.projectcalico.org/ipAddrs: 10.0.0.1", `cni.projectcalico.org/floatingIPs: '["1.1.1.1"]'`)}---\n${HOST_LOCAL}`,
      errors: [
        { messageId: "ipamIncompatible", line: 6, column: 5 },
        { messageId: "floatingOperator", line: 7, column: 5 },
      ],
    },
    {
      name: "ipAddrsNoIpam with the flag not known: a warning",
      yaml: pod(`cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.1"]'`),
      errors: [
        {
          messageId: "noIpamUnknown",
          severity: "warning",
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 40,
          message: "Calico fails the pod with `requested feature is not enabled: ip_addrs_no_ipam`",
        },
      ],
    },
    {
      name: "ipAddrsNoIpam with the flag off: an error",
      yaml: pod(`cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.1"]'`),
      settings: { featureFlags: { ipAddrsNoIpam: false } },
      errors: [{ messageId: "noIpamOff", severity: "error", line: 6, column: 5, message: "The ip_addrs_no_ipam feature flag is off" }],
    },
    {
      name: "floatingIPs with the flag not known, and with only the other flag on",
      yaml: pod(`cni.projectcalico.org/floatingIPs: '["1.1.1.1"]'`),
      settings: { featureFlags: { ipAddrsNoIpam: true } },
      errors: [{ messageId: "floatingUnknown", severity: "warning", line: 6, column: 5, message: "`requested feature is not enabled: floating_ips`" }],
    },
    {
      name: "both annotations, floating_ips off",
      yaml: pod(`cni.projectcalico.org/floatingIPs: '["1.1.1.1"]'`, `cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.1"]'`),
      settings: { featureFlags: { floatingIPs: false } },
      errors: [
        { messageId: "floatingOff", severity: "error", line: 6, column: 5, message: "(not possible on operator-managed clusters)" },
        { messageId: "noIpamUnknown", severity: "warning", line: 7, column: 5 },
      ],
    },
    {
      name: "any non-empty value triggers the check, even bad JSON",
      yaml: pod("cni.projectcalico.org/ipAddrsNoIpam: 10.0.0.1"),
      errors: [{ messageId: "noIpamUnknown", line: 6, column: 5 }],
    },
    {
      name: "a DaemonSet's pod template",
      yaml: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
        spec:
          template:
            metadata:
              annotations:
                cni.projectcalico.org/floatingIPs: '["203.0.113.10"]'
      `,
      errors: [{ messageId: "floatingUnknown", line: 9, column: 9 }],
    },
  ],
});
