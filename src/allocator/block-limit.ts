import { bitsOf, type Family, type Model, type Pool, type Settings, type Span } from "../model/index.js";
import type { Allocation, PodDemand } from "./allocate.js";

/**
 * The per-node block limit (calico:libcalico-go/lib/ipam/ipam.go `autoAssign`): a node owns at most
 * `maxBlocksPerHost` affine blocks of the pools a request may use (20 when the IPAMConfiguration
 * says 0 or nothing). At the limit `findOrClaimBlock` returns `ErrBlockLimit` and `autoAssign`
 * returns it at once, before the search of other nodes' blocks, strict affinity or not: the pod
 * fails with `cannot allocate new block due to per host block limit`. A block is claimed for a
 * request only while the node owns fewer than the limit in the request's pools, so a node owns at
 * most `limit` blocks of any one pool, and its pods get at most `limit × addresses per block` of
 * each pool. Tunnel addresses and reservations only lower that, so the bound is safe for errors.
 */

/** Calico's limit when the IPAMConfiguration sets none (or 0). */
export const DEFAULT_MAX_BLOCKS_PER_HOST = 20;

export interface BlockLimit {
  readonly limit: number;
  /** Where it is written: an IPAMConfiguration's `maxBlocksPerHost` in the files. */
  readonly span?: Span;
  readonly object?: Model["ipamConfigs"][number]["object"];
  readonly from: "files" | "configuration" | "default";
}

/** The limit in force: the IPAMConfiguration `default` in the files, else the configuration's `ipam.maxBlocksPerHost`, else 20. */
export function blockLimit(model: Model, settings: Settings): BlockLimit {
  // IPAM reads the one named `default` (libcalico-go backend/model/ipam_config.go IPAMConfigGlobalName).
  const cfg = model.ipamConfigs.find((c) => c.maxBlocksPerHost !== undefined && (c.object.ref.name ?? "default") === "default");
  const mb = cfg?.maxBlocksPerHost;
  if (cfg && mb && Number.isInteger(mb.value) && mb.value >= 0) {
    return { limit: mb.value > 0 ? mb.value : DEFAULT_MAX_BLOCKS_PER_HOST, span: mb.span, object: cfg.object, from: "files" };
  }
  const given = settings.maxBlocksPerHost;
  if (given !== undefined && Number.isInteger(given) && given > 0) return { limit: given, from: "configuration" };
  return { limit: DEFAULT_MAX_BLOCKS_PER_HOST, from: "default" };
}

/** Addresses in one block of a pool (0 when its block size is not one Calico accepts). */
export function blockAddresses(p: Pool): bigint {
  const bits = bitsOf(p.family ?? 4);
  // Outside Calico's range (or wider than the pool) the pool is refused: pool-invalid says so.
  const prefix = p.cidr?.prefix ?? 0;
  return Number.isInteger(p.blockSize) && p.blockSize <= bits && p.blockSize >= prefix ? 1n << BigInt(bits - p.blockSize) : 0n;
}

/** The most addresses one node can give pods from these pools under the limit. */
export const perNode = (pools: readonly Pool[], limit: number): bigint => pools.reduce((n, p) => n + BigInt(limit) * blockAddresses(p), 0n);

/** Kubelet's default `maxPods`: below it a node can fill up with pods before kubelet stops scheduling. */
export const KUBELET_DEFAULT_MAX_PODS = 110n;

export interface FamilyBlockLimit {
  readonly family: Family;
  /** The pools pods of the family draw from automatically. */
  readonly pools: readonly Pool[];
  /** Pods drawing automatically (known counts). */
  readonly demand: bigint;
  readonly consumers: readonly PodDemand[];
  /** Most addresses one node can give them. */
  readonly perNode: bigint;
}

/** Per family, the automatic demand against what one node may hold under the limit. */
export function familyBlockLimits(a: Allocation, limit: number): FamilyBlockLimit[] {
  const out: FamilyBlockLimit[] = [];
  for (const family of [4, 6] as Family[]) {
    const sets = a.sets.filter((s) => s.family === family && s.kind !== "tunnel");
    const pools = [...new Set(sets.flatMap((s) => s.pools))];
    const consumers = sets.flatMap((s) => s.consumers).filter((c) => c.count.count !== null && c.count.count > 0n);
    // Each set's demand is the sum of its known counts already.
    const demand = sets.reduce((n, s) => n + s.demand, 0n);
    if (pools.length === 0 || demand === 0n) continue;
    out.push({ family, pools, demand, consumers, perNode: perNode(pools, limit) });
  }
  return out;
}
