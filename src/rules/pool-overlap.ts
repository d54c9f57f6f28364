import { poolsInPlay } from "../allocator/index.js";
import { cidrString, overlaps, type Pool } from "../model/index.js";
import { defineRule } from "./define-rule.js";
import { poolLabel, poolSpan } from "./_shared/pools.js";

const nameOf = (p: Pool): string => p.name || (p.cidr ? cidrString(p.cidr) : "");

const MAX_PER_POOL = 10;

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
    const reported = new Array<number>(pools.length).fill(0);
    for (let i = 0; i < pools.length; i++) {
      for (let j = i + 1; j < pools.length; j++) {
        const a = pools[i] as Pool;
        const b = pools[j] as Pool;
        if (!a.cidr || !b.cidr || !overlaps(a.cidr, b.cidr)) continue;
        const reportA = (reported[i] ?? 0) < MAX_PER_POOL;
        const reportB = (reported[j] ?? 0) < MAX_PER_POOL;
        if (!reportA && !reportB) continue;
        reported[i] = (reported[i] ?? 0) + 1;
        reported[j] = (reported[j] ?? 0) + 1;
        const data = { first: nameOf(a), second: nameOf(b), firstCidr: cidrString(a.cidr) };
        if (reportA) ctx.report({
          messageId: "overlap",
          at: poolSpan(a),
          object: a.object.ref,
          value: cidrString(a.cidr),
          data: { ...data, pool: poolLabel(a), other: poolLabel(b) },
          related: [{ span: poolSpan(b), message: `pool ${poolLabel(b)}` }],
        });
        if (reportB) ctx.report({
          messageId: "overlap",
          at: poolSpan(b),
          object: b.object.ref,
          value: cidrString(b.cidr),
          data: { ...data, pool: poolLabel(b), other: poolLabel(a) },
          related: [{ span: poolSpan(a), message: `pool ${poolLabel(a)}` }],
        });
      }
    }
  },
});
