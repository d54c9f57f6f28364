import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/load/index.js";
import { buildModel, calicoIpamRuns, templateIpamType, type Model } from "../../src/model/index.js";
import { stream, yaml } from "../rule-tester.js";

const model = (text: string): Model => buildModel([parseSource("test.yaml", text)]);
const at = (text: string, m: Model): string => (m.cni?.span ? text.slice(m.cni.span.start, m.cni.span.end) : "");

const installation = (cni: string) => `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n${cni}`;
const HOST_LOCAL = installation("  cni:\n    type: Calico\n    ipam:\n      type: HostLocal\n");

/** The CNI template of a manifest install, as calico.yaml and canal.yaml write it. */
const configMap = (name: string, ipam: string) => yaml`
  kind: ConfigMap
  apiVersion: v1
  metadata:
    name: ${name}
    namespace: kube-system
  data:
    veth_mtu: "0"
    cni_network_config: |-
      {
        "name": "k8s-pod-network",
        "cniVersion": "0.3.1",
        "plugins": [
          {
            "type": "calico",
            "nodename": "__KUBERNETES_NODE_NAME__",
            "mtu": __CNI_MTU__,
            "ipam": ${ipam},
            "policy": {
                "type": "k8s"
            },
            "kubernetes": {
                "kubeconfig": "__KUBECONFIG_FILEPATH__"
            }
          },
          {
            "type": "portmap",
            "snat": true,
            "capabilities": {"portMappings": true}
          }
        ]
      }
`;
const CANAL = configMap("canal-config", '{\n            "type": "host-local",\n            "subnet": "usePodCidr"\n        }');
const CALICO = configMap("calico-config", '{\n            "type": "calico-ipam"\n        }');

describe("the CNI setup the files show (model.cni)", () => {
  it("nothing in view: unknown, Calico IPAM assumed", () => {
    const m = model("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n");
    expect(m.cni).toBeUndefined();
    expect(calicoIpamRuns(m.cni)).toBe(true);
  });
  it("an Installation with HostLocal IPAM: host-local, at the field", () => {
    const m = model(HOST_LOCAL);
    expect(m.cni).toMatchObject({ plugin: "Calico", ipam: "host-local", source: "Installation default spec.cni.ipam.type: HostLocal" });
    expect(at(HOST_LOCAL, m)).toBe("HostLocal");
    expect(calicoIpamRuns(m.cni)).toBe(false);
  });
  it("an Installation with no cni section: Calico CNI with Calico IPAM", () => {
    const text = installation("  calicoNetwork: {}\n");
    expect(model(text).cni).toMatchObject({ plugin: "Calico", ipam: "calico-ipam" });
    expect(calicoIpamRuns(model(text).cni)).toBe(true);
  });
  it("an Installation for policy only (AmazonVPC): no Calico CNI, at cni.type", () => {
    const text = installation("  cni:\n    type: AmazonVPC\n");
    const m = model(text);
    expect(m.cni).toMatchObject({ plugin: "AmazonVPC", ipam: null });
    expect(at(text, m)).toBe("AmazonVPC");
  });
  it("an IPAM type outside the operator's enum for Calico CNI: says nothing", () => {
    expect(model(installation("  cni:\n    type: Calico\n    ipam:\n      type: Whereabouts\n")).cni).toBeUndefined();
  });
  it("Canal's ConfigMap (host-local): at the quoted type inside the template", () => {
    const m = model(CANAL);
    expect(m.cni).toMatchObject({ plugin: "Calico", ipam: "host-local", source: "ConfigMap kube-system/canal-config cni_network_config ipam.type host-local" });
    expect(at(CANAL, m)).toBe('"host-local"');
  });
  it("calico.yaml's ConfigMap: calico-ipam", () => {
    expect(model(CALICO).cni).toMatchObject({ plugin: "Calico", ipam: "calico-ipam" });
  });
  it("an unreadable template (a Helm expression): says nothing", () => {
    expect(model(CANAL.replace('"host-local"', "{{ .Values.ipam }}")).cni).toBeUndefined();
  });
  it("a ConfigMap of that name in another namespace is not the install's", () => {
    expect(model(CANAL.replace("namespace: kube-system", "namespace: apps")).cni).toBeUndefined();
  });
  it("sources that agree: the one that names the setting", () => {
    const text = stream(installation("  calicoNetwork: {}\n"), CALICO);
    expect(model(text).cni).toMatchObject({ ipam: "calico-ipam" });
    expect(at(text, model(text))).toBe('"calico-ipam"');
  });
  it("sources that disagree: says nothing", () => {
    expect(model(stream(HOST_LOCAL, CALICO)).cni).toBeUndefined();
    expect(model(stream(installation("  cni:\n    type: AzureVNET\n"), installation("  cni:\n    type: Calico\n"))).cni).toBeUndefined();
  });
});

describe("templateIpamType", () => {
  it("a single-plugin config (older manifests) and unquoted placeholders", () => {
    const t = '{"name": "k8s", "type": "calico", "mtu": __CNI_MTU__, "ipam": {"type": "host-local", "subnet": "usePodCidr"}}';
    const r = templateIpamType(t);
    expect(r?.type).toBe("host-local");
    expect(r && t.slice(r.offset, r.offset + r.length)).toBe('"host-local"');
  });
  it("no calico plugin, no ipam, or not JSON: null", () => {
    expect(templateIpamType('{"plugins": [{"type": "flannel"}]}')).toBeNull();
    expect(templateIpamType('{"plugins": [{"type": "calico"}]}')).toBeNull();
    expect(templateIpamType("not json")).toBeNull();
  });
});

describe("annotations the CNI setup keeps Calico from reading", () => {
  const pod = (...ann: string[]) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n${ann.map((a) => `    cni.projectcalico.org/${a}\n`).join("")}`;
  const keys = (c: { all: readonly { key: string }[] } | undefined) => (c?.all ?? []).map((e) => e.key.replace("cni.projectcalico.org/", ""));
  const all = ["ipAddrs: '[\"10.0.0.1\"]'", "ipv4pools: '[\"p\"]'", "ipFamilies: '[\"IPv4\"]'", "hwAddr: 'aa:bb:cc:dd:ee:ff'", "floatingIPs: '[\"1.1.1.1\"]'"];
  it("host-local: the pool, family and static keys are set aside; the others stay", () => {
    const p = model(stream(HOST_LOCAL, pod(...all))).podSources[0];
    expect(keys(p?.calico)).toEqual(["hwAddr", "floatingIPs"]);
    expect(keys(p?.cniUnread)).toEqual(["ipAddrs", "ipv4pools", "ipFamilies"]);
  });
  it("host-local with both static keys: they stay (Calico fails the pod on having both first)", () => {
    const p = model(stream(HOST_LOCAL, pod("ipAddrs: '[\"10.0.0.1\"]'", "ipAddrsNoIpam: '[\"10.0.0.2\"]'"))).podSources[0];
    expect(keys(p?.calico)).toEqual(["ipAddrs", "ipAddrsNoIpam"]);
    expect(p?.cniUnread).toBeUndefined();
  });
  it("policy only: every key only the CNI plugin reads is set aside", () => {
    const p = model(stream(installation("  cni:\n    type: GKE\n"), pod(...all))).podSources[0];
    expect(keys(p?.calico)).toEqual(["floatingIPs"]);
    expect(keys(p?.cniUnread)).toEqual(["ipAddrs", "ipv4pools", "ipFamilies", "hwAddr"]);
  });
  it("a Namespace: only its pool and family keys", () => {
    const ns = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns\n  annotations:\n    cni.projectcalico.org/ipv6pools: '[\"v6\"]'\n    cni.projectcalico.org/ipAddrs: '[\"10.0.0.1\"]'\n";
    const n = model(stream(HOST_LOCAL, ns)).namespaceList[0];
    expect(keys(n?.calico)).toEqual(["ipAddrs"]);
    expect(keys(n?.cniUnread)).toEqual(["ipv6pools"]);
  });
  it("Calico IPAM: nothing set aside", () => {
    const p = model(stream(CALICO, pod(...all))).podSources[0];
    expect(keys(p?.calico)).toHaveLength(5);
    expect(p?.cniUnread).toBeUndefined();
  });
});

describe("the configuration's cni", () => {
  const withConfig = (text: string, cni: { type?: string; ipam?: string }): Model => buildModel([parseSource("test.yaml", text)], { cni });
  const plain = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n";
  it("says what no object in view says", () => {
    expect(withConfig(plain, { ipam: "host-local" }).cni).toEqual({ plugin: "Calico", ipam: "host-local", source: "the configuration's cni.ipam: host-local" });
    expect(withConfig(plain, { type: "AzureVNET" }).cni).toEqual({ plugin: "AzureVNET", ipam: null, source: "the configuration's cni.type: AzureVNET" });
    // The operator's names are taken too.
    expect(withConfig(plain, { ipam: "HostLocal" }).cni?.ipam).toBe("host-local");
    expect(calicoIpamRuns(withConfig(plain, { type: "Calico", ipam: "calico-ipam" }).cni)).toBe(true);
  });
  it("wins over the files, and keeps their location when they agree", () => {
    expect(withConfig(HOST_LOCAL, { ipam: "calico-ipam" }).cni).toMatchObject({ plugin: "Calico", ipam: "calico-ipam" });
    expect(withConfig(HOST_LOCAL, { ipam: "calico-ipam" }).cni?.span).toBeUndefined();
    const agreed = withConfig(HOST_LOCAL, { ipam: "host-local" });
    expect(at(HOST_LOCAL, agreed)).toBe("HostLocal");
  });
  it("an empty cni says nothing", () => {
    expect(withConfig(plain, {}).cni).toBeUndefined();
    expect(at(HOST_LOCAL, withConfig(HOST_LOCAL, {}))).toBe("HostLocal");
  });
});
