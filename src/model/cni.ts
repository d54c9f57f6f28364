import { innerSpan, type Span } from "../load/index.js";
import { decodeCalico, shortKey, type CalicoAnnotations } from "./annotations.js";
import { apiGroup, type K8sObject } from "./objects.js";
import { asScalar, get, str } from "./tree.js";

/**
 * Which CNI plugin and IPAM serve the pods, where the files say so (calico-reference.md §1.1). The Calico
 * CNI plugin reads `ipv4pools`, `ipv6pools` and `ipFamilies` only under `calico-ipam`, fails a pod
 * with `ipAddrs` / `ipAddrsNoIpam` under any other IPAM, and does not run at all when the operator
 * installs Calico for policy only (`spec.cni.type` AmazonVPC, AzureVNET, GKE).
 */
export interface CniSetup {
  /** "Calico", or the operator's `spec.cni.type` when another CNI plugin serves the pods. */
  readonly plugin: string;
  /** The Calico CNI config's `ipam.type` (`calico-ipam`, `host-local`, …); null when the plugin is not Calico. */
  readonly ipam: string | null;
  /** The Installation or ConfigMap that says so; none when the configuration file does. */
  readonly object?: K8sObject;
  /** The field that says so (the object itself when a default says so); none from the configuration. */
  readonly span?: Span;
  /** Where it was read, for messages: `Installation default spec.cni.ipam.type: HostLocal`. */
  readonly source: string;
}

/** The CNI setup runs Calico's CNI plugin with Calico IPAM (also when the files do not say). */
export const calicoIpamRuns = (cni: CniSetup | undefined): boolean => !cni || (cni.plugin === "Calico" && cni.ipam === "calico-ipam");

/** Operator `spec.cni.ipam.type` → the CNI config's `ipam.type` (operator `pkg/render/node.go`). */
const OPERATOR_IPAM: Readonly<Record<string, string>> = { Calico: "calico-ipam", HostLocal: "host-local" };

/** ConfigMaps whose `cni_network_config` the manifest installs' install-cni container writes out. */
const CNI_CONFIGMAPS = new Set(["calico-config", "canal-config"]);

/**
 * The CNI plugin the operator runs when `spec.cni.type` is unset: it follows `kubernetesProvider`
 * (operator:pkg/controller/installation/core_controller.go `fillDefaults`): AKS → AzureVNET,
 * EKS → AmazonVPC, GKE → GKE, anything else → Calico.
 */
const PROVIDER_CNI: Readonly<Record<string, string>> = { AKS: "AzureVNET", EKS: "AmazonVPC", GKE: "GKE" };

/** The operator's CNI plugin for an Installation (`spec.cni.type`, else the provider's default); undefined when not a string. */
export function installationCniType(o: K8sObject): string | undefined {
  const typeNode = get(o.node, "spec", "cni", "type");
  if (typeNode) return str(typeNode);
  return PROVIDER_CNI[str(get(o.node, "spec", "kubernetesProvider")) ?? ""] ?? "Calico";
}

function fromInstallation(o: K8sObject): CniSetup | null {
  const name = `Installation ${o.ref.name ?? "(unnamed)"}`;
  const typeNode = get(o.node, "spec", "cni", "type");
  const plugin = installationCniType(o);
  if (plugin === undefined) return null;
  if (plugin !== "Calico") {
    const providerNode = get(o.node, "spec", "kubernetesProvider");
    const why = typeNode ? `${name} spec.cni.type: ${plugin}` : `${name} spec.kubernetesProvider: ${str(providerNode) ?? ""} (the ${plugin} CNI by default)`;
    return { plugin, ipam: null, object: o, span: typeNode?.span ?? providerNode?.span ?? o.ref.span, source: why };
  }
  const ipamNode = get(o.node, "spec", "cni", "ipam", "type");
  const ipamType = ipamNode ? str(ipamNode) : "Calico";
  const ipam = ipamType !== undefined ? OPERATOR_IPAM[ipamType] : undefined;
  // A value outside the CRD's enum for Calico CNI: the operator refuses it; assume nothing.
  if (ipam === undefined) return null;
  const span = ipamNode?.span ?? typeNode?.span ?? o.ref.span;
  const source = ipamNode ? `${name} spec.cni.ipam.type: ${ipamType ?? ""}` : `${name} (Calico IPAM by default)`;
  return { plugin, ipam, object: o, span, source };
}

/**
 * The `ipam.type` of the calico plugin in a CNI config template (`cni_network_config`): a conflist
 * or a single plugin config, with `__PLACEHOLDERS__` (some unquoted, such as `__CNI_MTU__`). Null
 * when the template cannot be read as JSON (a Helm template, a typo) or names no calico plugin.
 */
export function templateIpamType(template: string): { type: string; offset: number; length: number } | null {
  // Same-length replacement keeps every offset: a placeholder becomes `0` and spaces, valid in a
  // string and where a number is expected.
  const filled = template.replace(/__[A-Z0-9_]+__/g, (m) => "0".padEnd(m.length, " "));
  let parsed: unknown;
  try {
    parsed = JSON.parse(filled);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return null;
  const root = parsed as Record<string, unknown>;
  const plugins = Array.isArray(root.plugins) ? root.plugins : [root];
  const calico = plugins.filter((p): p is Record<string, unknown> => !!p && typeof p === "object" && (p as Record<string, unknown>).type === "calico");
  if (calico.length !== 1) return null;
  const ipam = calico[0]?.ipam;
  if (!ipam || typeof ipam !== "object") return null;
  const type = (ipam as Record<string, unknown>).type;
  if (typeof type !== "string" || type === "") return null;
  // Where it is written: the `"type"` inside the first `"ipam": {`; the whole value if not found.
  const at = /"ipam"\s*:\s*\{/.exec(filled);
  const rest = at ? filled.slice(at.index) : "";
  const m = new RegExp(`"type"\\s*:\\s*"(${type.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})"`).exec(rest);
  if (!at || !m?.[1]) return { type, offset: -1, length: 0 };
  return { type, offset: at.index + m.index + m[0].length - m[1].length - 2, length: m[1].length + 2 };
}

function fromConfigMap(o: K8sObject): CniSetup | null {
  const node = asScalar(get(o.node, "data", "cni_network_config"));
  if (!node || typeof node.value !== "string") return null;
  const found = templateIpamType(node.value);
  if (!found) return null;
  const span = found.offset >= 0 ? innerSpan(node, found.offset, found.offset + found.length) : node.span;
  const ns = o.ref.namespace ? `${o.ref.namespace}/` : "";
  return { plugin: "Calico", ipam: found.type, object: o, span, source: `ConfigMap ${ns}${o.ref.name ?? ""} cni_network_config ipam.type ${found.type}` };
}

/**
 * The CNI setup the files show: operator Installations and the manifest installs' CNI config
 * ConfigMap. Sources that disagree say nothing (undefined: Calico IPAM assumed, as before).
 */
/**
 * The CNI setup: the configuration's `cni` where it says something (its `type`, its `ipam`), else
 * what the Installation or calico-config / canal-config in view say (nothing when they disagree).
 */
export function cniSetupFrom(objects: readonly K8sObject[], given?: { readonly type?: string; readonly ipam?: string }): CniSetup | undefined {
  const files = cniSetupInFiles(objects);
  if (given?.type === undefined && given?.ipam === undefined) return files;
  const plugin = given.type ?? files?.plugin ?? "Calico";
  const ipam = plugin !== "Calico" ? null : given.ipam !== undefined ? (OPERATOR_IPAM[given.ipam] ?? given.ipam) : files?.plugin === "Calico" ? files.ipam : "calico-ipam";
  // The files agree with the configuration: keep their location for the findings to point at.
  if (files && files.plugin === plugin && files.ipam === ipam) return files;
  const said = [given.type !== undefined ? `cni.type: ${given.type}` : "", given.ipam !== undefined ? `cni.ipam: ${given.ipam}` : ""].filter(Boolean).join(", ");
  return { plugin, ipam, source: `the configuration's ${said}` };
}

function cniSetupInFiles(objects: readonly K8sObject[]): CniSetup | undefined {
  const found: CniSetup[] = [];
  for (const o of objects) {
    const group = apiGroup(o.ref.apiVersion);
    if (o.ref.kind === "Installation" && group === "operator.tigera.io") {
      const s = fromInstallation(o);
      if (!s) return undefined;
      found.push(s);
    } else if (o.ref.kind === "ConfigMap" && group === "" && CNI_CONFIGMAPS.has(o.ref.name ?? "") && (o.ref.namespace ?? "kube-system") === "kube-system") {
      if (!get(o.node, "data", "cni_network_config")) continue;
      const s = fromConfigMap(o);
      if (!s) return undefined;
      found.push(s);
    }
  }
  const first = found[0];
  if (!first) return undefined;
  if (found.some((s) => s.plugin !== first.plugin || s.ipam !== first.ipam)) return undefined;
  // Prefer a source that names the setting over one that only defaults to it.
  // (by position: an object's span is made anew each time it is asked for)
  const namesIt = (s: CniSetup): boolean => {
    const at = s.object?.ref.span;
    return at !== undefined && (s.span === undefined || s.span.start !== at.start || s.span.end !== at.end || s.span.file !== at.file);
  };
  return found.find(namesIt) ?? first;
}

/** Keys the Calico CNI plugin reads only under Calico IPAM (ignored under any other). */
const IPAM_ONLY: readonly string[] = ["ipv4pools", "ipv6pools", "ipFamilies"];
/** Keys that fail the pod under another IPAM, before they are parsed. */
const STATIC_KEYS: readonly string[] = ["ipAddrs", "ipAddrsNoIpam"];
/**
 * Keys only the CNI plugin reads. `floatingIPs` and `allowedSourcePrefixes` are left out: Calico's
 * pod-to-WorkloadEndpoint conversion reads them too, and Felix runs it for policy-only installs.
 */
export const CNI_ONLY: readonly string[] = [...IPAM_ONLY, ...STATIC_KEYS, "hwAddr"];

/**
 * Split a pod's (or namespace's) Calico annotations into those the CNI setup lets Calico act on and
 * those it does not (ignored, or `ipAddrs` / `ipAddrsNoIpam` failing the pod before they are parsed).
 * Under Calico IPAM, or when the files do not say, everything is kept.
 */
export function splitForCni(c: CalicoAnnotations, cni: CniSetup | undefined, site: "pod" | "namespace"): { kept: CalicoAnnotations; unread?: CalicoAnnotations } {
  if (calicoIpamRuns(cni)) return { kept: c };
  let drop: readonly string[];
  // On a Namespace only the pool and family keys are read; the others are misplaced whatever the CNI.
  if (site === "namespace") drop = IPAM_ONLY;
  else if (cni?.plugin !== "Calico") drop = CNI_ONLY;
  else {
    // Both static keys set: Calico fails the pod with C1 before it looks at the IPAM type.
    const both = c.lists.ipAddrs?.raw && c.lists.ipAddrsNoIpam?.raw;
    drop = both ? IPAM_ONLY : [...IPAM_ONLY, ...STATIC_KEYS];
  }
  const gone = c.all.filter((e) => drop.includes(shortKey(e.key)));
  if (gone.length === 0) return { kept: c };
  return { kept: decodeCalico(c.all.filter((e) => !gone.includes(e))), unread: decodeCalico(gone) };
}
