// Lists the import cycles among the TypeScript files under a folder (default src/), type-only
// imports included: `node scripts/import-cycles.mjs [folder]`. Exits 1 when there is one.
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, dirname, resolve, relative } from "node:path";
const root = process.argv[2] ?? "src";
const files = [];
const walk = (d) => {
  for (const n of readdirSync(d)) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith(".ts")) files.push(p);
  }
};
walk(root);
const graph = new Map();
for (const f of files) {
  const t = readFileSync(f, "utf8");
  const deps = [];
  for (const m of t.matchAll(/(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/g)) {
    let p = resolve(dirname(f), m[1]).replace(/\.js$/, ".ts");
    if (!existsSync(p) && existsSync(p.replace(/\.ts$/, "/index.ts"))) p = p.replace(/\.ts$/, "/index.ts");
    deps.push(relative(process.cwd(), p));
  }
  graph.set(f, deps);
}
// Strongly connected components (Tarjan): every component of more than one file is a cycle.
let idx = 0; const st = []; const on = new Set(); const ix = new Map(); const low = new Map(); const sccs = [];
const sc = (v) => { ix.set(v, idx); low.set(v, idx); idx++; st.push(v); on.add(v);
  for (const w of graph.get(v) ?? []) { if (!graph.has(w)) continue; if (!ix.has(w)) { sc(w); low.set(v, Math.min(low.get(v), low.get(w))); } else if (on.has(w)) low.set(v, Math.min(low.get(v), ix.get(w))); }
  if (low.get(v) === ix.get(v)) { const c = []; let w; do { w = st.pop(); on.delete(w); c.push(w); } while (w !== v); if (c.length > 1) sccs.push(c); } };
for (const v of graph.keys()) if (!ix.has(v)) sc(v);
for (const c of sccs) console.log("cycle:", c.join(" , "));
console.log(`${sccs.length} cycle(s)`);
process.exitCode = sccs.length > 0 ? 1 : 0;
