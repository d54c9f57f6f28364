import { markdownCode, markdownText, terminalText } from "./escape.js";

/**
 * The dry-run allocation's renderers (`calico-ipam-lint plan`, the Action's job summary): text for
 * the terminal, a Markdown table for job summaries, JSON for machines. The plan itself is plain data
 * made by the engine from the allocation (engine/plan.ts); address counts are decimal strings, since
 * an IPv6 pool holds more addresses than a JSON number can carry exactly.
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
  readonly origin: "IPPool" | "Installation" | "calico-node" | "kubespray";
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

/** The plan as text for a terminal (names from the files cannot carry escape sequences). */
export function renderPlanText(plan: Plan): string {
  return terminalText(planText(plan));
}

function planText(plan: Plan): string {
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


export function renderPlanMarkdown(plan: Plan): string {
  const out: string[] = ["### Calico IPAM plan", ""];
  if (plan.pools.length === 0) out.push("No IP pools in view.", "");
  else {
    out.push("| Pool | CIDR | Mode | Size | Reserved | Static | Tunnel | Demand | Free | Short | Use |");
    out.push("|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|");
    for (const p of plan.pools) {
      const short = p.shortfall !== "0" ? `**${p.shortfall}**` : "0";
      out.push(`| \`${markdownCode(p.name)}\` | \`${markdownCode(p.cidr)}\` | ${poolState(p)} | ${p.size} | ${p.reserved} | ${p.static} | ${p.tunnel} | ${p.demand} | ${p.free} | ${short} | ${pct(p.usedPermille)} |`);
    }
    out.push("");
  }
  if (plan.statics.length > 0) {
    out.push("| Static address | Annotation | Owner | Where | Pool |", "|---|---|---|---|---|");
    for (const s of plan.statics) {
      out.push(`| \`${markdownCode(s.ip)}\` | \`${markdownCode(s.annotation)}\` | ${markdownText(ownerText(s.owner))} | \`${markdownCode(where(s.owner))}\` | ${s.pool ? `\`${markdownCode(s.pool)}\`${s.reserved ? " (reserved)" : ""}` : "none"} |`);
    }
    out.push("");
  }
  for (const f of plan.failures) out.push(`- **IPv${f.family} ${markdownText(f.pools.join(", "))}**: ${f.demand} needed, ${f.capacity} assignable, ${f.shortfall} short`);
  for (const b of plan.blocked) out.push(`- ${markdownText(ownerText(b))} (\`${markdownCode(where(b))}\`): ${markdownText(b.reason)}`);
  for (const u of plan.unknown) out.push(`- not counted: ${markdownText(ownerText(u))} (\`${markdownCode(where(u))}\`): ${markdownText(u.reason)}`);
  for (const n of plan.notes) out.push(`- ${markdownText(n)}`);
  return `${out.join("\n").trimEnd()}\n`;
}
