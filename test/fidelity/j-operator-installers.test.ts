import { describe, expect, it } from "vitest";
import { stream } from "../rule-tester.js";
import { kopsPodCidrFromNonMasquerade } from "../../src/model/index.js";
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
    ]);
    expect(got.find((f) => f.messageId === "blockLimitPinned")?.line).toBe(23);
    expectAccepted({ yaml: stream(ipamConfig(1), pool, pinned("app", 16)) });
  });

  it("J4 IPAMConfigGlobalName › an IPAMConfiguration not named default is not the one IPAM reads", () => {
    const other = ipamConfig(1).replace("name: default", "name: other");
    expectAccepted({ yaml: stream(other, pool, deployment("app", 33)), settings: { nodes: 2 } });
  });
});

describe("J. kubespray inventories (kubespray:roles/network_plugin/calico/tasks/install.yml, Configure Calico IP Pool)", () => {
  const inv = "inventory/prod/group_vars/k8s_cluster/";
  const app = (ip: string): string => pod("web", { ipAddrs: `["${ip}"]` });

  it("J5 install.yml › the pool is calico_pool_cidr | default(kube_pods_subnet): an address outside it fails the pod, and the pool is located at kube_pods_subnet", () => {
    const files = { [`${inv}k8s-cluster.yml`]: "---\nkube_network_plugin: calico\nkube_pods_subnet: 10.233.64.0/18\n", "apps/web.yaml": app("10.250.0.5") };
    const got = expectRejected({ files }, [err("ip-outside-pool", "outside", "default-pool (10.233.64.0/18)", "Pod/web"), warn("ip-outside-pod-cidr", "outside", "declared by kubespray kube_pods_subnet")]);
    const related = got[0]?.related?.find((r) => r.file.endsWith("k8s-cluster.yml"));
    expect(related?.line).toBe(3);
    expectAccepted({ files: { ...files, "apps/web.yaml": app("10.233.70.5") } }, [warn("static-ip-auto-pool", "ipAddrs", "default-pool (10.233.64.0/18)")]);
  });

  it("J5 calico_defaults › calico_pool_cidr and calico_pool_name win; k8s_cluster wins over all; the pool outside kube_pods_subnet is reported", () => {
    const files = {
      "inventory/prod/group_vars/all/all.yml": "kube_pods_subnet: 10.1.0.0/16\n",
      [`${inv}k8s-cluster.yml`]: "kube_pods_subnet: 10.233.64.0/18\n",
      [`${inv}k8s-net-calico.yml`]: 'calico_pool_name: "pods"\ncalico_pool_cidr: "{{ kube_pods_subnet }}"\ncalico_pool_blocksize: 24\n',
      "apps/web.yaml": stream(app("10.1.0.5"), pod("api", { ipv4pools: '["pods"]' })),
    };
    expectRejected({ files }, [err("ip-outside-pool", "outside", "pods (10.233.64.0/18)", "Pod/web"), warn("ip-outside-pod-cidr", "outside", "declared by kubespray kube_pods_subnet")]);
  });

  it("J5 check.yml › calico_pool_cidr outside kube_pods_subnet: pool-outside-pod-cidr at the value in the inventory", () => {
    const files = { [`${inv}k8s-cluster.yml`]: "kube_pods_subnet: 10.233.64.0/18\n", [`${inv}k8s-net-calico.yml`]: "calico_pool_cidr: 10.250.0.0/24\n" };
    const got = expectAccepted({ files }, [warn("pool-outside-pod-cidr", "outside", "10.233.64.0/18")]);
    expect([got[0]?.file, got[0]?.line, got[0]?.column]).toEqual([`${inv}k8s-net-calico.yml`, 1, 19]);
  });

  it("J5 kubespray_defaults › no kube_pods_subnet: the default 10.233.64.0/18", () => {
    const files = { [`${inv}k8s-net-calico.yml`]: "calico_pool_blocksize: 26\ncalico_vxlan_mode: Always\n", "apps/web.yaml": app("10.250.0.5") };
    expectRejected({ files }, [err("ip-outside-pool", "outside", "default-pool (10.233.64.0/18)"), warn("ip-outside-pod-cidr", "outside", "declared by kubespray kube_pods_subnet (default)")]);
  });

  it("J5 › kube_network_plugin other than calico, a template expression, or two inventories that disagree: no pool is assumed", () => {
    const web = { "apps/web.yaml": app("10.250.0.5") };
    expectAccepted({ files: { [`${inv}k8s-cluster.yml`]: "kube_network_plugin: cilium\nkube_pods_subnet: 10.233.64.0/18\n", ...web } });
    expectAccepted({ files: { [`${inv}k8s-cluster.yml`]: 'kube_pods_subnet: "{{ lookup(\'env\', \'PODS\') }}"\n', ...web } });
    expectAccepted({
      files: {
        [`${inv}k8s-cluster.yml`]: "kube_pods_subnet: 10.233.64.0/18\n",
        "inventory/stage/group_vars/k8s_cluster/k8s-cluster.yml": "kube_pods_subnet: 10.244.0.0/16\n",
        ...web,
      },
    });
  });

  it("J5 › group_vars files are not manifests: alone they give no finding", () => {
    expectAccepted({
      files: {
        [`${inv}k8s-cluster.yml`]: "kube_network_plugin: calico\nkube_pods_subnet: 10.233.64.0/18\nkube_service_addresses: 10.233.0.0/18\n",
        [`${inv}addons.yml`]: "helm_enabled: false\nmetrics_server_enabled: true\n",
        "inventory/prod/group_vars/all/all.yml": "bin_dir: /usr/local/bin\nloadbalancer_apiserver_port: 6443\n",
      },
    });
  });

  it("J5 install.yml › ipv6_stack adds <name>-ipv6 from kube_pods_subnet_ipv6", () => {
    const files = {
      [`${inv}k8s-cluster.yml`]: "ipv6_stack: true\nkube_pods_subnet_ipv6: fd85:ee78:d8a6:8607::1:0000/112\n",
      "apps/web.yaml": pod("web", { ipv6pools: '["default-pool-ipv6"]', ipFamilies: '["IPv6"]' }),
    };
    expectAccepted({ files });
  });
});

describe("J. kops Cluster (kops:upup/models/cloudup/resources/addons/networking.projectcalico.org/k8s-1.25.yaml.template, CALICO_IPV4POOL_CIDR)", () => {
  const cluster = (spec: string): string =>
    `apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata:\n  name: k8s.example.com\nspec:\n${spec
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => `  ${l}\n`)
      .join("")}`;
  const app = (ip: string): string => pod("web", { ipAddrs: `["${ip}"]` });

  it("J6 populate_cluster_spec.go assignSubnets › nonMasqueradeCIDR 100.64.0.0/10 gives the pod CIDR 100.96.0.0/11, calico-node's default pool (as kops tests/integration/update_cluster/privatecalico renders it)", () => {
    const c = cluster("networking:\n  calico: {}\nnonMasqueradeCIDR: 100.64.0.0/10");
    const got = expectRejected({ yaml: stream(c, app("100.70.0.5")) }, [err("ip-outside-pool", "outside", "default-ipv4-ippool (100.96.0.0/11)"), warn("ip-outside-pod-cidr", "outside", "declared by kops Cluster")]);
    expect(got[0]?.related?.some((r) => r.line === 8)).toBe(true);
    expectAccepted({ yaml: stream(c, app("100.96.0.5")) }, [warn("static-ip-auto-pool", "ipAddrs", "default-ipv4-ippool (100.96.0.0/11)")]);
  });

  it("J6 kubecontrollermanager.go › kubeControllerManager.clusterCIDR wins over podCIDR (v1alpha3: networking.podCIDR)", () => {
    const c = cluster("networking:\n  calico: {}\npodCIDR: 100.96.0.0/12\nkubeControllerManager:\n  clusterCIDR: 100.100.0.0/16");
    expectRejected({ yaml: stream(c, app("100.96.0.5")) }, [err("ip-outside-pool", "outside", "(100.100.0.0/16)"), warn("ip-outside-pod-cidr", "outside", "declared by kops Cluster")]);
    const v3 = cluster("networking:\n  calico: {}\n  podCIDR: 100.96.0.0/12").replace("v1alpha2", "v1alpha3");
    expectRejected({ yaml: stream(v3, app("100.200.0.5")) }, [err("ip-outside-pool", "outside", "(100.96.0.0/12)"), warn("ip-outside-pod-cidr", "outside", "declared by kops Cluster")]);
  });

  it("J6 › another CNI, or an IPPool in view (calico-node then creates none): no default pool", () => {
    expectAccepted({ yaml: stream(cluster("networking:\n  cilium: {}\nnonMasqueradeCIDR: 100.64.0.0/10"), app("100.70.0.5")) });
    const c = cluster("networking:\n  calico: {}\nnonMasqueradeCIDR: 100.64.0.0/10");
    expectAccepted({ yaml: stream(c, ippool("mine", "100.70.0.0/24", "assignmentMode: Manual"), app("100.70.0.5")) }, [warn("pool-outside-pod-cidr", "outside"), warn("ip-outside-pod-cidr", "outside", "declared by kops Cluster")]);
  });

  it("J6 kopsPodCidrFromNonMasquerade › the upper half of the range", () => {
    expect(kopsPodCidrFromNonMasquerade("100.64.0.0/10")).toBe("100.96.0.0/11");
    expect(kopsPodCidrFromNonMasquerade("10.0.0.0/8")).toBe("10.128.0.0/9");
  });
});

describe("J. Bad input does not break the block-limit count", () => {
  it("J4 › a block size Calico refuses (33, 26.5) gives pool-invalid's finding, not a crash or a block-limit finding", () => {
    const cfg = "apiVersion: projectcalico.org/v3\nkind: IPAMConfiguration\nmetadata:\n  name: default\nspec:\n  strictAffinity: true\n  maxBlocksPerHost: 1\n";
    for (const bs of ["33", "26.5"]) {
      const got = lint({ yaml: stream(cfg, ippool("p", "10.80.0.0/16", `blockSize: ${bs}`), deployment("app", 500)), settings: { nodes: 1 } });
      expect(got.some((f) => f.ruleId === "pool-invalid")).toBe(true);
      expect(got.some((f) => f.messageId?.startsWith("blockLimit"))).toBe(false);
    }
    // Beside a valid pool, the refused one adds nothing to what a node holds.
    const mixed = lint({ yaml: stream(cfg, ippool("p", "10.80.0.0/16", "blockSize: 26.5"), ippool("q", "10.81.0.0/16", "blockSize: 28"), deployment("app", 500)), settings: { nodes: 1 } });
    expect(mixed.find((f) => f.messageId === "blockLimitCluster")?.message).toContain("at most 16 of their addresses (1 × 16 from q (10.81.0.0/16) (/28 blocks))");
  });
});
