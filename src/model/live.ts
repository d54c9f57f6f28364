import { ipString, parseIP } from "./ip.js";

/**
 * The cluster's live pods (`--in-use`: `kubectl get pods -A -o json` or `-o yaml`). Context data,
 * not manifests: these pods are never pod sources, and nothing is reported in the file they come
 * from. Read from plain data (JSON.parse or the YAML tree's plain value).
 */

export interface OwnerRef {
  readonly kind: string;
  readonly name: string;
}

export interface LivePod {
  readonly namespace: string;
  readonly name: string;
  /** Canonical addresses from `status.podIPs` (or `status.podIP`). */
  readonly ips: readonly string[];
  /**
   * The controller chain, nearest first: the pod's controller owner, then that object's controller
   * owner where the same file holds it (`kubectl get pods,replicasets -A -o json`).
   */
  readonly owners: readonly OwnerRef[];
  readonly labels: Readonly<Record<string, string>>;
  /** Addresses the pod got through `ipAddrsNoIpam`: Calico IPAM has no record of them. */
  readonly noIpam: readonly string[];
}

export interface LiveState {
  readonly pods: readonly LivePod[];
  /** Where the data came from, for messages (the file as given). */
  readonly source: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const s = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

function controllerOf(meta: Obj | undefined): OwnerRef | undefined {
  const refs = Array.isArray(meta?.["ownerReferences"]) ? (meta["ownerReferences"] as unknown[]) : [];
  const objs = refs.filter(isObj);
  const ref = objs.find((r) => r["controller"] === true) ?? (objs.length === 1 ? objs[0] : undefined);
  const kind = s(ref?.["kind"]);
  const name = s(ref?.["name"]);
  return kind && name ? { kind, name } : undefined;
}

function canonical(text: string): string | undefined {
  const ip = parseIP(text.trim());
  return ip ? ipString(ip) : undefined;
}

/** Addresses of a `cni.projectcalico.org/ipAddrsNoIpam` value, leniently (it is live data). */
function noIpamOf(annotations: Obj | undefined): string[] {
  const raw = s(annotations?.["cni.projectcalico.org/ipAddrsNoIpam"]);
  if (!raw) return [];
  try {
    const list = JSON.parse(raw) as unknown;
    return Array.isArray(list) ? list.flatMap((x) => (typeof x === "string" ? [canonical(x)].filter((c): c is string => c !== undefined) : [])) : [];
  } catch {
    return [];
  }
}

/**
 * The pods of a `kubectl get` output (a `List`/`PodList`, or one Pod) that hold addresses now: pods
 * that finished (`Succeeded`, `Failed`) have released theirs, and `hostNetwork` pods show the node's.
 * Returns an error message when the data is not such an output.
 */
export function livePodsFrom(data: unknown, source: string): LiveState | { error: string } {
  if (!isObj(data)) return { error: "expected the output of `kubectl get pods -A -o json` (a List of Pods)" };
  const kind = s(data["kind"]);
  const items = kind === "Pod" ? [data] : Array.isArray(data["items"]) ? (data["items"] as unknown[]) : null;
  if (!items || (kind !== "Pod" && kind !== undefined && !kind.endsWith("List"))) {
    return { error: `expected the output of \`kubectl get pods -A -o json\` (a List of Pods), not ${kind ? `a ${kind}` : "this"}` };
  }
  const objects = items.filter(isObj);
  // Controllers in the same file (ReplicaSets, Jobs) extend the owner chain.
  const controllers = new Map<string, OwnerRef | undefined>();
  for (const o of objects) {
    const k = s(o["kind"]);
    if (!k || k === "Pod") continue;
    const meta = isObj(o["metadata"]) ? o["metadata"] : undefined;
    const name = s(meta?.["name"]);
    if (name) controllers.set(`${s(meta?.["namespace"]) ?? ""}/${k}/${name}`, controllerOf(meta));
  }
  const pods: LivePod[] = [];
  for (const o of objects) {
    if (s(o["kind"]) !== undefined && s(o["kind"]) !== "Pod") continue;
    const meta = isObj(o["metadata"]) ? o["metadata"] : undefined;
    const spec = isObj(o["spec"]) ? o["spec"] : undefined;
    const status = isObj(o["status"]) ? o["status"] : undefined;
    const name = s(meta?.["name"]);
    if (!name || spec?.["hostNetwork"] === true) continue;
    const phase = s(status?.["phase"]);
    if (phase === "Succeeded" || phase === "Failed") continue;
    const namespace = s(meta?.["namespace"]) ?? "default";
    const ipTexts = Array.isArray(status?.["podIPs"])
      ? (status["podIPs"] as unknown[]).map((p) => (isObj(p) ? s(p["ip"]) : undefined))
      : [s(status?.["podIP"])];
    const ips = [...new Set(ipTexts.flatMap((t) => (t ? [canonical(t)].filter((c): c is string => c !== undefined) : [])))];
    if (ips.length === 0) continue;
    const owners: OwnerRef[] = [];
    const seen = new Set<string>();
    for (let ref = controllerOf(meta); ref; ) {
      const key = `${namespace}/${ref.kind}/${ref.name}`;
      if (seen.has(key)) break;
      seen.add(key);
      owners.push(ref);
      ref = controllers.get(key);
    }
    const labels: Record<string, string> = {};
    if (isObj(meta?.["labels"])) for (const [k, v] of Object.entries(meta["labels"])) if (typeof v === "string") labels[k] = v;
    const annotations = isObj(meta?.["annotations"]) ? meta["annotations"] : undefined;
    pods.push({ namespace, name, ips, owners, labels, noIpam: noIpamOf(annotations) });
  }
  return { pods, source };
}

/** `<base>-<suffix>` where the suffix matches. */
const suffixed = (name: string, base: string, suffix: RegExp): boolean => name.startsWith(`${base}-`) && suffix.test(name.slice(base.length + 1));

/** A pod-template-hash: Kubernetes' safe encoding of a hash (no vowels, digits 2-9 and a few letters). */
const TEMPLATE_HASH = /^[bcdfghjklmnpqrstvwxz2456789]{1,10}$/;

/**
 * The live pod is one of the pods the manifest object runs (the same bare Pod, or a pod its
 * controller made), so it holding the address is no conflict: Calico releases it when the pod is
 * replaced. Follows the owner chain where known, else Kubernetes' naming: a Deployment's
 * ReplicaSet is `<deployment>-<pod-template-hash>`, a CronJob's Job `<cronjob>-<scheduled minute>`.
 */
export function sameWorkload(pod: LivePod, kind: string, namespace: string, name: string): boolean {
  if (pod.namespace !== namespace) return false;
  if (kind === "Pod") return pod.name === name;
  if (pod.owners.some((o) => o.kind === kind && o.name === name)) return true;
  const direct = pod.owners[0];
  if (!direct || pod.owners.length > 1) return false;
  if ((kind === "Deployment" || kind === "Rollout") && direct.kind === "ReplicaSet") {
    const hash = kind === "Deployment" ? pod.labels["pod-template-hash"] : pod.labels["rollouts-pod-template-hash"];
    return hash ? direct.name === `${name}-${hash}` : suffixed(direct.name, name, TEMPLATE_HASH);
  }
  if (kind === "CronJob" && direct.kind === "Job") return suffixed(direct.name, name, /^\d+$/);
  return false;
}
