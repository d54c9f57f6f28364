/**
 * Demand of pool sets against pool capacity as a bipartite max-flow over bigints.
 *
 * Each set may draw from its own pools only. A first greedy pass spills every set over its pools in
 * list order (sets earlier in `sets` first, so they keep what they got); augmenting paths then move
 * earlier assignments to other pools wherever that lets a short set be served. What is still short
 * after that cannot be served in any order of pod starts. The residual graph then names the sets and
 * pools that compete for too few addresses (a minimum cut), one group per connected part.
 *
 * Written here on purpose: graph packages on npm count in numbers, not bigints (an IPv6 pool's size),
 * and the greedy order above is the allocator's own.
 */

export interface FlowSet {
  readonly demand: bigint;
  /** Indexes into the capacity array, in the order the set tries them. */
  readonly pools: readonly number[];
}

export interface FlowResult {
  /** assigned[s][k]: addresses of set s placed in its k-th pool. */
  readonly assigned: bigint[][];
  readonly shortfall: bigint[];
  /** Groups of sets and the pools they are confined to, whose demand exceeds those pools. */
  readonly groups: { readonly sets: number[]; readonly pools: number[] }[];
}

export function solveFlow(capacity: readonly bigint[], sets: readonly FlowSet[]): FlowResult {
  const residual = [...capacity];
  const assigned = sets.map((s) => s.pools.map(() => 0n));
  const unmet = sets.map((s) => s.demand);
  // Which sets use each pool, and at which position in their list.
  const users: { set: number; k: number }[][] = capacity.map(() => []);
  sets.forEach((s, i) => s.pools.forEach((p, k) => users[p]?.push({ set: i, k })));

  // Greedy spill in list order.
  sets.forEach((s, i) => {
    s.pools.forEach((p, k) => {
      const need = unmet[i] as bigint;
      const room = residual[p] as bigint;
      if (need <= 0n || room <= 0n) return;
      const take = need < room ? need : room;
      (assigned[i] as bigint[])[k] = ((assigned[i] as bigint[])[k] as bigint) + take;
      residual[p] = room - take;
      unmet[i] = need - take;
    });
  });

  // Augment: BFS from short sets through full pools, back along existing assignments.
  for (;;) {
    const starts = unmet.map((u, i) => (u > 0n ? i : -1)).filter((i) => i >= 0);
    if (starts.length === 0) break;
    const setPrev = new Map<number, { pool: number } | null>();
    const poolPrev = new Map<number, { set: number; k: number }>();
    const queue: number[] = [];
    for (const s of starts) {
      setPrev.set(s, null);
      queue.push(s);
    }
    let found: number | undefined;
    while (queue.length > 0 && found === undefined) {
      const s = queue.shift() as number;
      const set = sets[s] as FlowSet;
      for (let k = 0; k < set.pools.length; k++) {
        const p = set.pools[k] as number;
        if (poolPrev.has(p)) continue;
        poolPrev.set(p, { set: s, k });
        if ((residual[p] as bigint) > 0n) {
          found = p;
          break;
        }
        for (const u of users[p] ?? []) {
          if (setPrev.has(u.set)) continue;
          if (((assigned[u.set] as bigint[])[u.k] as bigint) <= 0n) continue;
          setPrev.set(u.set, { pool: p });
          queue.push(u.set);
        }
      }
    }
    if (found === undefined) break;
    // Walk back to find the bottleneck, then apply.
    let amount = residual[found] as bigint;
    const steps: { set: number; k: number; back?: { set: number; k: number } }[] = [];
    let p = found;
    for (;;) {
      const into = poolPrev.get(p) as { set: number; k: number };
      const prev = setPrev.get(into.set);
      if (prev === null || prev === undefined) {
        steps.push({ set: into.set, k: into.k });
        const u = unmet[into.set] as bigint;
        if (u < amount) amount = u;
        break;
      }
      // into.set gives up part of its assignment in prev.pool to take p instead.
      const backK = (sets[into.set] as FlowSet).pools.indexOf(prev.pool);
      const have = (assigned[into.set] as bigint[])[backK] as bigint;
      if (have < amount) amount = have;
      steps.push({ set: into.set, k: into.k, back: { set: into.set, k: backK } });
      p = prev.pool;
    }
    for (const st of steps) {
      const row = assigned[st.set] as bigint[];
      row[st.k] = (row[st.k] as bigint) + amount;
      if (st.back) row[st.back.k] = (row[st.back.k] as bigint) - amount;
      else unmet[st.set] = (unmet[st.set] as bigint) - amount;
    }
    residual[found] = (residual[found] as bigint) - amount;
  }

  // Minimum cut: everything reachable from a short set in the residual graph.
  const reachSets = new Set<number>();
  const reachPools = new Set<number>();
  const queue = unmet.map((u, i) => (u > 0n ? i : -1)).filter((i) => i >= 0);
  for (const s of queue) reachSets.add(s);
  while (queue.length > 0) {
    const s = queue.shift() as number;
    for (const p of (sets[s] as FlowSet).pools) {
      if (reachPools.has(p)) continue;
      reachPools.add(p);
      for (const u of users[p] ?? []) {
        if (reachSets.has(u.set) || ((assigned[u.set] as bigint[])[u.k] as bigint) <= 0n) continue;
        reachSets.add(u.set);
        queue.push(u.set);
      }
    }
  }
  // Split the cut into connected groups (sets joined through shared pools).
  const groups: { sets: number[]; pools: number[] }[] = [];
  const seen = new Set<number>();
  for (const start of [...reachSets].sort((a, b) => a - b)) {
    if (seen.has(start)) continue;
    const gSets: number[] = [];
    const gPools = new Set<number>();
    const q = [start];
    seen.add(start);
    while (q.length > 0) {
      const s = q.shift() as number;
      gSets.push(s);
      for (const p of (sets[s] as FlowSet).pools) {
        gPools.add(p);
        for (const u of users[p] ?? []) {
          if (reachSets.has(u.set) && !seen.has(u.set)) {
            seen.add(u.set);
            q.push(u.set);
          }
        }
      }
    }
    groups.push({ sets: gSets.sort((a, b) => a - b), pools: [...gPools].sort((a, b) => a - b) });
  }
  return { assigned, shortfall: unmet, groups };
}
