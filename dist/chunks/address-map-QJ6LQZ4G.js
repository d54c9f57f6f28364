import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);
import {
  formatIP,
  lastOf,
  sizeOf
} from "./chunk-PJOHWLWG.js";
import "./chunk-UZMCNIHN.js";

// src/report/address-map.ts
var MAX_CELLS = 256;

// src/engine/address-map.ts
function reservedRanges(model, family) {
  const ranges = [];
  for (const r of model.reservations) for (const e of r.entries) if (e.cidr && e.cidr.family === family) ranges.push([e.cidr.network, lastOf(e.cidr)]);
  ranges.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const merged = [];
  for (const r of ranges) {
    const prev = merged[merged.length - 1];
    if (prev && r[0] <= prev[1] + 1n) prev[1] = r[1] > prev[1] ? r[1] : prev[1];
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
var overlap = (ranges, first, last) => {
  let n = 0n;
  for (const [a, b] of ranges) {
    if (b < first || a > last) continue;
    n += (b < last ? b : last) - (a > first ? a : first) + 1n;
  }
  return n;
};
function addressMap(model, a, plan) {
  const claims = a.statics.flatMap((claim, i) => {
    const p = plan.statics[i];
    return p ? [{ claim, view: { ip: p.ip, annotation: p.annotation, owner: p.owner, reserved: p.reserved } }] : [];
  });
  const pools = [];
  a.pools.forEach((u, i) => {
    const pool = plan.pools[i];
    const cidr = u.pool.cidr;
    if (!pool || !cidr) return;
    const blocks = u.blocks > 0n ? u.blocks : 1n;
    const cells = blocks < BigInt(MAX_CELLS) ? Number(blocks) : MAX_CELLS;
    const cellSize = sizeOf(cidr) / BigInt(cells);
    const ranges = reservedRanges(model, cidr.family);
    const mine = claims.filter(({ claim }) => claim.pool === u.pool);
    const byCell = /* @__PURE__ */ new Map();
    for (const m of mine) {
      const c = Number((m.claim.ip.value - cidr.network) / cellSize);
      if (c < 0 || c >= cells) continue;
      const list = byCell.get(c) ?? [];
      list.push(m.view);
      byCell.set(c, list);
    }
    const marked = [];
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
export {
  addressMap
};
