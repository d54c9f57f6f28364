/**
 * Sets of addresses as sorted, disjoint, inclusive bigint intervals: the union of overlapping or
 * nested IPReservations is counted once, and no range is ever enumerated.
 */

export interface Interval {
  readonly lo: bigint;
  readonly hi: bigint;
}

/** Sort and merge (touching intervals merge too). */
export function union(list: readonly Interval[]): Interval[] {
  const sorted = [...list].sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0));
  const out: Interval[] = [];
  for (const iv of sorted) {
    const last = out[out.length - 1];
    if (last && iv.lo <= last.hi + 1n) {
      if (iv.hi > last.hi) out[out.length - 1] = { lo: last.lo, hi: iv.hi };
    } else {
      out.push(iv);
    }
  }
  return out;
}

/** Clip to `[lo, hi]`, dropping what falls outside. */
export function clip(list: readonly Interval[], lo: bigint, hi: bigint): Interval[] {
  const out: Interval[] = [];
  for (const iv of list) {
    if (iv.hi < lo || iv.lo > hi) continue;
    out.push({ lo: iv.lo < lo ? lo : iv.lo, hi: iv.hi > hi ? hi : iv.hi });
  }
  return out;
}

/** Number of addresses in a merged list. */
export function total(merged: readonly Interval[]): bigint {
  let n = 0n;
  for (const iv of merged) n += iv.hi - iv.lo + 1n;
  return n;
}

/** Whether `v` lies in a merged (sorted, disjoint) list: binary search. */
export function covers(merged: readonly Interval[], v: bigint): boolean {
  let lo = 0;
  let hi = merged.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const iv = merged[mid] as Interval;
    if (v < iv.lo) hi = mid - 1;
    else if (v > iv.hi) lo = mid + 1;
    else return true;
  }
  return false;
}
