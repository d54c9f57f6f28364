import type { Pool } from "../model/index.js";
/**
 * Which of several pools of one name stands for the pool (lower first): a copy with a cidr (one
 * without is a patch of a pool defined elsewhere), an IPPool object over an Installation entry, then
 * an enabled and allocatable copy over a disabled one. Which copy of an object applied twice wins
 * depends on the apply order, which a repository does not fix, so the dry run takes the copy that
 * fails fewest pods: no error then rests on a disabled copy that may not be the one applied
 * (pool-invalid says the pool is defined twice with different specs).
 */
export declare const copyRank: (p: Pool) => number;
