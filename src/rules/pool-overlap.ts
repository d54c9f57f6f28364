import { poolsInPlay } from "../allocator/index.js";
import { cidrString, lastOf, type Pool } from "../model/index.js";
import { defineRule } from "./define-rule.js";
import { poolLabel, poolSpan } from "./_shared/pools.js";

const nameOf = (p: Pool): string => p.name || (p.cidr ? cidrString(p.cidr) : "");

const MAX_PER_POOL = 10;

/**
 * For each pool (by index), the indexes of the first MAX_PER_POOL other pools it overlaps, in
 * index order. CIDRs either nest or are disjoint, so after sorting by (family, start, size
 * descending) a pool overlaps exactly its ancestors (the containers still open in a sweep) and its
 * descendants (the run of pools after it that start before it ends). Pools with the same CIDR form
 * one group. Each group keeps its MAX_PER_POOL + 1 lowest indexes, and each group's descendant run
 * is scanned once, so n pools cost O(n log n + n × depth), depth ≤ 129, instead of n² comparisons:
 * 20,000 disjoint pools took 20 s pairwise.
 */
function overlapsOf(pools: readonly Pool[]): number[][] {
  const k = MAX_PER_POOL + 1;
  const items = pools
    .map((p, index) => ({ index, family: p.cidr?.family ?? 4, start: p.cidr?.network ?? 0n, end: p.cidr ? lastOf(p.cidr) : 0n }))
    .sort((a, b) => a.family - b.family || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) || (a.end > b.end ? -1 : a.end < b.end ? 1 : 0) || a.index - b.index);
  // Groups of one CIDR, in sorted order; `lowest`: their k lowest indexes (items are index-ordered within a group).
  const groups: { family: number; start: bigint; end: bigint; first: number; last: number; lowest: number[] }[] = [];
  items.forEach((it, n) => {
    const g = groups.at(-1);
    if (g && g.family === it.family && g.start === it.start && g.end === it.end) {
      g.last = n;
      if (g.lowest.length < k) g.lowest.push(it.index);
    } else groups.push({ family: it.family, start: it.start, end: it.end, first: n, last: n, lowest: [it.index] });
  });
  const lowestK = (xs: number[]): number[] => [...new Set(xs)].sort((a, b) => a - b).slice(0, k);
  // Each group's descendants: the groups after it of its family that start before it ends.
  const below = groups.map((g, gi) => {
    const found: number[] = [];
    for (let h = gi + 1; h < groups.length; h++) {
      const d = groups[h]!;
      if (d.family !== g.family || d.start > g.end) break;
      found.push(...d.lowest);
      if (found.length > 4 * k) found.splice(0, found.length, ...lowestK(found));
    }
    return lowestK(found);
  });
  const out: number[][] = pools.map(() => []);
  const open: number[] = []; // group indexes of the containers of the current group
  groups.forEach((g, gi) => {
    while (open.length > 0) {
      const top = groups[open.at(-1)!]!;
      if (top.family === g.family && top.end >= g.start) break;
      open.pop();
    }
    const above = open.flatMap((o) => groups[o]!.lowest);
    const others = lowestK([...above, ...below[gi]!, ...g.lowest]);
    for (let n = g.first; n <= g.last; n++) {
      const self = items[n]!.index;
      out[self] = others.filter((o) => o !== self).slice(0, MAX_PER_POOL);
    }
    open.push(gi);
  });
  return out;
}

export default defineRule({
  id: "pool-overlap",
  meta: {
    description: "Disallow enabled IP pools of one family whose CIDRs overlap",
    defaultSeverity: "error",
    scope: "repository",
    messages: {
      overlap:
        "Pool {{pool}} overlaps pool {{other}}: calicoctl and the Calico API server refuse the second one with `IPPool({{second}}) CIDR overlaps with IPPool({{first}}) CIDR {{firstCidr}}`, and applied as CRDs Calico v3.32+ marks one `Allocatable=False` (CIDROverlap) so IPAM skips it. Make the CIDRs disjoint, or disable one of the pools",
    },
    calico:
      "clientv3 rejects, on create, any pool whose CIDR overlaps an existing pool (identical, larger or smaller). Writing the CRDs directly skips that check; from v3.32 the kube-controllers pool controller keeps one pool per overlapping range active and marks the others `Allocatable=False`. Disabled pools take no part.",
    remediation: "Give every enabled pool of a family a disjoint CIDR, or set `disabled: true` on the pool that is being retired.",
  },
  check(ctx) {
    const pools = poolsInPlay(ctx.model).filter((p) => !p.disabled && p.cidr !== null);
    // Findings per pool, capped: n copies of one pool are n(n-1) pairs, and 4000 of them (a 200 KB
    // file) ran out of memory. The first MAX_PER_POOL overlaps of a pool say what to fix.
    overlapsOf(pools).forEach((others, i) => {
      const a = pools[i] as Pool;
      for (const j of others) {
        const b = pools[j] as Pool;
        if (!a.cidr || !b.cidr) continue;
        // Calico's message names the pool created second, and the one it met first.
        const [first, second] = i < j ? [a, b] : [b, a];
        ctx.report({
          messageId: "overlap",
          at: poolSpan(a),
          object: a.object.ref,
          value: cidrString(a.cidr),
          data: { first: nameOf(first), second: nameOf(second), firstCidr: first.cidr ? cidrString(first.cidr) : "", pool: poolLabel(a), other: poolLabel(b) },
          related: [{ span: poolSpan(b), message: `pool ${poolLabel(b)}` }],
        });
      }
    });
  },
});
