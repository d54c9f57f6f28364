import { type Model, type Pool } from "../model/index.js";
/**
 * Which of several pools of one name stands for the pool (lower first): a copy with a cidr (one
 * without is a patch of a pool defined elsewhere), an IPPool object over an Installation entry, then
 * an enabled and allocatable copy over a disabled one. Which copy of an object applied twice wins
 * depends on the apply order, which a repository does not fix, so the dry run takes the copy that
 * fails fewest pods: no error then rests on a disabled copy that may not be the one applied
 * (pool-invalid says the pool is defined twice with different specs).
 */
export declare const copyRank: (p: Pool) => number;
/**
 * The pools defined twice: for each IPPool name with full definitions (a cidr each) in two or more
 * files whose specs differ, every such definition. Which one Calico holds depends on the apply
 * order, so no finding may rest on the copy the dry run took: a rule asks whether a conclusion holds
 * for every copy (pool-invalid's `definedTwice` reports the pool itself).
 */
export declare function definedTwice(model: Model): ReadonlyMap<string, readonly Pool[]>;
