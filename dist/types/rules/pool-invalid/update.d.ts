import { type Model, type Pool } from "../../model/index.js";
import { type Ctx } from "./problems.js";
/** The IPPools of each file at the revision by their objects' names, by path, read once per run. */
export type PreviousPools = Map<string, Map<string, Pool[]>>;
/**
 * `cidr` and `blockSize` cannot change on an existing pool (calico-fidelity.md F1, F6): with
 * `--changed-since REF`, a pool of the same name in the same file at REF is taken to exist in the
 * cluster, and applying the new manifest is an update that Calico refuses. An identical CIDR written
 * another way is fine (`cidrChangeOK`); the block size compares after defaulting (26 / 122).
 * `namesakes`: the model's pools of the pool's name, in its order.
 */
export declare function checkUpdate(c: Ctx, pool: Pool, model: Model, previous: PreviousPools, namesakes: readonly Pool[]): void;
