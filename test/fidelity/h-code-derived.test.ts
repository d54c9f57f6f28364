import { describe, expect, it } from "vitest";
import { stream } from "../rule-tester.js";
import { deployment, err, expectAccepted, expectRejected, installation, ippool, lint, namespace, pod, reservation, warn } from "./helpers.js";

/**
 * calico-cases.md section H: cases derived from Calico's code (k8s.go, utils.go ResolvePools,
 * ipam.go determinePools / AssignIP, clientv3 ippool.go), with the Go JSON and IP parsing messages
 * reproduced with Go's standard library.
 */

const V4 = ippool("default-ipv4-ippool", "10.0.0.0/24");
const OPERATOR = "apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n  calicoNetwork:\n    ipPools:\n      - cidr: 10.0.0.0/24\n";

describe("H. Code-derived cases", () => {
  describe("ipAddrs parsing", () => {
    it("H1 ipAddrs '10.0.0.1' (not JSON)", () => {
      expectRejected({ yaml: pod("p", { ipAddrs: "10.0.0.1" }) }, [
        err(
          "annotation-json",
          "badJson",
          "`failed to parse IPs 10.0.0.1 for annotation \"cni.projectcalico.org/ipAddrs\": failed to parse '10.0.0.1' as JSON: invalid character '.' after top-level value`",
        ),
      ]);
    });
    it("H2 ipAddrs '\"10.0.0.1\"' (a JSON string)", () => {
      expectRejected({ yaml: pod("p", { ipAddrs: '"10.0.0.1"' }) }, [err("annotation-json", "badJson", "as JSON: json: cannot unmarshal string into Go value of type []string`")]);
    });
    for (const v of ["[]", "null"]) {
      it(`H3 ipAddrs '${v}'`, () => {
        expectRejected({ yaml: pod("p", { ipAddrs: v }) }, [err("invalid-annotation-value", "emptyStatic", '`annotation "cni.projectcalico.org/ipAddrs" specified but empty`')]);
      });
    }
    it("H4 ipAddrs '' (empty string) is treated as absent: normal IPAM", () => {
      expectAccepted({ yaml: stream(V4, pod("p", { ipAddrs: "" })), settings: { poolsComplete: true } });
    });
    it("H5 ipAddrs '[\"10.0.0.1/32\"]'", () => {
      expectRejected({ yaml: pod("p", { ipAddrs: '["10.0.0.1/32"]' }) }, [err("invalid-ip", "badIp", "`invalid IP format: 10.0.0.1/32`")]);
    });
    for (const item of ["010.0.0.1", " 10.0.0.1", "1.2.3"]) {
      it(`H6 ipAddrs '["${item}"]'`, () => {
        expectRejected({ yaml: pod("p", { ipAddrs: JSON.stringify([item]) }) }, [err("invalid-ip", "badIp", `\`invalid IP format: ${item}\``)]);
      });
    }
    it("H7 ipAddrs '[\"10.0.0.1\",\"fd00::1\"]' (pools for both): one IPv4 + one IPv6 is accepted", () => {
      expectAccepted({ yaml: stream(V4, ippool("v6", "fd00::/120"), pod("p", { ipAddrs: '["10.0.0.1","fd00::1"]' })) }, [
        warn("static-ip-auto-pool", "ipAddrs", "10.0.0.1"),
        warn("static-ip-auto-pool", "ipAddrs", "fd00::1"),
      ]);
    });
    it("H7 (reserved) › the same pair inside IPReservations: accepted with no finding at all", () => {
      expectAccepted({ yaml: stream(V4, ippool("v6", "fd00::/120"), reservation("statics", ["10.0.0.1", "fd00::1"]), pod("p", { ipAddrs: '["10.0.0.1","fd00::1"]' })) });
    });
    it("H8 ipAddrs '[\"10.0.0.1\",\"10.0.0.1\"]'", () => {
      expectRejected({ yaml: pod("p", { ipAddrs: '["10.0.0.1","10.0.0.1"]' }) }, [
        err("multiple-ip-addrs", "duplicate", '`cannot have more than one IPv4 address for "cni.projectcalico.org/ipAddrs" annotation`'),
      ]);
    });
    it("H9 ipAddrs '[\"::ffff:10.0.0.1\",\"10.0.0.2\"]': the IPv4-mapped form counts as IPv4", () => {
      expectRejected({ yaml: pod("p", { ipAddrs: '["::ffff:10.0.0.1","10.0.0.2"]' }) }, [
        err("multiple-ip-addrs", "tooMany", /`cannot have more than one IPv4 address for "cni.projectcalico.org\/ipAddrs" annotation`.*IPv4-mapped/),
      ]);
    });
    describe("H9 (IPv4-mapped, derived) › the mapped form is an IPv4 address everywhere", () => {
      const reserved = reservation("statics", ["10.0.0.1"]);
      it("alone, inside an IPv4 pool: accepted", () => {
        expectAccepted({ yaml: stream(V4, reserved, pod("p", { ipAddrs: '["::ffff:10.0.0.1"]' })) });
      });
      it("next to one IPv6 address: one of each family, accepted", () => {
        expectAccepted({ yaml: stream(V4, ippool("v6", "fd00::/120"), reservation("r", ["10.0.0.1", "fd00::1"]), pod("p", { ipAddrs: '["::ffff:10.0.0.1", "fd00::1"]' })) });
      });
      it("the same address as 10.0.0.1 on another pod: taken", () => {
        expectRejected({ yaml: stream(V4, reserved, pod("a", { ipAddrs: '["::ffff:10.0.0.1"]' }), pod("b", { ipAddrs: '["10.0.0.1"]' })) }, [
          err("duplicate-static-ip", "taken", "`resource already exists: 10.0.0.1 with error: Address already assigned in block`", "Pod/a"),
          err("duplicate-static-ip", "taken", "`resource already exists: 10.0.0.1 with error: Address already assigned in block`", "Pod/b"),
        ]);
      });
    });
    it("H10 ipAddrs + ipAddrsNoIpam both set", () => {
      expectRejected({ yaml: pod("p", { ipAddrs: '["10.0.0.1"]', ipAddrsNoIpam: '["10.0.0.2"]' }), settings: { featureFlags: { ipAddrsNoIpam: true } } }, [
        err("static-ip-both-modes", "both", "`can't have both annotations: 'ipAddrs' and 'ipAddrsNoIpam' in use at the same time`"),
      ]);
    });
  });

  describe("ipAddrs and pools", () => {
    const pools = stream(V4, ippool("other-pool", "10.1.0.0/24"));
    it("H11 ipAddrs 10.0.0.5 + ipv4pools [\"other-pool\"]: the pools are ignored for a static address", () => {
      expectAccepted({ yaml: stream(pools, pod("p", { ipAddrs: '["10.0.0.5"]', ipv4pools: '["other-pool"]' })) }, [
        warn("static-ip-pool-mismatch", "mismatch", "10.0.0.5"),
        warn("static-ip-auto-pool", "ipAddrs", "10.0.0.5"),
      ]);
    });
    it("H11 (no such pool) › the named pool need not even exist: the list is never resolved", () => {
      expectAccepted({ yaml: stream(V4, pod("p", { ipAddrs: '["10.0.0.5"]', ipv4pools: '["other-pool"]' })) }, [warn("static-ip-auto-pool", "ipAddrs", "10.0.0.5")]);
    });
    it("H12 ipAddrs + ipv4pools 'other-pool' (bad JSON): the pool list is parsed first", () => {
      expectRejected({ yaml: pod("p", { ipAddrs: '["10.0.0.5"]', ipv4pools: "other-pool" }) }, [err("annotation-json", "badJson", "`invalid character 'o' looking for beginning of value`")]);
    });
    describe("H13 ipAddrs under host-local IPAM", () => {
      const hostLocal = "apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n  cni:\n    type: Calico\n    ipam:\n      type: HostLocal\n  calicoNetwork:\n    ipPools:\n      - cidr: 10.0.0.0/24\n";
      const C4 = "`ipAddrs is not compatible with configured IPAM: host-local`";
      it("an Installation with spec.cni.ipam.type HostLocal", () => {
        expectRejected({ yaml: stream(hostLocal, pod("p", { ipAddrs: '["10.0.0.5"]' })) }, [err("feature-flag-required", "ipamIncompatible", C4)]);
      });
      it("(ipAddrsNoIpam) › the IPAM check comes before the feature flag: C2 even with the flag on", () => {
        expectRejected({ yaml: stream(hostLocal, pod("p", { ipAddrsNoIpam: '["10.0.0.5"]' })), settings: { featureFlags: { ipAddrsNoIpam: true } } }, [
          err("feature-flag-required", "ipamIncompatible", "`ipAddrsNoIpam is not compatible with configured IPAM: host-local`"),
        ]);
      });
      it("(Canal) › the manifest install's CNI template sets host-local", () => {
        const canal = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: canal-config\n  namespace: kube-system\ndata:\n  cni_network_config: |-\n    {"name": "k8s-pod-network", "cniVersion": "0.3.1", "plugins": [{"type": "calico", "mtu": __CNI_MTU__, "ipam": {"type": "host-local", "subnet": "usePodCidr"}, "policy": {"type": "k8s"}}]}\n';
        expectRejected({ yaml: stream(canal, pod("p", { ipAddrs: '["10.0.0.5"]' })) }, [err("feature-flag-required", "ipamIncompatible", C4)]);
      });
      it("(pools, families) › ipv4pools naming a missing pool and a bad ipFamilies are ignored: accepted, with warnings", () => {
        expectAccepted({ yaml: stream(hostLocal, namespace("ns", { ipv6pools: "not json" }), pod("p", { ipv4pools: '["no-such-pool"]', ipFamilies: '["IPv5"]' }, { namespace: "ns" })) }, [
          warn("annotation-placement", "ipamIgnored", "it ignores the annotation for every pod in namespace ns"),
          warn("annotation-placement", "ipamIgnored", "cni.projectcalico.org/ipv4pools"),
          warn("annotation-placement", "ipamIgnored", "cni.projectcalico.org/ipFamilies"),
        ]);
      });
      it("(capacity) › host-local serves the pods: a /30 pool is not exhausted by 100 replicas", () => {
        expectAccepted({ yaml: stream(hostLocal.replace("10.0.0.0/24", "10.0.0.0/30\n        blockSize: 30"), deployment("web", 100, {})) });
      });
      it("(policy only) › cni.type AmazonVPC: Calico's CNI plugin never runs, ipAddrs does not fail", () => {
        const eks = "apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n  kubernetesProvider: EKS\n  cni:\n    type: AmazonVPC\n";
        expectAccepted({ yaml: stream(eks, pod("p", { ipAddrs: '["10.0.0.5"]' })) }, [warn("annotation-placement", "cniNotCalico", "cni.projectcalico.org/ipAddrs is ignored")]);
      });
      it("(Calico IPAM) › the same pod with an Installation using Calico IPAM: the static path runs", () => {
        expectAccepted({ yaml: stream(hostLocal.replace("HostLocal", "Calico"), pod("p", { ipAddrs: '["10.0.0.5"]' })) }, [warn("static-ip-auto-pool", "ipAddrs", "10.0.0.5")]);
      });
    });
    it("H14 ipAddrs address inside an IPReservation: accepted (reservations are skipped on the static path)", () => {
      expectAccepted({ yaml: stream(V4, reservation("r", ["10.0.0.5/32"]), pod("p", { ipAddrs: '["10.0.0.5"]' })) });
    });
    it("H15 ipAddrs address in a pool with nodeSelector !all()", () => {
      expectAccepted({ yaml: stream(ippool("manual", "10.0.0.0/24", 'nodeSelector: "!all()"'), pod("p", { ipAddrs: '["10.0.0.5"]' })) });
    });
    it("H15 ipAddrs address in a pool with assignmentMode: Manual", () => {
      expectAccepted({ yaml: stream(ippool("manual", "10.0.0.0/24", "assignmentMode: Manual"), pod("p", { ipAddrs: '["10.0.0.5"]' })) });
    });
    it("H16 ipAddrs address in a disabled pool", () => {
      expectRejected({ yaml: stream(ippool("old", "10.0.0.0/24", "disabled: true"), ippool("new", "10.1.0.0/24"), pod("p", { ipAddrs: '["10.0.0.5"]' })) }, [
        err("ip-outside-pool", "inactive", "`The provided IP address is not in a configured pool`"),
      ]);
    });
    describe("H17 the same ipAddrs address on two pods / replicas: 2", () => {
      const base = stream(V4, reservation("r", ["10.0.0.5"]));
      const P12 = "`resource already exists: 10.0.0.5 with error: Address already assigned in block`";
      it("two pods", () => {
        expectRejected({ yaml: stream(base, pod("a", { ipAddrs: '["10.0.0.5"]' }), pod("b", { ipAddrs: '["10.0.0.5"]' })) }, [
          err("duplicate-static-ip", "taken", P12, "Pod/a"),
          err("duplicate-static-ip", "taken", P12, "Pod/b"),
        ]);
      });
      it("a Deployment with 2 replicas", () => {
        expectRejected({ yaml: stream(base, deployment("web", 2, { ipAddrs: '["10.0.0.5"]' }, { strategy: "Recreate" })) }, [err("static-ip-replicas", "replicas", P12)]);
      });
    });
  });

  describe("pool annotations", () => {
    it("H19 ipv4pools '10.0.0.0/24' (no brackets): the bare Go error", () => {
      expectRejected({ yaml: pod("p", { ipv4pools: "10.0.0.0/24" }) }, [err("annotation-json", "badJson", "with `invalid character '.' after top-level value`")]);
    });
    it("H20 ipv4pools '[default-ipv4-ippool]' (unquoted)", () => {
      expectRejected({ yaml: pod("p", { ipv4pools: "[default-ipv4-ippool]" }) }, [err("annotation-json", "badJson", "with `invalid character 'd' looking for beginning of value`")]);
    });
    it("H21 ipv4pools '[\"no-such-pool\"]'", () => {
      expectRejected({ yaml: stream(V4, pod("p", { ipv4pools: '["no-such-pool"]' })) }, [
        err("unknown-pool", "unknownName", '`error parsing pool "no-such-pool": invalid CIDR address: no-such-pool`'),
      ]);
    });
    it("H22 ipv4pools '[\"fd00::/64\"]'", () => {
      expectRejected({ yaml: stream(V4, pod("p", { ipv4pools: '["fd00::/64"]' })) }, [err("pool-family-mismatch", "mismatch", '`"fd00::" isn\'t a IPv4 address`')]);
    });
    it("H23 ipv6pools '[\"10.0.0.0/24\"]' (rejected even with IPv6 off)", () => {
      expectRejected({ yaml: stream(V4, pod("p", { ipv6pools: '["10.0.0.0/24"]' })) }, [err("pool-family-mismatch", "mismatch", '`"10.0.0.0" isn\'t a IPv6 address`')]);
    });
    it("H24 ipv6pools '[\"nonexistent-v6\"]' in an IPv4-only cluster (names are resolved regardless)", () => {
      expectRejected({ yaml: stream(V4, pod("p", { ipv6pools: '["nonexistent-v6"]' })) }, [
        err("unknown-pool", "unknownName", '`error parsing pool "nonexistent-v6": invalid CIDR address: nonexistent-v6`'),
      ]);
    });
    it("H25 ipv6pools '[\"fd00:dead::/64\"]' (no such pool) in an IPv4-only cluster: not checked", () => {
      expectAccepted({ yaml: stream(V4, pod("p", { ipv6pools: '["fd00:dead::/64"]' })) });
    });
    it("H26 ipv4pools '[\"10.0.0.5/24\"]' with pool 10.0.0.0/24: masked before matching", () => {
      expectAccepted({ yaml: stream(V4, pod("p", { ipv4pools: '["10.0.0.5/24"]' })) });
    });
    it("H27 ipv4pools '[\"10.0.1.0/24\"]' with pool 10.0.0.0/16: a subset is not a pool", () => {
      expectRejected({ yaml: stream(ippool("big", "10.0.0.0/16"), pod("p", { ipv4pools: '["10.0.1.0/24"]' })) }, [
        err("unknown-pool", "noSuchCidr", "`the given pool (10.0.1.0/24) does not exist, or is not enabled`"),
      ]);
    });
    it("H28 ipv4pools naming a pool whose name resolves but is disabled", () => {
      expectRejected({ yaml: stream(ippool("old", "10.0.0.0/24", "disabled: true"), ippool("new", "10.1.0.0/24"), pod("p", { ipv4pools: '["old"]' })) }, [
        err("unknown-pool", "notEnabled", "`the given pool (10.0.0.0/24) does not exist, or is not enabled`"),
      ]);
    });
    it("H29 ipv4pools naming a pool whose nodeSelector matches no node: selectors are bypassed", () => {
      expectAccepted({ yaml: stream(ippool("pinned", "10.0.0.0/24", 'nodeSelector: "!all()"'), pod("p", { ipv4pools: '["pinned"]' })), settings: { poolsComplete: true } });
    });
    it("H30 ipv4pools naming only allowedUses: [LoadBalancer] pools", () => {
      expectRejected({ yaml: stream(V4, ippool("lb", "10.9.0.0/24", "allowedUses: [LoadBalancer]"), pod("p", { ipv4pools: '["lb"]' })) }, [
        err("no-usable-pool", "requestedNoWorkload", "`cannot find a qualified ippool, no pools match the required use (Workload)`"),
      ]);
    });
    const ns = namespace("ns", { ipv4pools: '["a"]' });
    const a = stream(ippool("a", "10.0.0.0/24"), ippool("b", "10.1.0.0/24"));
    it("H31 Namespace ipv4pools [\"a\"], pod ipv4pools '[]': the pod's [] overrides and lifts the restriction", () => {
      expectAccepted({ yaml: stream(a, ns, pod("p", { ipv4pools: "[]" }, { namespace: "ns" })) }, [warn("pod-namespace-conflict", "lifted", "lifts the namespace's restriction")]);
    });
    it("H32 Namespace ipv4pools [\"a\"], pod ipv4pools '': an empty pod value does not override", () => {
      expectAccepted({ yaml: stream(a, ns, pod("p", { ipv4pools: "" }, { namespace: "ns" })) });
    });
  });

  describe("ipFamilies and default pools", () => {
    const V6 = ippool("v6", "fd00::/120");
    it("H33 ipFamilies '[\"IPv6\"]' (an IPv6 pool exists)", () => {
      expectAccepted({ yaml: stream(V4, V6, pod("p", { ipFamilies: '["IPv6"]' })), settings: { poolsComplete: true } });
    });
    it("H34 ipFamilies '[\"ipv4\"]'", () => {
      expectRejected({ yaml: pod("p", { ipFamilies: '["ipv4"]' }) }, [err("invalid-annotation-value", "badFamily", '`error parsing ipFamilies: ["ipv4"]`')]);
    });
    it("H35 ipFamilies '[]'", () => {
      expectRejected({ yaml: pod("p", { ipFamilies: "[]" }) }, [err("invalid-annotation-value", "emptyFamilies", "`IPAM plugin returned missing IP config`")]);
    });
    it("H35 (static address) › ipFamilies '[]' beside ipAddrs: no effect on the static path, accepted", () => {
      expectAccepted({ yaml: stream(V4, reservation("r", ["10.0.0.5"]), pod("p", { ipAddrs: '["10.0.0.5"]', ipFamilies: "[]" })) });
    });
    it("H36 ipFamilies '[\"IPv6\"]', no IPv6 pool (pools in view complete)", () => {
      expectRejected({ yaml: stream(V4, pod("p", { ipFamilies: '["IPv6"]' })), settings: { poolsComplete: true } }, [err("no-usable-pool", "P4", "`cannot find a qualified ippool`")]);
    });
    it("H36 (pools not declared complete) › silent: the cluster may hold an IPv6 pool the files do not show", () => {
      expectAccepted({ yaml: stream(V4, pod("p", { ipFamilies: '["IPv6"]' })) });
    });
    it("H37 pod without annotations on a node no pool selects (every pool !all())", () => {
      expectRejected({ yaml: stream(ippool("pinned", "10.0.0.0/24", 'nodeSelector: "!all()"'), pod("p")), settings: { poolsComplete: true } }, [
        err("no-usable-pool", "P6", "`no configured Calico pools for node <node>`"),
      ]);
    });
  });

  describe("other annotations", () => {
    it("H39 floatingIPs on an operator install: the operator never sets the flag", () => {
      expectRejected({ yaml: stream(OPERATOR, pod("p", { floatingIPs: '["1.1.1.1"]' })) }, [err("feature-flag-required", "floatingOperator", "`requested feature is not enabled: floating_ips`")]);
    });
    it("H40 floatingIPs '[\"not-an-ip\"]', flag on", () => {
      expectRejected({ yaml: pod("p", { floatingIPs: '["not-an-ip"]' }), settings: { featureFlags: { floatingIPs: true } } }, [
        err("invalid-ip", "badFloatingIp", "WorkloadEndpoint validator rejects it"),
      ]);
    });
    it("H41 allowedSourcePrefixes '[\"8.8.8.8\"]'", () => {
      expectRejected({ yaml: pod("p", { allowedSourcePrefixes: '["8.8.8.8"]' }) }, [
        err("invalid-ip", "badCidr", "`failed to parse '8.8.8.8' as a CIDR: invalid CIDR address: 8.8.8.8`"),
      ]);
    });
    it("H42 user-set cni.projectcalico.org/podIP: garbage", () => {
      expectRejected({ yaml: pod("p", { podIP: "garbage" }) }, [err("invalid-annotation-value", "badOutput", "`invalid CIDR address: garbage`")]);
    });
    it("H43 hwAddr ''", () => {
      expectRejected({ yaml: pod("p", { hwAddr: "" }) }, [err("invalid-annotation-value", "badMac", "`failed to parse MAC address  provided via cni.projectcalico.org/hwAddr")]);
    });
  });

  describe("IPPool validation", () => {
    it("H44 IPPool cidr 10.0.0.5/24 (v3.32 text)", () => {
      expectRejected({ yaml: ippool("p", "10.0.0.5/24") }, [err("pool-invalid", "cidrNotMasked", "`IPPool CIDR is not strictly masked`")]);
    });
    it("H44 IPPool cidr 10.0.0.5/24 (HEAD CEL text)", () => {
      expectRejected({ yaml: ippool("p", "10.0.0.5/24"), settings: { calicoVersion: "head" } }, [err("pool-invalid", "cidrNotMasked", "`IPPool CIDR must be strictly masked`")]);
    });
    it("H45 IPPool cidr 10.0.0.1 (bare IP)", () => {
      expectRejected({ yaml: ippool("p", "10.0.0.1") }, [err("pool-invalid", "cidrInvalid", "`IPPool CIDR must be a valid subnet`")]);
    });
    for (const cidr of ["127.0.0.0/8", "224.0.0.0/4", "ff00::/8"]) {
      it(`H46 IPPool cidr ${cidr}: Calico has no loopback/multicast check`, () => {
        expectAccepted({ yaml: stream(ippool("p", cidr), deployment("web", 3)), settings: { poolsComplete: true } });
      });
    }
    it("H47 IPPool cidr 0.0.0.0/0: overlaps 169.254.0.0/16", () => {
      expectRejected({ yaml: ippool("p", "0.0.0.0/0") }, [err("pool-invalid", "cidrLinkLocal", "`IPPool CIDR overlaps with IPv4 Link Local range 169.254.0.0/16`")]);
    });
    it("H48 IPPool cidr 10.0.0.0/24, blockSize 122", () => {
      expectRejected({ yaml: ippool("p", "10.0.0.0/24", "blockSize: 122") }, [err("pool-invalid", "blockSizeRange", "`IPv4 block size must be between 20 and 32`")]);
    });
    it("H48 (IPv6 range) › blockSize 116 and 128 accepted, 115 rejected", () => {
      expectAccepted({ yaml: stream(ippool("a", "fd00:1::/64", "blockSize: 116"), ippool("b", "fd00:2::/64", "blockSize: 128")) });
      expectRejected({ yaml: ippool("p", "fd00::/64", "blockSize: 115") }, [err("pool-invalid", "blockSizeRange", "`IPv6 block size must be between 116 and 128`")]);
    });
    it("H49 IPPool fd00::/64, vxlanMode: Always", () => {
      expectAccepted({ yaml: ippool("p", "fd00::/64", "vxlanMode: Always") });
    });
    it("H50 IPPool with namespaceSelector and no allowedUses (calicoctl / API server default allowedUses first)", () => {
      expectRejected({ yaml: ippool("p", "10.0.0.0/24", "namespaceSelector: team == 'a'") }, [
        err("pool-invalid", "tunnelNamespaceSelectorDefault", "`IP Pool with AllowedUse Tunnel cannot have namespaceSelector specified - tunnel IPs are not namespaced resources`"),
      ]);
    });
    it("H51 IPPool disabled: true, cidr 10.0.0.0/28 (blockSize 26): the size check is skipped", () => {
      expectAccepted({ yaml: ippool("p", "10.0.0.0/28", "disabled: true") });
    });
    it("H52 two IPPools 10.0.0.0/16 and 10.0.5.0/24 applied as CRDs: both stored, one unusable (the linter reports the overlap)", () => {
      expectRejected({ yaml: stream(ippool("a", "10.0.0.0/16", "", "crd.projectcalico.org/v1"), ippool("b", "10.0.5.0/24", "", "crd.projectcalico.org/v1")) }, [
        err("pool-overlap", "overlapCrd", "marks one of them `Allocatable=False` (CIDROverlap)", "IPPool/a"),
        err("pool-overlap", "overlapCrd", "marks one of them `Allocatable=False` (CIDROverlap)", "IPPool/b"),
      ]);
    });
    it("H52 (as stored) › the pool marked Allocatable=False takes no static address", () => {
      const marked = `${ippool("b", "10.0.5.0/24", "", "crd.projectcalico.org/v1")}status:\n  conditions:\n    - type: Allocatable\n      status: "False"\n      reason: CIDROverlap\n`;
      const findings = lint({ yaml: stream(marked, pod("p", { ipAddrs: '["10.0.5.7"]' })) });
      expect(findings.map((f) => `${f.severity} ${f.ruleId}/${f.messageId ?? ""}`)).toEqual(["error ip-outside-pool/inactive"]);
      expect(findings[0]?.message).toContain("`The provided IP address is not in a configured pool`");
    });
  });

  it("H14 (operator pools) › an ipAddrs address inside an IPReservation, in an Installation's pool: accepted", () => {
    expectAccepted({ yaml: stream(installation("- cidr: 10.0.0.0/24"), reservation("r", ["10.0.0.5"]), pod("p", { ipAddrs: '["10.0.0.5"]' })) });
  });
});
