import { describe, it } from "vitest";
import { stream } from "../rule-tester.js";
import { err, expectAccepted, expectRejected, ippool, pod, type Case } from "./helpers.js";

/**
 * calico-cases.md section E: the IPPool CRD's CEL rules on master
 * (calico:libcalico-go/lib/validator/v3/crd_validation_test.go), checked with `calicoVersion: head`,
 * whose messages are the CEL ones.
 */

const head = { calicoVersion: "head" } as const;
const pool = (extra: string, cidr = "10.0.0.0/24"): Case => ({ yaml: ippool("p", cidr, extra, "crd.projectcalico.org/v1"), settings: head });
const rejected = (id: string, c: Case, message: string) => expectRejected(c, [err("pool-invalid", id, message)]);

describe("E. IPPool CRD CEL rules (master)", () => {
  it("E1 invalid ipipMode fails enum", () => {
    expectRejected(pool("ipipMode: BadMode"), [err("pool-invalid", "schemaEnum", "supported values")]);
  });
  it("E2 invalid vxlanMode fails enum", () => {
    expectRejected(pool("vxlanMode: BadMode"), [err("pool-invalid", "schemaEnum", "supported values")]);
  });
  it("E3 IPIP and VXLAN both enabled", () => rejected("ipipWithVxlan", pool("ipipMode: Always\nvxlanMode: Always"), "`ipipMode and vxlanMode cannot both be enabled`"));
  it("E4 LoadBalancer use with IPIP", () => rejected("loadBalancerEncapsulation", pool("allowedUses: [LoadBalancer]\nipipMode: Always"), "`LoadBalancer IP pool cannot have IPIP or VXLAN enabled`"));
  it("E5 LoadBalancer combined with Workload", () => rejected("allowedUsesCombination", pool("allowedUses: [LoadBalancer, Workload]"), "`LoadBalancer cannot be combined with Workload or Tunnel allowed uses`"));
  it("E6 IPv6 CIDR with IPIP", () => rejected("ipipOnIpv6", pool("ipipMode: Always", "fd00::/120"), "`IPIP is not supported on IPv6 pools`"));
  it("E7 valid IPv4 with IPIP", () => expectAccepted(pool("ipipMode: Always")));
  it("E8 LB pool with disableBGPExport", () => {
    rejected("loadBalancerBgpExport", pool('allowedUses: [LoadBalancer]\ndisableBGPExport: true\nnodeSelector: "all()"'), "`LoadBalancer IP pools cannot disable BGP export`");
  });
  it("E9 LB pool with wrong nodeSelector", () => {
    rejected("loadBalancerNodeSelector", pool("allowedUses: [LoadBalancer]\nnodeSelector: has(node-role)"), "`IP Pool with AllowedUse LoadBalancer must have nodeSelector set to all()`");
  });
  it("E10 LB pool with correct config", () => expectAccepted(pool('allowedUses: [LoadBalancer]\nnodeSelector: "all()"')));
  it("E11 Tunnel pool with namespaceSelector", () => {
    rejected("tunnelNamespaceSelector", pool("allowedUses: [Tunnel]\nnamespaceSelector: has(ns-label)"), "`IP Pool with AllowedUse Tunnel cannot have namespaceSelector`");
  });
  it("E12 nodeSelector with global()", () => rejected("selectorGlobal", pool("nodeSelector: global()"), "`global() selector is not valid for IPPool nodeSelector`"));
  it("E13 namespaceSelector with global() (allowedUses [Workload], so that only the global() rule applies)", () => {
    rejected("selectorGlobal", pool("allowedUses: [Workload]\nnamespaceSelector: global()"), "`global() selector is not valid for IPPool namespaceSelector`");
  });
  it("E14 TestCRDDefaults_IPPool › assignmentMode defaults to Automatic: pods without annotations draw from the pool", () => {
    expectAccepted({ yaml: stream(ippool("p", "10.0.0.0/24", "", "crd.projectcalico.org/v1"), pod("p")), settings: { ...head, poolsComplete: true } });
  });
});
