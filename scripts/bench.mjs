// Benchmarks, run with `npm run bench` (all sections) or `node scripts/bench.mjs <section>...`.
// Each section measures something against a baseline taken in the same run, so that figures from
// different machines can be compared as ratios. Never used as assertions in the test suite.
//
// To add a section: append { name, description, run } to SECTIONS; `run(lib, opts)` gets the
// bundled library (see LIB_ENTRY) and returns rows { label, stats | value, note? } to print.
import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";

const root = join(fileURLToPath(import.meta.url), "..", "..");

/** What the sections may use from src/ (bundled fresh from the sources on every run). */
const LIB_ENTRY = `
export { parseSource } from "./src/load/index.ts";
export { buildModel, DEFAULT_SETTINGS } from "./src/model/index.ts";
export { allocate } from "./src/allocator/index.ts";
`;

async function loadLib() {
  const dir = mkdtempSync(join(tmpdir(), "cil-bench-"));
  const outfile = join(dir, "lib.mjs");
  await build({
    stdin: { contents: LIB_ENTRY, resolveDir: root, loader: "ts", sourcefile: "bench-entry.ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    logLevel: "warning",
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  });
  const lib = await import(pathToFileURL(outfile).href);
  return { lib, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

// ---------------------------------------------------------------------------------------------
// Measuring

/**
 * Run `fn` `runs` times after `warmup` untimed runs; milliseconds per call. With `batch`, each
 * sample times that many calls in a row (for calls too short to time one by one).
 */
export function measure(fn, { runs = 7, warmup = 1, batch = 1 } = {}) {
  for (let i = 0; i < warmup * batch; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    for (let j = 0; j < batch; j++) fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6 / batch);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  return { median, min: times[0], max: times[times.length - 1], runs, batch };
}

/**
 * Time several short functions in interleaved rounds (each round runs every one `batch` times), so
 * that JIT warm-up and machine noise fall on all of them alike; milliseconds per call.
 */
export function compare(fns, { rounds = 15, warmup = 3, batch = 1000 } = {}) {
  const names = Object.keys(fns);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < warmup + rounds; r++) {
    for (const n of names) {
      const t0 = process.hrtime.bigint();
      for (let j = 0; j < batch; j++) fns[n]();
      if (r >= warmup) samples[n].push(Number(process.hrtime.bigint() - t0) / 1e6 / batch);
    }
  }
  return Object.fromEntries(
    names.map((n) => {
      const t = samples[n].sort((a, b) => a - b);
      const mid = t.length >> 1;
      return [n, { median: t.length % 2 ? t[mid] : (t[mid - 1] + t[mid]) / 2, min: t[0], max: t[t.length - 1], runs: rounds, batch }];
    }),
  );
}

const ms = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 0.1 ? v.toFixed(2) : v.toFixed(4));
const fmtStats = (s) => `median ${ms(s.median)} ms  (min ${ms(s.min)}, max ${ms(s.max)}, ${s.runs} runs${s.batch > 1 ? ` of ${s.batch} calls` : ""})`;

// ---------------------------------------------------------------------------------------------
// Section: allocator

/**
 * A repository of `n` pod sources: Deployments with 1–5 replicas, a tenth naming pools in
 * `ipv4pools`, a fiftieth with a static address, some DaemonSets and Jobs; a /8, two /16s and an
 * IPv6 /48, and reservations that overlap.
 */
function repoText(n) {
  const docs = [
    "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: big}\nspec: {cidr: 10.0.0.0/8}",
    "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: a}\nspec: {cidr: 172.16.0.0/16, assignmentMode: Manual}",
    "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: b}\nspec: {cidr: 172.17.0.0/16, ipipMode: Always}",
    "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: v6}\nspec: {cidr: 'fd00:1::/48'}",
    "apiVersion: crd.projectcalico.org/v1\nkind: IPReservation\nmetadata: {name: r}\nspec: {reservedCIDRs: [10.255.0.0/16, 10.255.1.0/24, 172.16.0.0/24, '10.0.0.1']}",
  ];
  for (let i = 0; i < n; i++) {
    const kind = i % 50 === 7 ? "DaemonSet" : i % 50 === 9 ? "Job" : "Deployment";
    const group = kind === "Job" ? "batch/v1" : "apps/v1";
    const ann = [];
    if (i % 10 === 3) ann.push(`cni.projectcalico.org/ipv4pools: '["a","b"]'`);
    if (i % 50 === 11) ann.push(`cni.projectcalico.org/ipAddrs: '["10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}"]'`);
    const scale = kind === "Deployment" ? `replicas: ${1 + (i % 5)}, ` : kind === "Job" ? "parallelism: 3, " : "";
    docs.push(
      `apiVersion: ${group}\nkind: ${kind}\nmetadata: {name: app-${i}, namespace: ns-${i % 40}}\nspec: {${scale}template: {metadata: {annotations: {${ann.join(", ")}}}, spec: {}}}`,
    );
  }
  return docs.join("\n---\n");
}

async function allocatorSection(lib, opts) {
  const rows = [];
  const settings = { ...lib.DEFAULT_SETTINGS, nodes: 100 };
  const medians = {};
  for (const n of [10_000, 100_000]) {
    const text = repoText(n);
    const file = lib.parseSource("bench.yaml", text);
    const model = lib.buildModel([file]);
    const buildRuns = n >= 100_000 ? 3 : 5;
    const modelStats = measure(() => lib.buildModel([file]), { runs: opts.quick ? 1 : buildRuns, warmup: 0 });
    const parseStats = measure(() => lib.parseSource("bench.yaml", text), { runs: opts.quick || n >= 100_000 ? 1 : 3, warmup: 0 });
    const allocStats = measure(() => lib.allocate(model, settings), { runs: opts.quick ? 3 : 9, warmup: 3 });
    medians[n] = allocStats.median;
    const a = lib.allocate(model, settings);
    rows.push({ label: `${n} pod sources: parse YAML (baseline)`, stats: parseStats });
    rows.push({ label: `${n} pod sources: build model (baseline)`, stats: modelStats });
    rows.push({
      label: `${n} pod sources: allocate`,
      stats: allocStats,
      note: `${a.sets.length} pool sets, ${a.statics.length} static claims; allocate = ${(allocStats.median / modelStats.median).toFixed(2)}× build model`,
    });
  }
  rows.push({ label: "allocate growth 10k → 100k pod sources", value: `${(medians[100_000] / medians[10_000]).toFixed(1)}× (linear would be 10×)` });

  // An IPv6 /48 (2^80 addresses) with 100,000 replicas, against a naive enumeration of a small pool.
  const v6 = lib.buildModel([
    lib.parseSource(
      "v6.yaml",
      "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: v6}\nspec: {cidr: 'fd00:1::/48'}\n---\napiVersion: crd.projectcalico.org/v1\nkind: IPReservation\nmetadata: {name: r}\nspec: {reservedCIDRs: ['fd00:1::/64', 'fd00:1::/80', 'fd00:1:0:1::/64']}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: fleet}\nspec: {replicas: 100000, template: {spec: {}}}\n",
    ),
  ]);
  const v6Plain = lib.buildModel([
    lib.parseSource("v6p.yaml", "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: v6}\nspec: {cidr: 'fd00:1::/48'}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: fleet}\nspec: {replicas: 100000, template: {spec: {}}}\n"),
  ]);
  const v4 = lib.buildModel([
    lib.parseSource("v4.yaml", "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: p}\nspec: {cidr: 10.0.0.0/24}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {replicas: 10, template: {spec: {}}}\n"),
  ]);
  const v6Small = lib.buildModel([
    lib.parseSource("v6s.yaml", "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: v6}\nspec: {cidr: 'fd00:1::/120', blockSize: 122}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {replicas: 10, template: {spec: {}}}\n"),
  ]);
  const small = compare({
    v6: () => lib.allocate(v6, lib.DEFAULT_SETTINGS),
    v6Plain: () => lib.allocate(v6Plain, lib.DEFAULT_SETTINGS),
    v4: () => lib.allocate(v4, lib.DEFAULT_SETTINGS),
    v6Small: () => lib.allocate(v6Small, lib.DEFAULT_SETTINGS),
  });
  const { v6: v6Stats, v6Plain: v6PlainStats, v4: v4Stats, v6Small: v6SmallStats } = small;
  // Naive: mark every address of a /16 in a Set and count what is left (what we avoid).
  const naive = measure(
    () => {
      const used = new Set();
      for (let i = 0n; i < 1n << 16n; i++) if (i % 7n === 0n) used.add(i);
      return (1n << 16n) - BigInt(used.size);
    },
    { runs: 5, warmup: 1 },
  );
  rows.push({ label: "IPv6 /48 pool, 3 nested reservations, 100,000 replicas: allocate", stats: v6Stats });
  rows.push({ label: "IPv6 /48 pool, 100,000 replicas: allocate", stats: v6PlainStats });
  rows.push({
    label: "IPv4 /24 pool, 10 replicas: allocate",
    stats: v4Stats,
    note: `the /48 costs ${(v6PlainStats.median / v4Stats.median).toFixed(2)}× the /24 (${(v6Stats.median / v4Stats.median).toFixed(2)}× with the reservations)`,
  });
  rows.push({
    label: "IPv6 /120 pool, 10 replicas: allocate",
    stats: v6SmallStats,
    note: `the /48 with 100,000 replicas costs ${(v6PlainStats.median / v6SmallStats.median).toFixed(2)}× this (same family and shape: only the size differs)`,
  });
  rows.push({
    label: "naive enumeration of a /16 (baseline, 65,536 addresses)",
    stats: naive,
    note: `a /48 enumerated the same way would take ~${((naive.median * 2 ** 64) / 1000 / 3600 / 24 / 365).toExponential(1)} years`,
  });
  return rows;
}

// ---------------------------------------------------------------------------------------------

export const SECTIONS = [
  {
    name: "allocator",
    description: "dry-run allocation on 10k and 100k pod sources and an IPv6 /48, against model building and naive enumeration",
    run: allocatorSection,
  },
];

async function main() {
  const args = process.argv.slice(2);
  const quick = args.includes("--quick");
  const wanted = args.filter((a) => !a.startsWith("--"));
  const unknown = wanted.filter((w) => !SECTIONS.some((s) => s.name === w));
  if (unknown.length > 0) {
    console.error(`unknown section(s): ${unknown.join(", ")}; sections: ${SECTIONS.map((s) => s.name).join(", ")}`);
    process.exit(2);
  }
  const { lib, cleanup } = await loadLib();
  try {
    console.log(`node ${process.version}, ${process.platform}/${process.arch}${quick ? ", --quick" : ""}`);
    for (const s of SECTIONS) {
      if (wanted.length > 0 && !wanted.includes(s.name)) continue;
      console.log(`\n## ${s.name}: ${s.description}`);
      const rows = await s.run(lib, { quick });
      const width = Math.max(...rows.map((r) => r.label.length));
      for (const r of rows) {
        console.log(`  ${r.label.padEnd(width)}  ${r.stats ? fmtStats(r.stats) : r.value}`);
        if (r.note) console.log(`  ${"".padEnd(width)}  ${r.note}`);
      }
    }
  } finally {
    cleanup();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
