import {
  cidrString,
  contains,
  isSet,
  poolRequests,
  sameCIDR,
  within,
  type CIDR,
  type DecodedList,
  type Family,
  type IP,
  type Model,
  type Namespace,
  type PodSource,
  type Pool,
  type PoolRequest,
} from "../model/index.js";
import { copyRank } from "./copies.js";

/**
 * How Calico turns a pod's `ipv4pools` / `ipv6pools` into pools (CNI `ResolvePools`, then IPAM
 * `determinePools`), and which pool holds a static address (`getPoolForIP`).
 *
 * Every function takes the pools to look in as an optional last argument; the default is
 * `poolsInPlay(model)`, the pools as one cluster would hold them.
 */

export type PoolKey = "ipv4pools" | "ipv6pools";

/** A pool Calico's IPAM will allocate from: not disabled, not marked unallocatable. */
export const isEnabled = (p: Pool): boolean => !p.disabled && p.allocatable && p.cidr !== null;

export const familyOfKey = (key: PoolKey): Family => (key === "ipv4pools" ? 4 : 6);
export const keyOfFamily = (family: Family): PoolKey => (family === 4 ? "ipv4pools" : "ipv6pools");

const views = new WeakMap<Model, readonly Pool[]>();

/**
 * The pools as one cluster would hold them: names are unique, so a pool seen twice (an exported
 * IPPool and the Installation entry it came from, both API groups, a patch without a cidr) counts
 * once: IPPool objects with a cidr first, then enabled copies (`copyRank`). The Installation's implicit default pool exists only where
 * no IPPool object does (the operator creates it only into an empty cluster). The allocator, the
 * pool lookups here and the pool rules all read this one list, so a resolved pool is always one
 * the allocator knows. Computed once per model.
 */
export function poolsInPlay(model: Model): readonly Pool[] {
  const cached = views.get(model);
  if (cached) return cached;
  const anyIPPool = model.pools.some((p) => p.origin === "IPPool");
  const rank = copyRank;
  const chosen = new Map<string, Pool>();
  for (const p of model.pools) {
    if (p.name === "" || (p.implicit && anyIPPool)) continue;
    const have = chosen.get(p.name);
    if (!have || rank(p) < rank(have)) chosen.set(p.name, p);
  }
  const out = model.pools.filter((p) => !(p.implicit && anyIPPool) && (p.name === "" || chosen.get(p.name) === p));
  views.set(model, out);
  return out;
}

export interface ResolvedEntry {
  readonly request: PoolRequest;
  /** The pool the entry resolves to, when it does. */
  readonly pool?: Pool;
  /**
   * Why Calico fails the pod on this entry: P1 unknown name, P2 wrong family, P3 not an enabled
   * pool's exact CIDR. The message is Calico's own text.
   */
  readonly error?: { readonly code: "P1" | "P2" | "P3"; readonly message: string };
  /**
   * Set (with neither `pool` nor `error`) when the files cannot say what the entry resolves to: the
   * name is that of a pool whose manifest has no cidr (a patch of a pool defined elsewhere), or of
   * the operator's default pool, which exists when the operator created it before other pools.
   */
  readonly undetermined?: string;
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

/**
 * A list of pools looked up by name and by CIDR, made once per list: every pool request of every
 * pod is resolved against the same list, and searching it for each (twice for a name no pool has)
 * grew with pods times pools.
 */
interface PoolIndex {
  /** The pools of each name, in the list's order. */
  readonly byName: Map<string, Pool[]>;
  /** The first enabled pool of each CIDR (`cidrKey`). */
  readonly enabled: Map<string, Pool>;
}
const indexes = new WeakMap<readonly Pool[], PoolIndex>();
const cidrKey = (c: CIDR): string => `${c.family} ${c.network} ${c.prefix}`;

function indexOf(pools: readonly Pool[]): PoolIndex {
  let index = indexes.get(pools);
  if (index) return index;
  index = { byName: new Map(), enabled: new Map() };
  for (const p of pools) {
    const list = index.byName.get(p.name);
    if (list) list.push(p);
    else index.byName.set(p.name, [p]);
    if (p.cidr !== null && isEnabled(p) && !index.enabled.has(cidrKey(p.cidr))) index.enabled.set(cidrKey(p.cidr), p);
  }
  indexes.set(pools, index);
  return index;
}

/** The pools of each name among `pools` (a model's, or `poolsInPlay`'s), in their order; made once per list. */
export function poolsByName(pools: readonly Pool[]): ReadonlyMap<string, readonly Pool[]> {
  return indexOf(pools).byName;
}

/** The pool a name denotes (`metadata.name`, exact), among the pools given: the first with a CIDR, else the first. */
export function poolNamed(name: string, pools: readonly Pool[]): Pool | undefined {
  const named = indexOf(pools).byName.get(name);
  return named?.find((p) => p.cidr !== null) ?? named?.[0];
}

/** The enabled pool whose CIDR is exactly `cidr` (what `determinePools` requires of a request), the first such. */
export function enabledPoolWithCIDR(cidr: CIDR, pools: readonly Pool[]): Pool | undefined {
  return indexOf(pools).enabled.get(cidrKey(cidr));
}

/** Resolve one request exactly as Calico does. */
export function resolveRequest(model: Model, key: PoolKey, req: PoolRequest, pools: readonly Pool[] = poolsInPlay(model)): ResolvedEntry {
  const family = familyOfKey(key);
  let cidr: CIDR | null = req.cidr;
  let named: Pool | undefined;
  if (!cidr) {
    // Not a CIDR: look the name up among all pools, disabled ones included.
    named = poolNamed(req.text, pools);
    if (!named?.cidr) {
      const elsewhere = named ?? indexOf(model.pools).byName.get(req.text)?.[0];
      if (elsewhere) {
        const why = elsewhere.cidr === null ? `the manifest of pool ${req.text} gives no cidr` : `pool ${req.text} is the operator's default pool, which exists only if the operator created it before any other pool`;
        return { request: req, undetermined: why };
      }
      return { request: req, error: { code: "P1", message: `error parsing pool "${req.text}": invalid CIDR address: ${req.text}` } };
    }
    cidr = named.cidr;
  }
  if (cidr.family !== family) {
    const netText = cidrString(cidr).split("/")[0] ?? "";
    return { request: req, ...(named ? { pool: named } : {}), error: { code: "P2", message: `"${netText}" isn't a IPv${family} address` } };
  }
  const match = enabledPoolWithCIDR(cidr, pools);
  if (!match) {
    return { request: req, ...(named ? { pool: named } : {}), error: { code: "P3", message: `the given pool (${cidrString(cidr)}) does not exist, or is not enabled` } };
  }
  return { request: req, pool: match };
}

/** The pools a pod source asks for, per family key, resolved; null when it asks for none. */
export function effectivePools(model: Model, pod: PodSource, key: PoolKey, pools: readonly Pool[] = poolsInPlay(model)): EffectivePools | null {
  const chosen = effectivePoolList(model, pod, key);
  if (!chosen) return null;
  // The shared resolution of the list (a namespace's is asked for once per pod in it).
  const entries = chosen.list.key === key ? (resolveList(model, chosen.list, pools) ?? []) : (poolRequests(chosen.list) ?? []).map((r) => resolveRequest(model, key, r, pools));
  return { key, ...chosen, entries };
}

/**
 * Resolved lists by model, pools and list (a namespace's list is asked for once per pod in it), and
 * each entry's resolution by key and text (thousands of pods name the same few pools).
 */
interface ListMemo {
  /**
   * A Map, not a WeakMap: the memo lives as long as its model, which holds the lists anyway, and a
   * WeakMap of thousands of keys is an ephemeron table the garbage collector walks again and again.
   */
  readonly lists: Map<DecodedList, readonly ResolvedEntry[] | null>;
  /** Per key, by the entry's text (a map per key: no key-and-text string made per entry). */
  readonly texts: Record<PoolKey, Map<string, ResolvedEntry>>;
}
const resolvedLists = new WeakMap<Model, WeakMap<readonly Pool[], ListMemo>>();

/** Every entry of one pool annotation (a pod's or a namespace's), resolved; null when it does not decode. Shared by the callers. */
export function resolveList(model: Model, list: DecodedList, pools: readonly Pool[] = poolsInPlay(model)): readonly ResolvedEntry[] | null {
  return resolveIn(memoFor(model, pools), model, list, pools);
}

/** `resolveList` for one model and pools, the shared memo looked up once: for a caller that asks per pod. */
export function listResolver(model: Model, pools: readonly Pool[] = poolsInPlay(model)): (list: DecodedList) => readonly ResolvedEntry[] | null {
  const memo = memoFor(model, pools);
  return (list) => resolveIn(memo, model, list, pools);
}

function memoFor(model: Model, pools: readonly Pool[]): ListMemo {
  let byPools = resolvedLists.get(model);
  if (!byPools) resolvedLists.set(model, (byPools = new WeakMap()));
  let memo = byPools.get(pools);
  if (!memo) byPools.set(pools, (memo = { lists: new Map(), texts: { ipv4pools: new Map(), ipv6pools: new Map() } }));
  return memo;
}

function resolveIn(memo: ListMemo, model: Model, list: DecodedList, pools: readonly Pool[]): readonly ResolvedEntry[] | null {
  const known = memo.lists.get(list);
  if (known !== undefined) return known;
  let out: readonly ResolvedEntry[] | null = null;
  if (list.key === "ipv4pools" || list.key === "ipv6pools") {
    const key = list.key;
    const texts = memo.texts[key];
    out =
      poolRequests(list)?.map((r) => {
        // The resolution depends on the key and the text only; the entry keeps its own request (and span).
        const seen = texts.get(r.text);
        if (!seen) {
          const e = resolveRequest(model, key, r, pools);
          texts.set(r.text, e);
          return e;
        }
        return withRequest(seen, r);
      }) ?? null;
  }
  memo.lists.set(list, out);
  return out;
}

/** The same resolution for another request of the same text. */
function withRequest(e: ResolvedEntry, request: PoolRequest): ResolvedEntry {
  if (e.undetermined !== undefined) return { request, undetermined: e.undetermined };
  if (e.error) return e.pool ? { request, pool: e.pool, error: e.error } : { request, error: e.error };
  return e.pool ? { request, pool: e.pool } : { request };
}

/** The enabled pool that holds a static address, as `getPoolForIP` finds it. */
export function poolContaining(model: Model, ip: IP, pools: readonly Pool[] = poolsInPlay(model)): Pool | undefined {
  return pools.find((p) => isEnabled(p) && p.cidr !== null && contains(p.cidr, ip));
}

/** Pools that hold the address but that Calico does not allocate from (disabled, `Allocatable=False`). */
export function inactivePoolsContaining(ip: IP, pools: readonly Pool[]): Pool[] {
  return pools.filter((p) => !isEnabled(p) && p.cidr !== null && contains(p.cidr, ip));
}

/**
 * Why a requested CIDR matches no enabled pool, for messages: the enabled pool it lies inside or
 * that lies inside it (Calico wants the exact CIDR), or the disabled pool that has it.
 */
export function nearPools(cidr: CIDR, pools: readonly Pool[]): { inside?: Pool; covers: Pool[]; inactive?: Pool } {
  const enabled = pools.filter((p) => isEnabled(p) && p.cidr !== null && p.cidr.family === cidr.family);
  const inside = enabled.find((p) => p.cidr !== null && within(cidr, p.cidr));
  const covers = enabled.filter((p) => p.cidr !== null && within(p.cidr, cidr) && !sameCIDR(p.cidr, cidr));
  const inactive = pools.find((p) => !isEnabled(p) && p.cidr !== null && sameCIDR(p.cidr, cidr));
  return { ...(inside ? { inside } : {}), covers, ...(inactive ? { inactive } : {}) };
}
