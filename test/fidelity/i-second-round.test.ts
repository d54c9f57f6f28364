import { describe, it } from "vitest";
import type { LintOptions } from "../../src/engine/run.js";
import { parseSource } from "../../src/load/index.js";
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

describe("I. crd.projectcalico.org/v1 pools applied with kubectl: only the v3.32 CRD checks them (libcalico-go/config/crd/crd.projectcalico.org_ippools.yaml at v3.32.1)", () => {
  const V1 = "crd.projectcalico.org/v1";
  const v1pool = (name: string, cidr: string, extra = ""): string => ippool(name, cidr, extra, V1);

  it("I14 CRD `format: cidr` › a value that is no CIDR: kubectl refuses it, an error in the CRD's words", () => {
    expectRejected({ yaml: v1pool("bad", "10.0.0.0") }, [err("pool-invalid", "cidrInvalid", 'crd.projectcalico.org/v1 IPPool CRD refuses the pool at kubectl apply with `spec.cidr: Invalid value: "10.0.0.0": spec.cidr in body must be of type cidr')]);
  });

  it("I14 CRD CEL rules › IPIP with VXLAN and IPIP on IPv6: kubectl refuses them with the rules' messages", () => {
    expectRejected({ yaml: v1pool("both", "10.0.0.0/16", "ipipMode: Always\nvxlanMode: Always") }, [err("pool-invalid", "ipipWithVxlan", "refuses the pool at kubectl apply with `ipipMode and vxlanMode cannot both be enabled`")]);
    expectRejected({ yaml: v1pool("v6", "fd00:1::/64", "ipipMode: Always") }, [err("pool-invalid", "ipipOnIpv6", "`IPIP is not supported on IPv6 pools`")]);
  });

  it("I14 CRD allowedUses enum, blockSize maximum 128 › kubectl refuses them", () => {
    expectRejected({ yaml: v1pool("use", "10.0.0.0/16", "allowedUses: [Workloads]") }, [err("pool-invalid", "allowedUsesUnknown", '`spec.allowedUses[0]: Unsupported value: "Workloads": supported values: "Workload", "Tunnel", "LoadBalancer"`')]);
    expectRejected({ yaml: v1pool("big", "10.0.0.0/16", "blockSize: 200") }, [err("pool-invalid", "blockSizeRange", "`spec.blockSize: Invalid value: 200: spec.blockSize in body should be less than or equal to 128`")]);
  });

  it("I14 CRD enum of ipipMode / vxlanMode (no empty value, v3.32.1 and HEAD) › an empty mode: kubectl refuses a v1 pool; projectcalico.org/v3 takes it (clientv3 defaults it to Never)", () => {
    expectRejected({ yaml: v1pool("empty", "10.0.0.0/16", 'ipipMode: ""') }, [err("pool-invalid", "schemaEnum", '`spec.ipipMode: Unsupported value: "": supported values: "Never", "Always", "CrossSubnet"`')]);
    expectAccepted({ yaml: ippool("empty", "10.0.0.0/16", 'ipipMode: ""\nvxlanMode: ""') });
  });

  it("I14 ipam_block_reader_writer.go randomBlockGenerator, ipam.go autoAssign › a /28 pool with /26 blocks is stored, and IPAM finds no block in it: an error that quotes IPAM", () => {
    expectRejected({ yaml: v1pool("tiny", "10.0.0.0/28") }, [err("pool-invalid", "poolSmallerThanBlockStored", "`Assigned 0 out of 1 requested IPv4 addresses; No IPs available in pools: [10.0.0.0/28]`")]);
  });

  it("I14 ipam.go AssignIP (getBlockCIDRForAddress claims the block around the address) › a Manual /28 v1 pool serves static addresses: a warning", () => {
    expectAccepted({ yaml: stream(v1pool("tiny", "10.0.0.0/28", "assignmentMode: Manual"), pod("p", { ipAddrs: '["10.0.0.5"]' })) }, [
      warn("pool-invalid", "poolSmallerThanBlockStored", "static addresses from it still work"),
    ]);
  });

  it("I14 › the same /28 pool as projectcalico.org/v3 keeps calicoctl's refusal", () => {
    expectRejected({ yaml: ippool("tiny", "10.0.0.0/28") }, [err("pool-invalid", "poolSmallerThanBlock", "calicoctl and the Calico API server reject the pool")]);
  });

  it("I14 ipam.go determinePools › an IPv4 blockSize over 32 is stored, and IPAM skips the pool: an error", () => {
    expectRejected({ yaml: v1pool("long", "10.0.0.0/16", "blockSize: 40") }, [err("pool-invalid", "blockSizeBeyondAddress", "`skipping pool ... due to blockSize 40 bigger than 32`")]);
  });

  it("I14 ipam_block.go newBlock › a blockSize just below the range is stored; whether blocks fit depends on the datastore: a warning; a /8 block cannot be stored: an error", () => {
    expectAccepted({ yaml: v1pool("wide", "10.0.0.0/16", "blockSize: 18") }, [warn("pool-invalid", "blockSizeRangeStored", "each block of 16,384 addresses is one IPAMBlock object")]);
    expectRejected({ yaml: v1pool("huge", "10.0.0.0/8", "blockSize: 8") }, [err("pool-invalid", "blockSizeTooLargeStored", "blocks of 16,777,216 addresses")]);
  });

  it("I14 libcalico-go net.ParseCIDR › host bits are stored and dropped by IPAM: a warning naming the range in force", () => {
    expectAccepted({ yaml: v1pool("hosty", "10.0.0.5/16") }, [warn("pool-invalid", "cidrNotMaskedStored", "so the pool is 10.0.0.0/16")]);
  });

  it("I14 › a link-local range is stored and handed out: a warning that says what it depends on", () => {
    expectAccepted({ yaml: v1pool("ll", "169.254.0.0/16") }, [warn("pool-invalid", "cidrLinkLocalStored", "depends on the network")]);
  });

  it("I14 selector parser/ast.go GlobalNode.Evaluate › global() is stored and matches every node: a warning", () => {
    expectAccepted({ yaml: v1pool("g", "10.0.0.0/16", "nodeSelector: global()") }, [warn("pool-invalid", "selectorGlobalStored", "evaluates `global()` as true for every node")]);
  });

  it("I14 node/pkg/allocateip allocateip.go (no namespace for tunnel addresses), ipam pools.go SelectsNamespace › Tunnel with a namespaceSelector is stored: a warning", () => {
    expectAccepted({ yaml: v1pool("t", "10.0.0.0/16", "namespaceSelector: team == 'a'") }, [warn("pool-invalid", "tunnelNamespaceSelectorStored", "depends on whether `team == 'a'` matches a namespace without labels")]);
  });

  it("I14 kube-controllers loadbalancer_controller.go (virtual node without labels) › a LoadBalancer pool with a nodeSelector or disableBGPExport is stored: warnings", () => {
    expectAccepted({ yaml: v1pool("lb", "10.0.0.0/24", "allowedUses: [LoadBalancer]\nnodeSelector: zone == 'a'\ndisableBGPExport: true") }, [
      warn("pool-invalid", "loadBalancerNodeSelectorStored", "virtual node without labels"),
      warn("pool-invalid", "loadBalancerBgpExportStored", "does not advertise the pool over BGP"),
    ]);
  });

  it("I14 ipam.go determinePools (SelectsNode returns the parse error) › a selector that does not parse is stored, and IPAM fails automatic assignment: still an error", () => {
    expectRejected({ yaml: v1pool("s", "10.0.0.0/16", "nodeSelector: zone == a") }, [err("pool-invalid", "selectorSyntaxCrd", /so kubectl stores the pool, and Calico IPAM then fails every automatic assignment .* at CNI ADD\. Quote/)]);
  });

  it("I14 ipam.go determinePools (only enabled Automatic pools are evaluated) › the same selector on a Manual or disabled v1 pool fails nothing yet: a warning", () => {
    expectAccepted({ yaml: v1pool("s", "10.0.0.0/16", "assignmentMode: Manual\nnodeSelector: zone == a") }, [warn("pool-invalid", "selectorSyntaxCrd", "the pool is assignmentMode Manual now, so nothing evaluates it")]);
    expectAccepted({ yaml: v1pool("s", "10.0.0.0/16", "disabled: true\nnodeSelector: zone == a") }, [warn("pool-invalid", "selectorSyntaxCrd", "the pool is disabled now")]);
  });

  it("I14 CRD transition rules (`self == oldSelf` on cidr and blockSize) › an update that changes a written blockSize is refused; one that adds it is stored: a warning", () => {
    const at = (text: string): LintOptions => ({ changedSince: { ref: "main", previous: new Map([["test.yaml", parseSource("test.yaml", text, true)]]) } });
    expectRejected({ yaml: v1pool("p", "10.0.0.0/16", "blockSize: 24"), options: at(v1pool("p", "10.0.0.0/16", "blockSize: 26")) }, [
      err("pool-invalid", "blockSizeChanged", "refuses the update at kubectl apply of the pool that exists at main with `Block size cannot be changed"),
    ]);
    expectAccepted({ yaml: v1pool("p", "10.0.0.0/16", "blockSize: 24"), options: at(v1pool("p", "10.0.0.0/16")) }, [warn("pool-invalid", "blockSizeChangedStored", "kubectl stores the change")]);
  });

  it("I14 › calicoVersion head: HEAD's v1 CRD carries every rule as CEL, so the pool is refused", () => {
    expectRejected({ yaml: v1pool("tiny", "10.0.0.5/24"), settings: { calicoVersion: "head" } }, [err("pool-invalid", "cidrNotMasked", "`IPPool CIDR must be strictly masked`")]);
  });
});

describe("I. A pool defined twice with different CIDRs: no error rests on one copy", () => {
  const files = (app: string): Record<string, string> => ({
    "base/pool.yaml": ippool("apps", "10.60.0.0/24"),
    "overlay/pool.yaml": ippool("apps", "10.61.0.0/24"),
    "app.yaml": app,
  });
  const twice = [
    warn("pool-invalid", "definedTwice", "also defined at overlay/pool.yaml with a different spec (`cidr` differ)", "IPPool/apps"),
    warn("pool-invalid", "definedTwice", "also defined at base/pool.yaml", "IPPool/apps"),
  ];

  it("I15 libcalico-go ipam.go AssignIP (getPoolForIP) › a static address inside one copy only: a warning that it depends on which definition is applied", () => {
    expectAccepted({ files: files(pod("web", { ipAddrs: '["10.61.0.7"]' })) }, [...twice, warn("ip-outside-pool", "dependsOnCopy", "depends on which definition is applied")]);
    expectAccepted({ files: files(pod("web", { ipAddrs: '["10.60.0.7"]' })) }, [
      ...twice,
      warn("ip-outside-pool", "dependsOnCopy", "but not as overlay/pool.yaml defines it (10.61.0.0/24)"),
      warn("static-ip-auto-pool", "ipAddrs", "10.60.0.7"),
    ]);
  });

  it("I15 › an address in neither copy is still an error", () => {
    expectRejected({ files: files(pod("web", { ipAddrs: '["10.62.0.7"]' })) }, [...twice, err("ip-outside-pool", "outside", "10.62.0.7")]);
  });

  it("I15 › an address another pool holds is settled whatever the copies say", () => {
    const f = { ...files(pod("web", { ipAddrs: '["10.61.0.7"]' })), "other.yaml": ippool("other", "10.61.0.0/16") };
    expectAccepted({ files: f }, [...twice, warn("static-ip-auto-pool", "ipAddrs", "lies in pool other (10.61.0.0/16)")]);
  });

  it("I15 ipam.go autoAssign (PartialFulfillmentError) › 30 pods naming a pool that is a /28 in one file and a /24 in another: whether it runs short depends on the copy, a warning", () => {
    const f = {
      "base/pool.yaml": ippool("apps", "10.60.0.0/28", "blockSize: 28"),
      "overlay/pool.yaml": ippool("apps", "10.61.0.0/24", "blockSize: 28"),
      "app.yaml": deployment("web", 30, { ipv4pools: '["apps"]' }),
    };
    expectAccepted({ files: f }, [
      ...twice.slice(0, 1),
      warn("pool-invalid", "definedTwice", "also defined at base/pool.yaml"),
      warn("pool-exhausted", "pool", "overlay/pool.yaml defines it as 10.61.0.0/24"),
      warn("pool-exhausted", "pods", "depends on which definition is applied"),
    ]);
  });

  it("I15 › when neither copy can hold the pods, the shortfall is certain: still an error", () => {
    const f = {
      "base/pool.yaml": ippool("apps", "10.60.0.0/28", "blockSize: 28"),
      "overlay/pool.yaml": ippool("apps", "10.61.0.0/27", "blockSize: 28"),
      "app.yaml": deployment("web", 40, { ipv4pools: '["apps"]' }),
    };
    expectRejected({ files: f }, [
      warn("pool-invalid", "definedTwice", "also defined at overlay/pool.yaml"),
      warn("pool-invalid", "definedTwice", "also defined at base/pool.yaml"),
      err("pool-exhausted", "pool", "40 IPv4 addresses are needed"),
      err("pool-exhausted", "pods", "40 are needed and 16 can be assigned"),
    ]);
  });

  it("I15 ipam.go determinePools (a requested CIDR must be an enabled pool's) › ipv4pools naming the CIDR of the other copy: a warning, not unknown-pool", () => {
    expectAccepted({ files: files(deployment("web", 1, { ipv4pools: '["10.61.0.0/24"]' })) }, [...twice, warn("unknown-pool", "dependsOnCopy", "depends on which definition is applied")]);
  });
});

describe("I. Calico Enterprise pool fields (tigera docs calico-enterprise reference IPPool; operator api/v1 ProductVariant.IsEnterprise)", () => {
  const enterprisePool = ippool("hosts-west-1", "100.64.0.0/25", "allowedUses: ['HostSecondaryInterface']\nawsSubnetID: subnet-000000000000000001\nblockSize: 32\ndisableBGPExport: true");

  it("I16 › under Calico Open Source, awsSubnetID and HostSecondaryInterface are not Calico's", () => {
    expectRejected({ yaml: enterprisePool }, [err("pool-invalid", "allowedUsesUnknown", "unknown use: HostSecondaryInterface"), warn("pool-invalid", "unknownField", "awsSubnetID")]);
  });

  it("I16 › an Installation with spec.variant TigeraSecureEnterprise (or CalicoEnterprise) installs Enterprise: both are accepted", () => {
    for (const variant of ["TigeraSecureEnterprise", "CalicoEnterprise"]) {
      const inst = `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n  variant: ${variant}\n`;
      expectAccepted({ yaml: stream(inst, enterprisePool) });
    }
  });

  it("I16 › calicoEdition: enterprise in the configuration says the same; open-source overrides the files", () => {
    expectAccepted({ yaml: enterprisePool, settings: { calicoEdition: "enterprise" } });
    const inst = "apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n  variant: CalicoEnterprise\n";
    expectRejected({ yaml: stream(inst, enterprisePool), settings: { calicoEdition: "open-source" } }, [err("pool-invalid", "allowedUsesUnknown", "HostSecondaryInterface"), warn("pool-invalid", "unknownField", "awsSubnetID")]);
  });

  it("I16 › under Enterprise a misspelt use is still refused, and the message lists Enterprise's uses", () => {
    expectRejected({ yaml: ippool("p", "10.0.0.0/16", "allowedUses: [HostSecondaryInterfaces]"), settings: { calicoEdition: "enterprise" } }, [
      err("pool-invalid", "allowedUsesUnknown", "`HostSecondaryInterface`"),
    ]);
  });
});
