import {
  bitsOf,
  calicoIpamRuns,
  cidrString,
  evaluate,
  get,
  isSet,
  lastOf,
  parseSelector,
  sizeOf,
  staticIPs,
  type DecodedList,
  type Family,
  type IP,
  type Model,
  type Namespace,
  type PodSource,
  type Pool,
  type Settings,
  type Span,
  type StaticIP,
  type Constructing,
} from "../model/index.js";
import { solveFlow, type FlowSet } from "./flow.js";
import { clip, covers, total, union, type Interval } from "./intervals.js";
import { isEnabled, listResolver, namespaceOf, poolsInPlay, type PoolKey, type ResolvedEntry } from "./resolve.js";

/**
 * A dry run of Calico IPAM over the manifests: which pools each pod source draws from, how many
 * addresses that takes, and where it does not fit (calico-reference.md §3.6). Pure and deterministic;
 * it returns data and the rules decide what is a problem. Address counts are bigints: nothing is
 * ever enumerated, so an IPv6 /48 costs what an IPv4 /24 does.
 */

export type Encapsulation = "IPIP" | "VXLAN";

/** An address written in `ipAddrs` or `ipAddrsNoIpam`. */
export interface StaticClaim {
  readonly pod: PodSource;
  readonly key: "ipAddrs" | "ipAddrsNoIpam";
  readonly text: string;
  readonly ip: IP;
  readonly span: Span;
  /** The enabled pool that holds it (`getPoolForIP`), if any. */
  readonly pool?: Pool;
  /** Inside an IPReservation (automatic assignment never hands it out). */
  readonly reserved: boolean;
  /** False for `ipAddrsNoIpam` (IPAM keeps no record) and for pods that run no replica. */
  readonly counted: boolean;
}

export type CountSource = "single" | "replicas" | "default" | "hpa" | "parallelism" | "nodes" | "template" | "unknown";

/** How many pods of one source run at once. */
export interface PodCount {
  /** Null when it cannot be known from the files (a DaemonSet without a node count, a templated field). */
  readonly count: bigint | null;
  readonly from: CountSource;
  /** The field the count comes from, when there is one. */
  readonly span?: Span;
  /** Why the count is unknown. */
  readonly unknown?: string;
}

/** One family's automatic demand of one pod source. */
export interface PodDemand {
  readonly pod: PodSource;
  readonly family: Family;
  readonly count: PodCount;
  /** The set it draws from; absent when the pod fails before drawing (see `blocked`). */
  readonly set?: PoolSet;
  /** The annotation that chose the pools (pod or namespace), when one did. */
  readonly list?: DecodedList;
  readonly listFrom?: "pod" | "namespace";
  /** Why the pod gets no default pool (no `set`): Calico's error for its family and namespace. */
  readonly noPool?: NoPool;
}

export type NoPoolCode = "P4" | "P5" | "P6";

/** Why pods with no pool annotation cannot get an address of a family. */
export interface NoPool {
  readonly code: NoPoolCode;
  /** Calico's error text. */
  readonly message: string;
}

export type PoolSetKind = "requested" | "default" | "tunnel";

/** Pods (or nodes' tunnel devices) that draw from the same pools in the same order. */
export interface PoolSet {
  readonly key: string;
  readonly kind: PoolSetKind;
  readonly family: Family;
  /** In the order Calico tries them (name order for the default set, where no order is fixed). */
  readonly pools: readonly Pool[];
  readonly encapsulation?: Encapsulation;
  readonly consumers: readonly PodDemand[];
  /** Sum of the known counts. */
  readonly demand: bigint;
  /** Consumers whose count is unknown (not in `demand`). */
  readonly unknown: readonly PodDemand[];
  /** What the dry run placed, per pool (same order as `pools`). */
  readonly assigned: readonly bigint[];
  /** Demand that fits in no order of pod starts. */
  readonly shortfall: bigint;
}

export interface PoolUsage {
  readonly pool: Pool;
  readonly cidr: string;
  readonly family: Family;
  readonly size: bigint;
  readonly blocks: bigint;
  readonly enabled: boolean;
  /** Pods without a pool annotation may draw from it. */
  readonly automatic: boolean;
  /** Addresses inside IPReservations (union of overlapping entries). */
  readonly reserved: bigint;
  /** Distinct `ipAddrs` addresses held in it. */
  readonly statics: bigint;
  /** Of those, the ones outside every reservation (they lower what automatic assignment can use). */
  readonly staticsUnreserved: bigint;
  /** Addresses automatic assignment may hand out: size − reserved − unreserved statics. */
  readonly capacity: bigint;
  /** Node tunnel addresses placed in it. */
  readonly tunnel: bigint;
  /** Pod addresses placed in it. */
  readonly demand: bigint;
  /** Demand of sets whose spill ends in this pool that fits nowhere. */
  readonly shortfall: bigint;
  readonly free: bigint;
}

/** Pools and the sets confined to them whose demand exceeds them. */
export interface Exhaustion {
  readonly family: Family;
  readonly pools: readonly PoolUsage[];
  readonly sets: readonly PoolSet[];
  readonly demand: bigint;
  readonly capacity: bigint;
  readonly shortfall: bigint;
}

export interface Allocation {
  readonly pools: readonly PoolUsage[];
  readonly sets: readonly PoolSet[];
  readonly demands: readonly PodDemand[];
  readonly statics: readonly StaticClaim[];
  readonly exhausted: readonly Exhaustion[];
  /**
   * Per family: what pods with no pool annotation get when the default set is empty for a
   * namespace whose labels are not known (namespace selectors taken to match). A pod whose
   * namespace is in view may fail where this is empty: see `PodDemand.noPool`.
   */
  readonly defaultFailure: Partial<Record<Family, NoPool>>;
  /** Pod sources that take no automatic address because they fail first, with the reason. */
  readonly blocked: readonly { readonly pod: PodSource; readonly reason: string }[];
  /** Families Calico assigns to pods that do not say (`assign_ipv4` / `assign_ipv6`). */
  readonly families: readonly Family[];
  /** Node count in use, if known; tunnel addresses and DaemonSets are counted only then. */
  readonly nodes: number | null;
  /** Pools that would hold node tunnel addresses (counted only when the node count is known). */
  readonly tunnelPools: readonly { readonly pool: Pool; readonly encapsulation: Encapsulation }[];
  /** Pools automatic assignment draws from, with the first reason found. */
  readonly automaticPools: ReadonlyMap<Pool, AutomaticUse>;
}

export type AutomaticUse =
  | { readonly kind: "default" }
  | { readonly kind: "requested"; readonly by: PodSource; readonly list: DecodedList }
  | { readonly kind: "tunnel"; readonly encapsulation: Encapsulation };

const FAMILY_KEY: Record<Family, PoolKey> = { 4: "ipv4pools", 6: "ipv6pools" };

const allowsUse = (p: Pool, use: string): boolean => p.allowedUses.includes(use);
/** `!all()` selects no node: the pool takes no automatic assignment. */
export const selectsNoNode = (p: Pool): boolean => p.nodeSelector.replace(/\s+/g, "") === "!all()";
export const isManual = (p: Pool): boolean => p.assignmentMode === "Manual";
const encapOn = (mode: string): boolean => mode === "Always" || mode === "CrossSubnet";

/**
 * A namespace's labels as Calico's IPAM sees them for `namespaceSelector` (`SelectsNamespace`
 * evaluates the Kubernetes Namespace object's own labels, nothing Calico adds): one label set per
 * Namespace object of that name in the files (several when overlays hold variants), each with the
 * label Kubernetes sets on every namespace, `kubernetes.io/metadata.name: <name>`.
 */
export interface NamespaceLabels {
  readonly name: string;
  /** Null when no Namespace of that name is in view: its labels are unknown. */
  readonly labelSets: readonly Readonly<Record<string, string>>[] | null;
}

export const NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

/** The Namespace objects of a model by name, in file order (built once per model: rules ask per pod). */
const namespacesByName = new WeakMap<Model["namespaceList"], Map<string, Namespace[]>>();
function namespacesNamed(model: Model, name: string): readonly Namespace[] {
  let index = namespacesByName.get(model.namespaceList);
  if (!index) {
    index = new Map();
    for (const n of model.namespaceList) {
      const list = index.get(n.name);
      if (list) list.push(n);
      else index.set(n.name, [n]);
    }
    namespacesByName.set(model.namespaceList, index);
  }
  return index.get(name) ?? [];
}

/** Each namespace's labels, made once per model: rules ask for them per pod. */
const labelsByName = new WeakMap<Model["namespaceList"], Map<string, NamespaceLabels>>();

export function namespaceLabels(model: Model, name: string): NamespaceLabels {
  let known = labelsByName.get(model.namespaceList);
  if (!known) labelsByName.set(model.namespaceList, (known = new Map()));
  let out = known.get(name);
  if (!out) {
    out = labelsOf(model, name);
    known.set(name, out);
  }
  return out;
}

function labelsOf(model: Model, name: string): NamespaceLabels {
  const objects = namespacesNamed(model, name);
  if (objects.length === 0) return { name, labelSets: null };
  // Labels a kustomization adds at build time are not in the source files: unknown, not absent.
  if (objects.some((n) => !n.labelsKnown)) return { name, labelSets: null };
  return { name, labelSets: objects.map((n) => ({ ...n.labels, [NAMESPACE_NAME_LABEL]: name })) };
}

const selectorCache = new Map<string, ReturnType<typeof parseSelector>>();
function parsedSelector(text: string): ReturnType<typeof parseSelector> {
  let r = selectorCache.get(text);
  if (!r) {
    r = parseSelector(text);
    if (selectorCache.size > 10000) selectorCache.clear();
    selectorCache.set(text, r);
  }
  return r;
}

/**
 * Whether a pool's namespaceSelector may select the namespace. No selector selects every namespace.
 * Only a namespace whose labels are known can be excluded, and only by a selector that parses (one
 * that does not is pool-invalid's to report) and matches none of its label sets.
 */
export function mayServeNamespace(p: Pool, ns: NamespaceLabels | null | undefined): boolean {
  return maySelect(p.namespaceSelector, ns);
}

/** Whether a namespaceSelector's text may select the namespace (`mayServeNamespace`). */
function maySelect(text: string, ns: NamespaceLabels | null | undefined): boolean {
  if (text.trim() === "" || !ns?.labelSets) return true;
  const sel = parsedSelector(text);
  if (!sel.ok) return true;
  const selector = sel.ok;
  return ns.labelSets.some((l) => evaluate(selector, l));
}

/** An enabled pool of the family that automatic assignment leaves out, and why. */
export interface ExcludedPool {
  readonly pool: Pool;
  readonly why: "manual" | "noNode" | "namespace" | "use";
}

export interface DefaultPools {
  readonly pools: Pool[];
  readonly failure?: NoPool;
  /** The enabled pools of the family not used, with the first reason (in Calico's order). */
  readonly excluded: readonly ExcludedPool[];
}

/**
 * The pools a pod with no pool annotation draws from (`determinePools` → `filterPoolsByUse`), and
 * Calico's error when there are none. Node labels are not in the files: a pool is taken to select
 * every node unless its selector is `!all()`. A namespaceSelector is evaluated against the pod's
 * namespace when its labels are known (`ns`), else taken to match.
 */
export function defaultPools(pools: readonly Pool[], family: Family, ns?: NamespaceLabels | null): DefaultPools {
  const enabled = pools.filter((p) => isEnabled(p) && p.family === family);
  if (enabled.length === 0) return { pools: [], failure: { code: "P4", message: "cannot find a qualified ippool" }, excluded: [] };
  const excluded: ExcludedPool[] = [];
  const selected = enabled.filter((p) => {
    const why = isManual(p) ? "manual" : selectsNoNode(p) ? "noNode" : !mayServeNamespace(p, ns) ? "namespace" : null;
    if (why) excluded.push({ pool: p, why });
    return why === null;
  });
  if (selected.length === 0) return { pools: [], failure: { code: "P6", message: "no configured Calico pools for node <node>" }, excluded };
  const workload = selected.filter((p) => allowsUse(p, "Workload")).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const p of selected) if (!allowsUse(p, "Workload")) excluded.push({ pool: p, why: "use" });
  if (workload.length === 0) {
    return { pools: [], failure: { code: "P5", message: "cannot find a qualified ippool, no pools match the required use (Workload)" }, excluded };
  }
  return { pools: workload, excluded };
}

/** Pools that hold node tunnel addresses for an encapsulation (`determineEnabledPoolCIDRs`). */
export function tunnelPools(pools: readonly Pool[]): { pool: Pool; encapsulation: Encapsulation }[] {
  const out: { pool: Pool; encapsulation: Encapsulation }[] = [];
  for (const p of pools) {
    if (!isEnabled(p) || !allowsUse(p, "Tunnel") || selectsNoNode(p)) continue;
    if (p.family === 4 && encapOn(p.ipipMode)) out.push({ pool: p, encapsulation: "IPIP" });
    if (encapOn(p.vxlanMode)) out.push({ pool: p, encapsulation: "VXLAN" });
  }
  return out;
}

const posInt = (n: number): boolean => Number.isInteger(n) && n >= 0;

/** How many pods of a source run at once, at most. */
export function podCount(pod: PodSource, settings: Settings): PodCount {
  const w = pod.workload;
  if (w.scale === "single") return { count: 1n, from: "single" };
  if (w.scale === "template") return { count: 0n, from: "template" };
  if (w.scale === "per-node") {
    if (settings.nodes !== undefined && posInt(settings.nodes)) return { count: BigInt(settings.nodes), from: "nodes" };
    return { count: null, from: "unknown", unknown: "a DaemonSet runs one pod per node and the node count is not known" };
  }
  // Lookups by key (model/tree.ts `get`), not `entries.find`: listing a mapping's entries makes an
  // entry for each of its keys.
  const raw = (path: string[]): boolean => {
    const n = get(pod.object.node, "spec", ...path);
    return n !== undefined && !(n.kind === "scalar" && n.value === null);
  };
  if (w.scale === "replicas") {
    const hpa = pod.hpas.length === 0 ? undefined : pod.hpas.find((h) => h.maxReplicas !== undefined);
    if (hpa?.maxReplicas && posInt(hpa.maxReplicas.value)) return { count: BigInt(hpa.maxReplicas.value), from: "hpa", span: hpa.maxReplicas.span };
    if (pod.replicas) {
      if (!posInt(pod.replicas.value)) return { count: null, from: "unknown", span: pod.replicas.span, unknown: "replicas is not a whole number" };
      return { count: BigInt(pod.replicas.value), from: "replicas", span: pod.replicas.span };
    }
    if (raw(["replicas"])) return { count: null, from: "unknown", unknown: "replicas is not a number" };
    return { count: 1n, from: "default" };
  }
  // Jobs and CronJobs: `parallelism` pods at once (default 1), never more than `completions`.
  const jobSpec = w.kind === "CronJob" ? ["jobTemplate", "spec"] : [];
  if (pod.parallelism) {
    if (!posInt(pod.parallelism.value)) return { count: null, from: "unknown", span: pod.parallelism.span, unknown: "parallelism is not a whole number" };
    let completions: number | undefined;
    const n = get(pod.object.node, "spec", ...jobSpec, "completions");
    if (n?.kind === "scalar" && typeof n.value === "number" && posInt(n.value)) completions = n.value;
    const count = completions !== undefined && completions < pod.parallelism.value ? completions : pod.parallelism.value;
    return { count: BigInt(count), from: "parallelism", span: pod.parallelism.span };
  }
  if (raw([...jobSpec, "parallelism"])) return { count: null, from: "unknown", unknown: "parallelism is not a number" };
  return { count: 1n, from: "default" };
}

/** The `ipFamilies` list in force (pod value, else the namespace's), or null when none is set. */
function familiesOf(lists: CalicoLists, nsLists: CalicoLists | undefined): { families: Family[] } | { error: string } | null {
  const own = lists.ipFamilies;
  const d = isSet(own) ? own : nsLists?.ipFamilies;
  if (!d || !isSet(d)) return null;
  if (d.error || d.raw === null) return { error: "its ipFamilies annotation is not a JSON list of strings" };
  const items = d.items ?? [];
  const out: Family[] = [];
  for (const it of items) {
    if (it.value === "IPv4") out.push(4);
    else if (it.value === "IPv6") out.push(6);
    else return { error: `Calico rejects its ipFamilies (error parsing ipFamilies: ${d.raw})` };
  }
  if (out.length === 0) return { error: "ipFamilies [] asks for no address (IPAM plugin returned missing IP config)" };
  return { families: [...new Set(out)].sort() };
}

/** One family's demand of a pod source, built field by field rather than spread: one per pod source. */
function podDemand(pod: PodSource, family: Family, count: PodCount, list: DecodedList | undefined, listFrom: "pod" | "namespace" | undefined, set?: PoolSet): PodDemand {
  const d: { -readonly [K in keyof PodDemand]: PodDemand[K] } = { pod, family, count };
  if (list && listFrom) {
    d.list = list;
    d.listFrom = listFrom;
  }
  if (set) d.set = set;
  return d;
}

/** Why a pod fails on its pool list for family `f` before any address is assigned, if it does. */
function listFailure(eff: Effective | null, f: Family, wanted: readonly Family[]): string | undefined {
  if (!eff) return undefined;
  let failed: string | undefined;
  if (eff.list.error || eff.list.raw === null) failed = `its ${FAMILY_KEY[f]} annotation does not decode`;
  for (const e of eff.entries) {
    if (!e.error) continue;
    if (e.error.code !== "P3" || wanted.includes(f)) failed ??= e.error.message;
  }
  return failed;
}

type CalicoLists = PodSource["calico"]["lists"];

/** The pool list in force for one family of a pod, resolved. */
interface Effective {
  readonly from: "pod" | "namespace";
  readonly list: DecodedList;
  readonly entries: readonly ResolvedEntry[];
}

/** The pools a list requests for a family, worked out once per annotation text. */
interface Requested {
  readonly usable: Pool[];
  readonly key: string;
  /** Whether its pools are in `automaticPools` (the first pod that requests them puts them there). */
  marked: boolean;
  /** Its set, once a pod joined it. */
  set?: SetBuilder;
}

interface SetBuilder {
  key: string;
  kind: PoolSetKind;
  family: Family;
  pools: Pool[];
  encapsulation?: Encapsulation;
  consumers: PodDemand[];
}

const byName = (a: Pool, b: Pool): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The dry run in four steps: collect the pools and what pods with no annotation get, build the pool
 * sets pods draw from, solve how the sets' demand fits the pools' capacity, and account the result
 * per set and per pool.
 */
export function allocate(model: Model, settings: Settings): Allocation {
  const collected = collect(model, settings);
  const built = buildPoolSets(model, settings, collected);
  const solved = solve(collected, built);
  return account(collected, built, solved);
}

type Collected = ReturnType<typeof collect>;
type Built = ReturnType<typeof buildPoolSets>;
type Solved = ReturnType<typeof solve>;

/** The pools in play with a CIDR, the families pods get, and the default pools per family (and namespace). */
function collect(model: Model, settings: Settings) {
  const pools = poolsInPlay(model).filter((p) => p.cidr !== null && p.family !== null);
  const canonical = new Map<string, Pool>(pools.filter((p) => p.name !== "").map((p) => [p.name, p]));
  const canon = (p: Pool): Pool => (p.name !== "" ? (canonical.get(p.name) ?? p) : p);
  const index = new Map<Pool, number>(pools.map((p, i) => [p, i]));
  const nodes = settings.nodes !== undefined && posInt(settings.nodes) ? settings.nodes : null;

  // assign_ipv4: any IPv4 pool (operator) or always (manifests); assign_ipv6: the operator sets it
  // when an IPv6 pool exists, manifests leave it off, so only an enabled IPv6 pool makes it likely.
  const families: Family[] = ([4, 6] as Family[]).filter((f) => pools.some((p) => p.family === f && (f === 4 || isEnabled(p))));
  // Namespace selectors taken to match (a namespace not in view): the families' failures, and the
  // pools automatic assignment may draw from for some pod.
  const defaults: Record<Family, DefaultPools> = { 4: defaultPools(pools, 4), 6: defaultPools(pools, 6) };
  const byNamespace = new Map<string, DefaultPools>();
  const selectors = [...new Set(pools.map((p) => p.namespaceSelector).filter((t) => t.trim() !== ""))];
  // A namespace counts only by which of the selectors may select it: namespaces alike share one
  // set of default pools (and the pods' key for it). Each namespace against every pool, with a
  // default set and its key made for each, was quadratic: 4,000 pools with selectors and 4,000
  // namespaces took 6.9 s.
  const bySelected = new Map<string, DefaultPools>();
  const defaultsFor = (f: Family, namespace: string): DefaultPools => {
    if (selectors.length === 0) return defaults[f];
    const key = `${f}:${namespace}`;
    let d = byNamespace.get(key);
    if (!d) {
      const ns = namespaceLabels(model, namespace);
      const selected = `${f}:${selectors.map((t) => (maySelect(t, ns) ? "1" : "0")).join("")}`;
      d = bySelected.get(selected);
      if (!d) {
        d = defaultPools(pools, f, ns);
        bySelected.set(selected, d);
      }
      byNamespace.set(key, d);
    }
    return d;
  };
  const defaultFailure: Partial<Record<Family, NoPool>> = {};
  for (const f of families) {
    const fail = defaults[f].failure;
    if (fail) defaultFailure[f] = fail;
  }
  return { pools, canon, index, nodes, families, defaults, defaultsFor, defaultFailure };
}

/** Node tunnel sets, then per pod source its static claims and its automatic demand, grouped into sets of pools. */
function buildPoolSets(model: Model, settings: Settings, collected: Collected) {
  const { pools, canon, index, nodes, families, defaults, defaultsFor } = collected;
  const sets = new Map<string, SetBuilder>();
  const setFor = (key: string, mk: () => SetBuilder): SetBuilder => {
    let s = sets.get(key);
    if (!s) {
      s = mk();
      sets.set(key, s);
    }
    return s;
  };
  const automaticPools = new Map<Pool, AutomaticUse>();
  for (const f of families) for (const p of defaults[f].pools) automaticPools.set(p, { kind: "default" });

  // Node tunnel addresses come first: nodes claim them when they start.
  const tPools = tunnelPools(pools);
  for (const t of tPools) if (!automaticPools.has(t.pool)) automaticPools.set(t.pool, { kind: "tunnel", encapsulation: t.encapsulation });
  if (nodes !== null && nodes > 0) {
    for (const f of [4, 6] as Family[]) {
      for (const enc of ["IPIP", "VXLAN"] as Encapsulation[]) {
        const ps = tPools.filter((t) => t.pool.family === f && t.encapsulation === enc).map((t) => t.pool).sort(byName);
        if (ps.length === 0) continue;
        setFor(`tunnel:${enc}:v${f}`, () => ({ key: `tunnel:${enc}:v${f}`, kind: "tunnel", family: f, pools: ps, encapsulation: enc, consumers: [] }));
      }
    }
  }

  const statics: StaticClaim[] = [];
  const demands: PodDemand[] = [];
  const blocked: { pod: PodSource; reason: string }[] = [];
  const reservations = reservationIntervals(model);
  const holders = holdersOf(pools);

  // The requested pools of a list, per family. They follow from the annotation's text alone
  // (the pools are the same for every list), and thousands of pods repeat a few texts.
  const requestedMemo: Record<Family, Map<string, Requested | null>> = { 4: new Map(), 6: new Map() };
  const requestedOf = (eff: Effective, f: Family): Requested | null => {
    const memo = requestedMemo[f];
    const text = eff.list.raw ?? "";
    let r = memo.get(text);
    if (r === undefined) {
      const requested = dedupe(eff.entries.map((e) => (e.pool ? canon(e.pool) : undefined)).filter((p): p is Pool => p !== undefined));
      const usable = requested.filter((p) => allowsUse(p, "Workload"));
      r = requested.length === 0 ? null : { usable, key: `requested:v${f}:${usable.map((p) => index.get(p)).join(",")}`, marked: false };
      memo.set(text, r);
    }
    return r;
  };
  // Pods whose namespaces select the same pools share a set; a pool a namespaceSelector keeps
  // from a namespace takes none of its pods. One key per distinct default set.
  const defaultKeys = new Map<DefaultPools, string>();
  const defaultKey = (def: DefaultPools, f: Family): string => {
    let key = defaultKeys.get(def);
    if (key === undefined) {
      const ids = def.pools.map((p) => index.get(p)).join(",");
      key = def === defaults[f] || ids === defaults[f].pools.map((p) => index.get(p)).join(",") ? `default:v${f}` : `default:v${f}:${ids}`;
      defaultKeys.set(def, key);
    }
    return key;
  };

  // The pool list in force for a family (`effectivePools`), with the pod's namespace looked up once.
  const resolve = listResolver(model);
  const effective = (lists: CalicoLists, nsLists: CalicoLists | undefined, key: PoolKey): Effective | null => {
    const own = lists[key];
    if (isSet(own)) return { from: "pod", list: own, entries: resolve(own) ?? [] };
    const ns = nsLists?.[key];
    return ns ? { from: "namespace", list: ns, entries: resolve(ns) ?? [] } : null;
  };

  // Under another IPAM (host-local, …) or another CNI plugin, no pod draws from Calico's pools.
  const podsUseCalicoIpam = calicoIpamRuns(model.cni);
  // Indexed loops: this one runs once per pod source before the code is optimised, where each
  // for-of step allocates an iterator result.
  const { podSources } = model;
  for (let i = 0; podsUseCalicoIpam && i < podSources.length; i++) {
    const pod = podSources[i]!;
    if (pod.hostNetwork?.value === true) continue;
    const count = podCount(pod, settings);
    const runs = count.count !== 0n;
    const lists = pod.calico.lists;
    const noIpam = isSet(lists.ipAddrsNoIpam);
    const ipAddrs = isSet(lists.ipAddrs);
    if (ipAddrs) {
      const ips = staticIPs(pod.calico, "ipAddrs");
      for (let k = 0; k < ips.length; k++) statics.push(claim(holders, pod, ips[k]!, reservations, runs && !noIpam));
    }
    if (noIpam) {
      const ips = staticIPs(pod.calico, "ipAddrsNoIpam");
      for (let k = 0; k < ips.length; k++) statics.push(claim(holders, pod, ips[k]!, reservations, false));
    }
    if (!runs) continue;
    if (ipAddrs || noIpam) continue; // the static path takes no automatic address
    const nsLists = namespaceOf(model, pod)?.calico.lists;
    const fam = familiesOf(lists, nsLists);
    if (fam && "error" in fam) {
      blocked.push({ pod, reason: fam.error });
      continue;
    }
    const wanted = fam ? fam.families : families;
    // Pool lists are resolved for both families before any address is assigned.
    const eff4 = effective(lists, nsLists, "ipv4pools");
    const eff6 = effective(lists, nsLists, "ipv6pools");
    const failed = listFailure(eff4, 4, wanted) ?? listFailure(eff6, 6, wanted);
    if (failed !== undefined) {
      blocked.push({ pod, reason: failed });
      continue;
    }
    for (let w = 0; w < wanted.length; w++) {
      const f = wanted[w]!;
      const eff = f === 4 ? eff4 : eff6;
      const req = eff ? requestedOf(eff, f) : null;
      if (req) {
        // Requested pools are used as they are, then filtered by use (P5 when none allows Workload).
        if (req.usable.length === 0) {
          blocked.push({ pod, reason: "cannot find a qualified ippool, no pools match the required use (Workload)" });
          continue;
        }
        // The first pod to request the pools marks them; for the pods after it there is nothing to do.
        if (!req.marked && eff) {
          for (const p of req.usable) if (!automaticPools.has(p)) automaticPools.set(p, { kind: "requested", by: pod, list: eff.list });
          req.marked = true;
        }
        const set = (req.set ??= sets.get(req.key) ?? setFor(req.key, () => ({ key: req.key, kind: "requested", family: f, pools: req.usable, consumers: [] })));
        set.consumers.push(podDemand(pod, f, count, eff?.list, eff?.from));
        continue;
      }
      const def = defaultsFor(f, pod.namespace);
      if (def.pools.length === 0) {
        const d = podDemand(pod, f, count, eff?.list, eff?.from);
        demands.push(def.failure ? { ...d, noPool: def.failure } : d);
        continue;
      }
      const key = defaultKey(def, f);
      const set = sets.get(key) ?? setFor(key, () => ({ key, kind: "default", family: f, pools: def.pools, consumers: [] }));
      set.consumers.push(podDemand(pod, f, count, eff?.list, eff?.from));
    }
  }
  return { sets, automaticPools, tPools, statics, demands, blocked, reservations };
}

/** Each pool's capacity, and the sets' demand placed on it by the flow solver in priority order. */
function solve(collected: Collected, built: Built) {
  const { pools, index, nodes } = collected;
  const { sets, statics, reservations } = built;
  // Capacity per pool: size − reserved − unreserved static addresses.
  const usage = pools.map((p) => capacityOf(p, reservations, statics));

  // Sets in priority order: tunnels, then the most constrained requested sets, then the default sets.
  const order: Record<PoolSetKind, number> = { tunnel: 0, requested: 1, default: 2 };
  const builders = [...sets.values()].sort((a, b) => order[a.kind] - order[b.kind] || a.pools.length - b.pools.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const demandOf = (s: SetBuilder): bigint =>
    s.kind === "tunnel" ? BigInt(nodes ?? 0) : s.consumers.reduce((n, c) => n + (c.count.count ?? 0n), 0n);
  const flowSets: FlowSet[] = builders.map((s) => ({ demand: demandOf(s), pools: s.pools.map((p) => index.get(p) as number) }));
  const flow = solveFlow(
    usage.map((u) => (u.enabled ? u.capacity : 0n)),
    flowSets,
  );
  return { usage, builders, flowSets, flow };
}

/** What each set and pool got, where demand falls short, and the groups of pools that are exhausted. */
function account(collected: Collected, built: Built, solved: Solved): Allocation {
  const { pools, index, nodes, families, defaultFailure } = collected;
  const { automaticPools, tPools, statics, demands, blocked } = built;
  const { usage, builders, flowSets, flow } = solved;
  const tunnelBy = pools.map(() => 0n);
  const demandBy = pools.map(() => 0n);
  const shortBy = pools.map(() => 0n);
  const finalSets: PoolSet[] = builders.map((b, i) => {
    const assigned = flow.assigned[i] ?? [];
    const shortfall = flow.shortfall[i] ?? 0n;
    b.pools.forEach((p, k) => {
      const at = index.get(p) as number;
      const a = assigned[k] ?? 0n;
      if (b.kind === "tunnel") tunnelBy[at] = (tunnelBy[at] as bigint) + a;
      else demandBy[at] = (demandBy[at] as bigint) + a;
    });
    const last = b.pools[b.pools.length - 1];
    if (shortfall > 0n && last) {
      const at = index.get(last) as number;
      shortBy[at] = (shortBy[at] as bigint) + shortfall;
    }
    const consumers: PodDemand[] = [];
    const unknown: PodDemand[] = [];
    const set: PoolSet = {
      key: b.key,
      kind: b.kind,
      family: b.family,
      pools: b.pools,
      ...(b.encapsulation ? { encapsulation: b.encapsulation } : {}),
      consumers,
      demand: flowSets[i]?.demand ?? 0n,
      unknown,
      assigned,
      shortfall,
    };
    // Consumers point back at their set.
    for (const c of b.consumers) {
      const d = podDemand(c.pod, c.family, c.count, c.list, c.listFrom, set);
      consumers.push(d);
      if (c.count.count === null) unknown.push(d);
    }
    return set;
  });
  // A loop, not push(...list): 130000+ consumers spread as arguments overflow the stack.
  for (const s of finalSets) for (const c of s.consumers) demands.push(c);

  const poolUsage: PoolUsage[] = usage.map((u, i) => {
    const tunnel = tunnelBy[i] as bigint;
    const demand = demandBy[i] as bigint;
    const left = u.capacity - tunnel - demand;
    return { ...u, tunnel, demand, shortfall: shortBy[i] as bigint, free: u.enabled && left > 0n ? left : 0n };
  });

  const exhausted: Exhaustion[] = flow.groups.map((g) => {
    const gSets = g.sets.map((i) => finalSets[i] as PoolSet);
    const gPools = g.pools.map((i) => poolUsage[i] as PoolUsage);
    const demand = gSets.reduce((n, s) => n + s.demand, 0n);
    const capacity = gPools.reduce((n, p) => n + (p.enabled ? p.capacity : 0n), 0n);
    return { family: gSets[0]?.family ?? 4, pools: gPools, sets: gSets, demand, capacity, shortfall: demand - capacity };
  });

  return {
    pools: poolUsage,
    sets: finalSets,
    demands,
    statics,
    exhausted,
    defaultFailure,
    blocked,
    families,
    nodes,
    tunnelPools: tPools,
    automaticPools,
  };
}

function dedupe(list: readonly Pool[]): Pool[] {
  const seen = new Set<Pool>();
  return list.filter((p) => (seen.has(p) ? false : (seen.add(p), true)));
}

/** Every reservation entry, per family, merged (reservations are global, not per pool). */
function reservationIntervals(model: Model): Record<Family, Interval[]> {
  const raw: Record<Family, Interval[]> = { 4: [], 6: [] };
  for (const r of model.reservations) {
    for (const e of r.entries) if (e.cidr) raw[e.cidr.family].push({ lo: e.cidr.network, hi: lastOf(e.cidr) });
  }
  return { 4: union(raw[4]), 6: union(raw[6]) };
}

/** An enabled pool's range, worked out once for the static addresses looked up in it. */
interface Holder {
  readonly pool: Pool;
  readonly family: Family;
  readonly lo: bigint;
  readonly hi: bigint;
}

/** The enabled pools with a CIDR, in order, with their ranges (`getPoolForIP` takes the first that holds the address). */
function holdersOf(pools: readonly Pool[]): Holder[] {
  const out: Holder[] = [];
  for (const p of pools) if (isEnabled(p) && p.cidr !== null) out.push({ pool: p, family: p.cidr.family, lo: p.cidr.network, hi: lastOf(p.cidr) });
  return out;
}

/** A static claim reads its address's text and place when asked: the model makes spans only for findings. */
class Claim implements StaticClaim {
  // Defined in every claim, undefined when no pool holds the address: one hidden class for all claims.
  declare readonly pool?: Pool;

  constructor(
    readonly pod: PodSource,
    private readonly address: StaticIP,
    pool: Pool | undefined,
    readonly reserved: boolean,
    readonly counted: boolean,
  ) {
    (this as Constructing<Claim>).pool = pool || undefined;
  }

  get key(): StaticIP["key"] {
    return this.address.key;
  }

  get text(): string {
    return this.address.text;
  }

  get ip(): IP {
    return this.address.ip;
  }

  get span(): Span {
    return this.address.span;
  }
}

function claim(holders: readonly Holder[], pod: PodSource, s: StaticIP, reservations: Record<Family, Interval[]>, counted: boolean): StaticClaim {
  const { family, value } = s.ip;
  // A loop, not find with a closure: once per static address, mostly before the code is optimised.
  let pool: Pool | undefined;
  for (let i = 0; i < holders.length; i++) {
    const h = holders[i]!;
    if (h.family === family && value >= h.lo && value <= h.hi) {
      pool = h.pool;
      break;
    }
  }
  return new Claim(pod, s, pool, covers(reservations[family], value), counted);
}

type BaseUsage = Omit<PoolUsage, "tunnel" | "demand" | "shortfall" | "free">;

function capacityOf(p: Pool, reservations: Record<Family, Interval[]>, statics: readonly StaticClaim[]): BaseUsage {
  const cidr = p.cidr as NonNullable<Pool["cidr"]>;
  const family = cidr.family;
  const size = sizeOf(cidr);
  const hi = lastOf(cidr);
  const reservedIv = clip(reservations[family], cidr.network, hi);
  const reserved = total(reservedIv);
  const held = new Set<bigint>();
  for (const c of statics) if (c.counted && c.pool === p) held.add(c.ip.value);
  let unreserved = 0n;
  for (const v of held) if (!covers(reservedIv, v)) unreserved++;
  const enabled = isEnabled(p);
  const capacity = size - reserved - unreserved;
  // Checked before BigInt, which throws on a fraction (`blockSize: 26.5`, a pool Calico refuses).
  const blocks = Number.isInteger(p.blockSize) && p.blockSize >= cidr.prefix && p.blockSize <= bitsOf(family) ? 1n << BigInt(p.blockSize - cidr.prefix) : 0n;
  return {
    pool: p,
    cidr: cidrString(cidr),
    family,
    size,
    blocks,
    enabled,
    automatic: enabled && !isManual(p) && !selectsNoNode(p) && allowsUse(p, "Workload"),
    reserved,
    statics: BigInt(held.size),
    staticsUnreserved: unreserved,
    capacity: capacity > 0n ? capacity : 0n,
  };
}

/** Whether the files say anything about pools at all (pool rules stay silent otherwise). */
export const poolsKnown = (model: Model): boolean => model.pools.some((p) => p.cidr !== null);

const memo = new WeakMap<Model, WeakMap<Settings, Allocation>>();

/** The dry run for one lint run, computed once however many rules ask. */
export function allocation(model: Model, settings: Settings): Allocation {
  let bySettings = memo.get(model);
  if (!bySettings) {
    bySettings = new WeakMap();
    memo.set(model, bySettings);
  }
  let a = bySettings.get(settings);
  if (!a) {
    a = allocate(model, settings);
    bySettings.set(settings, a);
  }
  return a;
}
