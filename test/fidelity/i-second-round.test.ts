import { describe, it } from "vitest";
import { stream } from "../rule-tester.js";
import { deployment, err, expectAccepted, expectRejected, ippool, pod, warn } from "./helpers.js";

/**
 * Section I: how objects reach Calico, what the operator and calico-node fill in, and what real
 * repositories hit. Each test names the Calico or operator source file and function that decides it.
 */

const installationWith = (spec: string): string =>
  `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n${spec
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => `  ${l}\n`)
    .join("")}`;

describe("I. Operator naming and defaults (operator:pkg/controller/ippool/defaults.go)", () => {
  const three = installationWith(
    "calicoNetwork:\n  ipPools:\n    - cidr: 10.1.2.3/16\n    - cidr: fd00:10::/64\n    - cidr: 10.2.0.0/16",
  );

  it("I1 cidrToName › an unnamed pool beside others is named after its masked network address: 10.1.2.3/16 is 10.1.0.0-16", () => {
    expectAccepted({ yaml: stream(three, deployment("app", 1, { ipv4pools: '["10.1.0.0-16"]' })) });
  });

  it("I1 cidrToName › an IPv6 pool's name is the address written out in full with . for : (fd00.0010.0000.0000.0000.0000.0000.0000-64)", () => {
    expectAccepted({ yaml: stream(three, deployment("app", 1, { ipv6pools: '["fd00.0010.0000.0000.0000.0000.0000.0000-64"]' })) });
  });

  it("I1 cidrToName › the name the old rule made (fd00-10---64) is no pool", () => {
    expectRejected({ yaml: stream(three, deployment("app", 1, { ipv6pools: '["fd00-10---64"]' })) }, [err("unknown-pool", "unknownName", "fd00-10---64")]);
  });

  it("I2 fillDefaults › an unnamed Installation pool with the CIDR of an existing pool adopts that pool: no overlap with --pools", () => {
    const existing = ippool("default-ipv4-ippool", "192.168.0.0/16", "ipipMode: Always\nnatOutgoing: true");
    const inst = installationWith("calicoNetwork:\n  ipPools:\n    - cidr: 192.168.0.0/16\n    - cidr: 10.9.0.0/16");
    expectAccepted({ yaml: stream(inst, deployment("app", 1, { ipv4pools: '["default-ipv4-ippool"]' })), context: { "pools.yaml": existing } });
  });

  it("I3 fillDefaults › on EKS with Calico CNI and no pools, the default pool is 172.16.0.0/16, not 192.168.0.0/16", () => {
    const inst = installationWith("kubernetesProvider: EKS\ncni:\n  type: Calico");
    expectAccepted({ yaml: stream(inst, pod("app", { ipAddrs: '["172.16.4.5"]' })) }, [warn("static-ip-auto-pool", "ipAddrs", "default-ipv4-ippool (172.16.0.0/16)")]);
    expectRejected({ yaml: stream(inst, pod("app", { ipAddrs: '["192.168.4.5"]' })) }, [err("ip-outside-pool", "outside", "192.168.4.5")]);
  });

  it("I3 core_controller.go fillDefaults › kubernetesProvider EKS without spec.cni runs the AmazonVPC CNI: Calico's CNI never sees the pods", () => {
    const inst = installationWith("kubernetesProvider: EKS");
    expectAccepted({ yaml: stream(inst, pod("app", { ipAddrs: '["192.168.4.5"]' })) }, [warn("annotation-placement", "cniNotCalico", "AmazonVPC")]);
  });
});
