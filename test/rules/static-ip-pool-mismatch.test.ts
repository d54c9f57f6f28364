import { ruleTester, stream, yaml } from "../rule-tester.js";

const pool = (name: string, cidr: string) => `apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n`;

/** A Pod with a static address on its line 6 (column 39 for ipAddrs) and a pool list on line 7. */
const pod = (ips: string, pools: string, key = "ipAddrs", poolKey = "ipv4pools") => yaml`
  apiVersion: v1
  kind: Pod
  metadata:
    name: p
    annotations:
      cni.projectcalico.org/${key}: '${ips}'
      cni.projectcalico.org/${poolKey}: '${pools}'
`;

const POOLS = stream(pool("front", "10.1.0.0/24"), pool("back", "10.2.0.0/24"));

ruleTester("static-ip-pool-mismatch", {
  valid: [
    { name: "inside the pool it names", yaml: stream(POOLS, pod('["10.1.0.7"]', '["front"]')) },
    { name: "inside one of several named pools", yaml: stream(POOLS, pod('["10.2.0.7"]', '["front", "back"]')) },
    { name: "inside a CIDR entry with no pools in view", yaml: pod('["10.9.0.7"]', '["10.9.0.0/24"]') },
    { name: "inside a CIDR entry written with host bits", yaml: pod('["10.9.0.7"]', '["10.9.0.1/24"]') },
    { name: "a pool list of []", yaml: stream(POOLS, pod('["10.2.0.7"]', "[]")) },
    { name: "an IPv6 address when only ipv4pools is set", yaml: stream(POOLS, pod('["fd00::7"]', '["front"]')) },
    { name: "a named pool the files do not know (unknown-pool's concern)", yaml: stream(POOLS, pod('["10.2.0.7"]', '["elsewhere"]')) },
    { name: "a hostNetwork pod", yaml: stream(POOLS, `${pod('["10.2.0.7"]', '["front"]')}spec:\n  hostNetwork: true\n`) },
    {
      name: "only the namespace names pools (pod-namespace-conflict's concern)",
      yaml: stream(
        POOLS,
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: default\n  annotations:\n    cni.projectcalico.org/ipv4pools: '[\"front\"]'\n",
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.2.0.7\"]'\n",
      ),
    },
  ],
  invalid: [
    {
      name: "outside the pool it names, inside another",
      yaml: stream(POOLS, pod('["10.2.0.7"]', '["front"]')),
      errors: [
        {
          messageId: "mismatch",
          line: 20,
          column: 39,
          endLine: 20,
          endColumn: 47,
          message:
            "10.2.0.7 lies outside the pools this pod names in ipv4pools (front (10.1.0.0/24)): Calico ignores the pool annotation when ipAddrs is set and takes 10.2.0.7 from pool back (10.2.0.0/24). Pick an address inside front (10.1.0.0/24), or drop cni.projectcalico.org/ipv4pools",
        },
      ],
    },
    {
      name: "outside a CIDR entry with no pools in view",
      yaml: pod('["10.9.1.7"]', '["10.9.0.0/24"]'),
      errors: [{ messageId: "mismatch", line: 6, column: 39, message: "takes 10.9.1.7 from whichever enabled pool holds it" }],
    },
    {
      name: "ipAddrsNoIpam outside the named pool",
      yaml: stream(POOLS, pod('["10.3.0.7"]', '["back"]', "ipAddrsNoIpam")),
      errors: [{ messageId: "mismatch", line: 20, column: 45, message: "Calico ignores the pool annotation when ipAddrsNoIpam is set and uses 10.3.0.7 without asking IPAM" }],
    },
    {
      name: "an IPv6 address outside the ipv6pools it names",
      yaml: stream(pool("v6", "fd00:1::/112"), pod('["fd00:2::7"]', '["v6"]', "ipAddrs", "ipv6pools")),
      errors: [{ messageId: "mismatch", line: 13, column: 39, message: "fd00:2::7 lies outside the pools this pod names in ipv6pools (v6 (fd00:1::/112))" }],
    },
  ],
});
