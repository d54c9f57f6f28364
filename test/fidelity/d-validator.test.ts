import { describe, it } from "vitest";
import { stream } from "../rule-tester.js";
import { err, expectAccepted, expectRejected, ippool, reservation, type Case } from "./helpers.js";

/**
 * calico-cases.md section D: the IPPool / IPReservation validator of v3.32.1
 * (calico:libcalico-go/lib/validator/v3/validator_test.go), which sees a bare spec before clientv3's
 * defaulting. The linter checks what calicoctl and the API server do (defaulting, then the
 * validator), so where the two differ (D31) the test says which it follows. Calico's v3.32 texts are
 * the default (`calicoVersion: v3.32`).
 */

const pool = (cidr: string, extra = "") => ({ yaml: ippool("p", cidr, extra) }) satisfies Case;
const rejected = (id: string, c: Case, message: string) => expectRejected(c, [err("pool-invalid", id, message)]);
const TOO_SMALL = "`IP pool size is too small for use with Calico IPAM. It must be equal to or greater than the block size.`";

describe("D. IPPool / IPReservation validator (v3.32.1)", () => {
  it("D1 accept IPv4 CIDR /26", () => expectAccepted(pool("1.2.3.0/26")));
  it("D2 accept IPv4 CIDR /10", () => expectAccepted(pool("1.0.0.0/10")));
  it("D3 accept IPv6 CIDR /122 (ipip/vxlan Never)", () => expectAccepted(pool("aabb:aabb::0000/122", "ipipMode: Never\nvxlanMode: Never")));
  it("D4 accept IPv6 CIDR /10", () => expectAccepted(pool("aa00:0000::0000/10")));
  it("D5 accept a disabled pool /27 (size check skipped)", () => expectAccepted(pool("1.2.3.0/27", "disabled: true")));
  it("D6 accept a disabled IPv6 /128", () => expectAccepted(pool("aabb:aabb::ffff/128", "disabled: true")));
  it("D7 reject IPv4 /27 (smaller than the default /26 block)", () => rejected("poolSmallerThanBlock", pool("1.2.3.0/27"), TOO_SMALL));
  it("D8 reject IPv6 /128", () => rejected("poolSmallerThanBlock", pool("aabb:aabb::ffff/128"), TOO_SMALL));
  it("D9 reject /33", () => rejected("cidrInvalid", pool("1.2.3.4/33"), "`IPPool CIDR must be a valid subnet`"));
  it("D10 reject /129", () => rejected("cidrInvalid", pool("aa:bb::/129"), "`IPPool CIDR must be a valid subnet`"));

  it("D11 reject IPIP Always on IPv6 (a /128, so also too small)", () => {
    expectRejected(pool("aabb:aabb::ffff/128", "ipipMode: Always"), [err("pool-invalid", "poolSmallerThanBlock", TOO_SMALL), err("pool-invalid", "ipipOnIpv6", "`IPIP is not supported on an IPv6 IP pool`")]);
  });
  it("D12 reject VXLAN Always \"for IPv6 pool\": only because of the /128 size", () => {
    rejected("poolSmallerThanBlock", pool("aabb:aabb::ffff/128", "vxlanMode: Always"), TOO_SMALL);
  });
  it("D12 (without the size problem) › VXLAN on an IPv6 /122 is valid", () => expectAccepted(pool("aabb:aabb::/122", "vxlanMode: Always")));

  it("D13 reject IPv4 link-local overlap", () => rejected("cidrLinkLocal", pool("169.254.5.0/24"), "`IPPool CIDR overlaps with IPv4 Link Local range 169.254.0.0/16`"));
  it("D14 reject IPv6 link-local overlap", () => rejected("cidrLinkLocal", pool("fe80::/120"), "`IPPool CIDR overlaps with IPv6 Link Local range fe80::/10`"));
  it("D15 accept valid allowedUses [Workload, Tunnel]", () => expectAccepted(pool("10.0.0.0/24", "allowedUses: [Workload, Tunnel]")));
  it("D16 reject invalid combination [LoadBalancer, Tunnel]", () => rejected("allowedUsesCombination", pool("10.0.0.0/24", "allowedUses: [LoadBalancer, Tunnel]"), "`LoadBalancer cannot be used at the same time as: Tunnel`"));
  it("D17 reject unknown use", () => rejected("allowedUsesUnknown", pool("10.0.0.0/24", 'allowedUses: ["Garbage"]'), "`unknown use: Garbage`"));
  it("D18 accept assignmentMode Automatic", () => expectAccepted(pool("10.0.0.0/24", "assignmentMode: Automatic")));
  it("D19 reject invalid assignmentMode", () => {
    expectRejected(pool("10.0.0.0/24", "assignmentMode: Sometimes"), [err("pool-invalid", "schemaEnum", 'supported values: "Automatic", "Manual"')]);
  });
  it("D20 reject LB + disableBGPExport", () => {
    rejected("loadBalancerBgpExport", pool("10.0.0.0/24", "allowedUses: [LoadBalancer]\ndisableBGPExport: true"), "`IP Pool with AllowedUse LoadBalancer must have DisableBGPExport set to true`");
  });
  it("D21 reject LB + VXLAN", () => rejected("loadBalancerEncapsulation", pool("10.0.0.0/24", "allowedUses: [LoadBalancer]\nvxlanMode: Always"), "`Neither IPIPMode nor VXLANMode can be enabled on AllowedUses LoadBalancer IP pool`"));
  it("D22 reject LB + IPIP", () => rejected("loadBalancerEncapsulation", pool("10.0.0.0/24", "allowedUses: [LoadBalancer]\nipipMode: Always"), "`Neither IPIPMode nor VXLANMode can be enabled on AllowedUses LoadBalancer IP pool`"));
  it("D23 reject LB + nodeSelector != all()", () => {
    rejected("loadBalancerNodeSelector", pool("10.0.0.0/24", 'allowedUses: [LoadBalancer]\nnodeSelector: "!all()"'), "`IP Pool with AllowedUse LoadBalancer must have node selector set to all()`");
  });
  const TUNNEL_NS = "`IP Pool with AllowedUse Tunnel cannot have namespaceSelector specified - tunnel IPs are not namespaced resources`";
  it("D24 reject Tunnel + namespaceSelector", () => rejected("tunnelNamespaceSelector", pool("10.0.0.0/24", 'allowedUses: [Tunnel]\nnamespaceSelector: region == "east"'), TUNNEL_NS));
  it("D25 reject Tunnel+Workload + namespaceSelector", () => rejected("tunnelNamespaceSelector", pool("10.0.0.0/24", 'allowedUses: [Workload, Tunnel]\nnamespaceSelector: region == "east"'), TUNNEL_NS));
  it("D26 accept Tunnel without namespaceSelector", () => expectAccepted(pool("10.0.0.0/24", "allowedUses: [Tunnel]")));
  it("D27 reject nodeSelector global()", () => rejected("selectorGlobal", pool("10.0.0.0/24", "nodeSelector: global()"), "`global() selector is not valid for IPPool nodeSelector - use all() instead`"));

  describe("D28 accept nodeSelectors (6 entries)", () => {
    for (const sel of ['region == "east"', 'region == "east" && environment == "production"', 'region in {"east", "west"}', "has(team)", "all()", 'foo == "bar"']) {
      it(`D28 nodeSelector ${sel}`, () => expectAccepted(pool("10.0.0.0/24", `nodeSelector: '${sel}'`)));
    }
  });

  it("D29 reject invalid nodeSelector", () => {
    rejected("selectorSyntax", pool("10.0.0.0/24", "nodeSelector: this is not valid selector syntax"), "selector");
  });

  it("D30 reject namespaceSelector global()", () => {
    rejected("selectorGlobal", pool("10.0.0.0/24", "allowedUses: [Workload]\nnamespaceSelector: global()"), "`global() selector is not valid for IPPool namespaceSelector - use all() instead`");
  });

  describe("D31 accept namespaceSelectors (3 entries; the bare validator sees no allowedUses)", () => {
    const selectors = ['region == "east"', 'team == "backend" || team == "frontend"', 'environment contains "prod"'];
    for (const sel of selectors) {
      it(`D31 namespaceSelector ${sel} (with allowedUses [Workload]: accepted)`, () => expectAccepted(pool("10.0.0.0/24", `allowedUses: [Workload]\nnamespaceSelector: '${sel}'`)));
    }
    // calicoctl and the API server default allowedUses to [Workload, Tunnel] before validating, so
    // the same spec without allowedUses is rejected there (H50); the linter follows that path.
    it("D31 without allowedUses: rejected once clientv3 has defaulted allowedUses (H50)", () => {
      rejected("tunnelNamespaceSelectorDefault", pool("10.0.0.0/24", `namespaceSelector: '${selectors[0] ?? ""}'`), TUNNEL_NS);
    });
  });

  describe("D32 metadata name length", () => {
    it("D32 253 characters: accepted", () => expectAccepted({ yaml: ippool("a".repeat(253), "10.0.0.0/24") }));
    it("D32 254 characters: rejected", () => {
      rejected("nameTooLong", { yaml: ippool("a".repeat(254), "10.0.0.0/24") }, "must be no more than 253 characters");
    });
  });

  describe("D33 IPIP mode values", () => {
    it("D33 none", () => expectAccepted(pool("10.0.0.0/24")));
    for (const m of ["Never", "Always", "CrossSubnet"]) it(`D33 ipipMode ${m}`, () => expectAccepted(pool("10.0.0.0/24", `ipipMode: ${m}`)));
  });
  describe("D34 IPIP mode bad (case-sensitive)", () => {
    for (const m of ["badVal", "never"]) {
      it(`D34 ipipMode ${m}`, () => expectRejected(pool("10.0.0.0/24", `ipipMode: ${m}`), [err("pool-invalid", "schemaEnum", `Unsupported value: "${m}": supported values: "Never", "Always", "CrossSubnet"`)]));
    }
  });
  describe("D35 VXLAN mode values", () => {
    for (const m of ["Always", "CrossSubnet", "Never"]) it(`D35 vxlanMode ${m}`, () => expectAccepted(pool("10.0.0.0/24", `vxlanMode: ${m}`)));
  });
  describe("D36 VXLAN mode bad", () => {
    for (const m of ["never", "badVal"]) {
      it(`D36 vxlanMode ${m}`, () => expectRejected(pool("10.0.0.0/24", `vxlanMode: ${m}`), [err("pool-invalid", "schemaEnum", `Unsupported value: "${m}"`)]));
    }
  });
  it("D37 IPIP + VXLAN", () => rejected("ipipWithVxlan", pool("10.0.0.0/24", "ipipMode: Always\nvxlanMode: Always"), "`Cannot enable both VXLAN and IPIP on the same IPPool`"));

  describe("IPReservation", () => {
    it("D38 IPReservation with an IP (bare IP allowed in v3.32.1)", () => expectAccepted({ yaml: reservation("r", ["10.0.0.1"]) }));
    it("D38 (HEAD) › the HEAD CRD has `format: cidr`: a bare IP is rejected there", () => {
      expectRejected({ yaml: reservation("r", ["10.0.0.1"]), settings: { calicoVersion: "head" } }, [err("pool-invalid", "reservationBareAddress", "a bare address, not a CIDR")]);
    });
    it("D39 IPReservation with a CIDR", () => expectAccepted({ yaml: reservation("r", ["10.0.1.0/24"]) }));
    it("D40 IPReservation IP and CIDR", () => expectAccepted({ yaml: reservation("r", ["10.0.1.0/24", "192.168.0.34"]) }));
    it("D41 bad CIDR", () => expectRejected({ yaml: reservation("r", ["garbage"]) }, [err("pool-invalid", "reservationInvalid", "neither a CIDR nor an IP address")]));
    it("D42 too-long prefix", () => expectRejected({ yaml: reservation("r", ["10.0.1.0/33"]) }, [err("pool-invalid", "reservationInvalid", "neither a CIDR nor an IP address")]));
    it("D43 IPv6 mix", () => expectAccepted({ yaml: reservation("r", ["10.0.0.1", "cafe::1", "cafe:f00d::/96"]) }));
    it("D43 (with pools) › reservations inside and outside pools change nothing else", () => {
      expectAccepted({ yaml: stream(ippool("v4", "10.0.0.0/24"), ippool("v6", "cafe::/120"), reservation("r", ["10.0.0.1", "cafe::1", "cafe:f00d::/96"])) });
    });
  });
});
