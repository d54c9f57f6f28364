import { describe, expect, it } from "vitest";
import { stream } from "../rule-tester.js";
import { deployment, err, expectAccepted, expectRejected, ippool, kubeadm, lint, pod, warn } from "./helpers.js";

/**
 * Section J: what the operator refuses in an Installation's network settings, and the default pools
 * and pod CIDRs the installers (kubespray, kops) fill in. Each test names the source file and
 * function that decides it.
 */

const installationWith = (spec: string): string =>
  `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n${spec
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => `  ${l}\n`)
    .join("")}`;

describe("J. Installation network settings (operator:pkg/controller/installation/validation.go validateCustomResource)", () => {
  it("J1 validateCustomResource › bgp: Disabled with a pool whose encapsulation defaults to IPIP is refused (v1.42.3, Calico v3.32)", () => {
    const inst = installationWith("calicoNetwork:\n  bgp: Disabled\n  ipPools:\n    - cidr: 10.48.0.0/16");
    const got = expectRejected({ yaml: inst }, [
      err("pool-invalid", "installationBgpDisabledIpip", "`with BIRD cluster routing mode, IPIP encapsulation requires that BGP is enabled`", "Installation/default"),
    ]);
    // No encapsulation is written: the finding is on `bgp: Disabled`.
    expect(got[0]?.line).toBe(7);
  });

  it("J1 validateCustomResource › bgp: Disabled with encapsulation: None is refused, at the encapsulation", () => {
    const inst = installationWith("calicoNetwork:\n  bgp: Disabled\n  ipPools:\n    - cidr: 10.48.0.0/16\n      encapsulation: None");
    const got = expectRejected({ yaml: inst }, [
      err("pool-invalid", "installationBgpDisabledNoEncap", "`with BIRD cluster routing mode, unencapsulated IP pools require that BGP is enabled`"),
    ]);
    expect(got[0]?.line).toBe(10);
  });

  it("J1 validateCustomResource › an IPv6 pool defaults to no encapsulation: refused with BGP off too", () => {
    const inst = installationWith("calicoNetwork:\n  bgp: Disabled\n  ipPools:\n    - cidr: 10.48.0.0/16\n      encapsulation: VXLAN\n    - cidr: fd00:48::/64");
    expectRejected({ yaml: inst }, [err("pool-invalid", "installationBgpDisabledNoEncap", "IPv6 pool")]);
  });

  it("J1 validateCustomResource › bgp: Disabled with VXLAN or VXLANCrossSubnet pools is accepted", () => {
    expectAccepted({ yaml: installationWith("calicoNetwork:\n  bgp: Disabled\n  ipPools:\n    - cidr: 10.48.0.0/16\n      encapsulation: VXLAN\n    - cidr: fd00:48::/64\n      encapsulation: VXLANCrossSubnet") });
  });

  it("J1 validateCustomResource › no ipPools and bgp: Disabled: the operator's default pool (IPIP) is refused", () => {
    expectRejected({ yaml: installationWith("calicoNetwork:\n  bgp: Disabled") }, [err("pool-invalid", "installationBgpDisabledIpip", "default-ipv4-ippool (192.168.0.0/16)")]);
  });

  it("J1 ippool fillDefaults › the default pool is created only into a cluster without pools: with an IPPool or a kubeadm podSubnet in view it is not judged", () => {
    const inst = installationWith("calicoNetwork:\n  bgp: Disabled");
    expectAccepted({ yaml: stream(inst, ippool("mine", "10.60.0.0/16", "vxlanMode: Always")) });
    expectAccepted({ yaml: stream(inst, kubeadm("10.244.0.0/16")) });
  });

  it("J1 felixProgramsClusterRoutes (v1.42.3) › clusterRoutingMode: Felix lets Felix program the routes: accepted", () => {
    expectAccepted({ yaml: installationWith("calicoNetwork:\n  bgp: Disabled\n  clusterRoutingMode: Felix\n  ipPools:\n    - cidr: 10.48.0.0/16\n    - cidr: 10.49.0.0/16\n      encapsulation: None") });
  });

  it("J1 clusterRoutingMode (master) › on HEAD an unset mode is FelixIPIPOnly: IPIP with BGP off is accepted, no encapsulation still refused", () => {
    const ipip = installationWith("calicoNetwork:\n  bgp: Disabled\n  ipPools:\n    - cidr: 10.48.0.0/16");
    expectAccepted({ yaml: ipip, settings: { calicoVersion: "head" } });
    const none = installationWith("calicoNetwork:\n  bgp: Disabled\n  ipPools:\n    - cidr: 10.48.0.0/16\n      encapsulation: None");
    expectRejected({ yaml: none, settings: { calicoVersion: "head" } }, [err("pool-invalid", "installationBgpDisabledNoEncap", "set `clusterRoutingMode: Felix`")]);
  });

  it("J1 fillDefaults › bgp unset is Enabled for Calico CNI: accepted; on EKS it is Disabled, so an explicit IPIP pool is refused", () => {
    expectAccepted({ yaml: installationWith("calicoNetwork:\n  ipPools:\n    - cidr: 10.48.0.0/16\n      encapsulation: None") });
    const eks = installationWith("kubernetesProvider: EKS\ncni:\n  type: Calico\ncalicoNetwork:\n  ipPools:\n    - cidr: 10.48.0.0/16\n      encapsulation: IPIP");
    expectRejected({ yaml: eks }, [err("pool-invalid", "installationBgpDisabledIpip", "kubernetesProvider: EKS")]);
    // The EKS default pool is VXLAN: nothing to refuse.
    expectAccepted({ yaml: installationWith("kubernetesProvider: EKS\ncni:\n  type: Calico") });
  });

  it("J1 validateCustomResource › host-local IPAM skips the BGP check", () => {
    expectAccepted({ yaml: installationWith("cni:\n  type: Calico\n  ipam:\n    type: HostLocal\ncalicoNetwork:\n  bgp: Disabled\n  ipPools:\n    - cidr: 10.48.0.0/16") });
  });

  it("J2 validateCustomResource › bgp: Enabled with a non-Calico CNI and a pool is refused", () => {
    const inst = installationWith("kubernetesProvider: AKS\ncni:\n  type: AzureVNET\ncalicoNetwork:\n  bgp: Enabled\n  ipPools:\n    - cidr: 10.48.0.0/16\n      encapsulation: None");
    expectRejected({ yaml: inst }, [err("pool-invalid", "installationBgpNonCalicoCni", "`BGP is not supported when using non-Calico CNI`")]);
  });

  it("J3 validateCustomResource, render.GetIPv4Pool › windowsDataplane: HNS: the first IPv4 pool must be VXLAN or None", () => {
    const base = "serviceCIDRs: [10.96.0.0/12]\ncalicoNetwork:\n  windowsDataplane: HNS\n  ipPools:\n";
    expectRejected({ yaml: installationWith(`${base}    - cidr: 10.48.0.0/16`) }, [
      err("pool-invalid", "installationWindowsEncapsulation", "`IPv4 IPPool encapsulation IPIP is not supported by Calico for Windows`"),
    ]);
    expectRejected({ yaml: installationWith(`${base}    - cidr: 10.48.0.0/16\n      encapsulation: VXLANCrossSubnet`) }, [
      err("pool-invalid", "installationWindowsEncapsulation", "`IPv4 IPPool encapsulation VXLANCrossSubnet is not supported by Calico for Windows`"),
    ]);
    expectAccepted({ yaml: installationWith(`${base}    - cidr: 10.48.0.0/16\n      encapsulation: VXLAN\n    - cidr: 10.49.0.0/16\n      encapsulation: IPIP`) });
  });

  it("J3 validateCustomResource › windowsDataplane: HNS with Calico CNI needs serviceCIDRs", () => {
    const inst = installationWith("calicoNetwork:\n  windowsDataplane: HNS\n  ipPools:\n    - cidr: 10.48.0.0/16\n      encapsulation: VXLAN");
    expectRejected({ yaml: inst }, [err("pool-invalid", "installationWindowsServiceCidrs", "`installation spec.ServiceCIDRs must be provided when using Calico CNI on Windows`")]);
  });

  it("J3 common.WindowsEnabled › windowsDataplane: Disabled checks nothing", () => {
    expectAccepted({ yaml: stream(installationWith("calicoNetwork:\n  windowsDataplane: Disabled\n  ipPools:\n    - cidr: 10.48.0.0/16"), pod("web")) });
  });

  it("J1 › the finding is one per pool, reported once (not again per pod)", () => {
    const got = lint({ yaml: stream(installationWith("calicoNetwork:\n  bgp: Disabled\n  ipPools:\n    - cidr: 10.48.0.0/16"), pod("a"), pod("b")) });
    expect(got.filter((f) => f.messageId === "installationBgpDisabledIpip")).toHaveLength(1);
  });
});

const ipamConfig = (maxBlocks: number): string =>
  `apiVersion: projectcalico.org/v3\nkind: IPAMConfiguration\nmetadata:\n  name: default\nspec:\n  strictAffinity: true\n  maxBlocksPerHost: ${maxBlocks}\n`;

/** A Deployment whose pods all run on one node (a hostname nodeSelector). */
const pinned = (name: string, replicas: number): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: ${replicas}\n  selector:\n    matchLabels:\n      app: ${name}\n  template:\n    metadata:\n      labels:\n        app: ${name}\n    spec:\n      nodeSelector:\n        kubernetes.io/hostname: node-1\n      containers:\n        - name: app\n          image: registry.example/app:1\n`;

describe("J. The per-node block limit (calico:libcalico-go/lib/ipam/ipam.go autoAssign, findOrClaimBlock)", () => {
  const pool = ippool("pods", "10.80.0.0/16", "blockSize: 28\nvxlanMode: Always");

  it("J4 autoAssign › maxBlocksPerHost 1 with /28 blocks on 2 nodes holds 32 pods; the 33rd fails with ErrBlockLimit", () => {
    expectAccepted({ yaml: stream(ipamConfig(1), pool, deployment("app", 32)), settings: { nodes: 2 } });
    const got = expectRejected({ yaml: stream(ipamConfig(1), pool, deployment("app", 33)), settings: { nodes: 2 } }, [
      err("pool-exhausted", "blockLimitCluster", "`cannot allocate new block due to per host block limit`", "IPAMConfiguration/default"),
    ]);
    expect(got[0]?.message).toContain("at most 16 of their addresses");
    expect(got[0]?.line).toBe(7);
  });

  it("J4 autoAssign › no IPAMConfiguration: the limit is 20 blocks, so /32 blocks hold 20 pods per node", () => {
    const tiny = ippool("pods", "10.80.0.0/16", "blockSize: 32\nvxlanMode: Always");
    expectAccepted({ yaml: stream(tiny, deployment("app", 20)), settings: { nodes: 1 } });
    const got = expectRejected({ yaml: stream(tiny, deployment("app", 21)), settings: { nodes: 1 } }, [err("pool-exhausted", "blockLimitCluster", "20 (Calico's default", "IPPool/pods")]);
    // Located at the blockSize, the value to change.
    expect(got[0]?.line).toBe(7);
  });

  it("J4 › the node count unknown: a warning naming the nodes needed, below kubelet's 110 pods per node only", () => {
    expectAccepted({ yaml: stream(ipamConfig(1), pool, deployment("app", 40)) }, [warn("pool-exhausted", "blockLimitNodes", "at least 3 nodes")]);
    // 2 blocks of /26 hold 128 addresses per node, more than kubelet runs by default: nothing to say.
    expectAccepted({ yaml: stream(ipamConfig(2), ippool("pods", "10.80.0.0/16", "vxlanMode: Always"), deployment("app", 500)) });
  });

  it("J4 › pods pinned to one node past the limit fail whatever the node count", () => {
    const got = expectRejected({ yaml: stream(ipamConfig(1), pool, pinned("app", 17)) }, [
      err("pool-exhausted", "blockLimitPinned", "runs 17 pods on one node", "Deployment/app"),
      warn("pool-exhausted", "blockLimitNodes", "at least 2 nodes"),
    ]);
    expect(got.find((f) => f.messageId === "blockLimitPinned")?.line).toBe(23);
    expectAccepted({ yaml: stream(ipamConfig(1), pool, pinned("app", 16)) });
  });

  it("J4 IPAMConfigGlobalName › an IPAMConfiguration not named default is not the one IPAM reads", () => {
    const other = ipamConfig(1).replace("name: default", "name: other");
    expectAccepted({ yaml: stream(other, pool, deployment("app", 33)), settings: { nodes: 2 } });
  });
});
