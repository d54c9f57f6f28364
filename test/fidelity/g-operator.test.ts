import { describe, it } from "vitest";
import { stream } from "../rule-tester.js";
import { err, expectAccepted, expectRejected, installation, kubeadm } from "./helpers.js";

/**
 * calico-cases.md section G: the operator's Installation pools
 * (operator:pkg/controller/ippool/pool_controller_test.go, kubeadm_test.go). `cidrWithinCidr` runs
 * when the operator defaults pools: no IPPool exists yet and the platform's pod CIDR is known
 * (kubeadm's ClusterConfiguration or kubeadm-config ConfigMap, OpenShift's Network).
 */

const within = (platform: string, pool: string) => ({ yaml: stream(kubeadm(platform), installation(`- cidr: ${pool}`)) });
const notWithin = (platform: string, pool: string) =>
  expectRejected(within(platform, pool), [
    err("pool-outside-pod-cidr", "operator", `\`IPPool ${pool} is not within the platform's configured pod network CIDR(s) [${platform}]\``, "Installation/default"),
  ]);

const openshift = (cidr: string) =>
  `apiVersion: config.openshift.io/v1\nkind: Network\nmetadata:\n  name: cluster\nspec:\n  clusterNetwork:\n    - cidr: ${cidr}\n      hostPrefix: 23\n`;

const kubeadmConfigMap = (clusterConfiguration: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kubeadm-config\n  namespace: kube-system\ndata:\n  ClusterConfiguration: |\n${clusterConfiguration
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n")}\n`;

describe("G. Operator Installation pools", () => {
  describe("cidrWithinCidr", () => {
    it("G1 › default as CIDR and pool", () => expectAccepted(within("192.168.0.0/16", "192.168.0.0/16")));
    it("G2 › pool larger than CIDR", () => notWithin("192.168.0.0/16", "192.168.0.0/15"));
    it("G3 › pool larger than CIDR (2)", () => notWithin("192.168.2.0/24", "192.168.0.0/16"));
    it("G4 › non-overlapping", () => notWithin("192.168.0.0/16", "172.168.0.0/16"));
    it("G5 › smaller pool", () => expectAccepted(within("192.168.0.0/16", "192.168.2.0/24")));
    describe("G6 › IPv6", () => {
      it("G6 equal: within", () => expectAccepted(within("fd00:1234::/32", "fd00:1234::/32")));
      it("G6 larger: not within", () => notWithin("fd00:1234::/32", "fd00:1234::/31"));
      it("G6 shifted larger: not within", () => notWithin("fd00:1234:5600::/40", "fd00:1234::/32"));
      it("G6 disjoint: not within", () => notWithin("fd00:1234::/32", "fd00:5678::/32"));
      it("G6 smaller: within", () => expectAccepted(within("fd00:1234::/32", "fd00:1234:5600::/40")));
    });
  });

  it("G7 OpenShift › pool not within the cluster network", () => {
    expectRejected({ yaml: stream(openshift("10.0.0.0/24"), installation("- cidr: 10.0.0.0/16")) }, [
      err("pool-outside-pod-cidr", "operator", "`IPPool 10.0.0.0/16 is not within the platform's configured pod network CIDR(s) [10.0.0.0/24]`"),
    ]);
  });

  it("G8 OpenShift › empty IPPool list: no pools created, nothing to check", () => {
    const empty = "apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n  calicoNetwork:\n    ipPools: []\n";
    expectAccepted({ yaml: stream(openshift("10.0.0.0/24"), empty) });
  });

  it("G9 should reject an IP pool with no Encapsulation (after defaults are bypassed)", () => {
    expectRejected({ yaml: installation('- cidr: 192.168.0.0/16\n  encapsulation: ""') }, [
      err("pool-invalid", "operatorEnum", "is invalid for ipPool.encapsulation, should be one of IPIPCrossSubnet,IPIP,VXLAN,VXLANCrossSubnet,None"),
    ]);
  });

  describe("G10 should not allow blocksize to exceed the pool size", () => {
    const TEXT = "`IP pool size is too small. It must be equal to or greater than the block size`";
    it("G10 /27 with blockSize 26: rejected", () => {
      expectRejected({ yaml: installation("- cidr: 192.168.0.0/27\n  blockSize: 26") }, [err("pool-invalid", "installationPoolSmallerThanBlock", TEXT)]);
    });
    it("G10 /26 with blockSize 26: accepted", () => expectAccepted({ yaml: installation("- cidr: 192.168.0.0/26\n  blockSize: 26") }));
    it("G10 (disableNewAllocations) › the operator checks the size of a disabled pool too (unlike calicoctl for IPPools, D5)", () => {
      expectRejected({ yaml: installation("- cidr: 192.168.0.0/27\n  blockSize: 26\n  disableNewAllocations: true") }, [err("pool-invalid", "installationPoolSmallerThanBlock", TEXT)]);
    });
  });

  describe("G11 should not allow out-of-bounds block sizes", () => {
    it("G11 192.0.0.0/8 with blockSize 32: accepted", () => expectAccepted({ yaml: installation("- cidr: 192.0.0.0/8\n  blockSize: 32") }));
    for (const bs of [33, 19]) {
      it(`G11 192.0.0.0/8 with blockSize ${bs}: rejected`, () => {
        expectRejected({ yaml: installation(`- cidr: 192.0.0.0/8\n  blockSize: ${bs}`) }, [
          err("pool-invalid", "installationBlockSizeRange", "`IPv4 pool block size must be greater than 19 and less than or equal to 32`"),
        ]);
      });
    }
  });

  describe("G12 kubeadm › parse podSubnet from the kubeadm-config ConfigMap", () => {
    const cm = kubeadmConfigMap("apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: 192.168.0.0/16\n  serviceSubnet: 10.96.0.0/12");
    it("G12 a pool inside the extracted CIDR: accepted", () => expectAccepted({ yaml: stream(cm, installation("- cidr: 192.168.0.0/17")) }));
    it("G12 a pool outside it: the operator's error names the extracted CIDR", () => {
      expectRejected({ yaml: stream(cm, installation("- cidr: 10.0.0.0/16")) }, [
        err("pool-outside-pod-cidr", "operator", "`IPPool 10.0.0.0/16 is not within the platform's configured pod network CIDR(s) [192.168.0.0/16]`"),
      ]);
    });
  });
});
