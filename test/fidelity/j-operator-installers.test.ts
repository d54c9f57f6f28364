import { describe, expect, it } from "vitest";
import { stream } from "../rule-tester.js";
import { err, expectAccepted, expectRejected, ippool, kubeadm, lint, pod } from "./helpers.js";

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
