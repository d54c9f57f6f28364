import { ruleTester, stream, yaml } from "../rule-tester.js";

const pool = (cidr: string, extra = "") =>
  `apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: p\nspec:\n  cidr: ${cidr}\n${extra ? `${extra}\n` : ""}`;

const installation = (cidr: string) => yaml`
  apiVersion: operator.tigera.io/v1
  kind: Installation
  metadata:
    name: default
  spec:
    calicoNetwork:
      ipPools:
      - cidr: ${cidr}
`;

const KUBEADM = yaml`
  apiVersion: kubeadm.k8s.io/v1beta3
  kind: ClusterConfiguration
  networking:
    podSubnet: 10.0.0.0/24
`;

ruleTester("pool-outside-pod-cidr", {
  valid: [
    { name: "inside the pod CIDR", podCidrs: ["10.0.0.0/16"], yaml: pool("10.0.5.0/24") },
    { name: "equal to the pod CIDR", podCidrs: ["10.0.0.0/16"], yaml: pool("10.0.0.0/16") },
    { name: "no pod CIDR known", yaml: pool("172.16.0.0/16") },
    { name: "no pod CIDR of the family known", podCidrs: ["10.0.0.0/16"], yaml: pool("fd00::/64") },
    { name: "a disabled pool", podCidrs: ["10.0.0.0/16"], yaml: pool("172.16.0.0/16", "  disabled: true") },
    { name: "dual-stack pod CIDRs", podCidrs: ["10.0.0.0/16,fd00::/56"], yaml: stream(pool("10.0.1.0/24"), pool("fd00::/64").replace("name: p", "name: q")) },
  ],
  invalid: [
    {
      name: "a larger pool than the pod CIDR",
      podCidrs: ["10.0.0.0/16"],
      yaml: pool("10.0.0.0/15"),
      errors: [{ messageId: "outside", line: 6, column: 9, endLine: 6, endColumn: 20, severity: "warning", message: "outside the cluster's pod CIDR 10.0.0.0/16, declared by --pod-cidr" }],
    },
    {
      name: "the operator checks Installation pools against kubeadm's podSubnet",
      yaml: stream(KUBEADM, installation("10.0.0.0/16")),
      errors: [
        {
          messageId: "operator",
          line: 13,
          column: 13,
          severity: "error",
          message: "`IPPool 10.0.0.0/16 is not within the platform's configured pod network CIDR(s) [10.0.0.0/24]`",
        },
      ],
    },
    {
      name: "an Installation pool when IPPools already exist is only a warning",
      yaml: stream(KUBEADM, installation("10.0.0.0/16").replace("10.0.0.0/16", "172.16.0.0/16"), pool("10.0.0.0/24").replace("name: p", "name: other")),
      errors: [{ messageId: "outside", line: 13, column: 13, severity: "warning" }],
    },
  ],
});
