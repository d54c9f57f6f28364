/**
 * What lies under the cursor, read from the last judged model and its dry run: a static address of
 * `ipAddrs`, a pool named in `ipv4pools` / `ipv6pools`; and the free addresses of a pool. Pure:
 * offsets in, model objects out.
 */
import {
  effectivePools,
  familyOfKey,
  isEnabled,
  keyOfFamily,
  poolsInPlay,
  resolveRequest,
  type Allocation,
  type PoolKey,
  type PoolUsage,
  type StaticClaim,
} from "../allocator/index.js";
import type { Span } from "../load/index.js";
import { contains, formatIP, lastOf, poolRequests, type Family, type Model, type Pool, type PodSource, type PoolRequest } from "../model/index.js";

const inside = (s: Span, file: string, offset: number): boolean => s.file === file && s.start <= offset && offset <= s.end;

export function claimAt(a: Allocation, file: string, offset: number): StaticClaim | undefined {
  return a.statics.find((c) => inside(c.span, file, offset));
}

/** Every claim of the same address (this one included), in the order the model holds them. */
export function claimsOf(a: Allocation, c: StaticClaim): StaticClaim[] {
  return a.statics.filter((o) => o.ip.family === c.ip.family && o.ip.value === c.ip.value);
}

/** The pool an address lies in: the enabled pool the dry run found, else any pool holding it. */
export function poolOfClaim(model: Model, c: StaticClaim): Pool | undefined {
  return c.pool ?? poolsInPlay(model).find((p) => p.cidr !== null && contains(p.cidr, c.ip));
}

export interface PoolRef {
  readonly key: PoolKey;
  readonly request: PoolRequest;
  readonly pool?: Pool;
}

/** A pool name (or CIDR) written in a pod's or namespace's `ipv4pools` / `ipv6pools` at the offset. */
export function poolRefAt(model: Model, file: string, offset: number): PoolRef | undefined {
  const lists = [...model.podSources.map((p) => p.calico.lists), ...model.namespaceList.map((n) => n.calico.lists)];
  for (const l of lists) {
    for (const key of ["ipv4pools", "ipv6pools"] as const) {
      const d = l[key];
      if (!d || !inside(d.entry.node.span, file, offset)) continue;
      const request = (poolRequests(d) ?? []).find((r) => inside(r.span, file, offset));
      if (!request) continue;
      const resolved = resolveRequest(model, key, request);
      return { key, request, ...(resolved.pool ? { pool: resolved.pool } : {}) };
    }
  }
  return undefined;
}

/** Pools by name (an IPPool and the Installation entry it came from may both be in view). */
export const poolsNamed = (model: Model, name: string): Pool[] => model.pools.filter((p) => p.name === name);

export const usageOf = (a: Allocation, pool: Pool): PoolUsage | undefined => a.pools.find((u) => u.pool === pool);

/** The pod source whose pod annotations hold an entry at `offset`, else whose template does. */
export function podAt(model: Model, file: string, offset: number): PodSource | undefined {
  const inFile = model.podSources.filter((p) => p.object.ref.file === file);
  return (
    inFile.find((p) => p.podAnnotationsNode !== undefined && inside(p.podAnnotationsNode.span, file, offset)) ??
    inFile.find((p) => inside(p.templateSpan, file, offset)) ??
    inFile.find((p) => inside(p.object.ref.span, file, offset))
  );
}

/** Pools the pod's static addresses may come from, per family: its pool list in force, else every enabled pool. */
export function poolsForStatic(model: Model, a: Allocation, pod: PodSource | undefined): Pool[] {
  const out: Pool[] = [];
  for (const family of [4, 6] as const) {
    const eff = pod ? effectivePools(model, pod, keyOfFamily(family)) : null;
    if (eff) {
      for (const e of eff.entries) if (e.pool && isEnabled(e.pool) && !out.includes(e.pool)) out.push(e.pool);
      continue;
    }
    // No list: any enabled pool of the family; those automatic assignment leaves alone first.
    const pools = poolsInPlay(model).filter((p) => isEnabled(p) && p.family === family);
    pools.sort((x, y) => Number(a.automaticPools.has(x)) - Number(a.automaticPools.has(y)));
    out.push(...pools);
  }
  return out;
}

interface Interval {
  lo: bigint;
  hi: bigint;
}

/**
 * The next free addresses of a pool, lowest first: not claimed by any `ipAddrs` / `ipAddrsNoIpam`,
 * not inside an IPReservation, and past the addresses the dry run hands to automatic assignment
 * (its demand and node tunnel addresses, laid from the pool's start: Calico picks blocks at its
 * own choosing, so an address in a pool that automatic assignment draws from stays at risk, which
 * static-ip-auto-pool says).
 */
export function freeAddresses(model: Model, a: Allocation, pool: Pool, count: number): string[] {
  const cidr = pool.cidr;
  if (!cidr) return [];
  const family: Family = cidr.family;
  const lo = cidr.network;
  const hi = lastOf(cidr);
  const taken: Interval[] = [];
  for (const c of a.statics) if (c.ip.family === family && c.ip.value >= lo && c.ip.value <= hi) taken.push({ lo: c.ip.value, hi: c.ip.value });
  for (const r of model.reservations) {
    for (const e of r.entries) {
      if (!e.cidr || e.cidr.family !== family) continue;
      const rlo = e.cidr.network;
      const rhi = lastOf(e.cidr);
      if (rhi >= lo && rlo <= hi) taken.push({ lo: rlo > lo ? rlo : lo, hi: rhi < hi ? rhi : hi });
    }
  }
  taken.sort((x, y) => (x.lo < y.lo ? -1 : x.lo > y.lo ? 1 : 0));
  const u = usageOf(a, pool);
  let skip = u && a.automaticPools.has(pool) ? u.demand + u.tunnel : 0n;
  const out: string[] = [];
  let at = lo;
  let i = 0;
  while (at <= hi && out.length < count) {
    while (i < taken.length && (taken[i] as Interval).hi < at) i++;
    const t = taken[i];
    if (t && t.lo <= at) {
      at = t.hi + 1n;
      continue;
    }
    // A run of free addresses up to the next taken one.
    const runEnd = t && t.lo - 1n < hi ? t.lo - 1n : hi;
    const runLen = runEnd - at + 1n;
    if (skip >= runLen) {
      skip -= runLen;
      at = runEnd + 1n;
      continue;
    }
    at += skip;
    skip = 0n;
    for (; at <= runEnd && out.length < count; at++) out.push(formatIP(family, at));
  }
  return out;
}

export const familyOf = (key: PoolKey): Family => familyOfKey(key);
