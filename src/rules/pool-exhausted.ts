import { allocation, blockAddresses, blockLimit, defaultPools, definedTwice, familyBlockLimits, KUBELET_DEFAULT_MAX_PODS, perNode, poolsInPlay, poolsKnown, type BlockLimit, type Exhaustion, type PodDemand, type PoolSet } from "../allocator/index.js";
import type { Pool, Span } from "../model/index.js";
import { bitsOf, cidrString, sameCIDR, type CIDR, type Model } from "../model/index.js";
import { defineRule } from "./define-rule.js";
import { listText, nameSpan, plural, podWho, poolLabel, poolSpan } from "./_shared/pools.js";

/** `16 in the pool, 2 reserved, 1 held by static addresses, 3 node tunnel addresses`. */
function breakdown(g: Exhaustion): string {
  const sum = (f: (p: Exhaustion["pools"][number]) => bigint): bigint => g.pools.reduce((n, p) => n + f(p), 0n);
  const size = sum((p) => p.size);
  const parts = [`${size} in ${g.pools.length === 1 ? "the pool" : "the pools"}`];
  const reserved = sum((p) => p.reserved);
  const statics = sum((p) => p.staticsUnreserved);
  const tunnel = sum((p) => p.tunnel);
  if (reserved > 0n) parts.push(`${reserved} reserved by IPReservations`);
  if (statics > 0n) parts.push(`${plural(statics, "static address", "static addresses")} held`);
  if (tunnel > 0n) parts.push(`${plural(tunnel, "node tunnel address", "node tunnel addresses")}`);
  return parts.join(", ");
}

function unknownNote(g: Exhaustion): string {
  const n = g.sets.reduce((k, s) => k + s.unknown.length, 0);
  return n > 0 ? `; ${plural(n, "pod source")} of unknown size not counted` : "";
}

/**
 * Calico's reason for the shortfall (PartialFulfillmentError, calico-fidelity.md C20, C23, C49): with
 * strict affinity a host never borrows, so it runs out of affine blocks before the pools run dry.
 */
function shortfallText(strict: boolean, cidrs: string): string {
  return strict ? "No more free affine blocks and strict affinity enabled" : `No IPs available in pools: [${cidrs}]`;
}

/** `maxBlocksPerHost: 2 (IPAMConfiguration default)`, or where the limit comes from. */
function limitText(l: BlockLimit): string {
  if (l.from === "files") return `${l.limit} (maxBlocksPerHost in IPAMConfiguration ${l.object?.ref.name ?? ""}${l.limit === 20 ? ", 0 meaning Calico's default of 20" : ""})`;
  if (l.from === "configuration") return `${l.limit} (the configuration's ipam.maxBlocksPerHost)`;
  return `${l.limit} (Calico's default when no IPAMConfiguration sets maxBlocksPerHost)`;
}

/** `2 blocks × 64 addresses of pool a (10.0.0.0/16)` per pool. */
function perNodeText(pools: readonly Pool[], limit: number): string {
  return listText(pools.filter((p) => blockAddresses(p) > 0n).map((p) => `${limit} × ${blockAddresses(p)} from ${poolLabel(p)} (/${p.blockSize} blocks)`));
}

const FIX_BLOCKS = "Raise maxBlocksPerHost in the IPAMConfiguration, give the pool larger blocks (a smaller blockSize, on a new pool: an existing pool's blockSize cannot change)";

/**
 * A pool of the group defined twice with another CIDR: the count takes the copy the dry run chose,
 * and the copy applied last wins, so the shortfall is not certain (a warning that says so).
 */
function copyNote(model: Model, g: Exhaustion): string {
  const twice = definedTwice(model);
  for (const u of g.pools) {
    // A copy too small to hold the demand even empty runs short too: that stays certain.
    const fits = (c: CIDR): boolean => 2n ** BigInt(bitsOf(c.family) - c.prefix) >= g.demand;
    const other = twice.get(u.pool.name)?.find((p) => p !== u.pool && p.cidr !== null && u.pool.cidr !== null && !sameCIDR(p.cidr, u.pool.cidr) && !p.disabled && fits(p.cidr));
    if (other?.cidr) {
      return `, counting pool ${u.pool.name} as ${u.pool.object.ref.file} defines it; ${other.object.ref.file} defines it as ${cidrString(other.cidr)}, and the copy applied last wins, so whether the pool runs short depends on which definition is applied`;
    }
  }
  return "";
}

/** A pool set as the `pods` message quotes it. */
interface SetTexts {
  readonly cidrs: string;
  readonly pools: string;
  readonly shortfall: string;
  readonly related: readonly { readonly span: Span; readonly message: string }[];
  /** The namespaceSelectors that keep automatic pools from the set, up to the namespace's name; empty when none does. */
  readonly unselected: string;
}

const FIX_REQUESTED = "Enlarge the pool, add another pool to the list in the annotation, or run fewer replicas";
const FIX_DEFAULT = "Enlarge the pool or add another automatic IPPool, or run fewer replicas";

export default defineRule({
  id: "pool-exhausted",
  meta: {
    description: "Report pool sets whose pods need more addresses than the pools hold (dry-run allocation)",
    defaultSeverity: "error",
    scope: "repository",
    mixedSeverity: true,
    messages: {
      blockLimitCluster:
        "{{demand}} pods draw IPv{{v}} addresses from {{pools}} on {{nodes}} nodes, but a node may own at most {{limit}} blocks of a pool, so it holds at most {{perNode}} of their addresses ({{detail}}), {{total}} on all nodes. Calico fails the pods a full node cannot hold with `cannot allocate new block due to per host block limit` (IPAM logs `Need to allocate an IPAM block but could not - limit of {{limitN}} blocks reached for this node`): at the limit it does not borrow from other nodes' blocks. {{fix}}, or add nodes",
      blockLimitNodes:
        "{{demand}} pods draw IPv{{v}} addresses from {{pools}}, and a node may own at most {{limit}} blocks of a pool, so it holds at most {{perNode}} of their addresses ({{detail}}), fewer than kubelet's default of 110 pods: they need at least {{minNodes}} nodes running Calico, and whether a node runs past the limit depends on how many nodes there are and how the scheduler spreads the pods. There Calico fails the pod with `cannot allocate new block due to per host block limit` (IPAM logs `Need to allocate an IPAM block but could not - limit of {{limitN}} blocks reached for this node`). {{fix}}, or set `nodes` in the configuration to have the count checked",
      blockLimitPinned:
        "{{who}} runs {{count}} pods on one node ({{pin}}), but a node may own at most {{limit}} blocks of a pool, so it holds at most {{perNode}} of their addresses ({{detail}}). Calico fails the pods past that with `cannot allocate new block due to per host block limit` (IPAM logs `Need to allocate an IPAM block but could not - limit of {{limitN}} blocks reached for this node`). {{fix}}, or spread the pods over several nodes",
      pods:
        "{{who}} draws {{addresses}} from {{pools}}{{others}}: {{demand}} are needed and {{capacity}} can be assigned ({{breakdown}}{{unknown}}){{depends}}. Calico fails the pods that start last with `failed to request IPv{{v}} addresses: Assigned 0 out of 1 requested IPv{{v}} addresses; {{shortfall}}`. {{fix}}",
      pool:
        "Pool {{pool}} is too small for the pods drawing from it{{shared}}: {{demand}} IPv{{v}} addresses are needed by {{sources}} and {{capacity}} can be assigned ({{breakdown}}{{unknown}}){{depends}}. Calico fails the pods that start last with `failed to request IPv{{v}} addresses: Assigned 0 out of 1 requested IPv{{v}} addresses; {{shortfall}}`. {{fix}}",
    },
    calico:
      "Calico IPAM hands out every address of a pool (network and broadcast included) except those in IPReservations, static `ipAddrs` addresses and node tunnel addresses; pods without a pool annotation draw only from the automatic pools whose namespaceSelector selects their namespace (known when its Namespace object is in the files); a pod that finds no free address in the pools it may use fails with P7 and kubelet keeps retrying its sandbox. With `strictAffinity` (an IPAMConfiguration in the files, else the configuration's `ipam.strictAffinity`) the message quotes P8 instead, `No more free affine blocks and strict affinity enabled`; the count still takes the whole pool, so it does not see a shortfall of affine blocks on one node. A node owns at most `maxBlocksPerHost` blocks of a pool (20 when the IPAMConfiguration `default` sets 0 or nothing); at the limit IPAM fails the pod with `cannot allocate new block due to per host block limit` instead of borrowing another node's addresses. With the node count known (`nodes`, `--nodes`, a kind Cluster), more pods than the nodes can hold is an error, and so are pods pinned to one node past the limit; with it unknown, a warning names the nodes needed when a node holds fewer than kubelet's default 110 pods. When a pool in the count is defined twice with another CIDR that could hold the demand, the shortfall depends on which copy is applied: a warning.",
    remediation:
      "Enlarge the pool (a shorter prefix), add a pool to the pod's `cni.projectcalico.org/ipv4pools` / `ipv6pools` list (Calico spills over in list order), free reserved addresses, or lower the replica count. For the block limit: raise `maxBlocksPerHost`, give pods a pool with larger blocks, or spread them over more nodes.",
  },
  check(ctx) {
    if (!poolsKnown(ctx.model)) return;
    const a = allocation(ctx.model, ctx.settings);
    // The per-node block limit (allocator/block-limit.ts, ipam.go autoAssign).
    const lim = blockLimit(ctx.model, ctx.settings);
    for (const fam of familyBlockLimits(a, lim.limit)) {
      if (fam.perNode === 0n) continue;
      const first = fam.pools[0] as Pool;
      const at = lim.span ?? first.written.blockSize?.span ?? poolSpan(first);
      const object = lim.object?.ref ?? first.object.ref;
      const common = {
        v: fam.family,
        demand: String(fam.demand),
        pools: `${fam.pools.length === 1 ? "pool" : "pools"} ${listText(fam.pools.map(poolLabel))}`,
        limit: limitText(lim),
        limitN: lim.limit,
        perNode: String(fam.perNode),
        detail: perNodeText(fam.pools, lim.limit),
        fix: FIX_BLOCKS,
      };
      let pinnedOver = false;
      for (const c of fam.consumers) {
        const n = c.count.count ?? 0n;
        if (!c.pod.pinnedToOneNode || c.pod.workload.scale === "per-node" || !c.set) continue;
        const cap = perNode(c.set.pools, lim.limit);
        if (cap === 0n || n <= cap) continue;
        pinnedOver = true;
        ctx.report({
          messageId: "blockLimitPinned",
          severity: "error",
          at: c.count.span ?? nameSpan(c.pod.object),
          object: c.pod.object.ref,
          data: { ...common, who: podWho(c.pod), count: String(n), pin: "its node selector or required affinity names one hostname", perNode: String(cap), detail: perNodeText(c.set.pools, lim.limit) },
          related: lim.span ? [{ span: lim.span, message: "maxBlocksPerHost" }] : [],
        });
      }
      const related = fam.pools.map((p) => ({ span: poolSpan(p), message: `pool ${poolLabel(p)}` }));
      if (a.nodes !== null && a.nodes > 0 && fam.demand > BigInt(a.nodes) * fam.perNode) {
        ctx.report({ messageId: "blockLimitCluster", severity: "error", at, object, data: { ...common, nodes: a.nodes, total: String(BigInt(a.nodes) * fam.perNode) }, related });
      } else if (a.nodes === null && !pinnedOver && fam.perNode < KUBELET_DEFAULT_MAX_PODS && fam.demand > fam.perNode) {
        const minNodes = (fam.demand + fam.perNode - 1n) / fam.perNode;
        ctx.report({ messageId: "blockLimitNodes", severity: "warning", at, object, data: { ...common, minNodes: String(minNodes) }, related });
      }
    }
    // An IPAMConfiguration in the files says; otherwise the configuration's `ipam.strictAffinity`
    // (docs/configuration.md: "the cluster's IPAMConfiguration, when no manifest holds it").
    const inFiles = ctx.model.ipamConfigs.find((c) => c.strictAffinity !== undefined)?.strictAffinity?.value;
    const strict = inFiles ?? ctx.settings.strictAffinity ?? false;
    // The automatic pools of each family before namespace selectors: those missing from a default
    // set are kept from its pods' namespace by their namespaceSelector.
    const inPlay = poolsInPlay(ctx.model);
    // What the messages say of a set, the same for each of its consumers: worked out once per set.
    const setTexts = new Map<PoolSet, SetTexts>();
    const textsOf = (set: PoolSet): SetTexts => {
      let t = setTexts.get(set);
      if (!t) {
        const cidrs = set.pools.map((p) => (p.cidr ? cidrString(p.cidr) : "")).join(" ");
        const left = set.kind === "default" ? defaultPools(inPlay, set.family).pools.filter((p) => !set.pools.includes(p)) : [];
        t = {
          cidrs,
          pools: `${set.pools.length === 1 ? "pool" : "pools"} ${listText(set.pools.map(poolLabel))}`,
          shortfall: shortfallText(strict, cidrs),
          related: set.pools.map((p) => ({ span: poolSpan(p), message: `pool ${poolLabel(p)}` })),
          unselected: left.length === 0 ? "" : `; the namespaceSelector${left.length === 1 ? "" : "s"} of ${listText(left.map(poolLabel))} ${left.length === 1 ? "does" : "do"} not select namespace `,
        };
        setTexts.set(set, t);
      }
      return t;
    };
    for (const g of a.exhausted) {
      const workloadSets = g.sets.filter((s) => s.kind !== "tunnel");
      const consumers: PodDemand[] = workloadSets.flatMap((s) => s.consumers).filter((c) => c.count.count !== null && c.count.count > 0n);
      if (consumers.length === 0) continue;
      const depends = copyNote(ctx.model, g);
      const severity = depends ? ({ severity: "warning" } as const) : {};
      const common = {
        depends,
        v: g.family,
        demand: String(g.demand),
        capacity: String(g.capacity),
        breakdown: breakdown(g),
        unknown: unknownNote(g),
      };
      const fix = workloadSets.some((s) => s.kind === "requested") ? FIX_REQUESTED : FIX_DEFAULT;
      const sources = new Set(consumers.map((c) => c.pod));
      // The same for every consumer of the group: worked out once, not per finding.
      const others = sources.size > 1 ? ` together with ${plural(sources.size - 1, "other pod source")}` : "";
      for (const c of consumers) {
        const set = c.set;
        if (!set) continue;
        const texts = textsOf(set);
        const at = c.count.span ?? (c.listFrom === "pod" && c.list ? c.list.entry.node.span : undefined) ?? nameSpan(c.pod.object);
        ctx.report({
          messageId: "pods",
          ...severity,
          at,
          object: c.pod.object.ref,
          value: texts.cidrs,
          // Written out, not spread from `common`: once per finding (1,867 on f20).
          data: {
            depends: common.depends,
            v: common.v,
            demand: common.demand,
            capacity: common.capacity,
            breakdown: common.breakdown,
            unknown: common.unknown,
            who: podWho(c.pod),
            addresses: plural(c.count.count ?? 0n, `IPv${g.family} address`, `IPv${g.family} addresses`),
            pools: texts.pools,
            others,
            shortfall: texts.shortfall,
            fix: set.kind === "requested" ? FIX_REQUESTED : texts.unselected === "" ? FIX_DEFAULT : `${FIX_DEFAULT}${texts.unselected}${c.pod.namespace}`,
          },
          related: texts.related,
        });
      }
      const cidrs = g.pools.map((p) => p.cidr).join(" ");
      for (const u of g.pools) {
        const others = g.pools.filter((p) => p !== u).map((p) => poolLabel(p.pool));
        ctx.report({
          messageId: "pool",
          ...severity,
          at: poolSpan(u.pool),
          object: u.pool.object.ref,
          value: u.cidr,
          data: {
            ...common,
            pool: poolLabel(u.pool),
            shared: others.length > 0 ? ` and ${listText(others)}` : "",
            sources: plural(sources.size, "pod source"),
            shortfall: shortfallText(strict, cidrs),
            fix,
          },
        });
      }
    }
  },
});
