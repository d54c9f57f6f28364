import { ruleTester, stream, yaml } from "../rule-tester.js";

const pool = (name: string, cidr: string, api = "crd.projectcalico.org/v1") => `apiVersion: ${api}\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n`;

/** A Pod; the first entry is on its line 6, column 41. */
const pod = (value: string, key = "ipv4pools", more = "") => yaml`
  apiVersion: v1
  kind: Pod
  metadata:
    name: p
    annotations:
      cni.projectcalico.org/${key}: '${value}'
      ${more}
`;

const POOLS = stream(pool("v4", "10.0.0.0/16"), pool("v6", "fd00:1::/112", "projectcalico.org/v3"));

ruleTester("pool-family-mismatch", {
  valid: [
    { name: "each family in its own key", yaml: stream(POOLS, pod('["v4", "10.0.0.0/16"]', "ipv4pools", `cni.projectcalico.org/ipv6pools: '["v6", "fd00:1::/112"]'`)) },
    { name: "an IPv4 CIDR in ipv4pools with no pools in view", yaml: pod('["10.0.0.0/16"]') },
    { name: "an IPv4-mapped CIDR counts as IPv4", yaml: stream(POOLS, pod('["::ffff:10.0.0.0/112"]')) },
    { name: "an unknown name (unknown-pool reports it)", yaml: stream(POOLS, pod('["v66"]')) },
    { name: "a pod with ipAddrs (its pool lists are never resolved)", yaml: stream(POOLS, pod('["v6"]', "ipv4pools", `cni.projectcalico.org/ipAddrs: '["10.0.0.5"]'`)) },
    { name: "a hostNetwork pod", yaml: stream(POOLS, `${pod('["v6"]')}spec:\n  hostNetwork: true\n`) },
    { name: "[] in either key", yaml: stream(POOLS, pod("[]", "ipv4pools", `cni.projectcalico.org/ipv6pools: '[]'`)) },
  ],
  invalid: [
    {
      name: "an IPv6 CIDR in ipv4pools, even with no pools in view",
      yaml: pod('["fd00::/64"]'),
      errors: [
        {
          messageId: "mismatch",
          line: 6,
          column: 41,
          endLine: 6,
          endColumn: 50,
          message: 'Calico fails the pod with `"fd00::" isn\'t a IPv4 address`: fd00::/64 is an IPv6 CIDR, and ipv4pools takes IPv4 pools only. Move it to cni.projectcalico.org/ipv6pools',
        },
      ],
    },
    {
      name: "an IPv4 CIDR in ipv6pools, even in an IPv4-only cluster",
      yaml: stream(pool("v4", "10.0.0.0/16"), pod('["10.0.0.5/16"]', "ipv6pools")),
      errors: [{ messageId: "mismatch", line: 13, column: 41, message: 'Calico fails the pod with `"10.0.0.0" isn\'t a IPv6 address`' }],
    },
    {
      name: "an IPv6 pool by name in ipv4pools",
      yaml: stream(POOLS, pod('["v4", "v6"]')),
      errors: [{ messageId: "mismatch", line: 20, column: 47, endColumn: 49, message: "v6 is an IPv6 pool (fd00:1::/112), and ipv4pools takes IPv4 pools only" }],
    },
    {
      name: "the operator's IPv4 pool by its default name in ipv6pools",
      yaml: stream(
        yaml`
          apiVersion: operator.tigera.io/v1
          kind: Installation
          metadata:
            name: default
          spec:
            calicoNetwork:
              ipPools: [{cidr: 10.244.0.0/16}, {cidr: "fd00:244::/112"}]
        `,
        pod('["default-ipv4-ippool"]', "ipv6pools"),
      ),
      errors: [{ messageId: "mismatch", line: 14, column: 41, message: '`"10.244.0.0" isn\'t a IPv6 address`: default-ipv4-ippool is an IPv4 pool (10.244.0.0/16)' }],
    },
    {
      name: "a namespace with an IPv6 pool in ipv4pools",
      yaml: stream(
        POOLS,
        yaml`
          apiVersion: v1
          kind: Namespace
          metadata:
            name: team
            annotations:
              cni.projectcalico.org/ipv4pools: '["v6"]'
        `,
      ),
      errors: [{ messageId: "mismatch", line: 20, column: 41, message: "Calico fails every pod in namespace team that does not set its own ipv4pools with" }],
    },
  ],
});
