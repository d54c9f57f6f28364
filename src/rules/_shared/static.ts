import {
  cidrString,
  ipString,
  isSet,
  staticIPs,
  within,
  type CIDR,
  type DecodedList,
  type Family,
  type IP,
  type K8sObject,
  type Model,
  type Namespace,
  type PodSource,
  type Pool,
  type Span,
  type StaticIP,
} from "../../model/index.js";
import { poolsInPlay, type PoolKey, type ResolvedEntry } from "../../allocator/index.js";
import { isHostNetwork } from "./calico.js";
import { listText } from "./pools.js";
import { oncePer } from "./once.js";

/** Helpers shared by the rules about static addresses and pool references. */

export const STATIC_KEYS = ["ipAddrs", "ipAddrsNoIpam"] as const;

/** What the rules ask of each CNI pod, read once per model (the annotation lookups were repeated per rule). */
export interface CniPod {
  readonly pod: PodSource;
  /** Its static addresses, `ipAddrs` first (none for most pods). */
  readonly statics: readonly StaticIP[];
  /** It sets a static annotation, so Calico never resolves its pool lists. */
  readonly staticPath: boolean;
  /** Not on the static path, and it sets `ipv4pools` or `ipv6pools` of its own. */
  readonly ownPoolList: boolean;
}

const NO_STATICS: readonly StaticIP[] = [];
/** The facts of every CNI pod, and the two subsets rules walk, made in one pass. */
interface CniFacts {
  readonly all: readonly CniPod[];
  readonly withStatics: readonly CniPod[];
  readonly listedOrStatic: readonly CniPod[];
}

const factsOf = oncePer((model: Model): CniFacts => {
  const pods = cniPods(model);
  const all: CniPod[] = [];
  const withStatics: CniPod[] = [];
  const listedOrStatic: CniPod[] = [];
  // Indexed: once per pod, before the code is optimised (a for-of step allocates there).
  for (let i = 0; i < pods.length; i++) {
    const pod = pods[i]!;
    const lists = pod.calico.lists;
    const staticPath = isSet(lists.ipAddrs) || isSet(lists.ipAddrsNoIpam);
    // Only a pod on the static path has static addresses to read.
    const facts: CniPod = staticPath
      ? { pod, statics: staticsOf(pod), staticPath, ownPoolList: false }
      : { pod, statics: NO_STATICS, staticPath, ownPoolList: isSet(lists.ipv4pools) || isSet(lists.ipv6pools) };
    all.push(facts);
    if (facts.statics.length > 0) withStatics.push(facts);
    if (facts.ownPoolList || facts.statics.length > 0) listedOrStatic.push(facts);
  }
  return { all, withStatics, listedOrStatic };
});

/** `cniPods` with what the rules ask of each, in the same order. Once per model. */
export function cniPodFacts(model: Model): readonly CniPod[] {
  return factsOf(model).all;
}

/** The CNI pods with at least one static address, in pod order. Once per model. */
export function staticPods(model: Model): readonly CniPod[] {
  return factsOf(model).withStatics;
}

/** The CNI pods with a pool list of their own or a static address, in pod order. Once per model. */
export function listedOrStaticPods(model: Model): readonly CniPod[] {
  return factsOf(model).listedOrStatic;
}

/** `ipString`, kept per address: several rules quote the same static addresses. */
export const ipText = oncePer((ip: IP): string => (ip.family === 4 ? ipv4Text(Number(ip.value)) : ipString(ip)));

/** Dotted quad, as `ipString` writes an IPv4 address, without going through bytes and ipaddr.js. */
const ipv4Text = (v: number): string => `${Math.floor(v / 0x1000000) % 256}.${Math.floor(v / 0x10000) % 256}.${Math.floor(v / 0x100) % 256}.${v % 256}`;

/** `cidrString`, kept per CIDR (a pool's is quoted in every message that names the pool). */
export const cidrText = oncePer((c: CIDR): string => cidrString(c));

/** Pod sources whose Calico annotations the CNI plugin reads (`hostNetwork` pods never reach it). Once per model. */
export const cniPods = oncePer((model: Model): readonly PodSource[] => model.podSources.filter((p) => !isHostNetwork(p)));

/** Both static annotations are set: Calico fails the pod before it takes any address. */
export const bothStaticModes = (pod: PodSource): boolean => isSet(pod.calico.lists.ipAddrs) && isSet(pod.calico.lists.ipAddrsNoIpam);

/** The pod's static addresses, `ipAddrs` first; the pool annotations are ignored when there are any. */
export function staticsOf(pod: PodSource): readonly StaticIP[] {
  // Six rules ask for every pod's and most pods have one list or none: return the list itself
  // rather than a new array (concat on the frozen empty list took the slow generic path).
  const own = staticIPs(pod.calico, "ipAddrs");
  const noIpam = staticIPs(pod.calico, "ipAddrsNoIpam");
  if (noIpam.length === 0) return own;
  if (own.length === 0) return noIpam;
  return [...own, ...noIpam];
}

/** The pod sets a static annotation (any non-empty value), so Calico never resolves its pool lists. */
export const usesStaticPath = (pod: PodSource): boolean => isSet(pod.calico.lists.ipAddrs) || isSet(pod.calico.lists.ipAddrsNoIpam);

/** The pools of the cluster as the rules see them (the allocator's view). */
export const viewPools = (model: Model): readonly Pool[] => poolsInPlay(model);

/** The pool rules stay silent when the files hold no pool with a CIDR. */
export const anyPoolKnown = (pools: readonly Pool[]): boolean => pools.some((p) => p.cidr !== null);

/** `name (cidr)`, or the CIDR for a pool without a name. */
export function poolText(p: Pool): string {
  const cidr = p.cidr ? cidrText(p.cidr) : (p.cidrText?.value ?? "");
  return p.name ? `${p.name} (${cidr})` : cidr;
}

/** Up to `max` items, then "and N more". */
export function someOf(items: readonly string[], max = 4): string {
  if (items.length <= max) return listText(items);
  return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}

/**
 * The range an entry of a pool annotation stands for: the resolved pool's CIDR, else the CIDR the
 * entry itself spells (masked); null when the files cannot say (an unknown or undetermined name).
 */
export function entryRange(e: ResolvedEntry): CIDR | null {
  return e.pool?.cidr ?? e.request.cidr ?? null;
}

/** How an entry reads in a message: `name (cidr)` for a resolved pool, else the text written. */
export function entryText(e: ResolvedEntry): string {
  if (e.pool && e.pool.name === e.request.text) return poolText(e.pool);
  return e.request.text;
}

/**
 * Whether an address lies in the ranges of a list of entries: true, false, or null when it is in
 * none of the known ranges but some entry's range is unknown.
 */
export function insideEntries(ip: IP, entries: readonly ResolvedEntry[]): boolean | null {
  const host: CIDR = { family: ip.family, network: ip.value, prefix: ip.family === 4 ? 32 : 128, hadHostBits: false };
  let unknown = false;
  for (const e of entries) {
    const r = entryRange(e);
    if (!r) unknown = true;
    else if (within(host, r)) return true;
  }
  return unknown ? null : false;
}

/** Alternatives: `a, b or c` (up to `max`, then "or one of N more"). */
export function anyOf(items: readonly string[], max = 4): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} or one of ${rest} more`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} or ${shown[shown.length - 1]}`;
}

/** The Levenshtein table's one row, kept between calls. */
let row = new Int32Array(64);

/**
 * Levenshtein distance, for "did you mean" hints, when it is at most `k`, else some number over
 * `k`: lengths further apart than `k` end it at once, and a row of the table whose least cell is
 * over `k` ends it (no later row's least cell is smaller).
 */
function boundedDistance(a: string, b: string, k: number): number {
  if (Math.abs(a.length - b.length) > k) return k + 1;
  if (k === 0) return a === b ? 0 : 1;
  if (row.length <= b.length) row = new Int32Array(2 * b.length + 2);
  const prev = row;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      const v = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev[j] = v;
      if (v < least) least = v;
      diag = up;
    }
    if (least > k) return k + 1;
  }
  return prev[b.length] as number;
}

/**
 * The closest of `names` to `name` when it is close enough to be a typo (the first of the closest).
 * Each name is measured only as far as could still make it the closest and a typo: a pod naming a
 * pool not in view is judged against every pool.
 */
export function nearestName(name: string, names: readonly string[]): string | undefined {
  return names[closest(name, names.map((n) => n.toLowerCase()))];
}

/** `nearestName`'s search over the names lowercased: the index of the answer, -1 for none. */
function closest(name: string, lowered: readonly string[]): number {
  const limit = Math.max(2, Math.floor(name.length / 4));
  let best = -1;
  let bestD = limit + 1;
  const lower = name.toLowerCase();
  for (let i = 0; i < lowered.length; i++) {
    const d = boundedDistance(lower, lowered[i] as string, bestD - 1);
    if (d < bestD) {
      best = i;
      bestD = d;
      if (d === 0) break;
    }
  }
  return best;
}

/** `name` less each one of its characters, in turn. */
function deletions(name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < name.length; i++) out.push(name.slice(0, i) + name.slice(i + 1));
  return out;
}

/**
 * `nearestName` over one list of names, asked again and again: unknown-pool asks it for every
 * unknown name beside every pool. A name one edit from a pool's (the usual typo) is found by looking
 * up the name and each of it less one character among the pools' names and each of them less one
 * character (two strings one edit apart share one of these), not by measuring every pool; only a
 * name with nothing within one edit is measured against them all. Its answers are `nearestName`'s.
 */
export class NearestNames {
  private readonly lower: string[];
  /** The first name of each lowercased text. */
  private readonly exact = new Map<string, number>();
  /** Each lowercased name and each of it less one character, to the names it comes from (indexes, ascending). */
  private readonly variants = new Map<string, number[]>();

  constructor(readonly names: readonly string[]) {
    this.lower = names.map((n) => n.toLowerCase());
    this.lower.forEach((n, i) => {
      if (!this.exact.has(n)) this.exact.set(n, i);
      for (const v of new Set([n, ...deletions(n)])) {
        const list = this.variants.get(v);
        if (list) list.push(i);
        else this.variants.set(v, [i]);
      }
    });
  }

  nearest(name: string): string | undefined {
    const lower = name.toLowerCase();
    const same = this.exact.get(lower);
    if (same !== undefined) return this.names[same];
    // None the same: the first name one edit away, if any (one edit is always within the limit).
    let best = -1;
    for (const v of new Set([lower, ...deletions(lower)])) {
      for (const i of this.variants.get(v) ?? []) {
        if (best !== -1 && i >= best) break;
        // Sharing a variant is not enough ("ab" and "ba" share "a" and "b"): measured.
        if (boundedDistance(lower, this.lower[i] as string, 1) <= 1) best = i;
      }
    }
    // Nothing within one edit: measured against every name, lowercased once for all the asks.
    if (best === -1) best = closest(name, this.lower);
    return this.names[best];
  }
}

export const familyPools = (pools: readonly Pool[], family: Family): Pool[] => pools.filter((p) => p.cidr !== null && p.cidr.family === family);

/** Where a static address sits, for related locations. */
export const related = (span: Span, message: string) => ({ span, message });

/** A pool annotation Calico resolves: a pod's own (pods on the static path never resolve theirs), or a namespace's. */
export interface PoolListSite {
  readonly list: DecodedList;
  readonly key: PoolKey;
  readonly object: K8sObject;
  /** `ipFamilies` in force where the list applies (the pod's, else its namespace's). */
  readonly ipFamilies?: DecodedList;
  readonly pod?: PodSource;
  readonly namespace?: Namespace;
}

/** Every pool annotation Calico resolves, built once per model (three rules walk them). */
export const poolListSites = oncePer((model: Model): readonly PoolListSite[] => {
  const out: PoolListSite[] = [];
  const facts = listedOrStaticPods(model);
  for (let i = 0; i < facts.length; i++) {
    const { pod, ownPoolList } = facts[i]!;
    if (!ownPoolList) continue;
    const nsFamilies = model.namespaces.get(pod.namespace)?.calico.lists.ipFamilies;
    const own = pod.calico.lists.ipFamilies;
    const ipFamilies = isSet(own) ? own : nsFamilies;
    for (let k = 0; k < 2; k++) {
      const key = k === 0 ? "ipv4pools" : "ipv6pools";
      const list = pod.calico.lists[key];
      if (!isSet(list)) continue;
      out.push({ list, key, object: pod.object, pod, ...(ipFamilies ? { ipFamilies } : {}) });
    }
  }
  for (const ns of model.namespaceList) {
    const ipFamilies = ns.calico.lists.ipFamilies;
    for (let k = 0; k < 2; k++) {
      const key = k === 0 ? "ipv4pools" : "ipv6pools";
      const list = ns.calico.lists[key];
      if (!isSet(list)) continue;
      out.push({ list, key, object: ns.object, namespace: ns, ...(ipFamilies ? { ipFamilies } : {}) });
    }
  }
  return out;
});

/** Who fails when the site's list is bad. */
export function victimsOf(site: PoolListSite): string {
  if (site.namespace) return `every pod in namespace ${site.namespace.name} that does not set its own ${site.key}`;
  return "the pod";
}

/**
 * Whether Calico asks for an address of `family` where the list applies (`assign_ipv4/6`): the
 * `ipFamilies` in force when it is set, else whether any pool of the family is in view (the
 * operator turns a family on when a pool of it exists).
 */
export function familyAssigned(site: PoolListSite, family: Family, pools: readonly Pool[]): boolean {
  const d = site.ipFamilies;
  if (isSet(d) && !d.error && d.raw !== null) {
    const items = (d.items ?? []).map((i) => i.value);
    // An invalid ipFamilies fails the pod on its own; keep judging the list then.
    if (items.length > 0 && items.every((i) => i === "IPv4" || i === "IPv6")) return items.includes(`IPv${family}`);
  }
  return anyPoolOf(pools, family);
}

/** Which families have a pool (with a CIDR) among `pools`: asked per pool list, worked out once per list of pools. */
const familiesIn = oncePer((pools: readonly Pool[]): Record<Family, boolean> => ({ 4: familyPools(pools, 4).length > 0, 6: familyPools(pools, 6).length > 0 }));

/** Whether any pool of the family (with a CIDR) is among `pools`. */
const anyPoolOf = (pools: readonly Pool[], family: Family): boolean => familiesIn(pools)[family];

/** The field that disables a pool where it is written. */
export const disabledField = (p: Pool): string => (p.origin === "Installation" ? "`disableNewAllocations: true` from the Installation pool" : "`disabled: true` from the pool");
