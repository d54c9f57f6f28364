import { poolsInPlay } from "../allocator/index.js";
import { apiGroup, cidrString, lastOf, type Pool } from "../model/index.js";
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

/** How the pool reaches Calico: through clientv3's validation (calicoctl, the API server, the operator, calico-node), or as a CRD written with kubectl. */
const viaCrd = (p: Pool): boolean => p.origin === "IPPool" && apiGroup(p.object.ref.apiVersion) === "crd.projectcalico.org";
const viaV3 = (p: Pool): boolean => p.origin === "IPPool" && apiGroup(p.object.ref.apiVersion) === "projectcalico.org";

export default defineRule({
  id: "pool-overlap",
  meta: {
    description: "Disallow IP pools whose CIDRs overlap where Calico refuses one or makes one unusable",
    defaultSeverity: "error",
    mixedSeverity: true,
    scope: "repository",
    messages: {
      overlap:
        "Pool {{pool}} overlaps pool {{other}}: calicoctl and the Calico API server refuse the second one with `IPPool({{second}}) CIDR overlaps with IPPool({{first}}) CIDR {{firstCidr}}`, and applied as CRDs Calico v3.32+ marks one `Allocatable=False` (CIDROverlap) so IPAM skips it. Make the CIDRs disjoint, or disable one of the pools",
      overlapCrd:
        "Pool {{pool}} overlaps pool {{other}}: applied with kubectl as crd.projectcalico.org/v1 objects, both are stored (only the CRD schema checks them, not the overlap), and from Calico v3.32 kube-controllers' pool controller marks one of them `Allocatable=False` (CIDROverlap), so IPAM takes no address from it; earlier versions allocate from both. Make the CIDRs disjoint, or disable one of the pools",
      overlapDisabled:
        "Pool {{pool}} overlaps the disabled pool {{other}}: calicoctl and the Calico API server check a new pool against every pool, disabled ones included, and refuse the one created second with `IPPool({{second}}) CIDR overlaps with IPPool({{first}}) CIDR {{firstCidr}}`. Make the CIDRs disjoint, or delete the disabled pool once no address is left in it",
      overlapDisabledOrder:
        "Pool {{pool}} overlaps the disabled pool {{other}}, and only {{checked}} goes through calicoctl or the Calico API server (projectcalico.org/v3), which refuse a new pool that overlaps any pool, disabled ones included: if it is created after the other, it is refused with `IPPool({{checkedName}}) CIDR overlaps with IPPool({{otherName}}) CIDR {{otherCidr}}`; created first, both are stored and the disabled pool takes no part. Which comes first depends on the order they are applied. Make the CIDRs disjoint, or delete the disabled pool",
    },
    calico:
      "clientv3's `validateAndSetDefaults` (calicoctl, the Calico API server) rejects, on create, a pool whose CIDR overlaps any existing pool, disabled ones included (identical, larger or smaller). Writing `crd.projectcalico.org/v1` objects with kubectl skips that check: both are stored, and from v3.32 the kube-controllers pool controller (`reconcileConditions`) keeps one pool per overlapping range active and marks the others `Allocatable=False`; administratively disabled pools take no part there.",
    remediation: "Give every pool of a family a disjoint CIDR, or set `disabled: true` on the pool that is being retired (and, with projectcalico.org/v3, create no new pool over it until it is deleted).",
  },
  check(ctx) {
    const inPlay = poolsInPlay(ctx.model).filter((p) => p.cidr !== null);
    const report = (a: Pool, b: Pool, aFirst: boolean): void => {
      if (!a.cidr || !b.cidr) return;
      // Calico's message names the pool created second, and the one it met first.
      const [first, second] = aFirst ? [a, b] : [b, a];
      const data = { first: nameOf(first), second: nameOf(second), firstCidr: first.cidr ? cidrString(first.cidr) : "", pool: poolLabel(a), other: poolLabel(b) };
      const base = { at: poolSpan(a), object: a.object.ref, value: cidrString(a.cidr), related: [{ span: poolSpan(b), message: `pool ${poolLabel(b)}` }] };
      if (!a.disabled && !b.disabled) {
        ctx.report({ ...base, messageId: viaCrd(a) && viaCrd(b) ? "overlapCrd" : "overlap", severity: "error", data });
      } else if (viaV3(a) && viaV3(b)) {
        ctx.report({ ...base, messageId: "overlapDisabled", severity: "error", data });
      } else {
        const [checked, other] = viaV3(a) ? [a, b] : [b, a];
        const more = { checked: poolLabel(checked), checkedName: nameOf(checked), otherName: nameOf(other), otherCidr: other.cidr ? cidrString(other.cidr) : "" };
        ctx.report({ ...base, messageId: "overlapDisabledOrder", severity: "warning", data: { ...data, ...more } });
      }
    };
    // Findings per pool, capped: n copies of one pool are n(n-1) pairs, and 4000 of them (a 200 KB
    // file) ran out of memory. The first MAX_PER_POOL overlaps of a pool say what to fix.
    const enabled = inPlay.filter((p) => !p.disabled);
    overlapsOf(enabled).forEach((others, i) => {
      for (const j of others) report(enabled[i] as Pool, enabled[j] as Pool, i < j);
    });
    // A disabled pool blocks only clientv3's create check, which projectcalico.org/v3 pools go
    // through (the pool controller skips disabled pools): pairs of IPPools with a disabled one and a v3 one.
    const objects = inPlay.filter((p) => viaV3(p) || viaCrd(p));
    if (!objects.some((p) => p.disabled) || !objects.some(viaV3)) return;
    overlapsOf(objects).forEach((others, i) => {
      const a = objects[i] as Pool;
      for (const j of others) {
        const b = objects[j] as Pool;
        if ((a.disabled || b.disabled) && (viaV3(a) || viaV3(b))) report(a, b, i < j);
      }
    });
  },
});
