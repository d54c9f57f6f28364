import { type IP, type Pool } from "../model/index.js";
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
export declare function poolLookup(pools: readonly Pool[]): PoolLookup;
