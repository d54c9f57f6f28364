import type { Allocation } from "../allocator/index.js";
import { formatIP, lastOf, sizeOf, type CIDR, type Model } from "../model/index.js";
import { MAX_CELLS, type AddressMap, type MapCell, type MapStatic, type PoolMap } from "../report/address-map.js";
import type { Plan } from "../report/plan.js";

/**
 * The allocation's address space as the report's plain data (`AddressMap`, src/report/address-map.ts)
 * for the HTML report and the playground: beside engine/plan.ts, the other module that reads the
 * allocator's and the model's own types for a report.
 */

/** Merge the reserved ranges of one family into sorted, disjoint [first, last] intervals. */
function reservedRanges(model: Model, family: 4 | 6): [bigint, bigint][] {
  const ranges: [bigint, bigint][] = [];
  for (const r of model.reservations) for (const e of r.entries) if (e.cidr && e.cidr.family === family) ranges.push([e.cidr.network, lastOf(e.cidr)]);
  ranges.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const merged: [bigint, bigint][] = [];
  for (const r of ranges) {
    const prev = merged[merged.length - 1];
    if (prev && r[0] <= prev[1] + 1n) prev[1] = r[1] > prev[1] ? r[1] : prev[1];
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

const overlap = (ranges: readonly [bigint, bigint][], first: bigint, last: bigint): bigint => {
  let n = 0n;
  for (const [a, b] of ranges) {
    if (b < first || a > last) continue;
    n += (b < last ? b : last) - (a > first ? a : first) + 1n;
  }
  return n;
};

/** The address map of `a`, whose plan (`planFrom(model, a)`, as the core returns it) locates its claims. */
export function addressMap(model: Model, a: Allocation, plan: Plan): AddressMap {
  // planFrom lists the claims in the allocator's order, with their owners located.
  const claims = a.statics.flatMap((claim, i) => {
    const p = plan.statics[i];
    return p ? [{ claim, view: { ip: p.ip, annotation: p.annotation, owner: p.owner, reserved: p.reserved } as MapStatic }] : [];
  });
  const pools: PoolMap[] = [];
  a.pools.forEach((u, i) => {
    const pool = plan.pools[i];
    const cidr: CIDR | null = u.pool.cidr;
    if (!pool || !cidr) return;
    const blocks = u.blocks > 0n ? u.blocks : 1n;
    const cells = blocks < BigInt(MAX_CELLS) ? Number(blocks) : MAX_CELLS;
    const cellSize = sizeOf(cidr) / BigInt(cells);
    const ranges = reservedRanges(model, cidr.family);
    const mine = claims.filter(({ claim }) => claim.pool === u.pool);
    // Each claim's cell by arithmetic, not by a scan per cell: a pool may hold 100,000 claims.
    const byCell = new Map<number, MapStatic[]>();
    for (const m of mine) {
      const c = Number((m.claim.ip.value - cidr.network) / cellSize);
      if (c < 0 || c >= cells) continue;
      const list = byCell.get(c) ?? [];
      list.push(m.view);
      byCell.set(c, list);
    }
    const marked: MapCell[] = [];
    for (let c = 0; c < cells; c++) {
      const first = cidr.network + BigInt(c) * cellSize;
      const last = first + cellSize - 1n;
      const reserved = overlap(ranges, first, last);
      const inCell = byCell.get(c) ?? [];
      if (reserved === 0n && inCell.length === 0) continue;
      marked.push({ index: c, first: formatIP(cidr.family, first), last: formatIP(cidr.family, last), reserved: String(reserved), fullyReserved: reserved === cellSize, statics: inCell });
    }
    pools.push({ pool, cells, blocksPerCell: String(blocks / BigInt(cells)), cellSize: String(cellSize), marked, statics: mine.map((m) => m.view) });
  });
  const outside = claims.filter(({ claim }) => !claim.pool).map(({ claim, view }) => ({ ...view, family: claim.ip.family }));
  return { plan, pools, outside };
}
