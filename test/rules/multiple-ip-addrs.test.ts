import { ruleTester, yaml } from "../rule-tester.js";

/** A bare Pod whose annotations start on line 6, column 5. */
const pod = (...annotations: string[]) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: foo\n  annotations:\n${annotations.map((a) => `    ${a}\n`).join("")}`;

ruleTester("multiple-ip-addrs", {
  valid: [
    { name: "one IPv4 address", yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'`) },
    { name: "the dual-stack pair", yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1", "fd00::1"]'`) },
    { name: "the dual-stack pair, IPv6 first, double-quoted", yaml: pod(`cni.projectcalico.org/ipAddrsNoIpam: "[\\"fd00::1\\", \\"10.0.0.1\\"]"`) },
    { name: "an IPv4-mapped address with an IPv6 one", yaml: pod(`cni.projectcalico.org/ipAddrs: '["::ffff:10.0.0.1", "fd00::1"]'`) },
    { name: "one address in each annotation (static-ip-both-modes reports that)", yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'`, `cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.2"]'`) },
    { name: "floating IPs have no per-family limit", yaml: pod(`cni.projectcalico.org/floatingIPs: '["1.1.1.1", "1.1.1.2"]'`) },
    { name: "an unparseable second entry is invalid-ip's finding", yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1", "10.0.0.2/32"]'`) },
    {
      name: "a hostNetwork pod: the CNI plugin never reads it",
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: foo
          annotations:
            cni.projectcalico.org/ipAddrs: '["10.0.0.1", "10.0.0.2"]'
        spec:
          hostNetwork: true
      `,
    },
  ],
  invalid: [
    {
      name: "two IPv4 addresses",
      yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1", "10.0.0.2"]'`),
      errors: [
        {
          messageId: "tooMany",
          line: 6,
          column: 51,
          endLine: 6,
          endColumn: 59,
          message:
            "Calico fails the pod with `cannot have more than one IPv4 address for \"cni.projectcalico.org/ipAddrs\" annotation`: 10.0.0.2 is a second IPv4 address after 10.0.0.1. A pod takes at most one IPv4 and one IPv6 address from this annotation; keep one IPv4 address, and give each further address its own pod",
        },
      ],
    },
    {
      name: "the same address twice",
      yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1", "10.0.0.1"]'`),
      errors: [{ messageId: "duplicate", line: 6, column: 51, message: "10.0.0.1 is listed twice. Remove the duplicate" }],
    },
    {
      name: "an IPv4-mapped address counts as IPv4",
      yaml: pod(`cni.projectcalico.org/ipAddrs: '["::ffff:10.0.0.1", "10.0.0.2"]'`),
      errors: [{ messageId: "tooMany", line: 6, column: 58, message: "10.0.0.2 is a second IPv4 address after ::ffff:10.0.0.1 (::ffff:10.0.0.1 is IPv4-mapped, which Calico counts as IPv4)" }],
    },
    {
      name: "an IPv4 address and its mapped form",
      yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1", "::ffff:10.0.0.1"]'`),
      errors: [{ messageId: "duplicate", line: 6, column: 51, message: "::ffff:10.0.0.1 is the same address as 10.0.0.1" }],
    },
    {
      name: "two IPv6 addresses beside one IPv4, in ipAddrsNoIpam",
      yaml: pod(`cni.projectcalico.org/ipAddrsNoIpam: '["fd00::1", "10.0.0.1", "fd00::2"]'`),
      errors: [{ messageId: "tooMany", line: 6, column: 68, message: "`cannot have more than one IPv6 address for \"cni.projectcalico.org/ipAddrsNoIpam\" annotation`: fd00::2 is a second IPv6 address after fd00::1" }],
    },
    {
      name: "three IPv4 and two IPv6 addresses: one finding per family",
      yaml: pod(`cni.projectcalico.org/ipAddrs: "[\\"10.0.0.1\\", \\"fd00::1\\", \\"10.0.0.2\\", \\"fd00::2\\", \\"10.0.0.3\\"]"`),
      errors: [
        { messageId: "tooMany", line: 6, column: 67, message: "it lists 3 IPv4 addresses: 10.0.0.1, 10.0.0.2 and 10.0.0.3" },
        { messageId: "tooMany", line: 6, column: 81, message: "fd00::2 is a second IPv6 address after fd00::1" },
      ],
    },
    {
      name: "a Deployment's pod template",
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 1
          template:
            metadata:
              annotations:
                cni.projectcalico.org/ipAddrs: '["10.0.0.1", "10.0.0.2"]'
      `,
      errors: [{ messageId: "tooMany", line: 10, column: 55 }],
    },
    {
      name: "a JSON manifest with escaped quotes",
      files: { "pod.json": '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "foo", "annotations": {"cni.projectcalico.org/ipAddrs": "[\\"fd00::1\\", \\"fd00::2\\"]"}}}\n' },
      errors: [{ messageId: "tooMany", line: 1, column: 131, endLine: 1, endColumn: 138, message: "fd00::2 is a second IPv6 address after fd00::1" }],
    },
  ],
});
