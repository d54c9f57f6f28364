import { describe, expect, it } from "vitest";
import { editDistance, nearestKey, nearMissPrefix } from "../../src/rules/annotation-unknown.js";
import { ruleTester, stream, yaml } from "../rule-tester.js";

/** A bare Pod whose annotations start on line 6, column 5. */
const pod = (...annotations: string[]) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: foo\n  annotations:\n${annotations.map((a) => `    ${a}\n`).join("")}`;

ruleTester("annotation-unknown", {
  valid: [
    {
      name: "every key Calico reads or writes",
      yaml: pod(
        `cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'`,
        `cni.projectcalico.org/ipv4pools: '["a"]'`,
        `cni.projectcalico.org/ipv6pools: '["b"]'`,
        `cni.projectcalico.org/ipFamilies: '["IPv4"]'`,
        `cni.projectcalico.org/floatingIPs: '["1.1.1.1"]'`,
        `cni.projectcalico.org/allowedSourcePrefixes: '["10.0.0.0/24"]'`,
        "cni.projectcalico.org/hwAddr: ca:fe:ca:fe:ca:fe",
        "cni.projectcalico.org/podIP: ''",
        "cni.projectcalico.org/podIPs: ''",
        "cni.projectcalico.org/containerID: ''",
      ),
    },
    { name: "ipAddrsNoIpam", yaml: pod(`cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.1"]'`) },
    {
      name: "the QoS and bandwidth keys Calico also reads, and Calico's other prefixes",
      yaml: pod(
        "kubernetes.io/ingress-bandwidth: 10M",
        "kubernetes.io/egress-bandwidth: 10M",
        "qos.projectcalico.org/ingressBandwidth: 10M",
        "qos.projectcalico.org/egressPacketRate: '1000'",
        "egress.projectcalico.org/selector: egress-code == 'red'",
        "k8s.v1.cni.cncf.io/network-status: '[]'",
      ),
    },
    { name: "Calico Enterprise's multi-VRF key", yaml: pod(`cni.projectcalico.org/networks: '["vrf1"]'`) },
    { name: "other CNIs' pool annotations", yaml: pod(`ipam.cilium.io/ip-pool: blue`, `ipam.spidernet.io/ippools: '[{"ipv4":["a"]}]'`, `ovn.kubernetes.io/ip_address: 10.0.0.1`) },
    {
      name: "the LoadBalancer IPAM annotations on a Service",
      yaml: yaml`
        apiVersion: v1
        kind: Service
        metadata:
          name: lb
          annotations:
            projectcalico.org/ipv4pools: '["lb-pool"]'
            projectcalico.org/loadBalancerIPs: '["192.0.2.10"]'
        spec:
          type: LoadBalancer
      `,
    },
    { name: "a key without any prefix belongs to the user", yaml: pod(`ipAddrs: '["10.0.0.1"]'`) },
  ],
  invalid: [
    {
      name: "a missing s",
      yaml: pod(`cni.projectcalico.org/ipAddr: '["10.0.0.1"]'`),
      errors: [
        {
          messageId: "didYouMean",
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 33,
          message: "Calico ignores cni.projectcalico.org/ipAddr: it reads no such annotation. Did you mean `cni.projectcalico.org/ipAddrs`? Rename the key",
        },
      ],
    },
    {
      name: "keys in the wrong case",
      yaml: pod(`cni.projectcalico.org/ipv4Pools: '["a"]'`, `cni.projectcalico.org/IPAddrs: '["10.0.0.1"]'`, "cni.projectcalico.org/HWAddr: ca:fe:ca:fe:ca:fe"),
      errors: [
        { messageId: "didYouMean", line: 6, column: 5, message: "(annotation keys are case-sensitive). Did you mean `cni.projectcalico.org/ipv4pools`?" },
        { messageId: "didYouMean", line: 7, column: 5, message: "Did you mean `cni.projectcalico.org/ipAddrs`?" },
        { messageId: "didYouMean", line: 8, column: 5, message: "Did you mean `cni.projectcalico.org/hwAddr`?" },
      ],
    },
    {
      name: "near misses of several keys",
      yaml: pod(
        `cni.projectcalico.org/ipv4_pools: '["a"]'`,
        `cni.projectcalico.org/ipPools: '["a"]'`,
        `cni.projectcalico.org/ipAddress: '["10.0.0.1"]'`,
        `cni.projectcalico.org/floatingIP: '["1.1.1.1"]'`,
        `cni.projectcalico.org/ipFamily: '["IPv4"]'`,
        `cni.projectcalico.org/allowedSourcePrefix: '["10.0.0.0/8"]'`,
        `cni.projectcalico.org/ip-addrs-no-ipam: '["10.0.0.1"]'`,
      ),
      errors: [
        { messageId: "didYouMean", line: 6, column: 5, message: "`cni.projectcalico.org/ipv4pools`" },
        { messageId: "didYouMean", line: 7, column: 5, message: "`cni.projectcalico.org/ipv4pools`" },
        { messageId: "didYouMean", line: 8, column: 5, message: "`cni.projectcalico.org/ipAddrs`" },
        { messageId: "didYouMean", line: 9, column: 5, message: "`cni.projectcalico.org/floatingIPs`" },
        { messageId: "didYouMean", line: 10, column: 5, message: "`cni.projectcalico.org/ipFamilies`" },
        { messageId: "didYouMean", line: 11, column: 5, message: "`cni.projectcalico.org/allowedSourcePrefixes`" },
        { messageId: "didYouMean", line: 12, column: 5, message: "`cni.projectcalico.org/ipAddrsNoIpam`" },
      ],
    },
    {
      name: "a key nothing resembles",
      yaml: pod("cni.projectcalico.org/staticIP: 10.0.0.1"),
      errors: [
        {
          messageId: "unknown",
          line: 6,
          column: 5,
          message: "Calico ignores cni.projectcalico.org/staticIP: it reads no such annotation (it reads ipAddrs, ipAddrsNoIpam, ipv4pools, ipv6pools, ipFamilies, floatingIPs, allowedSourcePrefixes, hwAddr). Rename or remove it",
        },
      ],
    },
    {
      name: "near misses of the prefix on a pod",
      yaml: pod(
        `cni.projectcalico.io/ipAddrs: '["10.0.0.1"]'`,
        `projectcalico.org/ipv4pools: '["a"]'`,
        `cni.calico.org/ipv6pools: '["b"]'`,
        `CNI.projectcalico.org/ipFamilies: '["IPv4"]'`,
        `cni.projectcalico.org.ipAddrsNoIpam: '["10.0.0.1"]'`,
      ),
      errors: [
        { messageId: "prefix", line: 6, column: 5, endLine: 6, endColumn: 33, message: "Calico's CNI plugin ignores cni.projectcalico.io/ipAddrs: it reads only `cni.projectcalico.org/ipAddrs`. Rename the key" },
        { messageId: "prefix", line: 7, column: 5, message: "it reads only `cni.projectcalico.org/ipv4pools` (projectcalico.org/ipv4pools is read only on LoadBalancer Services, to pick their pool). Rename the key" },
        { messageId: "prefix", line: 8, column: 5, message: "`cni.projectcalico.org/ipv6pools`" },
        { messageId: "prefix", line: 9, column: 5, message: "`cni.projectcalico.org/ipFamilies`" },
        { messageId: "prefix", line: 10, column: 5, message: "`cni.projectcalico.org/ipAddrsNoIpam`" },
      ],
    },
    {
      name: "a near miss of the prefix on a Namespace and in a pod template",
      yaml: stream(
        yaml`
          apiVersion: v1
          kind: Namespace
          metadata:
            name: ns
            annotations:
              projectcalico.org/ipv4pools: '["a"]'
        `,
        yaml`
          apiVersion: batch/v1
          kind: CronJob
          metadata:
            name: report
          spec:
            jobTemplate:
              spec:
                template:
                  metadata:
                    annotations:
                      cni.projectcalico.io/ipv4pools: '["a"]'
        `,
      ),
      errors: [
        { messageId: "prefix", line: 6, column: 5 },
        { messageId: "prefix", line: 18, column: 13 },
      ],
    },
    {
      name: "unknown keys on any object, reported once for a bare Pod",
      yaml: stream(
        pod(`cni.projectcalico.org/ipAddr: '["10.0.0.1"]'`),
        yaml`
          apiVersion: v1
          kind: Service
          metadata:
            name: svc
            annotations:
              cni.projectcalico.org/ipv4pool: '["a"]'
        `,
        yaml`
          apiVersion: apps/v1
          kind: Deployment
          metadata:
            name: web
            annotations:
              cni.projectcalico.org/ipaddrs: '["10.0.0.1"]'
          spec:
            template:
              metadata:
                annotations:
                  cni.projectcalico.org/ipv6Pools: '["b"]'
        `,
      ),
      errors: [
        { messageId: "didYouMean", line: 6, column: 5 },
        { messageId: "didYouMean", line: 13, column: 5, message: "`cni.projectcalico.org/ipv4pools`" },
        { messageId: "didYouMean", line: 20, column: 5, message: "`cni.projectcalico.org/ipAddrs`" },
        { messageId: "didYouMean", line: 25, column: 9, message: "`cni.projectcalico.org/ipv6pools`" },
      ],
    },
    {
      name: "a JSON manifest",
      files: { "pod.json": JSON.stringify({ apiVersion: "v1", kind: "Pod", metadata: { name: "foo", annotations: { "cni.projectcalico.org/ipv4Pools": '["a"]' } } }) },
      errors: [{ messageId: "didYouMean", line: 1, column: 73, endLine: 1, endColumn: 106 }],
    },
  ],
});

describe("key suggestions", () => {
  it("measures edit distance with transpositions", () => {
    expect(editDistance("ipaddrs", "ipadrds")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("ipv4pools", "ipv4pools")).toBe(0);
  });

  it("suggests only near keys", () => {
    expect(nearestKey("ipv6Pool")).toBe("ipv6pools");
    expect(nearestKey("hwaddress")).toBe("hwAddr");
    expect(nearestKey("mac")).toBeUndefined();
    expect(nearestKey("version")).toBeUndefined();
    expect(nearestKey("networks")).toBeUndefined();
  });

  it("recognises near misses of the prefix only for keys Calico reads", () => {
    expect(nearMissPrefix("cni.projectcalico.com/ipAddrs")).toBe("ipAddrs");
    expect(nearMissPrefix("cni.projectcalico.org/ipAddrs")).toBeUndefined();
    expect(nearMissPrefix("qos.projectcalico.org/ingressBandwidth")).toBeUndefined();
    expect(nearMissPrefix("projectcalico.org/loadBalancerIPs")).toBeUndefined();
    expect(nearMissPrefix("ipam.cilium.io/ipv4pools")).toBeUndefined();
    expect(nearMissPrefix("example.com/ipAddrs")).toBeUndefined();
  });
});
