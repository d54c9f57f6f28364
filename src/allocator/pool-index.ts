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
  // Per family and prefix length, the networks in use (bigint keys compare by value): no key text
  // is made per lookup.
  type Networks = Map<bigint, number>;
  const enabled: Record<Family, Map<number, Networks>> = { 4: new Map(), 6: new Map() };
  const inactive: Record<Family, Map<number, Networks>> = { 4: new Map(), 6: new Map() };
  const masks: Record<Family, Map<number, bigint>> = { 4: new Map(), 6: new Map() };
  pools.forEach((p, i) => {
    if (!p.cidr) return;
    const { family, prefix, network } = p.cidr;
    const into = (isEnabled(p) ? enabled : inactive)[family];
    let networks = into.get(prefix);
    if (!networks) into.set(prefix, (networks = new Map()));
    if (!networks.has(network)) networks.set(network, i); // the first in order wins, as a find would
    if (!masks[family].has(prefix)) masks[family].set(prefix, maskOf(family, prefix));
  });
  const first = (into: Record<Family, Map<number, Networks>>, ip: IP): Pool | undefined => {
    let best: number | undefined;
    for (const [prefix, networks] of into[ip.family]) {
      const i = networks.get(ip.value & (masks[ip.family].get(prefix) as bigint));
      if (i !== undefined && (best === undefined || i < best)) best = i;
    }
    return best === undefined ? undefined : pools[best];
  };
  return { enabled: (ip) => first(enabled, ip), inactive: (ip) => first(inactive, ip) };
}
