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

describe("I. What real repositories hit", () => {
  // A pod as `kubectl get pod -o yaml` prints it: Calico's own annotations, a uid, a status.
  const exported = (annotations: string): string =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-0\n  namespace: default\n  uid: 7f1c2a9e-0000-4000-8000-000000000001\n  resourceVersion: "4711"\n  annotations:\n${annotations}spec:\n  nodeName: node-1\n  containers:\n    - name: app\n      image: registry.example/app:1\nstatus:\n  podIP: 192.168.1.7\n  podIPs:\n    - ip: 192.168.1.7\n`;

  it("I4 libcalico-go k8s/resources/workloadendpoint.go calcCNIAnnotations › an exported pod's containerID, podIP and podIPs are rewritten at CNI ADD: no error", () => {
    const yaml = exported(
      "    cni.projectcalico.org/containerID: 3f5e0c1d2b4a\n    cni.projectcalico.org/podIP: 192.168.1.7/32\n    cni.projectcalico.org/podIPs: 192.168.1.7/32\n",
    );
    expectAccepted({ yaml }, [
      warn("invalid-annotation-value", "containerId", "overwriting this value"),
      warn("invalid-annotation-value", "fakeOutput", "owning 192.168.1.7/32"),
      warn("invalid-annotation-value", "fakeOutput", "owning 192.168.1.7/32"),
    ]);
  });

  it("I4 libcalico-go k8s/conversion/conversion.go getPodIPs › a podIPs value that does not parse fails the pod's conversion: still an error", () => {
    expectRejected({ yaml: exported("    cni.projectcalico.org/podIPs: 192.168.1.7/32,garbage\n") }, [err("invalid-annotation-value", "badOutput", "invalid CIDR address: garbage")]);
  });
});

describe("I. Pod CIDR findings follow what happens", () => {
  const kubeadmCfg = "apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: 10.244.0.0/16\n";

  it("I5 cni-plugin/pkg/ipamplugin/ipam_plugin.go cmdAdd, libcalico-go ipam.go AssignIP (no pod-CIDR check) › a static address outside the pod CIDR is given to the pod: a warning, not an error", () => {
    const yaml = stream(kubeadmCfg, ippool("extra", "10.99.0.0/24", "assignmentMode: Manual"), pod("app", { ipAddrs: '["10.99.0.5"]' }));
    expectAccepted({ yaml }, [
      warn("ip-outside-pod-cidr", "outside", "gives the pod the address when a pool holds it"),
      warn("pool-outside-pod-cidr", "outside", "10.244.0.0/16"),
    ]);
  });

  it("I5 libcalico-go lib/ipam/ipam.go prepareAffinityBlocksForHost (LoadBalancer pools serve the LoadBalancer use only) › a LoadBalancer pool outside the pod CIDR gets no pod-CIDR finding", () => {
    const lb = ippool("services", "10.50.0.0/24", "allowedUses: [LoadBalancer]");
    expectAccepted({ yaml: stream(kubeadmCfg, ippool("pods", "10.244.0.0/16"), lb) });
  });
});

describe("I. Calico's own annotation keys", () => {
  it("I6 vpp-dataplane config/config.go, calico-vpp-agent/cni/model/pod_annotations.go › the VPP dataplane's cni.projectcalico.org/vpp* keys are not unknown", () => {
    const yaml =
      "apiVersion: v1\nkind: Pod\nmetadata:\n  name: memif\n  annotations:\n" +
      '    cni.projectcalico.org/vppExtraMemifPorts: "tcp:4444-20000,udp:4444-20000"\n    cni.projectcalico.org/vppVcl: "enable"\n' +
      '    cni.projectcalico.org/vppInterfacesSpec: \'{"eth0": {"rx": 2}}\'\n    cni.projectcalico.org/vppExtraMemifSpec: \'{"rx": 1}\'\n' +
      "spec:\n  containers:\n    - name: app\n      image: registry.example/app:1\n" +
      "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: lb\n  annotations:\n" +
      '    cni.projectcalico.org/vppLBType: "maglev"\n    cni.projectcalico.org/vppHashConfig: "symmetric"\n    cni.projectcalico.org/vppKeepOriginalPacket: "true"\n' +
      "spec:\n  ports:\n    - port: 80\n";
    expectAccepted({ yaml });
  });

  it("I6 › a key near a VPP key is still reported", () => {
    const yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: memif\n  annotations:\n    cni.projectcalico.org/vppVlc: \"enable\"\nspec:\n  containers:\n    - name: app\n      image: registry.example/app:1\n";
    expectAccepted({ yaml }, [warn("annotation-unknown", "unknown", "cni.projectcalico.org/vppVlc")]);
  });
});

describe("I. Manifest installs: calico-node creates the default pools (node/pkg/lifecycle/startup/startup.go)", () => {
  const calicoNode = (env: Readonly<Record<string, string>>): string =>
    "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: calico-node\n  namespace: kube-system\nspec:\n  selector:\n    matchLabels:\n      k8s-app: calico-node\n" +
    "  template:\n    metadata:\n      labels:\n        k8s-app: calico-node\n    spec:\n      hostNetwork: true\n      containers:\n        - name: calico-node\n          image: docker.io/calico/node:v3.32.1\n          env:\n" +
    Object.entries(env)
      .map(([k, v]) => `            - name: ${k}\n              value: ${JSON.stringify(v)}\n`)
      .join("");

  it("I7 configureIPPools › CALICO_IPV4POOL_CIDR is the default pool: a static address outside it fails the pod", () => {
    const yaml = stream(calicoNode({ CALICO_IPV4POOL_CIDR: "10.244.0.0/16" }), pod("web", { ipAddrs: '["10.250.0.5"]' }));
    expectRejected({ yaml }, [err("ip-outside-pool", "outside", "default-ipv4-ippool (10.244.0.0/16)")]);
  });

  it("I7 createIPPool › the pool's size and block size come from the env: a /28 of /28 blocks holds 16 pods, not 17", () => {
    const yaml = stream(
      calicoNode({ CALICO_IPV4POOL_CIDR: "10.244.0.0/28", CALICO_IPV4POOL_BLOCK_SIZE: "28", CALICO_IPV4POOL_IPIP: "Never", CALICO_IPV4POOL_VXLAN: "CrossSubnet" }),
      deployment("app", 16),
    );
    expectAccepted({ yaml, settings: { poolsComplete: true } });
    expectRejected({ yaml: stream(calicoNode({ CALICO_IPV4POOL_CIDR: "10.244.0.0/28", CALICO_IPV4POOL_BLOCK_SIZE: "28" }), deployment("app", 17)), settings: { poolsComplete: true } }, [
      err("pool-exhausted", "pool", "No IPs available in pools: [10.244.0.0/28]", "DaemonSet/calico-node"),
      err("pool-exhausted", "pods", "17 are needed and 16 can be assigned", "Deployment/app"),
    ]);
  });

  it("I7 configureIPPools › CALICO_IPV6POOL_CIDR makes default-ipv6-ippool; 'none' and NO_DEFAULT_POOLS make none", () => {
    expectAccepted({ yaml: stream(calicoNode({ CALICO_IPV4POOL_CIDR: "10.244.0.0/16", CALICO_IPV6POOL_CIDR: "fd00:244::/64" }), pod("web", { ipv6pools: '["default-ipv6-ippool"]', ipFamilies: '["IPv6"]' })) });
    expectAccepted({ yaml: stream(calicoNode({ CALICO_IPV4POOL_CIDR: "none" }), pod("web", { ipAddrs: '["10.250.0.5"]' })) });
    expectAccepted({ yaml: stream(calicoNode({ NO_DEFAULT_POOLS: "true" }), pod("web", { ipAddrs: '["10.250.0.5"]' })) });
  });

  it("I7 configureIPPools › pools in view: calico-node creates no default pool", () => {
    const yaml = stream(calicoNode({ CALICO_IPV4POOL_CIDR: "10.244.0.0/16" }), ippool("mine", "10.250.0.0/24"), pod("web", { ipAddrs: '["10.250.0.5"]' }));
    expectAccepted({ yaml }, [warn("static-ip-auto-pool", "ipAddrs")]);
  });
});

describe("I. How a pool reaches Calico decides what is refused (libcalico-go lib/clientv3/ippool.go validateAndSetDefaults)", () => {
  const v3 = "projectcalico.org/v3";
  const crd = "crd.projectcalico.org/v1";

  it("I8 validateAndSetDefaults › projectcalico.org/v3: a pool inside a disabled pool is refused on create", () => {
    const yaml = stream(ippool("old", "10.0.0.0/16", "disabled: true", v3), ippool("new", "10.0.5.0/24", "", v3));
    expectRejected({ yaml }, [
      err("pool-overlap", "overlapDisabled", "`IPPool(new) CIDR overlaps with IPPool(old) CIDR 10.0.0.0/16`", "IPPool/old"),
      err("pool-overlap", "overlapDisabled", "disabled ones included", "IPPool/new"),
    ]);
  });

  it("I8 kube-controllers pkg/controllers/ippool/pool_controller.go reconcileConditions › crd.projectcalico.org/v1: a disabled pool takes no part, nothing refuses the pair", () => {
    expectAccepted({ yaml: stream(ippool("old", "10.0.0.0/16", "disabled: true", crd), ippool("new", "10.0.5.0/24", "", crd)) });
  });

  it("I8 › one pool v3 and the other v1 beside a disabled one: whether the create is refused depends on the order: a warning", () => {
    const yaml = stream(ippool("old", "10.0.0.0/16", "disabled: true", crd), ippool("new", "10.0.5.0/24", "", v3));
    expectAccepted({ yaml }, [
      warn("pool-overlap", "overlapDisabledOrder", "depends on the order they are applied", "IPPool/old"),
      warn("pool-overlap", "overlapDisabledOrder", "`IPPool(new) CIDR overlaps with IPPool(old) CIDR 10.0.0.0/16`", "IPPool/new"),
    ]);
  });

  it("I8 › two enabled crd.projectcalico.org/v1 pools: the message says what happens (both stored, one made unusable), not that calicoctl refuses one", () => {
    const yaml = stream(ippool("a", "10.0.0.0/16", "", crd), ippool("b", "10.0.5.0/24", "", crd));
    const got = expectRejected({ yaml }, [err("pool-overlap", "overlapCrd", "both are stored", "IPPool/a"), err("pool-overlap", "overlapCrd", "both are stored", "IPPool/b")]);
    for (const f of got) if (f.message.includes("calicoctl")) throw new Error(`a v1 message names calicoctl: ${f.message}`);
  });
});

describe("I. KubeVirt virtual machines (kubevirt:pkg/virt-controller/services/template.go filterVMIAnnotationsForPod)", () => {
  const vm = (annotations: string): string =>
    "apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata:\n  name: vm1\nspec:\n  runStrategy: Always\n  template:\n    metadata:\n      annotations:\n" +
    annotations +
    "    spec:\n      domain:\n        devices: {}\n        resources:\n          requests:\n            memory: 1Gi\n";

  it("I9 › a VirtualMachine template's Calico annotations reach the virt-launcher pod: a static address outside every pool fails it", () => {
    const yaml = stream(ippool("vms", "10.70.0.0/24", "assignmentMode: Manual"), vm("        cni.projectcalico.org/ipAddrs: '[\"10.71.0.5\"]'\n"));
    expectRejected({ yaml }, [err("ip-outside-pool", "outside", "10.71.0.5", "VirtualMachine/vm1")]);
  });

  it("I9 › the same address inside a Manual pool is accepted", () => {
    expectAccepted({ yaml: stream(ippool("vms", "10.70.0.0/24", "assignmentMode: Manual"), vm("        cni.projectcalico.org/ipAddrs: '[\"10.70.0.5\"]'\n")) });
  });

  it("I9 › two VirtualMachineInstances asking for one address: the second fails", () => {
    const vmi = (name: string) =>
      `apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstance\nmetadata:\n  name: ${name}\n  annotations:\n    cni.projectcalico.org/ipAddrs: '["10.70.0.9"]'\nspec:\n  domain:\n    devices: {}\n`;
    expectRejected({ yaml: stream(ippool("vms", "10.70.0.0/24", "assignmentMode: Manual"), vmi("a"), vmi("b")) }, [
      err("duplicate-static-ip", "taken", "10.70.0.9", "VirtualMachineInstance/a"),
      err("duplicate-static-ip", "taken", "10.70.0.9", "VirtualMachineInstance/b"),
    ]);
  });
});

describe("I. A kind Cluster's node list is the node count", () => {
  const kindCluster = (roles: readonly string[] | null): string =>
    `kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnetworking:\n  disableDefaultCNI: true\n  podSubnet: 10.244.0.0/16\n` +
    (roles ? `nodes:\n${roles.map((r) => `  - role: ${r}\n`).join("")}` : "");
  const agent =
    "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n  selector:\n    matchLabels:\n      app: agent\n  template:\n    metadata:\n      labels:\n        app: agent\n" +
    "    spec:\n      containers:\n        - name: app\n          image: registry.example/agent:1\n";
  const pools = ippool("small", "10.244.0.0/30", "blockSize: 30");

  it("I10 kind pkg/apis/config/v1alpha4/default.go SetDefaultsCluster › three nodes run three DaemonSet pods: a /30 holds four addresses, so this fits", () => {
    expectAccepted({ yaml: stream(kindCluster(["control-plane", "worker", "worker"]), pools, agent), settings: { poolsComplete: true } });
  });

  it("I10 › five nodes run five DaemonSet pods: the /30 is short by one", () => {
    expectRejected({ yaml: stream(kindCluster(["control-plane", "worker", "worker", "worker", "worker"]), pools, agent), settings: { poolsComplete: true } }, [
      err("pool-exhausted", "pool", "5 IPv4 addresses are needed"),
      err("pool-exhausted", "pods", "DaemonSet default/agent"),
    ]);
  });

  it("I10 › the configuration's nodes wins over the kind Cluster", () => {
    expectAccepted({ yaml: stream(kindCluster(["control-plane", "worker", "worker", "worker", "worker"]), pools, agent), settings: { poolsComplete: true, nodes: 2 } });
  });
});

describe("I. One object defined twice is one object", () => {
  it("I11 › a pool disabled in one file and enabled in another: no error rests on picking the disabled copy", () => {
    const files = {
      "base/pool.yaml": ippool("apps", "10.60.0.0/24", "disabled: true"),
      "overlay/pool.yaml": ippool("apps", "10.60.0.0/24"),
      "app.yaml": deployment("web", 1, { ipv4pools: '["apps"]' }),
    };
    expectAccepted({ files }, [
      warn("pool-invalid", "definedTwice", "also defined at overlay/pool.yaml with a different spec (`disabled` differ)", "IPPool/apps"),
      warn("pool-invalid", "definedTwice", "also defined at base/pool.yaml", "IPPool/apps"),
    ]);
  });

  it("I11 › identical copies are one object and say nothing", () => {
    expectAccepted({ files: { "a.yaml": ippool("apps", "10.60.0.0/24"), "b.yaml": ippool("apps", "10.60.0.0/24"), "app.yaml": deployment("web", 1, { ipv4pools: '["apps"]' }) } });
  });

  it("I11 › a partial default-ipv4-ippool (no cidr) patches the pool the operator or calico-node created: not a pool without a cidr", () => {
    expectAccepted({ yaml: ippool("default-ipv4-ippool", "", "").replace("  cidr: \n", "") + "  natOutgoing: true\n" });
  });
});

describe("I. An unquoted !all() is a YAML tag, not a selector", () => {
  it("I12 libcalico-go SelectsNode (an empty selector selects every node) › `nodeSelector: !all()` unquoted: the pool serves every node", () => {
    const yaml = "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: reserved\nspec:\n  cidr: 10.9.0.0/24\n  nodeSelector: !all()\n";
    expectRejected({ yaml }, [err("pool-invalid", "taggedSelector", 'Kubernetes stores `nodeSelector: ""`, which Calico reads as all()')]);
  });

  it("I12 › quoted, it is the selector that selects no node", () => {
    expectAccepted({ yaml: "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: reserved\nspec:\n  cidr: 10.9.0.0/24\n  nodeSelector: \"!all()\"\n" });
  });

  it("I12 operator defaults.go fillDefaults (an empty nodeSelector becomes all()) › the same in an Installation pool", () => {
    const yaml = "apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n  calicoNetwork:\n    ipPools:\n      - cidr: 10.9.0.0/16\n        nodeSelector: !all()\n";
    expectRejected({ yaml }, [err("pool-invalid", "taggedSelector", "the pool serves every node")]);
  });
});

describe("I. The operator's validation of Installation pools against the CNI setup (operator:pkg/controller/installation/validation.go, pkg/controller/ippool/validation.go)", () => {
  const inst = (cni: string, pool: string): string =>
    `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n${cni}  calicoNetwork:\n    ipPools:\n${pool
      .split("\n")
      .map((l) => `      ${l}\n`)
      .join("")}`;

  it("I13 validateCustomResource › host-local IPAM refuses VXLAN", () => {
    const yaml = inst("  cni:\n    type: Calico\n    ipam:\n      type: HostLocal\n", "- cidr: 10.8.0.0/16\n  encapsulation: VXLAN");
    expectRejected({ yaml }, [err("pool-invalid", "installationEncapsulationHostLocal", "`VXLAN is invalid for ipPool.encapsulation with Calico CNI and HostLocal IPAM`")]);
  });

  it("I13 validateCustomResource › a non-Calico CNI refuses encapsulation", () => {
    const yaml = inst("  cni:\n    type: AmazonVPC\n", "- cidr: 10.8.0.0/16\n  encapsulation: IPIP");
    expectRejected({ yaml }, [err("pool-invalid", "installationNonCalicoCniEncapsulation", "`IPIP is invalid for ipPool.encapsulation when using non-Calico CNI, should be None`")]);
  });

  it("I13 ValidatePools › a non-Calico CNI needs nodeSelector all()", () => {
    const yaml = inst("  kubernetesProvider: AKS\n", "- cidr: 10.8.0.0/16\n  encapsulation: None\n  nodeSelector: zone == 'a'");
    expectRejected({ yaml }, [err("pool-invalid", "installationNonCalicoCniNodeSelector", "`IP pool nodeSelector (zone == 'a') should be 'all()' when using non-Calico CNI plugin`")]);
  });

  it("I13 › Calico CNI with Calico IPAM accepts VXLAN and a selector", () => {
    expectAccepted({ yaml: inst("", "- cidr: 10.8.0.0/16\n  encapsulation: VXLAN\n  nodeSelector: zone == 'a'") });
  });
});
