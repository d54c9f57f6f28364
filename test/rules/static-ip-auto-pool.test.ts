import { ruleTester, stream, yaml } from "../rule-tester.js";

const pool = (extra = "", name = "p", cidr = "10.0.0.0/24") =>
  `apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n${extra ? `${extra}\n` : ""}`;

const pod = (key: string, ip: string, name = "foo") => yaml`
  apiVersion: v1
  kind: Pod
  metadata:
    name: ${name}
    annotations:
      cni.projectcalico.org/${key}: '["${ip}"]'
`;

const RESERVE = yaml`
  apiVersion: projectcalico.org/v3
  kind: IPReservation
  metadata:
    name: keep
  spec:
    reservedCIDRs: ["10.0.0.0/28", "10.0.0.100"]
`;

ruleTester("static-ip-auto-pool", {
  valid: [
    { name: "inside a reserved CIDR", yaml: stream(pool(), RESERVE, pod("ipAddrs", "10.0.0.5")) },
    { name: "inside a reserved single address", yaml: stream(pool(), RESERVE, pod("ipAddrs", "10.0.0.100")) },
    { name: "in a Manual pool", yaml: stream(pool("  assignmentMode: Manual"), pod("ipAddrs", "10.0.0.5")) },
    { name: "in a !all() pool", yaml: stream(pool('  nodeSelector: "!all()"'), pod("ipAddrs", "10.0.0.5")) },
    { name: "outside every pool (another rule's concern)", yaml: stream(pool(), pod("ipAddrs", "10.9.0.5")) },
    { name: "in a disabled pool", yaml: stream(pool("  disabled: true"), pod("ipAddrs", "10.0.0.5")) },
    { name: "in a Tunnel-only pool without encapsulation", yaml: stream(pool("  allowedUses: [Tunnel]"), pod("ipAddrs", "10.0.0.5")) },
  ],
  invalid: [
    {
      name: "an automatic pool, no reservation",
      yaml: stream(pool(), pod("ipAddrs", "10.0.0.5")),
      errors: [{ messageId: "ipAddrs", line: 13, column: 39, endLine: 13, endColumn: 47, message: "`resource already exists: 10.0.0.5 with error: Address already assigned in block`" }],
    },
    {
      name: "just outside the reservation, ipAddrsNoIpam",
      yaml: stream(pool(), RESERVE, pod("ipAddrsNoIpam", "10.0.0.16")),
      errors: [{ messageId: "ipAddrsNoIpam", line: 20, column: 45, message: "keeps no record" }],
    },
    {
      name: "a Manual pool that another pod names in its annotation",
      yaml: stream(pool("  assignmentMode: Manual"), pod("ipAddrs", "10.0.0.5"), pod("ipv4pools", "p", "bar")),
      errors: [{ messageId: "ipAddrs", line: 14, column: 39, message: "Pod default/bar draws addresses automatically" }],
    },
    {
      name: "IPv6 in an automatic pool",
      yaml: stream(pool("", "v6", "fd00::/120"), pod("ipAddrs", "fd00::0005")),
      errors: [{ messageId: "ipAddrs", line: 13, column: 39, message: "fd00::5 lies in pool v6 (fd00::/120)" }],
    },
    {
      name: "a pool that holds node tunnel addresses",
      yaml: stream(pool("  allowedUses: [Tunnel]\n  vxlanMode: Always"), pod("ipAddrs", "10.0.0.7")),
      errors: [{ messageId: "ipAddrs", line: 15, column: 39, message: "nodes take their VXLAN tunnel addresses" }],
    },
  ],
});
