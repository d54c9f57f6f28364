import {
  CALICO_PREFIX,
  NAMESPACE_KEYS,
  type CalicoAnnotations,
  type K8sObject,
  type ListKey,
  type Model,
  type Namespace,
  type PodSource,
} from "../../model/index.js";
import { oncePer } from "./once.js";

/** Helpers shared by the rules that judge Calico annotations one object at a time. */

/** A place where Calico reads its annotations: a pod (or pod template), or a Namespace. */
export interface CalicoSite {
  readonly kind: "pod" | "namespace";
  readonly object: K8sObject;
  readonly calico: CalicoAnnotations;
  readonly pod?: PodSource;
  readonly namespace?: Namespace;
}

export const isHostNetwork = (p: PodSource): boolean => p.hostNetwork?.value === true;

/** Calico reads this key at this site (Namespaces: only the pool and family keys). */
export function readsKey(site: CalicoSite, key: string): boolean {
  return site.kind === "pod" || (NAMESPACE_KEYS as readonly string[]).includes(key);
}

/**
 * The sites whose `cni.projectcalico.org/*` annotations Calico's CNI plugin reads (or the CNI setup
 * sets aside), pods then Namespaces: sites without any are left out, as the rules that judge the
 * annotations have nothing to say about them (most pods of a repository), and so are pods with
 * `hostNetwork: true` (the CNI plugin never runs for them). Built once per model.
 */
export const annotatedSites = oncePer((model: Model): readonly CalicoSite[] => {
  const sites: CalicoSite[] = [];
  const pods = model.podSources;
  // Indexed: once per pod, before the code is optimised (a for-of step allocates there).
  for (let i = 0; i < pods.length; i++) {
    const pod = pods[i]!;
    if ((pod.calico.all.length > 0 || pod.cniUnread) && !isHostNetwork(pod)) sites.push({ kind: "pod", object: pod.object, calico: pod.calico, pod });
  }
  for (const ns of model.namespaceList) if (ns.calico.all.length > 0 || ns.cniUnread) sites.push({ kind: "namespace", object: ns.object, calico: ns.calico, namespace: ns });
  return sites;
});

/** Who a bad value fails: the pod, or the namespace's pods that do not set the key themselves. */
export function victims(site: CalicoSite, key: string): string {
  if (site.kind === "pod") return "the pod";
  return `every pod in namespace ${site.namespace?.name ?? "(unnamed)"} that does not set its own ${key}`;
}

export const fullKey = (key: string): string => `${CALICO_PREFIX}${key}`;

/** The file is a JSON manifest (so a line to paste should be JSON too). */
export function isJsonSource(file: string, text: string): boolean {
  return /\.json$/i.test(file) || /^\uFEFF?\s*[{[]/.test(text);
}

/**
 * An annotation line ready to paste, for the file's syntax: `key: '<json>'` in YAML (single quotes,
 * so the JSON needs no escaping), `"key": "<escaped json>"` in a JSON manifest.
 */
export function pasteLine(json: boolean, key: string, value: string): string {
  const k = fullKey(key);
  return json ? `${JSON.stringify(k)}: ${JSON.stringify(value)}` : `${k}: '${value.replace(/'/g, "''")}'`;
}

/** JSON array text the way Calico's docs write it: `["a", "b"]`. */
export const jsonList = (items: readonly string[]): string => `[${items.map((i) => JSON.stringify(i)).join(", ")}]`;

/** A value quoted inside a message: control characters escaped so the message stays on one line. */
export function shown(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
}

/** An example value per list key, for messages that say what form is expected. */
export const EXAMPLE_VALUES: Record<ListKey, string> = {
  ipAddrs: '["10.0.0.1"]',
  ipAddrsNoIpam: '["10.0.0.1"]',
  ipv4pools: '["default-ipv4-ippool"]',
  ipv6pools: '["default-ipv6-ippool"]',
  ipFamilies: '["IPv4", "IPv6"]',
  floatingIPs: '["203.0.113.10"]',
  allowedSourcePrefixes: '["10.0.0.0/24"]',
};

/** Where a workload keeps its pod annotations, as a path for messages. */
export function templateAnnotationsPath(pod: PodSource): string {
  const t = pod.workload.template;
  return t.length === 0 ? "metadata.annotations" : `${t.join(".")}.metadata.annotations`;
}
