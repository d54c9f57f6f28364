import type { MapNode, Node, SourceFile, Span } from "../load/index.js";
import { apiGroup, type K8sObject } from "./objects.js";
import { asMap, get, str, text } from "./tree.js";

/**
 * The default pools and pod CIDRs that installers fill in, read from their own configuration:
 *
 * - **kubespray** (inventory `group_vars`, not Kubernetes objects): the calico role applies one
 *   IPPool per family with calicoctl (kubespray:roles/network_plugin/calico/tasks/install.yml
 *   "Configure Calico IP Pool"), from `calico_pool_name`, `calico_pool_cidr | default(kube_pods_subnet)`,
 *   `calico_pool_blocksize`, `calico_ipip_mode`, `calico_vxlan_mode` (defaults in
 *   roles/network_plugin/calico_defaults/defaults/main.yml and roles/kubespray_defaults), and
 *   `kube_pods_subnet` is kube-controller-manager's cluster CIDR.
 * - **kops** (the `Cluster` object, kops.k8s.io): its Calico addon sets calico-node's
 *   `CALICO_IPV4POOL_CIDR` to kube-controller-manager's cluster CIDR (kops:upup/models/cloudup/
 *   resources/addons/networking.projectcalico.org/k8s-1.25.yaml.template), which is
 *   `kubeControllerManager.clusterCIDR`, else `podCIDR`, else derived from `nonMasqueradeCIDR`
 *   (pkg/model/components/kubecontrollermanager.go, upup/pkg/fi/cloudup/populate_cluster_spec.go
 *   `assignSubnets`); the IPIP and VXLAN modes come from `networking.calico`
 *   (upup/pkg/fi/cloudup/template_functions.go).
 *
 * What a template expression decides (`{{ … }}` other than one plain variable) is unknown and
 * gives nothing. Installations that disagree (two inventories, two kops clusters) give nothing
 * either: the files describe several clusters and do not say which one is linted.
 */

/** One default pool an installer creates; the model turns it into a `Pool`. */
export interface InstallerPool {
  readonly object: K8sObject;
  readonly name: string;
  readonly cidr: string;
  /** Where the CIDR is written (or what decides it). */
  readonly span: Span;
  readonly fieldPath: string;
  readonly blockSize: number;
  readonly ipipMode: string;
  readonly vxlanMode: string;
  /** Created only into a cluster without pools (calico-node's start-up) rather than always applied. */
  readonly implicit: boolean;
  readonly origin: "kubespray" | "calico-node";
}

export interface InstallerCidr {
  readonly text: string;
  readonly source: string;
  readonly span: Span;
  readonly object: K8sObject;
}

export interface InstallerSetup {
  readonly pools: readonly InstallerPool[];
  readonly podCidrs: readonly InstallerCidr[];
}

const NONE: InstallerSetup = { pools: [], podCidrs: [] };

// --- kubespray ------------------------------------------------------------------------------

/** The groups whose variables reach the first control-plane host, lowest precedence first. */
const GROUPS = ["all", "k8s_cluster", "k8s-cluster", "kube_control_plane"];
/** Variables that make an inventory a kubespray one. */
const KUBESPRAY_KEYS = ["kube_network_plugin", "kube_pods_subnet", "kube_pods_subnet_ipv6", "calico_pool_cidr", "calico_pool_name", "calico_pool_blocksize", "calico_ipip_mode", "calico_vxlan_mode"];

interface Var {
  readonly node: Node;
  readonly file: SourceFile;
}

/** `inventory/prod/group_vars/k8s_cluster/k8s-net-calico.yml` → the inventory and the group. */
function groupVarsFile(path: string): { inventory: string; group: string; order: string } | null {
  const p = path.replace(/\\/g, "/");
  const i = p.lastIndexOf("group_vars/");
  if (i < 0) return null;
  const inventory = p.slice(0, i).replace(/\/$/, "");
  const rest = p.slice(i + "group_vars/".length);
  const m = /^([^/]+?)(?:\.ya?ml|\/([^/]+)\.ya?ml)$/.exec(rest);
  if (!m?.[1]) return null;
  return { inventory, group: m[1], order: m[2] ?? "" };
}

function kubesprayInventory(inventory: string, entries: readonly { group: string; order: string; file: SourceFile }[]): InstallerSetup | null {
  const vars = new Map<string, Var>();
  // Ansible: a child group's variables win over its parents'; files of one group directory load in name order.
  const sorted = [...entries].sort((a, b) => GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group) || (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  for (const e of sorted) {
    for (const doc of e.file.documents) {
      const root = asMap(doc.root ?? undefined);
      if (!root) continue;
      for (const en of root.entries) vars.set(en.key, { node: en.value, file: e.file });
    }
  }
  if (!KUBESPRAY_KEYS.some((k) => vars.has(k))) return null;
  const value = (k: string, seen = new Set<string>()): { text: string; span?: Span } | undefined | null => {
    const v = vars.get(k);
    if (!v) return undefined;
    const t = text(v.node);
    if (t === undefined) return null;
    // One plain variable (`"{{ kube_pods_subnet }}"`) is followed; any other expression is unknown.
    const ref = /^\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/.exec(t.trim());
    if (ref?.[1]) {
      if (seen.has(ref[1])) return null;
      const r = value(ref[1], new Set([...seen, k]));
      return r ? { text: r.text, span: v.node.span } : null;
    }
    if (t.includes("{{") || t.includes("{%")) return null;
    return { text: t.trim(), span: v.node.span };
  };
  const plugin = value("kube_network_plugin");
  if (plugin === null || (plugin && plugin.text !== "calico")) return NONE;
  const hostLocal = value("calico_ipam_host_local");
  // host-local IPAM: the pods do not draw from the pool (not modelled here).
  if (hostLocal === null || (hostLocal && hostLocal.text.toLowerCase() === "true")) return NONE;

  const firstFile = (sorted[0] as { file: SourceFile }).file;
  const rootNode = asMap(firstFile.documents[0]?.root ?? undefined) as MapNode;
  const object: K8sObject = {
    ref: { apiVersion: "kubespray", kind: "Inventory", name: inventory === "" ? "." : inventory, file: firstFile.path, span: rootNode.span },
    node: rootNode,
    contextOnly: firstFile.contextOnly,
    annotations: [],
    annotationsAt: rootNode.span,
    labels: {},
  };
  const objectFor = (span: Span | undefined, file: string): K8sObject => (span && file !== object.ref.file ? { ...object, ref: { ...object.ref, file, span } } : object);
  const fileOf = (k: string): string => vars.get(k)?.file.path ?? object.ref.file;

  const stack = (k: string, dflt: boolean): boolean | null => {
    const v = value(k);
    if (v === null) return null;
    return v ? v.text.toLowerCase() === "true" : dflt;
  };
  const dual = stack("enable_dual_stack_networks", false);
  const v4 = stack("ipv4_stack", true);
  const v6 = vars.has("ipv6_stack") ? stack("ipv6_stack", false) : dual;
  const pools: InstallerPool[] = [];
  const podCidrs: InstallerCidr[] = [];
  const name = value("calico_pool_name");
  const families: { on: boolean | null; suffix: string; subnet: string; subnetDefault: string; cidrKey: string; bs: string; bsDefault: number; ipip: string; vxlan: string; vxlanDefault: string }[] = [
    { on: v4, suffix: "", subnet: "kube_pods_subnet", subnetDefault: "10.233.64.0/18", cidrKey: "calico_pool_cidr", bs: "calico_pool_blocksize", bsDefault: 26, ipip: "calico_ipip_mode", vxlan: "calico_vxlan_mode", vxlanDefault: "Always" },
    { on: v6, suffix: "-ipv6", subnet: "kube_pods_subnet_ipv6", subnetDefault: "fd85:ee78:d8a6:8607::1:0000/112", cidrKey: "calico_pool_cidr_ipv6", bs: "calico_pool_blocksize_ipv6", bsDefault: 122, ipip: "calico_ipip_mode_ipv6", vxlan: "calico_vxlan_mode_ipv6", vxlanDefault: "Always" },
  ];
  for (const f of families) {
    if (f.on !== true || name === null) continue;
    const subnet = value(f.subnet);
    const cidr = value(f.cidrKey);
    const bs = value(f.bs);
    const ipip = value(f.ipip);
    const vxlan = value(f.vxlan);
    if (subnet === null || cidr === null || bs === null || ipip === null || vxlan === null) continue;
    const subnetText = subnet?.text ?? f.subnetDefault;
    const subnetSpan = subnet?.span ?? object.ref.span;
    if (subnet) podCidrs.push({ text: subnetText, source: `kubespray ${f.subnet}`, span: subnetSpan, object: objectFor(subnet.span, fileOf(f.subnet)) });
    else podCidrs.push({ text: subnetText, source: `kubespray ${f.subnet} (default)`, span: subnetSpan, object });
    const blockSize = bs ? Number(bs.text) : f.bsDefault;
    if (!Number.isInteger(blockSize)) continue;
    const cidrSpan = cidr?.span ?? subnet?.span ?? object.ref.span;
    const cidrFile = cidr ? fileOf(f.cidrKey) : subnet ? fileOf(f.subnet) : object.ref.file;
    pools.push({
      object: objectFor(cidrSpan, cidrFile),
      name: `${name?.text ?? "default-pool"}${f.suffix}`,
      cidr: cidr?.text ?? subnetText,
      span: cidrSpan,
      fieldPath: cidr ? f.cidrKey : f.subnet,
      blockSize,
      ipipMode: ipip?.text ?? "Never",
      vxlanMode: vxlan?.text ?? f.vxlanDefault,
      implicit: false,
      origin: "kubespray",
    });
  }
  return { pools, podCidrs };
}

/** The kubespray inventories' default pools and pod CIDRs (none when several inventories disagree). */
export function kubesprayFrom(files: readonly SourceFile[]): InstallerSetup {
  const byInventory = new Map<string, { group: string; order: string; file: SourceFile }[]>();
  for (const file of files) {
    const g = groupVarsFile(file.path);
    if (!g || !GROUPS.includes(g.group)) continue;
    let list = byInventory.get(g.inventory);
    if (!list) byInventory.set(g.inventory, (list = []));
    list.push({ group: g.group, order: g.order, file });
  }
  const found: InstallerSetup[] = [];
  for (const [inv, entries] of byInventory) {
    const s = kubesprayInventory(inv, entries);
    if (s) found.push(s);
  }
  return agreeing(found);
}

// --- kops -----------------------------------------------------------------------------------

/** kops `assignSubnets`: an IPv4 nonMasqueradeCIDR's upper half (one more prefix bit, set). */
export function kopsPodCidrFromNonMasquerade(nm: string): string | null {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(nm.trim());
  if (!m) return null;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 31) return null;
  let v = octets.reduce((n, o) => n * 256 + o, 0);
  const size = 2 ** (32 - prefix);
  v = v - (v % size) + size / 2;
  const out = [24, 16, 8, 0].map((s) => Math.floor(v / 2 ** s) % 256).join(".");
  return `${out}/${prefix + 1}`;
}

const KOPS_MODES = new Set(["Always", "CrossSubnet", "Never"]);

function kopsCluster(o: K8sObject): InstallerSetup | null {
  const spec = get(o.node, "spec");
  const networking = get(spec, "networking");
  const calico = get(networking, "calico");
  if (!calico) return null;
  // v1alpha2 keeps the CIDRs on the spec, v1alpha3 under networking.
  const field = (k: string): Node | undefined => get(spec, k) ?? get(networking, k);
  const kcm = get(spec, "kubeControllerManager", "clusterCIDR");
  const pod = field("podCIDR");
  const nm = field("nonMasqueradeCIDR");
  let cidr: string | undefined;
  let span: Span | undefined;
  let fieldPath = "";
  if (kcm) {
    cidr = str(kcm);
    span = kcm.span;
    fieldPath = "spec.kubeControllerManager.clusterCIDR";
  } else if (pod) {
    cidr = str(pod);
    span = pod.span;
    fieldPath = get(spec, "podCIDR") ? "spec.podCIDR" : "spec.networking.podCIDR";
  } else if (nm) {
    const t = str(nm);
    cidr = t !== undefined ? (kopsPodCidrFromNonMasquerade(t) ?? undefined) : undefined;
    span = nm.span;
    fieldPath = get(spec, "nonMasqueradeCIDR") ? "spec.nonMasqueradeCIDR" : "spec.networking.nonMasqueradeCIDR";
  }
  // IPv6-only clusters use host-local IPAM and NO_DEFAULT_POOLS; a template expression is unknown.
  if (cidr === undefined || span === undefined || cidr.includes("{{") || cidr.includes(":")) return NONE;
  const enc = str(get(calico, "encapsulationMode")) ?? "ipip";
  const ipipGiven = str(get(calico, "ipipMode"));
  const vxlanGiven = str(get(calico, "vxlanMode"));
  const openstack = get(spec, "cloudProvider", "openstack") !== undefined || str(get(spec, "cloudProvider")) === "openstack";
  const ipipMode = enc !== "ipip" ? "Never" : (ipipGiven ?? (openstack ? "Always" : "CrossSubnet"));
  const vxlanMode = enc !== "vxlan" ? "Never" : (vxlanGiven ?? "CrossSubnet");
  if (!KOPS_MODES.has(ipipMode) || !KOPS_MODES.has(vxlanMode)) return NONE;
  return {
    pools: [{ object: o, name: "default-ipv4-ippool", cidr, span, fieldPath, blockSize: 26, ipipMode, vxlanMode, implicit: true, origin: "calico-node" }],
    podCidrs: [{ text: cidr, source: "kops Cluster", span, object: o }],
  };
}

/** The kops Clusters' default pool and pod CIDR (none when several clusters disagree). */
export function kopsFrom(objects: readonly K8sObject[]): InstallerSetup {
  const found: InstallerSetup[] = [];
  for (const o of objects) {
    if (o.ref.kind !== "Cluster" || apiGroup(o.ref.apiVersion) !== "kops.k8s.io") continue;
    const s = kopsCluster(o);
    if (s) found.push(s);
  }
  return agreeing(found);
}

/** One setup, or several that say the same; nothing when they differ. */
function agreeing(found: readonly InstallerSetup[]): InstallerSetup {
  const first = found[0];
  if (!first) return NONE;
  const key = (s: InstallerSetup): string => JSON.stringify([s.pools.map((p) => [p.name, p.cidr, p.blockSize, p.ipipMode, p.vxlanMode]), s.podCidrs.map((c) => c.text)]);
  const k = key(first);
  return found.every((s) => key(s) === k) ? first : NONE;
}
