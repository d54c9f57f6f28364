import { ruleTester, stream, yaml } from "../rule-tester.js";

/** An IPPool of 6 lines (plus `extra`), in either API group. */
const pool = (name: string, cidr: string, extra = "", api = "crd.projectcalico.org/v1") =>
  `apiVersion: ${api}\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n${extra ? `${extra}\n` : ""}`;

/** A Pod of 6 lines; the first address is on its line 6, column 39 (45 for ipAddrsNoIpam). */
const pod = (value: string, key = "ipAddrs", name = "p") => yaml`
  apiVersion: v1
  kind: Pod
  metadata:
    name: ${name}
    annotations:
      cni.projectcalico.org/${key}: '${value}'
`;

const installation = (pools: string) => yaml`
  apiVersion: operator.tigera.io/v1
  kind: Installation
  metadata:
    name: default
  spec:
    calicoNetwork:
      ${pools}
`;

ruleTester("ip-outside-pool", {
  valid: [
    { name: "inside a crd.projectcalico.org/v1 pool", yaml: stream(pool("a", "10.0.0.0/24"), pod('["10.0.0.5"]')) },
    { name: "inside a projectcalico.org/v3 pool", yaml: stream(pool("a", "10.0.0.0/24", "", "projectcalico.org/v3"), pod('["10.0.0.5"]')) },
    { name: "the pool's network and last addresses are ordinary addresses", yaml: stream(pool("a", "10.0.0.0/24"), pod('["10.0.0.0"]'), pod('["10.0.0.255"]', "ipAddrs", "q")) },
    { name: "inside an Installation pool", yaml: stream(installation("ipPools: [{cidr: 10.0.0.0/24}]"), pod('["10.0.0.5"]')) },
    { name: "inside the operator's default pool (Installation without ipPools)", yaml: stream(installation("bgp: Enabled"), pod('["192.168.3.4"]')) },
    { name: "inside a loopback pool (Calico accepts it)", yaml: stream(pool("lo", "127.0.0.0/8"), pod('["127.0.0.5"]')) },
    { name: "dual-stack, each in its pool", yaml: stream(pool("a", "10.0.0.0/24"), pool("b", "fd00::/120"), pod('["10.0.0.5", "fd00::5"]')) },
    { name: "an IPv4-mapped address inside an IPv4 pool", yaml: stream(pool("a", "10.0.0.0/24"), pod('["::ffff:10.0.0.5"]')) },
    { name: "inside a Manual pool", yaml: stream(pool("a", "10.0.0.0/24", "  assignmentMode: Manual"), pod('["10.0.0.5"]')) },
    { name: "inside a !all() pool", yaml: stream(pool("a", "10.0.0.0/24", '  nodeSelector: "!all()"'), pod('["10.0.0.5"]')) },
    { name: "in a Tunnel-only pool on v3.32 (accepted until v3.32)", yaml: stream(pool("t", "10.0.0.0/24", "  allowedUses: [Tunnel]"), pod('["10.0.0.5"]')) },
    { name: "no pools in view", yaml: pod('["10.9.9.9"]') },
    { name: "ipAddrsNoIpam bypasses IPAM", yaml: stream(pool("a", "10.0.0.0/24"), pod('["10.9.9.9"]', "ipAddrsNoIpam")) },
    { name: "a hostNetwork pod", yaml: stream(pool("a", "10.0.0.0/24"), `${pod('["10.9.9.9"]')}spec:\n  hostNetwork: true\n`) },
    {
      name: "a disabled pool next to the enabled pool that holds the address",
      yaml: stream(pool("old", "10.0.0.0/16", "  disabled: true"), pool("new", "10.1.0.0/16"), pod('["10.1.0.5"]')),
    },
  ],
  invalid: [
    {
      name: "a pool defined in two files with two CIDRs: an address in one copy only is a warning, whichever copy the dry run takes",
      files: { "a.yaml": pool("apps", "10.60.0.0/24"), "b.yaml": pool("apps", "10.61.0.0/24"), "pod.yaml": pod('["10.61.0.7"]') },
      errors: [{ messageId: "dependsOnCopy", severity: "warning", file: "pod.yaml", line: 6, column: 39, endColumn: 48, message: "10.61.0.7 lies in pool apps as b.yaml defines it (10.61.0.0/24), but not as a.yaml defines it (10.60.0.0/24)" }],
    },
    {
      name: "outside every pool",
      yaml: stream(pool("a", "10.0.0.0/24"), pod('["10.0.1.5"]')),
      errors: [
        {
          messageId: "outside",
          line: 13,
          column: 39,
          endLine: 13,
          endColumn: 47,
          severity: "error",
          message: "10.0.1.5 lies in no enabled IPv4 pool: Calico fails the pod with `The provided IP address is not in a configured pool`. Pick an address inside a (10.0.0.0/24)",
        },
      ],
    },
    {
      name: "in a disabled pool",
      yaml: stream(pool("a", "10.0.0.0/24", "  disabled: true"), pool("b", "10.1.0.0/24"), pod('["10.0.0.5"]')),
      errors: [{ messageId: "inactive", line: 21, column: 39, message: "10.0.0.5 lies in pool a (10.0.0.0/24), which is disabled: Calico takes static addresses only from enabled pools and fails the pod with `The provided IP address is not in a configured pool`. Remove `disabled: true` from the pool, or pick an address inside b (10.1.0.0/24)" }],
    },
    {
      name: "in a pool marked Allocatable=False",
      yaml: stream(pool("a", "10.0.0.0/24", "status:\n  conditions:\n    - type: Allocatable\n      status: \"False\"\n      reason: CIDROverlap"), pod('["10.0.0.5"]')),
      errors: [{ messageId: "inactive", line: 18, column: 39, message: "marked Allocatable=False" }],
    },
    {
      name: "in an Installation pool with disableNewAllocations",
      yaml: stream(installation("ipPools: [{cidr: 10.0.0.0/24, disableNewAllocations: true}]"), pod('["10.0.0.5"]')),
      errors: [{ messageId: "inactive", line: 14, column: 39, message: "pool default-ipv4-ippool (10.0.0.0/24), which is disabled" }],
    },
    {
      name: "outside the operator's default pool",
      yaml: stream(installation("bgp: Enabled"), pod('["10.0.0.5"]')),
      errors: [{ messageId: "outside", line: 14, column: 39, message: "Pick an address inside default-ipv4-ippool (192.168.0.0/16)" }],
    },
    {
      name: "IPv6 outside the IPv6 pools",
      yaml: stream(pool("a", "10.0.0.0/24"), pool("b", "fd00::/120"), pod('["10.0.0.5", "fd00::1:5"]')),
      errors: [{ messageId: "outside", line: 20, column: 51, endColumn: 60, message: "fd00::1:5 lies in no enabled IPv6 pool" }],
    },
    {
      name: "IPv6 with no IPv6 pool in view is a warning",
      yaml: stream(pool("a", "10.0.0.0/24"), pod('["10.0.0.5", "fd00::5"]')),
      errors: [{ messageId: "noFamilyPool", line: 13, column: 51, severity: "warning", message: "fd00::5 is an IPv6 address and no IPv6 pool is in view" }],
    },
    {
      name: "IPv6 with no IPv6 pool when the pools in view are complete is an error",
      yaml: stream(pool("a", "10.0.0.0/24"), pod('["fd00::5"]')),
      settings: { poolsComplete: true },
      errors: [{ messageId: "noFamilyPool", line: 13, column: 39, severity: "error" }],
    },
    {
      name: "in a Tunnel-only pool with Calico after v3.32",
      yaml: stream(pool("tun", "10.0.0.0/24", "  allowedUses: [Tunnel, LoadBalancer]"), pod('["10.0.0.5"]')),
      settings: { calicoVersion: "head" },
      errors: [
        {
          messageId: "notWorkload",
          line: 14,
          column: 39,
          message:
            'Calico after v3.32 fails the pod with `IP address 10.0.0.5 is in IP pool "tun", which is not allowed for use "Workload" (allowedUses: [Tunnel LoadBalancer])` (v3.32 and earlier accept it)',
        },
      ],
    },
  ],
});
