import type { Allocation, PodDemand } from "../allocator/index.js";
import { ipString, LineIndex, type K8sObject, type Model, type Span } from "../model/index.js";
import type { Plan, PlanFailure, PlanOwner, PlanPool, PlanSet, PlanStatic } from "../report/plan.js";

/**
 * The dry-run allocation as plain data (the `Plan` the report renders): pools with their counts,
 * static addresses with their owners, shortfalls, and what could not be counted, located at file
 * and line. Only this module turns the allocator's types into the report's.
 */

function locator(model: Model): (span: Span) => { file: string; line: number } {
  const texts = new Map(model.files.map((f) => [f.path, f.text]));
  const idx = new Map<string, LineIndex>();
  return (span) => {
    let i = idx.get(span.file);
    if (!i) {
      i = new LineIndex(texts.get(span.file) ?? "");
      idx.set(span.file, i);
    }
    return { file: span.file, line: i.location(span).line };
  };
}

export function planFrom(model: Model, a: Allocation): Plan {
  const at = locator(model);
  const owner = (o: K8sObject, namespace?: string): PlanOwner => ({
    kind: o.ref.kind,
    ...(namespace !== undefined ? { namespace } : {}),
    ...(o.ref.name !== undefined ? { name: o.ref.name } : {}),
    ...at(o.ref.span),
  });
  const podOwner = (d: PodDemand): PlanOwner => owner(d.pod.object, d.pod.namespace);
  const pools: PlanPool[] = a.pools.map((u) => {
    const used = u.size - u.free;
    return {
      name: u.pool.name,
      cidr: u.cidr,
      family: u.family,
      origin: u.pool.origin,
      ...at(u.pool.cidrText?.span ?? u.pool.span),
      enabled: u.enabled,
      automatic: u.automatic,
      blockSize: u.pool.blockSize,
      blocks: String(u.blocks),
      size: String(u.size),
      reserved: String(u.reserved),
      static: String(u.statics),
      tunnel: String(u.tunnel),
      demand: String(u.demand + u.shortfall),
      free: String(u.free),
      shortfall: String(u.shortfall),
      usedPermille: u.size > 0n ? Number((used * 1000n) / u.size) : 0,
    };
  });
  const statics: PlanStatic[] = a.statics.map((c) => ({
    ip: ipString(c.ip),
    annotation: c.key,
    owner: owner(c.pod.object, c.pod.namespace),
    ...(c.pool ? { pool: c.pool.name || c.pool.cidrText?.value || "" } : {}),
    reserved: c.reserved,
  }));
  const sets: PlanSet[] = a.sets.map((s) => ({
    kind: s.kind,
    family: s.family,
    pools: s.pools.map((p) => p.name),
    demand: String(s.demand),
    shortfall: String(s.shortfall),
    consumers: s.consumers.map((c) => ({ ...podOwner(c), count: c.count.count === null ? null : String(c.count.count) })),
  }));
  const failures: PlanFailure[] = a.exhausted.map((g) => ({
    family: g.family,
    pools: g.pools.map((p) => p.pool.name || p.cidr),
    demand: String(g.demand),
    capacity: String(g.capacity),
    shortfall: String(g.shortfall),
  }));
  const seen = new Set<unknown>();
  const unknown = a.demands
    .filter((d) => d.count.count === null && !seen.has(d.pod) && seen.add(d.pod))
    .map((d) => ({ ...podOwner(d), reason: d.count.unknown ?? "unknown" }));
  const blocked = [
    ...a.blocked.map((b) => ({ ...owner(b.pod.object, b.pod.namespace), reason: b.reason })),
    ...a.demands.filter((d) => !d.set && (d.noPool ?? a.defaultFailure[d.family])).map((d) => ({ ...podOwner(d), reason: (d.noPool ?? a.defaultFailure[d.family])?.message ?? "" })),
  ];
  const notes: string[] = [];
  if (a.nodes === null) {
    if (a.tunnelPools.length > 0) notes.push(`node tunnel addresses are not counted (${a.tunnelPools.map((t) => `${t.encapsulation} in ${t.pool.name}`).join(", ")}): give the node count with --nodes`);
    if (unknown.length > 0) notes.push("DaemonSets are not counted: give the node count with --nodes");
  }
  for (const u of a.pools) {
    if (!Number.isInteger(u.pool.blockSize)) continue; // a pool Calico refuses (pool-invalid says so)
    const perBlock = 1n << BigInt((u.family === 4 ? 32 : 128) - u.pool.blockSize);
    if (u.enabled && u.pool.blockSize >= (u.family === 4 ? 29 : 125) && perBlock > 0n) {
      notes.push(`${u.pool.name || u.cidr} has /${u.pool.blockSize} blocks: with the default limit of 20 blocks per node, a node takes at most ${20n * perBlock} pod addresses from it (cannot allocate new block due to per host block limit)`);
    }
  }
  if (a.pools.length === 0) notes.push("no IP pools in view: pass --pools FILE (kubectl get ippools.crd.projectcalico.org -o yaml) or --context PATH");
  return { pools, sets, statics, failures, unknown, blocked, nodes: a.nodes, notes };
}
