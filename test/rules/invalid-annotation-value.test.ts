import { describe, expect, it } from "vitest";
import { parseMAC, repairMAC } from "../../src/rules/invalid-annotation-value.js";
import { ruleTester, yaml } from "../rule-tester.js";

/** A bare Pod whose annotations start on line 6, column 5. */
const pod = (...annotations: string[]) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: foo\n  annotations:\n${annotations.map((a) => `    ${a}\n`).join("")}`;

ruleTester("invalid-annotation-value", {
  valid: [
    { name: "an address and both families", yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'`, `cni.projectcalico.org/ipFamilies: '["IPv4", "IPv6"]'`) },
    { name: "an empty string counts as absent", yaml: pod("cni.projectcalico.org/ipAddrs: ''", "cni.projectcalico.org/ipAddrsNoIpam: ''", "cni.projectcalico.org/ipFamilies: ''") },
    { name: "empty pool lists lift a restriction and are fine", yaml: pod("cni.projectcalico.org/ipv4pools: '[]'", "cni.projectcalico.org/ipv6pools: 'null'") },
    { name: "IPv6 only", yaml: pod(`cni.projectcalico.org/ipFamilies: '["IPv6"]'`) },
    { name: "ipFamilies [] beside a static address (it has no effect there)", yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'`, "cni.projectcalico.org/ipFamilies: '[]'") },
    { name: "MAC addresses in colon, hyphen and dot form", yaml: pod("cni.projectcalico.org/hwAddr: ca:fe:ca:fe:ca:fe") },
    { name: "a hyphenated MAC", yaml: pod("cni.projectcalico.org/hwAddr: CA-FE-CA-FE-CA-FE") },
    { name: "a dotted MAC", yaml: pod("cni.projectcalico.org/hwAddr: cafe.cafe.cafe") },
    { name: "an EUI-64 MAC", yaml: pod("cni.projectcalico.org/hwAddr: 02:00:5e:10:00:00:00:01") },
    { name: "output annotations emptied the way Calico empties them", yaml: pod("cni.projectcalico.org/podIP: ''", "cni.projectcalico.org/podIPs: ''", "cni.projectcalico.org/containerID: ''") },
    { name: "bad JSON is annotation-json's finding", yaml: pod("cni.projectcalico.org/ipFamilies: ipv4") },
    {
      name: "a hostNetwork pod: the CNI plugin never reads it",
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: foo
          annotations:
            cni.projectcalico.org/ipAddrs: '[]'
            cni.projectcalico.org/hwAddr: nope
        spec:
          hostNetwork: true
      `,
    },
    {
      name: "pod-only keys on a Namespace are not read there",
      yaml: yaml`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: ns
          annotations:
            cni.projectcalico.org/ipAddrs: '[]'
            cni.projectcalico.org/hwAddr: nope
            cni.projectcalico.org/ipFamilies: '["IPv4"]'
      `,
    },
  ],
  invalid: [
    {
      name: "an empty ipAddrs list",
      yaml: pod("cni.projectcalico.org/ipAddrs: '[]'"),
      errors: [
        {
          messageId: "emptyStatic",
          line: 6,
          column: 36,
          endLine: 6,
          endColumn: 40,
          message: "Calico fails the pod with `annotation \"cni.projectcalico.org/ipAddrs\" specified but empty`. Name the address",
        },
      ],
    },
    {
      name: "ipAddrsNoIpam set to null",
      yaml: pod("cni.projectcalico.org/ipAddrsNoIpam: 'null'"),
      errors: [{ messageId: "emptyStatic", line: 6, column: 42, message: "`annotation \"cni.projectcalico.org/ipAddrsNoIpam\" specified but empty`" }],
    },
    {
      name: "IP families in the wrong case or spelling",
      yaml: pod(`cni.projectcalico.org/ipFamilies: '["ipv4", "IPv6", "dual"]'`),
      errors: [
        { messageId: "badFamily", line: 6, column: 42, endLine: 6, endColumn: 46, message: "Calico fails the pod with `error parsing ipFamilies: [\"ipv4\", \"IPv6\", \"dual\"]`: the entries must be exactly IPv4 or IPv6 (case-sensitive). Write \"IPv4\"" },
        { messageId: "badFamily", line: 6, column: 58, message: "Remove the entry, or write IPv4 or IPv6" },
      ],
    },
    {
      name: "a bad IP family beside a static address still fails the pod (it is parsed first)",
      yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'`, `cni.projectcalico.org/ipFamilies: '["ipv4"]'`),
      errors: [{ messageId: "badFamily", line: 7, column: 42, message: "`error parsing ipFamilies: [\"ipv4\"]`" }],
    },
    {
      name: "no IP family at all",
      yaml: pod("cni.projectcalico.org/ipFamilies: '[]'"),
      errors: [{ messageId: "emptyFamilies", line: 6, column: 39, message: "Calico fails the pod with `IPAM plugin returned missing IP config`" }],
    },
    {
      name: "a Namespace's empty family list fails its pods",
      yaml: yaml`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: edge
          annotations:
            cni.projectcalico.org/ipFamilies: '[]'
      `,
      errors: [{ messageId: "emptyFamilies", line: 6, column: 39, message: "Calico fails every pod in namespace edge that does not set its own ipFamilies with `IPAM plugin returned missing IP config`" }],
    },
    {
      name: "a MAC with one-digit octets",
      yaml: pod("cni.projectcalico.org/hwAddr: a:b:c:d:e:f"),
      errors: [
        {
          messageId: "badMac",
          line: 6,
          column: 35,
          endLine: 6,
          endColumn: 46,
          message: "Calico fails the pod with `failed to parse MAC address a:b:c:d:e:f provided via cni.projectcalico.org/hwAddr: address a:b:c:d:e:f: invalid MAC address`. Write `0a:0b:0c:0d:0e:0f`",
        },
      ],
    },
    {
      name: "an empty MAC (the key alone is enough to be parsed)",
      yaml: pod("cni.projectcalico.org/hwAddr: ''"),
      errors: [{ messageId: "badMac", line: 6, column: 35, message: "`failed to parse MAC address  provided via cni.projectcalico.org/hwAddr: address : invalid MAC address`. Give a MAC address" }],
    },
    {
      name: "a MAC with no value at all",
      yaml: pod("cni.projectcalico.org/hwAddr:"),
      errors: [{ messageId: "badMac", line: 6, column: 34 }],
    },
    {
      name: "a MAC of the wrong length",
      yaml: pod(`cni.projectcalico.org/hwAddr: "ca:fe:ca:fe:ca"`),
      errors: [{ messageId: "badMac", line: 6, column: 35, message: "Write six colon-separated hex octets, such as `ca:fe:ca:fe:ca:fe`" }],
    },
    {
      name: "a MAC as a YAML number",
      yaml: pod("cni.projectcalico.org/hwAddr: 123456789012"),
      errors: [{ messageId: "notString", line: 6, column: 35, message: "is a YAML number, but annotation values must be strings" }],
    },
    {
      name: "hand-written output annotations",
      yaml: pod("cni.projectcalico.org/podIP: 10.0.0.1", "cni.projectcalico.org/podIPs: 10.0.0.1/32,garbage", "cni.projectcalico.org/containerID: 0123abcd"),
      errors: [
        { messageId: "fakeOutput", severity: "warning", line: 6, column: 34, endLine: 6, endColumn: 42, message: "policy briefly treats the pod as owning 10.0.0.1" },
        { messageId: "badOutput", line: 7, column: 35, message: "and `10.0.0.1/32,garbage` does not parse (`invalid CIDR address: garbage`), so pod conversion and network setup fail" },
        { messageId: "containerId", severity: "warning", line: 8, column: 5, endLine: 8, endColumn: 38 },
      ],
    },
    {
      name: "a pod template copied from a live pod (Deployment)",
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            metadata:
              annotations:
                cni.projectcalico.org/podIPs: 10.0.0.5/32,fd00::5/128
      `,
      errors: [{ messageId: "fakeOutput", severity: "warning", line: 9, column: 39, message: "owning 10.0.0.5/32,fd00::5/128" }],
    },
    {
      name: "a CronJob's pod template inside a List, and a JSON manifest",
      files: {
        "list.yaml": yaml`
          apiVersion: v1
          kind: List
          items:
          - apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: report
            spec:
              jobTemplate:
                spec:
                  template:
                    metadata:
                      annotations:
                        cni.projectcalico.org/ipFamilies: '["IPv4", "ipv6"]'
        `,
        "pod.json": JSON.stringify({ apiVersion: "v1", kind: "Pod", metadata: { name: "foo", annotations: { "cni.projectcalico.org/ipAddrs": "[]" } } }),
      },
      errors: [
        { messageId: "badFamily", line: 14, column: 60, message: 'Write "IPv6"' },
        { messageId: "emptyStatic", line: 1, column: 105, file: "pod.json" },
      ],
    },
  ],
});

describe("parseMAC (Go's net.ParseMAC)", () => {
  const ok = ["00:00:5e:00:53:01", "02:00:5e:10:00:00:00:01", "00-00-5E-00-53-01", "0000.5e00.5301", "0200.5e10.0000.0001", Array(20).fill("ff").join(":")];
  const bad = ["", "00:00:5e:00:53", "00:00:5e:00:53:01:02", "00:00:5e:00:53-01", "0:0:5e:0:53:1", "00005e005301", "0000.5e00.530", "gg:00:5e:00:53:01", " 00:00:5e:00:53:01"];
  for (const s of ok) it(`accepts ${s}`, () => expect(parseMAC(s)).toBe(true));
  for (const s of bad) it(`rejects ${JSON.stringify(s)}`, () => expect(parseMAC(s)).toBe(false));
  it("repairs only where the intent is clear", () => {
    expect(repairMAC("CAFECAFECAFE")).toBe("ca:fe:ca:fe:ca:fe");
    expect(repairMAC("0:0:5e:0:53:1")).toBe("00:00:5e:00:53:01");
    expect(repairMAC("ca:fe:ca:fe:ca")).toBeNull();
    expect(repairMAC("invalid MAC address")).toBeNull();
  });
});
