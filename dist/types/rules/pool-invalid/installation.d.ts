import { type MapNode, type Pool, type Span } from "../../model/index.js";
import { type Ctx } from "./problems.js";
/** The operator's own checks of an Installation's `ipPools` entry (`ValidatePools`), and the API server's of the pool it creates. */
export declare function checkInstallationPool(c: Ctx, pool: Pool): void;
/** Names and CIDRs already seen in one Installation's ipPools. */
export type SeenPools = Map<MapNode, {
    names: Map<string, Span>;
    cidrs: Map<string, Span>;
}>;
/** Duplicates within one Installation (`IP pool <cidr|name> is specified more than once`). */
export declare function checkDuplicates(c: Ctx, pool: Pool, seen: SeenPools): void;
