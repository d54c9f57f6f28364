import { describe, expect, it } from "vitest";
import { explainCIDR, explainIP } from "../../src/rules/invalid-ip.js";
import { ruleTester, yaml } from "../rule-tester.js";

/** A bare Pod whose annotations start on line 6, column 5. */
const pod = (...annotations: string[]) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: foo\n  annotations:\n${annotations.map((a) => `    ${a}\n`).join("")}`;

ruleTester("invalid-ip", {
  valid: [
    { name: "the dual-stack pair", yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1", "fd00::1"]'`) },
    { name: "the network address .0 (Calico hands it out)", yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.0"]'`) },
    { name: "the broadcast address .255", yaml: pod(`cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.255"]'`) },
    { name: "IPv4-mapped and uppercase IPv6", yaml: pod(`cni.projectcalico.org/ipAddrs: '["::ffff:10.0.0.1", "FD00:0:0::1"]'`) },
    { name: "a double-quoted value with escapes", yaml: pod(`cni.projectcalico.org/ipAddrs: "[\\"10.0.0.1\\"]"`) },
    { name: "source prefixes with host bits (Calico masks them)", yaml: pod(`cni.projectcalico.org/allowedSourcePrefixes: '["10.0.0.5/24", "8.8.8.8/32", "fd00::/64"]'`) },
    { name: "floating IPs of both families", yaml: pod(`cni.projectcalico.org/floatingIPs: '["1.1.1.1", "2001:647f::21"]'`) },
    { name: "pool entries are names or CIDRs, not judged here", yaml: pod(`cni.projectcalico.org/ipv4pools: '["10.0.0.0/24", "my-pool"]'`) },
    { name: "bad JSON is annotation-json's finding", yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1/32"'`) },
    {
      name: "a hostNetwork pod: the CNI plugin never reads it",
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: foo
          annotations:
            cni.projectcalico.org/ipAddrs: '["10.0.0.1/32"]'
        spec:
          hostNetwork: true
      `,
    },
    {
      name: "a Namespace does not carry addresses (annotation-placement reports it)",
      yaml: yaml`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: ns
          annotations:
            cni.projectcalico.org/ipAddrs: '["10.0.0.1/32"]'
      `,
    },
  ],
  invalid: [
    {
      name: "a /32 suffix in a single-quoted value",
      yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1/32"]'`),
      errors: [
        {
          messageId: "badIp",
          line: 6,
          column: 39,
          endLine: 6,
          endColumn: 50,
          message: "Calico fails the pod with `invalid IP format: 10.0.0.1/32` (cni.projectcalico.org/ipAddrs takes addresses as Go's net.ParseIP reads them). Write `10.0.0.1` instead (drop the /32)",
        },
      ],
    },
    {
      name: "a /32 suffix in a double-quoted value with escapes",
      yaml: pod(`cni.projectcalico.org/ipAddrs: "[\\"10.0.0.1/32\\"]"`),
      errors: [{ messageId: "badIp", line: 6, column: 40, endLine: 6, endColumn: 51, message: "Write `10.0.0.1` instead (drop the /32)" }],
    },
    {
      name: "the second entry of a dual-stack pair has a zone",
      yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1", "fe80::1%eth0"]'`),
      errors: [{ messageId: "badIp", line: 6, column: 51, endLine: 6, endColumn: 63, message: "Write `fe80::1` instead (drop the zone %eth0)" }],
    },
    {
      name: "leading zeros, spaces, short forms, ranges, empty entries, out-of-range fields, brackets",
      yaml: pod(`cni.projectcalico.org/ipAddrsNoIpam: '["010.000.0.1", " 10.0.0.2", "1.2.3", "10.0.0.0/24", "", "[fd00::1]", "10.0.0.256"]'`),
      errors: [
        { messageId: "badIp", line: 6, column: 45, endLine: 6, endColumn: 56, message: "Write `10.0.0.1` instead (remove the leading zeros, which Go rejects)" },
        { messageId: "badIp", line: 6, column: 60, endLine: 6, endColumn: 69, message: "`invalid IP format:  10.0.0.2`" },
        { messageId: "badIp", line: 6, column: 73, message: "Write all four fields of the address: Go accepts no short forms" },
        { messageId: "badIp", line: 6, column: 82, message: "Name one address: 10.0.0.0/24 is a range and the annotation takes single addresses (to draw from a range, use cni.projectcalico.org/ipv4pools)" },
        { messageId: "badIp", line: 6, column: 97, endLine: 6, endColumn: 97, message: "Remove the empty entry" },
        { messageId: "badIp", line: 6, column: 101, message: "Write `fd00::1` instead (drop the brackets)" },
        { messageId: "badIp", line: 6, column: 114, message: "Keep each IPv4 field within 0 to 255" },
      ],
    },
    {
      name: "floating IPs are checked by the WorkloadEndpoint validator",
      yaml: pod(`cni.projectcalico.org/floatingIPs: '["1.1.1.1", "not-an-ip", "1.1.1.2:8080"]'`),
      errors: [
        { messageId: "badFloatingIp", line: 6, column: 54, message: "not-an-ip in cni.projectcalico.org/floatingIPs is not an IP address: Calico's WorkloadEndpoint validator rejects it" },
        { messageId: "badFloatingIp", line: 6, column: 67, message: "Write `1.1.1.2` instead (drop the port)" },
      ],
    },
    {
      name: "source prefixes must be CIDRs",
      yaml: pod(`cni.projectcalico.org/allowedSourcePrefixes: '["8.8.8.8", "fd00::1", "10.0.0.0/33", "x"]'`),
      errors: [
        {
          messageId: "badCidr",
          line: 6,
          column: 53,
          endLine: 6,
          endColumn: 60,
          message: "Calico cannot convert the pod and fails it with `failed to parse '8.8.8.8' as a CIDR: invalid CIDR address: 8.8.8.8`. Write `8.8.8.8/32` instead (a single address needs /32)",
        },
        { messageId: "badCidr", line: 6, column: 64, message: "Write `fd00::1/128` instead (a single address needs /128)" },
        { messageId: "badCidr", line: 6, column: 75, message: "Use a prefix length from 0 to 32" },
        { messageId: "badCidr", line: 6, column: 90, message: "Write a CIDR such as 10.0.0.0/24" },
      ],
    },
    {
      name: "a JSON manifest",
      files: {
        "pod.json": '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {\n    "name": "foo",\n    "annotations": {\n      "cni.projectcalico.org/ipAddrs": "[\\"10.0.0.01\\"]"\n    }\n  }\n}\n',
      },
      errors: [{ messageId: "badIp", line: 7, column: 44, endLine: 7, endColumn: 53, message: "Write `10.0.0.1` instead (remove the leading zeros, which Go rejects)" }],
    },
    {
      name: "items of a kind: List and a CronJob's pod template",
      yaml: yaml`
        apiVersion: v1
        kind: List
        items:
        - apiVersion: batch/v1
          kind: CronJob
          metadata:
            name: report
          spec:
            schedule: "0 * * * *"
            jobTemplate:
              spec:
                template:
                  metadata:
                    annotations:
                      cni.projectcalico.org/ipAddrs: '["10.0.0.1/24"]'
      `,
      errors: [{ messageId: "badIp", line: 15, column: 49, message: "`invalid IP format: 10.0.0.1/24` (cni.projectcalico.org/ipAddrs takes addresses as Go's net.ParseIP reads them). Write `10.0.0.1` instead (drop the /24)" }],
    },
  ],
});

describe("explainIP / explainCIDR", () => {
  it("suggests the address meant where that is clear", () => {
    expect(explainIP("10.0.0.1/32").fixed).toBe("10.0.0.1");
    expect(explainIP("fd00::1/128").fixed).toBe("fd00::1");
    expect(explainIP("::ffff:010.0.0.1").fixed).toBe("::ffff:10.0.0.1");
    expect(explainIP("fd00::0010").fixed).toBeUndefined(); // a valid IPv6 group, not a leading zero
    expect(explainIP("[fd00::1]:443").fixed).toBe("fd00::1");
    expect(explainIP(" 10.0.0.1 ").fixed).toBe("10.0.0.1");
    expect(explainIP("10.0.0.1/33").fixed).toBe("10.0.0.1");
    expect(explainIP("10.0.0.0/24").fixed).toBeUndefined();
    expect(explainIP("10.0.0.7/24").fixed).toBe("10.0.0.7");
    expect(explainIP("fd00::/64").reason).toContain("cni.projectcalico.org/ipv6pools");
    expect(explainIP("localhost").fixed).toBeUndefined();
  });

  it("suggests the prefix meant where that is clear", () => {
    expect(explainCIDR("10.0.0.1").fixed).toBe("10.0.0.1/32");
    expect(explainCIDR("010.0.0.0/8").fixed).toBe("10.0.0.0/8");
    expect(explainCIDR("10.0.0.0/08").fixed).toBe("10.0.0.0/8");
    expect(explainCIDR(" 10.0.0.0/8").fixed).toBe("10.0.0.0/8");
    expect(explainCIDR("10.0.0.0/33").fixed).toBeUndefined();
    expect(explainCIDR("").reason).toBe("Remove the empty entry");
  });
});
