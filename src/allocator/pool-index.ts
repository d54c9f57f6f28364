import { maskOf, type Family, type IP, type Pool } from "../model/index.js";
import { isEnabled } from "./resolve.js";

/**
 * The pools that hold an address, found by lookup rather than by trying every pool: a CIDR holding
 * an address is the address masked to the CIDR's prefix, so one map lookup per prefix length in
 * use answers it. Checking n addresses against n pools one by one was quadratic.
 */
export interface PoolLookup {
  /** The first enabled pool (in the order given) that holds the address, as `poolContaining`. */
  enabled(ip: IP): Pool | undefined;
  /** The first pool that holds the address but is not allocated from, as `inactivePoolsContaining(…)[0]`. */
  inactive(ip: IP): Pool | undefined;
}

export function poolLookup(pools: readonly Pool[]): PoolLookup {
  const enabled = new Map<string, number>();
  const inactive = new Map<string, number>();
  const prefixes: Record<Family, Map<number, bigint>> = { 4: new Map(), 6: new Map() };
  pools.forEach((p, i) => {
    if (!p.cidr) return;
    const key = `${p.cidr.family}/${p.cidr.prefix}/${p.cidr.network}`;
    const into = isEnabled(p) ? enabled : inactive;
    if (!into.has(key)) into.set(key, i); // the first in order wins, as a find would
    if (!prefixes[p.cidr.family].has(p.cidr.prefix)) prefixes[p.cidr.family].set(p.cidr.prefix, maskOf(p.cidr.family, p.cidr.prefix));
  });
  const first = (into: Map<string, number>, ip: IP): Pool | undefined => {
    let best: number | undefined;
    for (const [prefix, mask] of prefixes[ip.family]) {
      const i = into.get(`${ip.family}/${prefix}/${ip.value & mask}`);
      if (i !== undefined && (best === undefined || i < best)) best = i;
    }
    return best === undefined ? undefined : pools[best];
  };
  return { enabled: (ip) => first(enabled, ip), inactive: (ip) => first(inactive, ip) };
}
