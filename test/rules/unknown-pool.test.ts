import { ruleTester, stream, yaml } from "../rule-tester.js";

/** An IPPool of 6 lines (plus `extra` lines), in either API group. */
const pool = (name: string, cidr: string, extra = "", api = "crd.projectcalico.org/v1") =>
  `apiVersion: ${api}\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n${extra ? `${extra}\n` : ""}`;

/** A Pod; the first entry is on its line 6, column 41 (ipv4pools and ipv6pools). */
const pod = (value: string, key = "ipv4pools", more = "") => yaml`
  apiVersion: v1
  kind: Pod
  metadata:
    name: p
    annotations:
      cni.projectcalico.org/${key}: '${value}'
      ${more}
`;

const installation = (pools: string) => yaml`
  apiVersion: operator.tigera.io/v1
  kind: Installation
  metadata:
    name: default
  spec:
    calicoNetwork:
      ipPools: ${pools}
`;

const INSTALLATION_DEFAULT = yaml`
  apiVersion: operator.tigera.io/v1
  kind: Installation
  metadata:
    name: default
  spec:
    calicoNetwork:
      bgp: Enabled
`;

const POOLS = stream(pool("blue", "10.0.0.0/16"), pool("green", "10.1.0.0/24", "", "projectcalico.org/v3"), pool("off", "10.2.0.0/24", "  disabled: true"));

ruleTester("unknown-pool", {
  valid: [
    { name: "names of pools in both API groups", yaml: stream(POOLS, pod('["blue", "green"]')) },
    { name: "a pool's exact CIDR", yaml: stream(POOLS, pod('["10.1.0.0/24"]')) },
    { name: "a CIDR with host bits that masks to a pool's CIDR (Calico masks it)", yaml: stream(POOLS, pod('["10.0.77.7/16"]')) },
    { name: "a loopback pool (Calico accepts it)", yaml: stream(pool("lo", "127.0.0.0/8"), pod('["lo", "127.0.0.0/8"]')) },
    {
      name: "the operator's default names for an Installation's IPv4 and IPv6 pools",
      yaml: stream(installation("[{cidr: 10.0.0.0/16}, {cidr: 'fd00::/112'}]"), pod('["default-ipv4-ippool"]', "ipv4pools", `cni.projectcalico.org/ipv6pools: '["default-ipv6-ippool"]'`)),
    },
    { name: "the operator's name for a pool among several (cidrToName)", yaml: stream(installation("[{cidr: 10.0.0.0/24}, {cidr: 10.0.1.0/24}]"), pod('["10.0.1.0-24"]')) },
    { name: "the implicit pool of an Installation without ipPools", yaml: stream(INSTALLATION_DEFAULT, pod('["default-ipv4-ippool"]')) },
    { name: "the operator's default pool next to IPPool objects (it may exist)", yaml: stream(INSTALLATION_DEFAULT, POOLS, pod('["default-ipv4-ippool"]')) },
    { name: "a pool known only from a patch without a cidr", yaml: stream(POOLS, "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: elsewhere\nspec:\n  nodeSelector: all()\n", pod('["elsewhere"]')) },
    { name: "no pools in view", yaml: pod('["whatever"]') },
    { name: "[] and null lift the restriction", yaml: stream(POOLS, pod("[]"), pod("null").replace("name: p", "name: q")) },
    { name: "an unknown IPv6 CIDR in an IPv4-only cluster (not checked without IPv6)", yaml: stream(POOLS, pod('["fd00:dead::/64"]', "ipv6pools")) },
    {
      name: "an unknown IPv6 CIDR when ipFamilies leaves IPv6 out",
      yaml: stream(POOLS, pool("v6", "fd00::/112"), pod('["fd00:dead::/64"]', "ipv6pools", `cni.projectcalico.org/ipFamilies: '["IPv4"]'`)),
    },
    { name: "a pod with ipAddrs (its pool lists are never resolved)", yaml: stream(POOLS, pod('["nope"]', "ipv4pools", `cni.projectcalico.org/ipAddrs: '["10.0.0.5"]'`)) },
    { name: "a hostNetwork pod", yaml: stream(POOLS, `${pod('["nope"]')}spec:\n  hostNetwork: true\n`) },
    { name: "an IPv6 pool named in ipv4pools (pool-family-mismatch reports it)", yaml: stream(POOLS, pool("v6", "fd00::/112"), pod('["v6"]')) },
  ],
  invalid: [
    {
      name: "a name no pool has, with a suggestion",
      yaml: stream(POOLS, pod('["bleu"]')),
      errors: [
        {
          messageId: "unknownName",
          line: 28,
          column: 41,
          endLine: 28,
          endColumn: 45,
          message: 'Calico fails the pod with `error parsing pool "bleu": invalid CIDR address: bleu`: no IP pool is named bleu (did you mean blue?). Write blue',
        },
      ],
    },
    {
      name: "an unknown name in ipv6pools in an IPv4-only cluster (names are resolved anyway)",
      yaml: stream(POOLS, pod('["nonexistent-v6"]', "ipv6pools")),
      errors: [{ messageId: "unknownName", line: 28, column: 41, message: 'error parsing pool "nonexistent-v6": invalid CIDR address: nonexistent-v6' }],
    },
    {
      name: "an address without a prefix length",
      yaml: stream(POOLS, pod('["10.1.0.0"]')),
      errors: [{ messageId: "unknownName", line: 28, column: 41, message: "(a pool is named by its metadata.name or by its CIDR with the prefix length). Write `10.1.0.0/24` or green" }],
    },
    {
      name: "a disabled pool named by name",
      yaml: stream(POOLS, pod('["blue", "off"]')),
      errors: [
        {
          messageId: "notEnabled",
          line: 28,
          column: 49,
          endColumn: 52,
          message: "Calico fails the pod with `the given pool (10.2.0.0/24) does not exist, or is not enabled`: pool off (10.2.0.0/24) is disabled. Remove `disabled: true` from the pool, or name another pool (blue (10.0.0.0/16) or green (10.1.0.0/24))",
        },
      ],
    },
    {
      name: "a disabled pool named by CIDR",
      yaml: stream(POOLS, pod('["10.2.0.0/24"]')),
      errors: [{ messageId: "notEnabled", line: 28, column: 41, message: "pool off (10.2.0.0/24) is disabled" }],
    },
    {
      name: "an Installation pool with disableNewAllocations, by its default name",
      yaml: stream(installation("[{cidr: 10.0.0.0/16, disableNewAllocations: true}]"), pod('["default-ipv4-ippool"]')),
      errors: [{ messageId: "notEnabled", line: 14, column: 41, message: "Remove `disableNewAllocations: true` from the Installation pool" }],
    },
    {
      name: "a pool marked Allocatable=False",
      yaml: stream(pool("dup", "10.5.0.0/24", 'status:\n  conditions: [{type: Allocatable, status: "False", reason: CIDROverlap}]'), pod('["dup"]')),
      errors: [{ messageId: "notEnabled", line: 15, column: 41, message: "is marked Allocatable=False" }],
    },
    {
      name: "a subnet of a pool",
      yaml: stream(POOLS, pod('["10.0.3.0/24"]')),
      errors: [
        {
          messageId: "noSuchCidr",
          line: 28,
          column: 41,
          message:
            "Calico fails the pod with `the given pool (10.0.3.0/24) does not exist, or is not enabled`: 10.0.3.0/24 lies inside pool blue (10.0.0.0/16), and Calico takes only a pool's exact CIDR. Write `10.0.0.0/16` or blue",
        },
      ],
    },
    {
      name: "a superset of pools",
      yaml: stream(POOLS, pod('["10.0.0.0/8"]')),
      errors: [{ messageId: "noSuchCidr", line: 28, column: 41, message: 'spans pools blue (10.0.0.0/16) and green (10.1.0.0/24), and Calico takes only a pool\'s exact CIDR. List the pools instead: `["blue", "green"]`' }],
    },
    {
      name: "a CIDR no pool has, with host bits (reported as Calico masks it)",
      yaml: stream(POOLS, pod('["172.16.9.9/16"]')),
      errors: [{ messageId: "noSuchCidr", line: 28, column: 41, message: "`the given pool (172.16.0.0/16) does not exist, or is not enabled`: no enabled IPv4 pool has CIDR 172.16.0.0/16" }],
    },
    {
      name: "an unknown IPv6 CIDR when IPv6 is assigned",
      yaml: stream(pool("v6", "fd00::/112"), pod('["fd00:0:0:1::/112"]', "ipv6pools")),
      errors: [{ messageId: "noSuchCidr", line: 13, column: 41, message: "the given pool (fd00:0:0:1::/112) does not exist" }],
    },
    {
      name: "an unknown IPv6 CIDR when ipFamilies asks for IPv6 and no IPv6 pool is in view",
      yaml: stream(POOLS, pod('["fd00:dead::/64"]', "ipv6pools", `cni.projectcalico.org/ipFamilies: '["IPv4", "IPv6"]'`)),
      errors: [{ messageId: "noSuchCidr", line: 28, column: 41 }],
    },
    {
      name: "a namespace naming an unknown pool",
      yaml: stream(
        POOLS,
        yaml`
          apiVersion: v1
          kind: Namespace
          metadata:
            name: team-a
            annotations:
              cni.projectcalico.org/ipv4pools: '["team-a-pool"]'
        `,
      ),
      errors: [{ messageId: "unknownName", line: 28, column: 41, message: "Calico fails every pod in namespace team-a that does not set its own ipv4pools with" }],
    },
    {
      name: "a Deployment template",
      yaml: stream(
        POOLS,
        yaml`
          apiVersion: apps/v1
          kind: Deployment
          metadata:
            name: d
          spec:
            template:
              metadata:
                annotations:
                  cni.projectcalico.org/ipv4pools: '["10.1.0.0/16"]'
              spec: {}
        `,
      ),
      errors: [{ messageId: "noSuchCidr", line: 31, column: 45, message: "10.1.0.0/16 spans pool green (10.1.0.0/24)" }],
    },
  ],
});
