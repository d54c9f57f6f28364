import { ruleTester, stream, yaml } from "../rule-tester.js";

const pool = (extra: string, cidr = "10.0.0.0/24") =>
  `apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: p\nspec:\n  cidr: ${cidr}\n${extra ? `${extra}\n` : ""}`;

const POD = yaml`
  apiVersion: v1
  kind: Pod
  metadata:
    name: foo
`;

const complete = { poolsComplete: true };

/** A pod that names its pools (calico-cases.md C14, H30). */
const namer = (key: string, value: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: foo\n  annotations:\n    cni.projectcalico.org/${key}: '${value}'\n`;
const lbPool = pool("  allowedUses: [LoadBalancer]").replace("name: p", "name: lb");

ruleTester("no-usable-pool", {
  valid: [
    { name: "an automatic workload pool", settings: complete, yaml: stream(pool(""), POD) },
    { name: "pools not declared complete", yaml: stream(pool("  disabled: true"), POD) },
    { name: "no pools known at all", settings: complete, yaml: POD },
    {
      name: "a Manual pool named in the annotation",
      settings: complete,
      yaml: stream(pool("  assignmentMode: Manual"), yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: foo
          annotations:
            cni.projectcalico.org/ipv4pools: '["p"]'
      `),
    },
    {
      name: "a static address takes no default pool",
      settings: complete,
      yaml: stream(pool("  assignmentMode: Manual"), yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: foo
          annotations:
            cni.projectcalico.org/ipAddrs: '["10.0.0.5"]'
      `),
    },
    {
      name: "a disabled IPv6 pool does not make pods ask for IPv6",
      settings: complete,
      yaml: stream(pool(""), pool("  disabled: true", "fd00::/64").replace("name: p", "name: v6"), POD),
    },
    { name: "requested pools: one of them allows Workload", yaml: stream(lbPool, pool("", "10.1.0.0/24"), namer("ipv4pools", '["lb", "p"]')) },
    {
      name: "requested pools: a LoadBalancer pool in ipv6pools when ipFamilies assigns no IPv6 address",
      yaml: stream(pool(""), lbPool.replace("10.0.0.0/24", "fd00::/120"), `${namer("ipv6pools", '["lb"]')}    cni.projectcalico.org/ipFamilies: '["IPv4"]'\n`),
    },
    { name: "requested pools: an entry Calico rejects earlier is left to unknown-pool", yaml: stream(lbPool, namer("ipv4pools", '["lb", "nope"]')) },
    {
      name: "requested pools: ignored on the static path",
      yaml: stream(lbPool, pool("", "10.1.0.0/24"), `${namer("ipv4pools", '["lb"]')}    cni.projectcalico.org/ipAddrs: '["10.1.0.5"]'\n`),
    },
    { name: "a hostNetwork pod", settings: complete, yaml: stream(pool("  disabled: true"), `${POD}spec:\n  hostNetwork: true\n`) },
  ],
  invalid: [
    {
      name: "P4: every IPv4 pool disabled",
      settings: complete,
      yaml: stream(pool("  disabled: true"), POD),
      errors: [{ messageId: "P4", line: 12, column: 9, endLine: 12, endColumn: 12, message: "`cannot find a qualified ippool`" }],
    },
    {
      name: "P6: only a Manual pool and a !all() pool",
      settings: complete,
      yaml: stream(pool("  assignmentMode: Manual"), pool('  nodeSelector: "!all()"', "10.1.0.0/24").replace("name: p", "name: q"), POD),
      errors: [{ messageId: "P6", line: 20, column: 9, message: "`no configured Calico pools for node <node>`" }],
    },
    {
      name: "P5: only a Tunnel pool, with the pod lifting its namespace's list",
      settings: complete,
      yaml: stream(pool("  allowedUses: [Tunnel]"), yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: foo
          annotations:
            cni.projectcalico.org/ipv4pools: '[]'
      `),
      errors: [{ messageId: "P5", line: 14, column: 38, message: "no pools match the required use (Workload)" }],
    },
    {
      name: "requested pools: only a LoadBalancer pool (no completeness setting needed)",
      yaml: stream(lbPool, pool("", "10.1.0.0/24"), namer("ipv4pools", '["lb"]')),
      errors: [
        {
          messageId: "requestedNoWorkload",
          line: 21,
          column: 38,
          endLine: 21,
          endColumn: 46,
          message: "`cannot find a qualified ippool, no pools match the required use (Workload)`",
        },
      ],
    },
    {
      name: "requested pools: a Tunnel pool by CIDR, on a Namespace",
      yaml: stream(
        pool("  allowedUses: [Tunnel]"),
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns\n  annotations:\n    cni.projectcalico.org/ipv4pools: '[\"10.0.0.0/24\"]'\n",
      ),
      errors: [{ messageId: "requestedNoWorkload", line: 14, column: 38, message: "every pod in namespace ns that does not set its own ipv4pools" }],
    },
    {
      name: "P4: ipFamilies asks for IPv6 and there is no IPv6 pool",
      settings: complete,
      yaml: stream(pool(""), yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: bar
        spec:
          template:
            metadata:
              annotations:
                cni.projectcalico.org/ipFamilies: '["IPv6"]'
            spec: {}
      `),
      errors: [{ messageId: "P4", line: 11, column: 9, message: "drop IPv6 from" }],
    },
  ],
});
