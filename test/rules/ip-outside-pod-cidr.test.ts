import { ruleTester, stream, yaml } from "../rule-tester.js";

/** A Pod of 6 lines; the first address is on its line 6, column 39 (45 for ipAddrsNoIpam). */
const pod = (value: string, key = "ipAddrs") => yaml`
  apiVersion: v1
  kind: Pod
  metadata:
    name: p
    annotations:
      cni.projectcalico.org/${key}: '${value}'
`;

/** kubeadm's ClusterConfiguration: 4 lines, podSubnet on line 4. */
const kubeadm = (subnet: string) => yaml`
  apiVersion: kubeadm.k8s.io/v1beta3
  kind: ClusterConfiguration
  networking:
    podSubnet: ${subnet}
`;

const KIND = yaml`
  kind: Cluster
  apiVersion: kind.x-k8s.io/v1alpha4
  networking:
    disableDefaultCNI: true
`;

ruleTester("ip-outside-pod-cidr", {
  valid: [
    { name: "no pod CIDR known", yaml: pod('["192.0.2.1"]') },
    { name: "inside kubeadm's podSubnet", yaml: stream(kubeadm("10.244.0.0/16"), pod('["10.244.7.1"]')) },
    { name: "inside --pod-cidr", yaml: pod('["10.42.0.9"]'), podCidrs: ["10.42.0.0/16"] },
    { name: "inside kind's default pod subnet", yaml: stream(KIND, pod('["10.244.0.9"]')) },
    { name: "dual-stack, both inside", yaml: stream(kubeadm('"10.244.0.0/16,fd00:10:244::/56"'), pod('["10.244.0.9", "fd00:10:244:0:1::9"]')) },
    { name: "an IPv6 address when only an IPv4 pod CIDR is known", yaml: stream(kubeadm("10.244.0.0/16"), pod('["fd00::9"]')) },
    { name: "a hostNetwork pod", yaml: stream(kubeadm("10.244.0.0/16"), `${pod('["192.0.2.1"]')}spec:\n  hostNetwork: true\n`) },
    { name: "the last address of the pod CIDR", yaml: stream(kubeadm("10.244.0.0/16"), pod('["10.244.255.255"]')) },
  ],
  invalid: [
    {
      name: "outside kubeadm's podSubnet",
      yaml: stream(kubeadm("10.244.0.0/16"), pod('["10.245.0.1"]')),
      errors: [
        {
          messageId: "outside",
          line: 11,
          column: 39,
          endLine: 11,
          endColumn: 49,
          message: "10.245.0.1 lies outside the cluster's pod CIDR 10.244.0.0/16 (declared by ClusterConfiguration): Calico does not check this and gives the pod the address when a pool holds it",
        },
      ],
    },
    {
      name: "outside --pod-cidr",
      yaml: pod('["10.43.0.9"]'),
      podCidrs: ["10.42.0.0/16"],
      errors: [{ messageId: "outside", line: 6, column: 39, message: "pod CIDR 10.42.0.0/16 (declared by --pod-cidr)" }],
    },
    {
      name: "an ipAddrsNoIpam address outside the pod CIDR",
      yaml: stream(KIND, pod('["192.168.1.1"]', "ipAddrsNoIpam")),
      errors: [{ messageId: "outside", line: 11, column: 45, message: "(declared by kind Cluster (default)): Calico does not check this and gives the pod the address, but" }],
    },
    {
      name: "the IPv6 half of a dual-stack pair",
      yaml: stream(kubeadm('"10.244.0.0/16,fd00:10:244::/56"'), pod('["10.244.0.9", "fd00:10:245::9"]')),
      errors: [{ messageId: "outside", line: 11, column: 53, message: "fd00:10:245::9 lies outside the cluster's pod CIDR fd00:10:244::/56" }],
    },
    {
      name: "pod CIDRs from the files and from --pod-cidr together",
      yaml: stream(kubeadm("10.244.0.0/16"), pod('["10.50.0.1"]')),
      podCidrs: ["10.96.0.0/12"],
      errors: [{ messageId: "outside", line: 11, column: 39, message: "pod CIDRs 10.244.0.0/16 and 10.96.0.0/12 (declared by ClusterConfiguration and --pod-cidr)" }],
    },
  ],
});
