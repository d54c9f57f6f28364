import { type Model, type Pool } from "../../model/index.js";
import type { Ctx } from "./problems.js";
/** The pools the operator (`fillDefaults`) and calico-node (`configureIPPools`) create by these names. */
export declare const DEFAULT_POOL_NAMES: ReadonlySet<string>;
/**
 * One IPPool name with two full definitions (each with a cidr) in two files whose specs differ: one
 * object, and the copy applied last wins, which the files do not fix. A warning on each copy.
 * Within one file the order is fixed (kubectl applies it top to bottom; docs pages show one pool
 * per cluster), so only copies in different files are in question: among the names the
 * allocator finds defined twice so (`definedTwice`, once per model), the first copy in another
 * file with another spec.
 */
export declare function checkDefinedTwice(c: Ctx, pool: Pool, model: Model): void;
