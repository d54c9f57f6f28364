import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveFlow, type FlowSet } from "../../src/allocator/index.js";

/** Max flow by the max-flow/min-cut theorem over every subset of sets (small cases only). */
function bruteMaxFlow(capacity: bigint[], sets: FlowSet[]): bigint {
  let best: bigint | null = null;
  for (let mask = 0; mask < 1 << sets.length; mask++) {
    const pools = new Set<number>();
    let cut = 0n;
    sets.forEach((s, i) => {
      if (mask & (1 << i)) s.pools.forEach((p) => pools.add(p));
      else cut += s.demand;
    });
    for (const p of pools) cut += capacity[p] ?? 0n;
    if (best === null || cut < best) best = cut;
  }
  return best ?? 0n;
}

const arbCase = fc.integer({ min: 1, max: 4 }).chain((nPools) =>
  fc.record({
    capacity: fc.array(fc.bigInt({ min: 0n, max: 20n }), { minLength: nPools, maxLength: nPools }),
    sets: fc.array(
      fc.record({
        demand: fc.bigInt({ min: 0n, max: 30n }),
        pools: fc.uniqueArray(fc.integer({ min: 0, max: nPools - 1 }), { minLength: 1, maxLength: nPools }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  }),
);

describe("solveFlow (property)", () => {
  it("serves as much as any order of pod starts could, within every pool's capacity", () => {
    fc.assert(
      fc.property(arbCase, ({ capacity, sets }) => {
        const r = solveFlow(capacity, sets);
        const used = capacity.map(() => 0n);
        sets.forEach((s, i) => {
          const row = r.assigned[i] ?? [];
          const got = row.reduce((a, b) => a + b, 0n);
          expect(got + (r.shortfall[i] ?? 0n)).toBe(s.demand);
          row.forEach((a, k) => {
            expect(a >= 0n).toBe(true);
            const p = s.pools[k] as number;
            used[p] = (used[p] as bigint) + a;
          });
        });
        used.forEach((u, p) => expect(u <= (capacity[p] as bigint)).toBe(true));
        const total = sets.reduce((a, s) => a + s.demand, 0n);
        const short = r.shortfall.reduce((a, b) => a + b, 0n);
        expect(total - short).toBe(bruteMaxFlow(capacity, sets));
        for (const g of r.groups) {
          const demand = g.sets.reduce((a, i) => a + (sets[i] as FlowSet).demand, 0n);
          const cap = g.pools.reduce((a, p) => a + (capacity[p] as bigint), 0n);
          expect(demand > cap).toBe(true);
        }
        expect(r.groups.length > 0).toBe(short > 0n);
      }),
      { numRuns: 500 },
    );
  });
});
