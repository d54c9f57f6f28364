import { LineIndex, type Span } from "../load/index.js";
import type { Allocation, PodDemand } from "../allocator/index.js";
import { ipString, type Model, type K8sObject } from "../model/index.js";

/**
 * The dry-run allocation as plain data (`calico-ipam-lint plan`) and its renderers: text for the
 * terminal, a Markdown table for job summaries, JSON for machines. Address counts are decimal
 * strings, since an IPv6 pool holds more addresses than a JSON number can carry exactly.
 */

export interface PlanOwner {
  readonly kind: string;
  readonly namespace?: string;
  readonly name?: string;
  readonly file: string;
  readonly line: number;
}

export interface PlanPool {
  readonly name: string;
  readonly cidr: string;
  readonly family: 4 | 6;
  readonly origin: "IPPool" | "Installation";
  readonly file: string;
  readonly line: number;
  readonly enabled: boolean;
  /** Pods without a pool annotation may draw from it. */
  readonly automatic: boolean;
  readonly blockSize: number;
  readonly blocks: string;
  readonly size: string;
  readonly reserved: string;
  readonly static: string;
  readonly tunnel: string;
  readonly demand: string;
  readonly free: string;
  readonly shortfall: string;
  /** Share of the pool in use after the dry run, in thousandths (0–1000). */
  readonly usedPermille: number;
}

export interface PlanStatic {
  readonly ip: string;
  readonly annotation: "ipAddrs" | "ipAddrsNoIpam";
  readonly owner: PlanOwner;
  readonly pool?: string;
  readonly reserved: boolean;
}

export interface PlanSet {
  readonly kind: "requested" | "default" | "tunnel";
  readonly family: 4 | 6;
  readonly pools: readonly string[];
  readonly demand: string;
  readonly shortfall: string;
  readonly consumers: readonly (PlanOwner & { readonly count: string | null })[];
}

export interface PlanFailure {
  readonly family: 4 | 6;
  readonly pools: readonly string[];
  readonly demand: string;
  readonly capacity: string;
  readonly shortfall: string;
}

export interface Plan {
  readonly pools: readonly PlanPool[];
  readonly sets: readonly PlanSet[];
  readonly statics: readonly PlanStatic[];
  readonly failures: readonly PlanFailure[];
  /** Pod sources whose size the files do not say, with the reason. */
  readonly unknown: readonly (PlanOwner & { readonly reason: string })[];
  /** Pod sources that fail before they draw an address, with Calico's reason. */
  readonly blocked: readonly (PlanOwner & { readonly reason: string })[];
  readonly nodes: number | null;
  readonly notes: readonly string[];
}

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
    const perBlock = 1n << BigInt((u.family === 4 ? 32 : 128) - u.pool.blockSize);
    if (u.enabled && u.pool.blockSize >= (u.family === 4 ? 29 : 125) && perBlock > 0n) {
      notes.push(`${u.pool.name || u.cidr} has /${u.pool.blockSize} blocks: with the default limit of 20 blocks per node, a node takes at most ${20n * perBlock} pod addresses from it (cannot allocate new block due to per host block limit)`);
    }
  }
  if (a.pools.length === 0) notes.push("no IP pools in view: pass --pools FILE (kubectl get ippools.crd.projectcalico.org -o yaml) or --context PATH");
  return { pools, sets, statics, failures, unknown, blocked, nodes: a.nodes, notes };
}

export function planToJSON(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

const pct = (permille: number): string => `${Math.floor(permille / 10)}%`;

function bar(permille: number, width = 20): string {
  const filled = Math.min(width, Math.round((permille / 1000) * width));
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}]`;
}

const where = (o: { file: string; line: number }): string => `${o.file}:${o.line}`;
const ownerText = (o: PlanOwner): string => `${o.kind} ${o.namespace !== undefined ? `${o.namespace}/` : ""}${o.name ?? "(unnamed)"}`;

function table(rows: string[][], right: ReadonlySet<number>): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((r) => r.map((c, i) => (right.has(i) ? c.padStart(widths[i] ?? 0) : i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join("  ").trimEnd());
}

function poolState(p: PlanPool): string {
  if (!p.enabled) return "disabled";
  return p.automatic ? "auto" : "manual";
}

export function renderPlanText(plan: Plan): string {
  const out: string[] = [];
  out.push("Pools");
  if (plan.pools.length === 0) out.push("  (none)");
  else {
    const rows = [["POOL", "CIDR", "MODE", "SIZE", "RESERVED", "STATIC", "TUNNEL", "DEMAND", "FREE", "SHORT", "USE"]];
    for (const p of plan.pools) {
      rows.push([p.name, p.cidr, poolState(p), p.size, p.reserved, p.static, p.tunnel, p.demand, p.free, p.shortfall, `${bar(p.usedPermille)} ${pct(p.usedPermille).padStart(4)}`]);
    }
    for (const l of table(rows, new Set([3, 4, 5, 6, 7, 8, 9]))) out.push(`  ${l}`); // a loop: 130000+ rows overflow push(...)
  }
  out.push("", "Static addresses");
  if (plan.statics.length === 0) out.push("  (none)");
  else {
    const rows = plan.statics.map((s) => [s.ip, s.annotation, ownerText(s.owner), where(s.owner), s.pool ? `pool ${s.pool}${s.reserved ? " (reserved)" : ""}` : "in no enabled pool"]);
    for (const l of table(rows, new Set())) out.push(`  ${l}`);
  }
  if (plan.failures.length > 0) {
    out.push("", "Shortfalls");
    for (const f of plan.failures) out.push(`  IPv${f.family} ${f.pools.join(", ")}: ${f.demand} needed, ${f.capacity} assignable, ${f.shortfall} short`);
  }
  if (plan.blocked.length > 0) {
    out.push("", "Pods that fail before drawing an address");
    for (const b of plan.blocked) out.push(`  ${ownerText(b)} (${where(b)}): ${b.reason}`);
  }
  if (plan.unknown.length > 0) {
    out.push("", "Not counted");
    for (const u of plan.unknown) out.push(`  ${ownerText(u)} (${where(u)}): ${u.reason}`);
  }
  if (plan.notes.length > 0) {
    out.push("", "Notes");
    for (const n of plan.notes) out.push(`  ${n}`);
  }
  return `${out.join("\n")}\n`;
}

const md = (s: string): string => s.replace(/\|/g, "\\|");

export function renderPlanMarkdown(plan: Plan): string {
  const out: string[] = ["### Calico IPAM plan", ""];
  if (plan.pools.length === 0) out.push("No IP pools in view.", "");
  else {
    out.push("| Pool | CIDR | Mode | Size | Reserved | Static | Tunnel | Demand | Free | Short | Use |");
    out.push("|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|");
    for (const p of plan.pools) {
      const short = p.shortfall !== "0" ? `**${p.shortfall}**` : "0";
      out.push(`| \`${md(p.name)}\` | \`${p.cidr}\` | ${poolState(p)} | ${p.size} | ${p.reserved} | ${p.static} | ${p.tunnel} | ${p.demand} | ${p.free} | ${short} | ${pct(p.usedPermille)} |`);
    }
    out.push("");
  }
  if (plan.statics.length > 0) {
    out.push("| Static address | Annotation | Owner | Where | Pool |", "|---|---|---|---|---|");
    for (const s of plan.statics) {
      out.push(`| \`${s.ip}\` | \`${s.annotation}\` | ${md(ownerText(s.owner))} | \`${md(where(s.owner))}\` | ${s.pool ? `\`${md(s.pool)}\`${s.reserved ? " (reserved)" : ""}` : "none"} |`);
    }
    out.push("");
  }
  for (const f of plan.failures) out.push(`- **IPv${f.family} ${md(f.pools.join(", "))}**: ${f.demand} needed, ${f.capacity} assignable, ${f.shortfall} short`);
  for (const b of plan.blocked) out.push(`- ${md(ownerText(b))} (\`${md(where(b))}\`): ${md(b.reason)}`);
  for (const u of plan.unknown) out.push(`- not counted: ${md(ownerText(u))} (\`${md(where(u))}\`): ${md(u.reason)}`);
  for (const n of plan.notes) out.push(`- ${md(n)}`);
  return `${out.join("\n").trimEnd()}\n`;
}
