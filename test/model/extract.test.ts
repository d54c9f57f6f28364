import { describe, expect, it } from "vitest";
import { manifestReader, parseSource } from "../../src/load/index.js";
import { fastRecord } from "../../src/load/lookup.js";
import { buildModel, cidrString } from "../../src/model/index.js";
import { stream, yaml } from "../rule-tester.js";

const model = (text: string, opts = {}) => buildModel([parseSource("m.yaml", text)], opts);

describe("pod sources", () => {
  it("finds the pod template of every workload kind", () => {
    const kinds = [
      ["v1", "Pod", ""],
      ["apps/v1", "Deployment", "spec:\n  replicas: 3\n  template:\n    metadata:\n      annotations: {a: b}\n"],
      ["apps/v1", "ReplicaSet", "spec:\n  template: {}\n"],
      ["apps/v1", "StatefulSet", "spec:\n  template: {}\n"],
      ["apps/v1", "DaemonSet", "spec:\n  template: {}\n"],
      ["batch/v1", "Job", "spec:\n  parallelism: 2\n  template: {}\n"],
      ["batch/v1", "CronJob", "spec:\n  jobTemplate:\n    spec:\n      parallelism: 4\n      template: {}\n"],
      ["v1", "ReplicationController", "spec:\n  template: {}\n"],
      ["v1", "PodTemplate", "template: {}\n"],
      ["argoproj.io/v1alpha1", "Rollout", "spec:\n  template: {}\n"],
    ];
    const text = stream(...kinds.map(([api, kind, rest]) => `apiVersion: ${api}\nkind: ${kind}\nmetadata:\n  name: x\n${rest}`));
    const m = model(text);
    expect(m.podSources.map((p) => p.workload.kind)).toEqual(kinds.map((k) => k[1]));
    expect(m.podSources[1]?.replicas?.value).toBe(3);
    expect(m.podSources[1]?.podAnnotations.map((a) => a.key)).toEqual(["a"]);
    expect(m.podSources[5]?.parallelism?.value).toBe(2);
    expect(m.podSources[6]?.parallelism?.value).toBe(4);
  });

  it("links HPAs, hostNetwork and the strategy", () => {
    const m = model(stream(
      yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          strategy: {type: Recreate}
          template:
            spec: {hostNetwork: true}
      `,
      yaml`
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: web, namespace: shop}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          maxReplicas: 5
      `,
    ));
    const p = m.podSources[0]!;
    expect(p.strategyType?.value).toBe("Recreate");
    expect(p.hostNetwork?.value).toBe(true);
    expect(p.hpas.map((h) => h.maxReplicas?.value)).toEqual([5]);
    expect(p.namespace).toBe("shop");
  });

  it("reads List items and JSON", () => {
    const m = buildModel([parseSource("l.json", JSON.stringify({ apiVersion: "v1", kind: "List", items: [{ apiVersion: "v1", kind: "Pod", metadata: { name: "a" } }] }))]);
    expect(m.podSources.map((p) => p.object.ref.name)).toEqual(["a"]);
  });

  it("uses the default namespace for objects without one", () => {
    const m = model("apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n", { defaultNamespace: "team" });
    expect(m.podSources[0]?.namespace).toBe("team");
  });
});

describe("pools", () => {
  it("applies Calico's defaults to IPPools of both API groups", () => {
    const m = model(stream(
      "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: v4}\nspec: {cidr: 10.0.0.0/16}\n",
      "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: v6}\nspec: {cidr: 'fd00::/48', disabled: true}\n",
    ));
    expect(m.pools.map((p) => [p.name, p.blockSize, p.nodeSelector, p.allowedUses.join(","), p.assignmentMode, p.disabled])).toEqual([
      ["v4", 26, "all()", "Workload,Tunnel", "Automatic", false],
      ["v6", 122, "all()", "Workload,Tunnel", "Automatic", true],
    ]);
  });

  it("names Installation pools as the operator does", () => {
    const m = model(yaml`
      apiVersion: operator.tigera.io/v1
      kind: Installation
      metadata: {name: default}
      spec:
        calicoNetwork:
          ipPools:
          - cidr: 10.48.0.0/16
            encapsulation: VXLAN
          - cidr: fd00:10:48::/48
    `);
    expect(m.pools.map((p) => [p.name, p.cidr && cidrString(p.cidr), p.vxlanMode, p.ipipMode])).toEqual([
      ["default-ipv4-ippool", "10.48.0.0/16", "Always", "Never"],
      ["default-ipv6-ippool", "fd00:10:48::/48", "Never", "Never"],
    ]);
  });

  it("creates the operator's default pool from the kubeadm pod subnet", () => {
    const m = model(stream(
      "apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\nspec: {}\n",
      "apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking: {podSubnet: 10.244.0.0/16}\n",
    ));
    expect(m.pools.map((p) => [p.name, p.cidr && cidrString(p.cidr), p.implicit])).toEqual([["default-ipv4-ippool", "10.244.0.0/16", true]]);
  });
});

describe("pod CIDR sources", () => {
  it("reads every declaration and --pod-cidr", () => {
    const m = model(
      stream(
        "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking: {podSubnet: '10.1.0.0/16,fd01::/48'}\n",
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: kubeadm-config, namespace: kube-system}\ndata:\n  ClusterConfiguration: |\n    networking:\n      podSubnet: 10.2.0.0/16\n",
        "apiVersion: kind.x-k8s.io/v1alpha4\nkind: Cluster\nnetworking: {disableDefaultCNI: true}\n",
        "apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nclusterCIDR: 10.3.0.0/16\n",
        "apiVersion: cluster.x-k8s.io/v1beta1\nkind: Cluster\nmetadata: {name: c}\nspec: {clusterNetwork: {pods: {cidrBlocks: [10.4.0.0/16]}}}\n",
      ),
      { podCidrs: ["10.5.0.0/16"] },
    );
    expect(m.podCidrs.map((p) => `${p.text} ${p.source}`)).toEqual([
      "10.1.0.0/16 ClusterConfiguration",
      "fd01::/48 ClusterConfiguration",
      "10.2.0.0/16 kubeadm-config",
      "10.244.0.0/16 kind Cluster (default)",
      "10.3.0.0/16 KubeProxyConfiguration",
      "10.4.0.0/16 Cluster API Cluster",
      "10.5.0.0/16 --pod-cidr",
    ]);
  });
});

describe("Calico annotations", () => {
  it("decodes list values with positions and errors", () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: a
        annotations:
          cni.projectcalico.org/ipAddrs: '["10.0.0.1", "fd00::1"]'
          cni.projectcalico.org/ipv4pools: "['a']"
    `;
    const m = model(text);
    const c = m.podSources[0]!.calico;
    expect(c.lists.ipAddrs?.items?.map((i) => [i.value, text.slice(i.span.start, i.span.end)])).toEqual([
      ["10.0.0.1", "10.0.0.1"],
      ["fd00::1", "fd00::1"],
    ]);
    expect(c.lists.ipv4pools?.error?.message).toBe("invalid character '\\'' looking for beginning of value");
    const e = c.lists.ipv4pools!.error!.span;
    expect(text.slice(e.start, e.end)).toBe("'");
  });
});

// Labels are read when asked (model/objects.ts `SourceObject.labels`, extract.ts `podLabels`):
// the same from both readers, a Namespace's, a template's, a bare Pod's own, none as an empty map.
describe("labels, read when asked", () => {
  const text = [
    "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team\n  labels:\n    tier: gold\n    n: 1\n",
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: team\n  labels:\n    app: web\nspec:\n  template:\n    metadata:\n      labels:\n        app: web\n        track: canary\n    spec:\n      containers:\n      - name: web\n        image: nginx\n",
    "apiVersion: v1\nkind: Pod\nmetadata:\n  name: solo\n  labels:\n    role: db\nspec:\n  containers:\n  - name: db\n    image: pg\n",
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: bare\nspec:\n  template:\n    spec:\n      containers:\n      - name: c\n        image: i\n",
  ].join("---\n");
  for (const [reader, parse] of [
    ["precise", (t: string) => parseSource("m.yaml", t)],
    ["fast", (t: string) => manifestReader()("m.yaml", t, false)],
  ] as const) {
    it(`the ${reader} reader's`, () => {
      const file = parse(text);
      // The fast reader takes this text (its documents are views of its records).
      if (reader === "fast") expect(file.documents.every((d) => d.root !== null && fastRecord(d.root) !== null)).toBe(true);
      const m = buildModel([file]);
      expect(m.namespaceList.map((n) => ({ ...n.labels }))).toEqual([{ tier: "gold", n: "1" }]);
      expect(m.podSources.map((p) => [p.object.ref.name, { ...p.object.labels }, { ...p.podLabels }])).toEqual([
        ["web", { app: "web" }, { app: "web", track: "canary" }],
        ["solo", { role: "db" }, { role: "db" }],
        ["bare", {}, {}],
      ]);
    });
  }
});
