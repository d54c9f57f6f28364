import type { AddressMap, MapCell, PoolMap } from "./address-map.js";
import type { PlanOwner, PlanPool } from "./plan.js";
import type { FileResult, Finding, RuleInfo } from "./types.js";

/**
 * HTML pieces shared by the HTML report (formatters/html.ts, plan-html.ts) and the playground:
 * the pool maps and the findings by file. Strings only, every value from the manifests escaped;
 * no inline style attributes and no script, so the report's Content-Security-Policy can allow its
 * one stylesheet by hash and nothing else.
 */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Escape text for an element's content or a quoted attribute. */
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

/** `a` of `b` in thousandths (0–1000), from decimal strings: IPv6 sizes pass 2^53. */
export function permille(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  if (y <= 0n) return 0;
  const p = (x * 1000n) / y;
  return Number(p > 1000n ? 1000n : p);
}

export const ownerText = (o: PlanOwner): string => `${o.kind} ${o.namespace !== undefined ? `${o.namespace}/` : ""}${o.name ?? "(unnamed)"}`;
const where = (o: { file: string; line: number }): string => (o.file ? `${o.file}:${o.line}` : "");

/** An id fragment safe in any document: ids from names would collide or carry odd characters. */
const mapId = (prefix: string, i: number): string => `${prefix}${i}`;

function poolMode(p: PlanPool): string {
  if (!p.enabled) return "disabled";
  return p.automatic ? "automatic" : "manual";
}

/** The states a cell can be in, each with a shape as well as a colour (colour is never the only signal). */
function cellState(c: MapCell | undefined): { cls: string; label: string } {
  if (!c) return { cls: "free", label: "free" };
  const parts: string[] = [];
  if (c.statics.length > 0) parts.push(`${c.statics.length} static`);
  if (c.reserved !== "0") parts.push(c.fullyReserved ? "reserved" : `${c.reserved} reserved`);
  const cls = c.statics.length > 0 ? (c.reserved !== "0" ? "static reserved" : "static") : "reserved";
  return { cls, label: parts.join(", ") };
}

const COLUMNS = 32;
const CELL = 16;
const GAP = 2;

/** The pool's range as a grid of cells (SVG), with a title per cell for pointer users. */
function gridSvg(m: PoolMap, id: string, labelId: string): string {
  const cols = Math.min(COLUMNS, m.cells);
  const rows = Math.ceil(m.cells / cols);
  const w = cols * (CELL + GAP) - GAP;
  const h = rows * (CELL + GAP) - GAP;
  const marked = new Map(m.marked.map((c) => [c.index, c]));
  const out: string[] = [
    `<svg class="grid" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-labelledby="${labelId}" focusable="false">`,
    `<defs><pattern id="${id}-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch-bg" width="4" height="4"/><line x1="0" y1="0" x2="0" y2="4" class="hatch-line" stroke-width="2"/></pattern></defs>`,
  ];
  for (let i = 0; i < m.cells; i++) {
    const x = (i % cols) * (CELL + GAP);
    const y = Math.floor(i / cols) * (CELL + GAP);
    const c = marked.get(i);
    const state = cellState(c);
    const fill = c && c.reserved !== "0" ? ` fill="url(#${id}-hatch)"` : "";
    const title = c ? `<title>${esc(`${c.first} – ${c.last}: ${state.label}${c.statics.length > 0 ? `: ${c.statics.map((s) => `${s.ip} ${ownerText(s.owner)}`).join("; ")}` : ""}`)}</title>` : "";
    out.push(`<rect class="cell ${state.cls}" x="${x}" y="${y}" width="${CELL}" height="${CELL}" rx="2"${fill}>${title}</rect>`);
    if (c && c.statics.length > 0) out.push(`<circle class="dot" cx="${x + CELL / 2}" cy="${y + CELL / 2}" r="3"/>`);
  }
  out.push("</svg>");
  return out.join("");
}

/** Reserved, static, tunnel and demanded addresses against the pool's size, with the shortfall past the end. */
function usageSvg(p: PlanPool): string {
  const parts: [string, string][] = [
    ["reserved", p.reserved],
    ["static", p.static],
    ["tunnel", p.tunnel],
    ["demand", p.demand],
  ];
  const W = 300;
  let x = 0;
  const rects: string[] = [];
  for (const [cls, n] of parts) {
    const w = Math.min(W - x, (permille(n, p.size) * W) / 1000);
    if (w > 0) rects.push(`<rect class="use ${cls}" x="${x.toFixed(1)}" y="2" width="${Math.max(1, w).toFixed(1)}" height="12"/>`);
    x += w;
  }
  // Past the end: the shortfall (said in words beside the bar).
  const short = p.shortfall !== "0" ? `<rect class="use short" x="${W - 6}" y="0" width="6" height="16"/>` : "";
  return `<svg class="usage" viewBox="0 0 ${W} 16" width="${W}" height="16" aria-hidden="true" focusable="false"><rect class="use capacity" x="0" y="2" width="${W}" height="12"/>${rects.join("")}${short}</svg>`;
}

const LEGEND =
  '<ul class="legend" aria-label="Legend of the address maps"><li><svg width="12" height="12" aria-hidden="true"><rect class="cell free" width="12" height="12" rx="2"/></svg> free</li>' +
  '<li><svg width="12" height="12" aria-hidden="true"><defs><pattern id="legend-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch-bg" width="4" height="4"/><line x1="0" y1="0" x2="0" y2="4" class="hatch-line" stroke-width="2"/></pattern></defs><rect class="cell reserved" width="12" height="12" rx="2" fill="url(#legend-hatch)"/></svg> reserved (IPReservation, hatched)</li>' +
  '<li><svg width="12" height="12" aria-hidden="true"><rect class="cell static" width="12" height="12" rx="2"/><circle class="dot" cx="6" cy="6" r="3"/></svg> static address (dot)</li></ul>';

function poolSection(m: PoolMap, i: number, prefix: string): string {
  const p = m.pool;
  const id = mapId(prefix, i);
  const labelId = `${id}-label`;
  const short = p.shortfall !== "0";
  const cellWord = m.blocksPerCell === "1" ? "one block" : `${m.blocksPerCell} blocks`;
  const reservedCells = m.marked.filter((c) => c.reserved !== "0").length;
  const staticCells = m.marked.filter((c) => c.statics.length > 0).length;
  const summary = `${p.name || p.cidr} (${p.cidr}, IPv${p.family}, ${poolMode(p)}): ${m.cells} ${m.cells === 1 ? "cell" : "cells"} of ${cellWord} (/${p.blockSize}, ${m.cellSize} addresses each); ${reservedCells} with reserved addresses, ${staticCells} with static addresses.`;
  const rows = m.marked
    .map((c) => {
      const statics = c.statics.map((s) => `<li><code>${esc(s.ip)}</code> ${esc(ownerText(s.owner))} <span class="where">${esc(where(s.owner))}</span>${s.reserved ? " (reserved)" : ""}</li>`).join("");
      return `<tr><td><code>${esc(c.first)}</code> – <code>${esc(c.last)}</code></td><td class="num">${c.reserved === "0" ? "0" : esc(c.reserved)}${c.fullyReserved ? " (all)" : ""}</td><td>${statics ? `<ul class="plain">${statics}</ul>` : "none"}</td></tr>`;
    })
    .join("");
  const figures: [string, string][] = [
    ["Size", p.size],
    ["Reserved", p.reserved],
    ["Static", p.static],
    ["Tunnel", p.tunnel],
    ["Demand", p.demand],
    ["Free", p.free],
    ["Short", p.shortfall],
  ];
  return [
    `<section class="pool${short ? " is-short" : ""}" aria-labelledby="${id}-h">`,
    `<h3 id="${id}-h"><span class="pool-name">${esc(p.name || "(unnamed)")}</span> <code>${esc(p.cidr)}</code> <span class="badge ${poolMode(p)}">${poolMode(p)}</span>${short ? ` <span class="badge short-badge">${esc(p.shortfall)} short</span>` : ""}</h3>`,
    `<p class="where">${esc(where(p))}</p>`,
    `<p id="${labelId}" class="map-label">${esc(summary)}</p>`,
    `<div class="map">${gridSvg(m, id, labelId)}</div>`,
    `<div class="usage-row">${usageSvg(p)}<span>${Math.floor(p.usedPermille / 10)}% in use${short ? `; <strong>${esc(p.shortfall)} addresses short</strong>` : ""}</span></div>`,
    `<table class="figures"><caption class="sr-only">Address counts of ${esc(p.name || p.cidr)}</caption><thead><tr>${figures.map(([h]) => `<th scope="col">${h}</th>`).join("")}</tr></thead><tbody><tr>${figures.map(([h, v]) => `<td class="num${h === "Short" && short ? " bad" : ""}">${esc(v)}</td>`).join("")}</tr></tbody></table>`,
    m.marked.length > 0
      ? `<details><summary>Cells that hold something (${m.marked.length} of ${m.cells})</summary><table><caption class="sr-only">Cells of ${esc(p.name || p.cidr)} with reservations or static addresses</caption><thead><tr><th scope="col">Addresses</th><th scope="col">Reserved</th><th scope="col">Static addresses</th></tr></thead><tbody>${rows}</tbody></table></details>`
      : "",
    "</section>",
  ].join("\n");
}

/** Every pool's map, the shortfalls, claims in no pool, pods that fail, and the plan's notes. */
export function renderAddressMap(map: AddressMap, prefix = "pool"): string {
  const plan = map.plan;
  const out: string[] = [];
  if (map.pools.length === 0) out.push("<p>No IP pools in view.</p>");
  else out.push(LEGEND, ...map.pools.map((m, i) => poolSection(m, i, prefix)));
  if (plan.failures.length > 0) {
    out.push('<h3>Shortfalls</h3><ul class="problems">');
    for (const f of plan.failures) out.push(`<li><span class="sev error">short</span> IPv${f.family} ${esc(f.pools.join(", "))}: ${esc(f.demand)} needed, ${esc(f.capacity)} assignable, <strong>${esc(f.shortfall)} short</strong></li>`);
    out.push("</ul>");
  }
  if (map.outside.length > 0) {
    out.push('<h3>Static addresses in no enabled pool</h3><table><thead><tr><th scope="col">Address</th><th scope="col">Annotation</th><th scope="col">Workload</th><th scope="col">Where</th></tr></thead><tbody>');
    for (const s of map.outside) out.push(`<tr><td><code>${esc(s.ip)}</code></td><td><code>${esc(s.annotation)}</code></td><td>${esc(ownerText(s.owner))}</td><td class="where">${esc(where(s.owner))}</td></tr>`);
    out.push("</tbody></table>");
  }
  if (plan.blocked.length > 0) {
    out.push('<h3>Pods that fail before drawing an address</h3><ul class="problems">');
    for (const b of plan.blocked) out.push(`<li>${esc(ownerText(b))} <span class="where">${esc(where(b))}</span>: ${esc(b.reason)}</li>`);
    out.push("</ul>");
  }
  if (plan.unknown.length > 0) {
    out.push("<h3>Not counted</h3><ul>");
    for (const u of plan.unknown) out.push(`<li>${esc(ownerText(u))} <span class="where">${esc(where(u))}</span>: ${esc(u.reason)}</li>`);
    out.push("</ul>");
  }
  if (plan.notes.length > 0) out.push(`<h3>Notes</h3><ul>${plan.notes.map((n) => `<li>${esc(n)}</li>`).join("")}</ul>`);
  return out.join("\n");
}

/** The source lines of a finding (`lines`: its file's, split once for all its findings), the reported columns marked. */
function excerpt(f: Finding, lines: readonly string[] | undefined): string {
  if (lines === undefined) return "";
  const from = Math.max(1, f.line - 1);
  const to = Math.min(lines.length, Math.max(f.line, f.endLine) + 1, f.line + 6);
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    const line = lines[n - 1] ?? "";
    let body = esc(line);
    if (n >= f.line && n <= f.endLine) {
      const a = n === f.line ? f.column - 1 : 0;
      const b = n === f.endLine ? Math.max(a + (f.endLine === f.line ? 1 : 0), f.endColumn - 1) : line.length;
      body = `${esc(line.slice(0, a))}<mark>${esc(line.slice(a, b)) || " "}</mark>${esc(line.slice(b))}`;
    }
    out.push(`<span class="ln" aria-hidden="true">${n}</span>${body}`);
  }
  return `<pre class="src" aria-label="Source lines ${from} to ${to}"><code>${out.join("\n")}</code></pre>`;
}

const SEV_LABEL: Record<string, string> = { error: "✖ error", warning: "⚠ warning" };

/** The findings, grouped by file, each with its source lines and a link to its rule's page. */
/**
 * Related places listed under a finding; the rest are counted. duplicate-static-ip lists up to
 * fifty other claims on each finding: on 40,000 such findings the page was 151 MB.
 */
export const RELATED_SHOWN = 10;

export function renderFindings(results: readonly FileResult[], sourceText: (file: string) => string | undefined, rule: (id: string) => Pick<RuleInfo, "docsUrl"> | undefined, docsUrl: (id: string) => string): string {
  const withFindings = results.filter((r) => r.findings.length > 0);
  if (withFindings.length === 0) return "<p>No problems found.</p>";
  const out: string[] = [];
  withFindings.forEach((r, i) => {
    const counts = [r.errorCount > 0 ? `${r.errorCount} error${r.errorCount === 1 ? "" : "s"}` : "", r.warningCount > 0 ? `${r.warningCount} warning${r.warningCount === 1 ? "" : "s"}` : ""].filter(Boolean).join(", ");
    out.push(`<section class="file" aria-labelledby="file${i}-h"><h3 id="file${i}-h"><code>${esc(r.file)}</code> <span class="counts">${counts}</span></h3><ol class="findings">`);
    // Split once per file: split for each finding, one file of 4,000 pods took 11 s.
    const text = sourceText(r.file);
    const lines = text?.split(/\r?\n/);
    for (const f of r.findings) {
      const url = rule(f.ruleId)?.docsUrl ?? docsUrl(f.ruleId);
      const fix = f.fix === undefined ? "" : "edits" in f.fix ? ' <span class="fixable">fixable by <code>--fix</code></span>' : ` <span class="fixable">not fixed by <code>--fix</code>: ${esc(f.fix.refused)}</span>`;
      const related =
        f.related && f.related.length > 0
          ? `<ul class="related" aria-label="Related places">${f.related
              .slice(0, RELATED_SHOWN)
              .map((r) => `<li><span class="where">${esc(r.file)}:${r.line}:${r.column}</span> ${esc(r.message)}</li>`)
              .join("")}${f.related.length > RELATED_SHOWN ? `<li class="more">and ${f.related.length - RELATED_SHOWN} more (<code>--format json</code> lists every one)</li>` : ""}</ul>`
          : "";
      out.push(
        `<li class="finding ${f.severity}"><p class="head"><span class="sev ${f.severity}">${SEV_LABEL[f.severity] ?? esc(f.severity)}</span> <span class="pos">line ${f.line}, column ${f.column}</span> <a class="rule" href="${esc(url)}">${esc(f.ruleId)}</a>${fix}</p><p class="msg">${esc(f.message)}</p>${excerpt(f, lines)}${related}</li>`,
      );
    }
    out.push("</ol></section>");
  });
  return out.join("\n");
}

/** The report's stylesheet: system fonts, light and dark, one column on a narrow screen. */
export const REPORT_CSS = `
:root{color-scheme:light dark;--fg:#1b1f24;--muted:#57606a;--bg:#fff;--panel:#f6f8fa;--line:#d0d7de;--free:#e7ecf0;--res:#8c6d1f;--static:#0b5cad;--err:#b3261e;--warn:#8a5a00;--demand:#4a7f3d;--tunnel:#6e49a8;--mark:#ffe58f}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9da7b3;--bg:#0d1117;--panel:#161b22;--line:#30363d;--free:#273040;--res:#d4a72c;--static:#58a6ff;--err:#ff7b72;--warn:#e3b341;--demand:#7ee787;--tunnel:#d2a8ff;--mark:#6e5300}}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main,header.top,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
a{color:var(--static)}
a:focus-visible,summary:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--static);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:var(--bg);padding:.5rem}
.skip:focus{left:1rem}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
h1{font-size:1.5rem;margin:1rem 0 .25rem}h2{font-size:1.25rem;border-bottom:1px solid var(--line);padding-bottom:.25rem;margin-top:2rem}h3{font-size:1.05rem;margin:1.25rem 0 .25rem;overflow-wrap:anywhere}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
.where,.muted,.counts,.pos{color:var(--muted)}
.where{overflow-wrap:anywhere}
nav.toc ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;list-style:none}
.totals{display:flex;flex-wrap:wrap;gap:.5rem;padding:0;list-style:none}
.totals li{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.25rem .6rem}
.pool{border:1px solid var(--line);border-radius:8px;padding:.25rem 1rem 1rem;margin:1rem 0;background:var(--panel)}
.pool.is-short{border-left:6px solid var(--err)}
.badge{font-size:.75rem;border:1px solid var(--line);border-radius:999px;padding:0 .5rem;vertical-align:middle;font-weight:normal}
.short-badge,.bad{color:var(--err);font-weight:bold}
.map svg.grid{max-width:100%;height:auto}
.cell.free{fill:var(--free)}.cell.static{fill:var(--static)}.hatch-bg{fill:var(--free)}.hatch-line{stroke:var(--res)}.dot{fill:var(--bg)}
.cell.static.reserved{stroke:var(--static);stroke-width:2}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;padding:0;list-style:none}
.legend svg{vertical-align:-2px}
.usage-row{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;margin:.5rem 0}
.usage{max-width:100%;height:auto}
.use.capacity{fill:var(--free)}.use.reserved{fill:var(--res)}.use.static{fill:var(--static)}.use.tunnel{fill:var(--tunnel)}.use.demand{fill:var(--demand)}.use.short{fill:var(--err)}
table{border-collapse:collapse;margin:.5rem 0;display:block;overflow-x:auto;max-width:100%}
th,td{border:1px solid var(--line);padding:.2rem .5rem;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}
ul.plain{margin:0;padding:0;list-style:none}
.findings{list-style:none;padding:0}
.finding{border:1px solid var(--line);border-left:6px solid var(--line);border-radius:6px;margin:.5rem 0;padding:.25rem .75rem}
.finding.error{border-left-color:var(--err)}.finding.warning{border-left-color:var(--warn)}
.finding .head{margin:.25rem 0;display:flex;flex-wrap:wrap;gap:.25rem .75rem}
.finding .msg{margin:.25rem 0;overflow-wrap:anywhere}
.fixable{color:var(--muted);font-size:.85em}
.related{margin:.25rem 0 .5rem;padding-left:1.25rem;font-size:.9em}
.sev{font-weight:bold}.sev.error{color:var(--err)}.sev.warning{color:var(--warn)}
pre.src{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.5rem;overflow-x:auto;margin:.25rem 0 .5rem}
pre.src .ln{display:inline-block;min-width:3ch;margin-right:1ch;text-align:right;color:var(--muted);user-select:none}
mark{background:var(--mark);color:inherit;text-decoration:underline wavy var(--err)}
@media (max-width:40rem){body{font-size:14px}.finding .head{flex-direction:column;gap:0}}
`;
