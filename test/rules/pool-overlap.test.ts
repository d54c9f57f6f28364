import { ruleTester, stream, yaml } from "../rule-tester.js";

const pool = (name: string, cidr: string, extra = "", api = "crd.projectcalico.org/v1") =>
  `apiVersion: ${api}\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n${extra ? `${extra}\n` : ""}`;

ruleTester("pool-overlap", {
  valid: [
    { name: "adjacent pools", yaml: stream(pool("a", "10.0.0.0/24"), pool("b", "10.0.1.0/24")) },
    { name: "a disabled pool overlapping an enabled one", yaml: stream(pool("a", "10.0.0.0/16"), pool("b", "10.0.5.0/24", "  disabled: true")) },
    { name: "different families", yaml: stream(pool("a", "10.0.0.0/8"), pool("b", "fd00::/64")) },
    {
      name: "an exported pool and the Installation entry it came from",
      yaml: stream(pool("default-ipv4-ippool", "192.168.0.0/16"), yaml`
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata:
          name: default
        spec:
          calicoNetwork:
            ipPools:
            - cidr: 192.168.0.0/16
      `),
    },
  ],
  invalid: [
    {
      name: "a pool inside another",
      yaml: stream(pool("a", "10.0.0.0/16"), pool("b", "10.0.5.0/24")),
      errors: [
        { messageId: "overlap", line: 6, column: 9, endLine: 6, endColumn: 20, message: "`IPPool(b) CIDR overlaps with IPPool(a) CIDR 10.0.0.0/16`" },
        { messageId: "overlap", line: 13, column: 9, endLine: 13, endColumn: 20 },
      ],
    },
    {
      name: "identical IPv6 CIDRs in two files",
      files: { "a.yaml": pool("a", "fd00::/64", "", "projectcalico.org/v3"), "b.yaml": pool("b", "fd00:0::/64") },
      errors: [
        { messageId: "overlap", line: 6, column: 9 },
        { messageId: "overlap", line: 6, column: 9, file: "b.yaml" },
      ],
    },
  ],
});
