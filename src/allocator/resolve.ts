import {
  cidrString,
  contains,
  isSet,
  poolRequests,
  sameCIDR,
  type CIDR,
  type DecodedList,
  type IP,
  type Model,
  type Namespace,
  type PodSource,
  type Pool,
  type PoolRequest,
} from "../model/index.js";

/**
 * How Calico turns a pod's `ipv4pools` / `ipv6pools` into pools (CNI `ResolvePools`, then IPAM
 * `determinePools`), and which pool holds a static address (`getPoolForIP`).
 */

export type PoolKey = "ipv4pools" | "ipv6pools";

/** A pool Calico's IPAM will allocate from: not disabled, not marked unallocatable. */
export const isEnabled = (p: Pool): boolean => !p.disabled && p.allocatable && p.cidr !== null;

export interface ResolvedEntry {
  readonly request: PoolRequest;
  /** The pool the entry resolves to, when it does. */
  readonly pool?: Pool;
  /**
   * Why Calico fails the pod on this entry: P1 unknown name, P2 wrong family, P3 not an enabled
   * pool's exact CIDR. The message is Calico's own text.
   */
  readonly error?: { readonly code: "P1" | "P2" | "P3"; readonly message: string };
}

export interface EffectivePools {
  readonly key: PoolKey;
  /** Where the value in force comes from: the pod's own annotation or its namespace's. */
  readonly from: "pod" | "namespace";
  readonly list: DecodedList;
  /** The namespace annotation the pod's value overrides, if any. */
  readonly overridden?: DecodedList;
  readonly entries: readonly ResolvedEntry[];
}

export function namespaceOf(model: Model, pod: PodSource): Namespace | undefined {
  return model.namespaces.get(pod.namespace);
}

/** The pool list in force for one family: the pod's non-empty value, else the namespace's. */
export function effectivePoolList(model: Model, pod: PodSource, key: PoolKey): { from: "pod" | "namespace"; list: DecodedList; overridden?: DecodedList } | null {
  const own = pod.calico.lists[key];
  const ns = namespaceOf(model, pod)?.calico.lists[key];
  if (isSet(own)) return ns ? { from: "pod", list: own, overridden: ns } : { from: "pod", list: own };
  if (ns) return { from: "namespace", list: ns };
  return null;
}

const familyOfKey = (key: PoolKey): 4 | 6 => (key === "ipv4pools" ? 4 : 6);

/** Resolve one request exactly as Calico does; `null` pools means no pools are known. */
export function resolveRequest(model: Model, key: PoolKey, req: PoolRequest): ResolvedEntry {
  const family = familyOfKey(key);
  let cidr: CIDR | null = req.cidr;
  let named: Pool | undefined;
  if (!cidr) {
    // Not a CIDR: look the name up among all pools, disabled ones included.
    named = model.pools.find((p) => p.name === req.text);
    if (!named || !named.cidr) {
      return { request: req, error: { code: "P1", message: `error parsing pool "${req.text}": invalid CIDR address: ${req.text}` } };
    }
    cidr = named.cidr;
  }
  const netText = cidrString(cidr).split("/")[0] ?? "";
  if (cidr.family !== family) {
    return { request: req, error: { code: "P2", message: `"${netText}" isn't a IPv${family} address` } };
  }
  const match = model.pools.find((p) => isEnabled(p) && p.cidr !== null && sameCIDR(p.cidr, cidr));
  if (!match) {
    return { request: req, ...(named ? { pool: named } : {}), error: { code: "P3", message: `the given pool (${cidrString(cidr)}) does not exist, or is not enabled` } };
  }
  return { request: req, pool: match };
}

/** The pools a pod source asks for, per family key, resolved; null when it asks for none. */
export function effectivePools(model: Model, pod: PodSource, key: PoolKey): EffectivePools | null {
  const chosen = effectivePoolList(model, pod, key);
  if (!chosen) return null;
  const requests = poolRequests(chosen.list) ?? [];
  const entries = requests.map((r) => resolveRequest(model, key, r));
  return { key, ...chosen, entries };
}

/** The enabled pool that holds a static address, as `getPoolForIP` finds it. */
export function poolContaining(model: Model, ip: IP): Pool | undefined {
  return model.pools.find((p) => isEnabled(p) && p.cidr !== null && contains(p.cidr, ip));
}
