import { describe, it } from "vitest";
import { stream } from "../rule-tester.js";
import { deployment, err, expectAccepted, expectRejected, ippool, pod, warn } from "./helpers.js";

/**
 * calico-cases.md section B: the calico-ipam plugin (calico:cni-plugin/tests/calico_cni_ipam_test.go).
 * The plugin's CNI config is what the annotations set per pod: `assign_ipv4`/`assign_ipv6` are
 * `ipFamilies`, `ipv4_pools` is `ipv4pools`, and `CNI_ARGS IP=` is `ipAddrs`.
 */

const V4 = ippool("v4", "192.168.0.0/16");
const V6 = ippool("v6", "fd80:24e2:f998:72d6::/64");

describe("B. calico-ipam plugin", () => {
  it("B1 Request different numbers › IPAM with no configuration (IPv4 only)", () => {
    expectAccepted({ yaml: stream(V4, pod("p")), settings: { poolsComplete: true } });
  });

  it("B2 › IPAM with IPv6 only", () => {
    expectAccepted({ yaml: stream(V6, pod("p", { ipFamilies: '["IPv6"]' })), settings: { poolsComplete: true } });
  });

  it("B3 › IPAM with IPv4 and IPv6", () => {
    expectAccepted({ yaml: stream(V4, V6, pod("p", { ipFamilies: '["IPv4", "IPv6"]' })), settings: { poolsComplete: true } });
  });

  it("B4 No partial assignments › With no IPv4 pool", () => {
    expectRejected({ yaml: stream(V6, pod("p", { ipFamilies: '["IPv4", "IPv6"]' })), settings: { poolsComplete: true } }, [
      err("no-usable-pool", "P4", "`cannot find a qualified ippool`", "Pod/p"),
    ]);
  });

  it("B5 No partial assignments › With no IPv6 pool", () => {
    expectRejected({ yaml: stream(V4, pod("p", { ipFamilies: '["IPv4", "IPv6"]' })), settings: { poolsComplete: true } }, [
      err("no-usable-pool", "P4", /takes its IPv6 address .*`cannot find a qualified ippool`/, "Pod/p"),
    ]);
  });

  it("B6 Verify IP Pools › Uses the ipv4 pool", () => {
    expectAccepted({ yaml: stream(V4, pod("p", { ipv4pools: '["192.168.0.0/16"]' })) });
  });

  it("B7 › Pass more than one pool", () => {
    expectAccepted({ yaml: stream(V4, ippool("v4b", "192.169.1.0/24"), pod("p", { ipv4pools: '["192.169.1.0/24","192.168.0.0/16"]' })) });
  });

  describe("B8 › Disabled IP pool (the next address comes from the other pool, never from the disabled one)", () => {
    const pools = stream(ippool("old", "192.168.0.0/16", "disabled: true"), ippool("new", "192.169.1.0/24"));
    it("pods without a pool annotation are accepted", () => {
      expectAccepted({ yaml: stream(pools, pod("p")), settings: { poolsComplete: true } });
    });
    it("the disabled /16 adds nothing: 257 pods exhaust the /24", () => {
      expectRejected({ yaml: stream(pools, deployment("web", 257)) }, [
        err("pool-exhausted", "pods", "No IPs available in pools: [192.169.1.0/24]", "Deployment/web"),
        err("pool-exhausted", "pool", "No IPs available in pools: [192.169.1.0/24]", "IPPool/new"),
      ]);
    });
  });

  it("B9 › Pass an invalid pool", () => {
    expectRejected({ yaml: stream(V4, pod("p", { ipv4pools: '["192.168.0.0/16","192.169.1.0/24"]' })) }, [
      err("unknown-pool", "noSuchCidr", "192.169.1.0/24) does not exist", "Pod/p"),
    ]);
  });

  it("B10 Requesting an explicit IP › Return the expected IP", () => {
    // Accepted; the address lies where automatic assignment also draws, so the intended warning.
    expectAccepted({ yaml: stream(V4, pod("p", { ipAddrs: '["192.168.123.123"]' })) }, [warn("static-ip-auto-pool", "ipAddrs", "192.168.123.123")]);
  });

  it("B11 › twice after deleting in the middle (a released address can be taken again): one pod with Recreate", () => {
    // Modelled as a single-replica Deployment with `strategy: Recreate`: the old pod releases the
    // address (DEL) before the new one asks for it (ADD). No static-ip-replicas finding.
    expectAccepted({ yaml: stream(V4, deployment("web", 1, { ipAddrs: '["192.168.123.123"]' }, { strategy: "Recreate" })) }, [
      warn("static-ip-auto-pool", "ipAddrs", "192.168.123.123"),
    ]);
  });

  it("B12 › Doesn't allow an explicit IP to be assigned twice", () => {
    expectRejected({ yaml: stream(V4, pod("a", { ipAddrs: '["192.168.123.123"]' }), pod("b", { ipAddrs: '["192.168.123.123"]' })) }, [
      err("duplicate-static-ip", "taken", "`resource already exists: 192.168.123.123 with error: Address already assigned in block`", "Pod/a"),
      err("duplicate-static-ip", "taken", "`resource already exists: 192.168.123.123 with error: Address already assigned in block`", "Pod/b"),
      warn("static-ip-auto-pool", "ipAddrs", "192.168.123.123", "Pod/a"),
      warn("static-ip-auto-pool", "ipAddrs", "192.168.123.123", "Pod/b"),
    ]);
  });

  describe("B13 › IP from a pool that disallows the workload use (master only; accepted in v3.32.1)", () => {
    const yaml = stream(ippool("tunnel", "10.123.0.0/16", "allowedUses: [Tunnel]"), pod("p", { ipAddrs: '["10.123.0.5"]' }));
    it("HEAD: rejected", () => {
      expectRejected({ yaml, settings: { calicoVersion: "head" } }, [
        err("ip-outside-pool", "notWorkload", '`IP address 10.123.0.5 is in IP pool "tunnel", which is not allowed for use "Workload" (allowedUses: [Tunnel])`'),
      ]);
    });
    it("v3.32 (the default): accepted", () => {
      expectAccepted({ yaml });
    });
  });
});
