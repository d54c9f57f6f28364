import { describe, expect, it } from "vitest";
import { stream } from "../rule-tester.js";
import { deployment, err, expectAccepted, expectFindings, expectRejected, ippool, namespace, pod, warn } from "./helpers.js";

/**
 * calico-cases.md section A: the CNI plugin with Kubernetes annotations
 * (calico:cni-plugin/tests/calico_cni_k8s_test.go). CNI feature flags are the linter's
 * `featureFlags` settings; "pre-allocated" addresses are modelled as replicas drawing from the pool.
 */

const A1_POOLS = stream(ippool("pool-50", "50.60.0.0/28", "blockSize: 29"), ippool("pool-60", "60.70.0.0/28", "blockSize: 29"));

describe("A. CNI plugin + Kubernetes annotations", () => {
  it("A1 calico-ipam with a Namespace annotation only › assigns from an IP Pool specified on a Namespace", () => {
    expectAccepted({ yaml: stream(A1_POOLS, namespace("ns", { ipv4pools: '["50.60.0.0/28"]' }), pod("p", {}, { namespace: "ns" })) });
  });

  it("A2 same › should fail to assign from an IP pool that doesn't exist", () => {
    expectRejected({ yaml: stream(A1_POOLS, namespace("ns", { ipv4pools: '["100.0.0.0/16"]' }), pod("p", {}, { namespace: "ns" })) }, [
      err("unknown-pool", "noSuchCidr", "`the given pool (100.0.0.0/16) does not exist, or is not enabled`", "Namespace/ns"),
    ]);
  });

  describe("A3 same › should fail to assign an IP when the provided IP Pool is full", () => {
    it("all 16 addresses of the /28 are assignable (.0 and .15 included): 16 pods fit", () => {
      expectAccepted({ yaml: stream(A1_POOLS, namespace("ns", { ipv4pools: '["50.60.0.0/28"]' }), deployment("web", 16, {}, { namespace: "ns" })) });
    });
    it("a 17th pod finds the pool full", () => {
      expectRejected({ yaml: stream(A1_POOLS, namespace("ns", { ipv4pools: '["50.60.0.0/28"]' }), deployment("web", 17, {}, { namespace: "ns" })) }, [
        err("pool-exhausted", "pods", "`failed to request IPv4 addresses: Assigned 0 out of 1 requested IPv4 addresses; No IPs available in pools: [50.60.0.0/28]`", "Deployment/web"),
        err("pool-exhausted", "pool", "No IPs available in pools: [50.60.0.0/28]", "IPPool/pool-50"),
      ]);
    });
  });

  it("A4 same › should assign from the second pool when the first is full (list order is the fallback order)", () => {
    // 17 pods: 16 fill 50.60.0.0/28 and the 17th spills into 60.70.0.0/28.
    expectAccepted({ yaml: stream(A1_POOLS, namespace("ns", { ipv4pools: '["50.60.0.0/28", "60.70.0.0/28"]' }), deployment("web", 17, {}, { namespace: "ns" })) });
  });

  it("A5 Namespace annotation and pod annotation › should prefer pod annotations (the namespace value is never looked at)", () => {
    // The pod is accepted: no error on it, only the intended warning that it escapes its namespace's
    // pools. The Namespace's own value still fails every pod in it that does not override it, so it
    // gets its error (docs/calico-fidelity.md, A5).
    const findings = expectFindings(
      { yaml: stream(ippool("pool-50-70", "50.70.0.0/16"), namespace("ns", { ipv4pools: '["50.55.0.0/16"]' }), pod("p", { ipv4pools: '["50.70.0.0/16"]' }, { namespace: "ns" })) },
      [warn("pod-namespace-conflict", "outside", undefined, "Pod/p"), err("unknown-pool", "noSuchCidr", "the given pool (50.55.0.0/16) does not exist", "Namespace/ns")],
    );
    expect(findings.filter((f) => f.severity === "error" && f.object?.kind === "Pod")).toEqual([]);
  });

  it("A6 specifying IP pools via pod annotation › (by cidr)", () => {
    expectAccepted({ yaml: stream(ippool("p16", "172.16.0.0/16"), ippool("p17", "172.17.0.0/16"), pod("p", { ipv4pools: '["172.16.0.0/16"]' })) });
  });

  it("A7 same › (by name)", () => {
    expectAccepted({ yaml: stream(ippool("p16", "172.16.0.0/16"), ippool("p17", "172.17.0.0/16"), pod("p", { ipv4pools: '["p17"]' })) });
  });

  it("A8 using source IP spoofing annotation", () => {
    expectAccepted({ yaml: pod("p", { allowedSourcePrefixes: '["8.8.8.8/32","1.1.1.0/24"]' }) });
  });

  it("A9 floatingIPs › assigns a DNAT IP (feature flag on)", () => {
    expectAccepted({ yaml: stream(ippool("p", "10.0.0.0/24"), pod("p", { floatingIPs: '["1.1.1.1"]' })), settings: { featureFlags: { floatingIPs: true } } });
  });

  describe("A10 floatingIPs › fails when the floating_ip feature is not enabled", () => {
    it("flag off (featureFlags.floatingIPs: false): error", () => {
      expectRejected({ yaml: pod("p", { floatingIPs: '["1.1.1.1"]' }), settings: { featureFlags: { floatingIPs: false } } }, [
        err("feature-flag-required", "floatingOff", "`requested feature is not enabled: floating_ips`"),
      ]);
    });
    it("flag not known (the default): warning, since a manifest install may have turned it on", () => {
      expectAccepted({ yaml: pod("p", { floatingIPs: '["1.1.1.1"]' }) }, [warn("feature-flag-required", "floatingUnknown", "`requested feature is not enabled: floating_ips`")]);
    });
  });

  it("A11 ipAddrsNoIpam › assigns the annotated IP (flag on, no pool needed)", () => {
    expectAccepted({ yaml: pod("p", { ipAddrsNoIpam: '["10.0.0.1"]' }), settings: { featureFlags: { ipAddrsNoIpam: true } } });
  });

  it("A12 ipAddrsNoIpam › should fail if not enabled", () => {
    expectRejected({ yaml: pod("p", { ipAddrsNoIpam: '["10.0.0.1"]' }), settings: { featureFlags: { ipAddrsNoIpam: false } } }, [
      err("feature-flag-required", "noIpamOff", "`requested feature is not enabled: ip_addrs_no_ipam`"),
    ]);
  });

  it("A13 ipAddrsNoIpam › multiple addresses", () => {
    expectRejected({ yaml: pod("p", { ipAddrsNoIpam: '["10.0.0.1", "10.0.0.2"]' }), settings: { featureFlags: { ipAddrsNoIpam: true } } }, [
      err("multiple-ip-addrs", "tooMany", '`cannot have more than one IPv4 address for "cni.projectcalico.org/ipAddrsNoIpam" annotation`'),
    ]);
  });

  describe("A14 ipAddrs › assigns the annotated IP (assign_ipv6 is ignored on the static path)", () => {
    it("an address in 20.0.0.0/24: accepted; the pool also serves automatic assignment, so a warning", () => {
      expectAccepted({ yaml: stream(ippool("p20", "20.0.0.0/24"), pod("p", { ipAddrs: '["20.0.0.111"]' })) }, [warn("static-ip-auto-pool", "ipAddrs", "20.0.0.111")]);
    });
    it("asking for both families (ipFamilies) with no IPv6 pool is still accepted, even with the pools in view complete", () => {
      expectAccepted({ yaml: stream(ippool("p20", "20.0.0.0/24"), pod("p", { ipAddrs: '["20.0.0.111"]', ipFamilies: '["IPv4", "IPv6"]' })), settings: { poolsComplete: true } }, [
        warn("static-ip-auto-pool", "ipAddrs", "20.0.0.111"),
      ]);
    });
  });

  it("A15 dual stack › IPv4+IPv6 and dual-stack floating IPs (the floating IPs are in no pool and nothing checks that)", () => {
    expectAccepted({
      yaml: stream(ippool("p4", "20.0.0.0/24"), ippool("p6", "fd80:20::/96"), pod("p", { ipFamilies: '["IPv4", "IPv6"]', floatingIPs: '["1.1.1.1","2001:647f::21"]' })),
      settings: { featureFlags: { floatingIPs: true }, poolsComplete: true },
    });
  });

  it("A16 hwAddr › valid MAC", () => {
    expectAccepted({ yaml: pod("p", { hwAddr: "ca:fe:ca:fe:ca:fe" }) });
  });

  it("A17 hwAddr › invalid MAC", () => {
    expectRejected({ yaml: pod("p", { hwAddr: "invalid MAC address" }) }, [
      err("invalid-annotation-value", "badMac", "`failed to parse MAC address invalid MAC address provided via cni.projectcalico.org/hwAddr: address invalid MAC address: invalid MAC address`"),
    ]);
  });
});
