// Benchmarks, run with `npm run bench` (all sections) or `npm run bench -- <section>...` (bulk,
// scaling, shapes, startup, allocator, growth, and `compare --base REV` when named; `--quick` for fewer runs, `--shape TEXT` for some shapes). Each section measures something against
// a baseline taken in the same run, so that figures from different machines can be compared as
// ratios. Never used as assertions in the test suite. Every run also writes its figures to
// .bench/results.json (one entry per section, the latest run of each); docs/performance.md says
// what they mean.
//
// To add a section: append { name, description, run } to SECTIONS; `run(lib, opts)` gets the
// bundled library (see LIB_ENTRY) and returns rows { label, stats | value, note?, data? } to print
// (and record).
import { build } from "esbuild";
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import module from "node:module";
import { pathToFileURL, fileURLToPath } from "node:url";

const root = join(fileURLToPath(import.meta.url), "..", "..");

/** What the sections may use from src/ (bundled fresh from the sources on every run). */
const LIB_ENTRY = `
export { parseSource } from "./src/load/index.ts";
export { buildModel, DEFAULT_SETTINGS } from "./src/model/index.ts";
export { allocate } from "./src/allocator/index.ts";
export { parseFastTree } from "./src/load/fast/index.ts";
export { threadPlan } from "./src/load/threads.ts";
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
// Running the CLI as a user does: the bundle built from the sources now, in a child process

/**
 * Source of `mainThreadMs()` for the measured scripts: the CPU time of the main thread alone, from
 * /proc on Linux (undefined elsewhere). The rest of a process's CPU time is V8's threads: its
 * optimising compiler and the collector's helpers, which run beside the main thread.
 */
const MAIN_THREAD_CPU = `function mainThreadMs() {
  try {
    const st = readFileSync(\`/proc/self/task/\${process.pid}/stat\`, "utf8");
    const f = st.slice(st.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) * 10; // clock ticks of 10 ms (USER_HZ 100)
  } catch {
    return undefined;
  }
}`;

/** A package with bin/ and dist/ built from the sources (as `npm run build` would), in a temporary directory. */
async function cliPackage() {
  const { bundle } = await import(pathToFileURL(join(root, "scripts/build.mjs")).href);
  const pkg = mkdtempSync(join(tmpdir(), "cil-bench-cli-"));
  await bundle(join(pkg, "dist"), { cli: "src/cli/index.ts" });
  cpSync(join(root, "bin"), join(pkg, "bin"), { recursive: true });
  cpSync(join(root, "package.json"), join(pkg, "package.json"));
  return measuredPackage(pkg);
}

/** A package of the CLI (dist/, bin/) with `measured.mjs` beside: it runs the CLI like bin/ does, then records its peak memory (maxRSS, KiB) and CPU time where asked. */
function measuredPackage(pkg) {
  writeFileSync(
    join(pkg, "measured.mjs"),
    `import { readFileSync, writeFileSync } from "node:fs";
const [out, ...args] = process.argv.slice(2);
const { run } = await import("./dist/cli.js");
process.exitCode = await run(args);
const u = process.resourceUsage();
${MAIN_THREAD_CPU}
writeFileSync(out, JSON.stringify({ maxRSS: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, mainMs: mainThreadMs(), code: process.exitCode }));
`,
  );
  return { pkg, bin: join(pkg, "bin/calico-ipam-lint.js"), measured: join(pkg, "measured.mjs"), cleanup: () => rmSync(pkg, { recursive: true, force: true }) };
}

/** A mistake in the bench's arguments: said in one line, exit 2. */
class UsageError extends Error {}

/**
 * The CLI as committed at `rev` (dist/ is committed with each change): its dist/, bin/ and
 * package.json from git, which is all the bundles need (the packages they load lazily are in
 * dist/chunks/ too).
 */
function committedPackage(rev) {
  let archive;
  try {
    archive = execFileSync("git", ["archive", "--format=tar", rev, "dist", "bin", "package.json"], { cwd: root, maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] });
  } catch (err) {
    throw new UsageError(`compare --base ${rev}: git has no dist/ there to run (${String(err.stderr ?? err.message).trim().split("\n")[0]})`);
  }
  const pkg = mkdtempSync(join(tmpdir(), "cil-bench-base-"));
  execFileSync("tar", ["-x", "-C", pkg], { input: archive });
  return measuredPackage(pkg);
}

/**
 * The environment every timed process starts with: this one's, less NODE_EXTRA_CA_CERTS. Node reads
 * and parses the certificates it names at every start (44 ms on the host of docs/performance.md),
 * the lint's and each baseline's alike, and none of them opens a connection: a fixed cost of the
 * machine's that would bring every ratio nearer 1.
 */
const CHILD_ENV = (() => {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
})();

/** Run `node args` to its end with no output kept; wall milliseconds, and what `measured.mjs` recorded. */
function timeChild(args, { cwd = root, record, env } = {}) {
  return new Promise((resolveRun, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd, stdio: ["ignore", "ignore", "pipe"], env: { ...CHILD_ENV, ...env } });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (code !== 0 && code !== 1) return reject(new Error(`node ${args.join(" ")} exited ${code}: ${err.slice(0, 500)}`));
      const rec = record && existsSync(record) ? JSON.parse(readFileSync(record, "utf8")) : undefined;
      resolveRun({ ms, maxRSS: rec?.maxRSS, cpuMs: rec?.cpuMs, mainMs: rec?.mainMs });
    });
  });
}

const statsOf = (times, batch = 1) => {
  const t = [...times].sort((a, b) => a - b);
  const mid = t.length >> 1;
  return { median: t.length % 2 ? t[mid] : (t[mid - 1] + t[mid]) / 2, min: t[0], max: t[t.length - 1], runs: t.length, batch };
};

/**
 * Time several commands `runs` times each, interleaved (a, b, c, a, b, c, …) so that load on the
 * machine falls on all alike; `counts` runs some fewer times (in the first rounds).
 */
async function interleaved(commands, runs, opts = {}, counts = {}) {
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  const rss = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  const cpu = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  const main = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, make] of Object.entries(commands)) {
      if (i >= (counts[name] ?? runs)) continue;
      const { args, record, cwd, env } = make();
      const r = await timeChild(args, { ...opts, ...(cwd ? { cwd } : {}), ...(env ? { env } : {}), record });
      times[name].push(r.ms);
      if (r.maxRSS !== undefined) rss[name].push(r.maxRSS);
      if (r.cpuMs !== undefined) cpu[name].push(r.cpuMs);
      if (r.mainMs !== undefined) main[name].push(r.mainMs);
    }
  }
  return Object.fromEntries(
    Object.keys(commands).map((k) => [
      k,
      { stats: statsOf(times[k]), maxRSS: rss[k].length ? Math.max(...rss[k]) : undefined, cpu: cpu[k].length ? statsOf(cpu[k]) : undefined, main: main[k].length ? statsOf(main[k]) : undefined },
    ]),
  );
}

/**
 * The baselines, in a fresh process each: read every manifest under a directory and parse it with
 * the yaml package's parseAllDocuments and a LineCounter (positions, as a linter needs them) and
 * toJS() each document ("naive"), or with js-yaml's loadAll ("js-yaml": a parser that keeps no
 * positions; it comes with eslint, not a dependency of ours). Each records its peak memory and CPU.
 */
const NAIVE = `import { createRequire } from "node:module";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
const [repo, dir, out, mode] = process.argv.slice(2);
const req = createRequire(join(repo, "package.json"));
const yaml = mode === "js-yaml" ? null : req("yaml");
const jsyaml = mode === "js-yaml" ? req("js-yaml") : null;
let docs = 0;
for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!e.isFile() || !/\\.(ya?ml|json)$/i.test(e.name)) continue;
  const text = readFileSync(join(e.parentPath, e.name), "utf8");
  if (jsyaml) {
    try { docs += jsyaml.loadAll(text).length; } catch { /* a syntax error */ }
    continue;
  }
  const lineCounter = new yaml.LineCounter();
  for (const d of yaml.parseAllDocuments(text, { lineCounter })) { d.toJS(); docs++; }
}
const u = process.resourceUsage();
${MAIN_THREAD_CPU}
if (out) writeFileSync(out, JSON.stringify({ maxRSS: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, mainMs: mainThreadMs(), docs }));
`;

function naiveScript(dir) {
  const f = join(dir, "naive.mjs");
  if (!existsSync(f)) writeFileSync(f, NAIVE);
  return f;
}

/** Manifest files under `dir` (as the baseline finds them), with their total size. */
function manifests(dir) {
  let bytes = 0;
  const files = [];
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !/\.(ya?ml|json)$/i.test(e.name)) continue;
    const p = join(e.parentPath, e.name);
    files.push(p);
    bytes += readFileSync(p).length;
  }
  return { files, bytes };
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

/**
 * Lint `dir` (all rules, JSON report, a fresh process each run) and both baselines on it,
 * interleaved; rows for the three, with the ratios of wall time and of CPU time (the host is
 * shared: CPU time is the steadier figure) to each baseline. `goals` says what the lint row must
 * reach; `extra` adds commands (a --changed-since run) that report against the lint row. The naive
 * pass, ten times the lint and far from its goal, runs `naiveRuns` times; the rest `runs` times,
 * as the rows judged near a goal (against js-yaml, --changed-since against the lint) need.
 */
async function versusBaselines(cli, dir, { runs, naiveRuns = runs, what, extra = {}, autoThreads = 0 }) {
  const rec = (name) => join(cli.pkg, `rec-${name}.json`);
  const r = await interleaved(
    {
      naive: () => ({ args: [naiveScript(cli.pkg), root, dir, rec("naive")], record: rec("naive") }),
      jsyaml: () => ({ args: [naiveScript(cli.pkg), root, dir, rec("jsyaml"), "js-yaml"], record: rec("jsyaml") }),
      lint: () => ({ args: [cli.measured, rec("lint"), dir, "--format", "json"], record: rec("lint") }),
      ...Object.fromEntries(Object.entries(extra).map(([k, make]) => [k, () => ({ ...make(rec(k)), record: rec(k) })])),
    },
    runs,
    {},
    { naive: naiveRuns },
  );
  const cpu = (k) => (r[k].cpu ? `CPU ${ms(r[k].cpu.median)} ms${r[k].main ? ` (main thread ${ms(r[k].main.median)} ms)` : ""}` : "CPU ?");
  const rssOf = (k) => `peak RSS ${mb(r[k].maxRSS * 1024)}`;
  const vs = (k, base) => `${ratio(r[k].stats.median, r[base].stats.median)} wall, ${ratio(r[k].cpu.median, r[base].cpu.median)} CPU`;
  const lintGoal = (k) => {
    const js = r[k].cpu.median / r.jsyaml.cpu.median;
    const naive = r[k].cpu.median / r.naive.cpu.median;
    return `${js <= 1 && naive <= 0.25 ? "meets" : "misses"} the goal (≤ 1× js-yaml, ≤ 0.25× naive, by CPU)`;
  };
  const rows = [
    { label: `${what}: naive yaml pass (baseline)`, stats: r.naive.stats, note: `${cpu("naive")}, ${rssOf("naive")}` },
    { label: `${what}: js-yaml loadAll (baseline)`, stats: r.jsyaml.stats, note: `${cpu("jsyaml")}, ${rssOf("jsyaml")}` },
    {
      label: `${what}: calico-ipam-lint`,
      stats: r.lint.stats,
      note: `${cpu("lint")}, ${rssOf("lint")}; ${vs("lint", "jsyaml")} js-yaml; ${vs("lint", "naive")} naive; ${lintGoal("lint")}`,
      data: {
        wall: r.lint.stats.median,
        cpu: r.lint.cpu.median,
        mainThread: r.lint.main?.median,
        maxRSS: r.lint.maxRSS,
        naive: { wall: r.naive.stats.median, cpu: r.naive.cpu.median, maxRSS: r.naive.maxRSS },
        jsyaml: { wall: r.jsyaml.stats.median, cpu: r.jsyaml.cpu.median, mainThread: r.jsyaml.main?.median, maxRSS: r.jsyaml.maxRSS },
      },
    },
  ];
  for (const k of Object.keys(extra)) {
    // Judged by wall time: the CPU recorded is the process's own, and git runs in processes of its own.
    const toLint = r[k].stats.median / r.lint.stats.median;
    const judged = k.startsWith("--changed-since")
      ? `${cpu(k)} (git's not counted), ${rssOf(k)}; ${vs(k, "lint")} the full lint (goal ≤ 1.2× by wall: ${toLint <= 1.2 ? "meets" : "misses"} it)`
      : `${cpu(k)}, ${rssOf(k)}; ${vs(k, "lint")} the lint row (--concurrency auto: ${autoThreads === 0 ? "the main thread alone" : `${autoThreads + 1} threads`} on ${availableParallelism()} cores)`;
    rows.push({
      label: `${what}: calico-ipam-lint ${k}`,
      stats: r[k].stats,
      note: `${judged}; ${vs(k, "jsyaml")} js-yaml`,
      data: { wall: r[k].stats.median, cpu: r[k].cpu.median, maxRSS: r[k].maxRSS, ratioToLint: toLint, ratioToLintCpu: r[k].cpu.median / r.lint.cpu.median },
    });
  }
  return { rows, r };
}

// ---------------------------------------------------------------------------------------------
// Section: bulk

const CORPUS = resolve(root, "../shared/corpus");

async function bulkSection(lib, opts) {
  const dir = join(CORPUS, "bulk");
  if (!existsSync(dir)) return [{ label: "bulk corpus", value: `not found at ${dir} (it sits beside the repository as ../shared): section skipped` }];
  const runs = opts.quick ? 3 : 7;
  const cli = await cliPackage();
  try {
    const { files, bytes } = manifests(dir);
    const { rows } = await versusBaselines(cli, dir, { runs, naiveRuns: 3, what: `bulk/ (${files.length} files, ${mb(bytes)})` });

    // Where the time goes, in this process: the readers on the same texts.
    const texts = files.map((f) => readFileSync(f, "utf8"));
    const require = (await import("node:module")).createRequire(join(root, "package.json"));
    const yaml = require("yaml");
    const inner = { runs: opts.quick ? 1 : 3, warmup: 1 };
    const read = measure(() => files.forEach((f) => readFileSync(f, "utf8")), inner);
    const lexParse = measure(() => texts.forEach((t) => [...new yaml.Parser().parse(t)]), inner);
    const precise = measure(() => texts.forEach((t, i) => lib.parseSource(files[i], t)), inner);
    let accepted = 0;
    const fast = measure(() => {
      accepted = 0;
      texts.forEach((t, i) => (lib.parseFastTree(files[i], t) ? accepted++ : 0));
    }, inner);
    rows.push({ label: "  in one process: reading the files", stats: read });
    rows.push({ label: "  the yaml package's lexer and parser alone (no documents)", stats: lexParse });
    rows.push({ label: "  parseSource (precise reader, located tree)", stats: precise });
    rows.push({ label: "  parseFastTree (fast reader, node records)", stats: fast, note: `accepts ${accepted} of ${files.length} files; ${ratio(fast.median, precise.median)} parseSource` });
    try {
      const jsyaml = require("js-yaml");
      rows.push({ label: "  js-yaml loadAll (no positions; not a dependency, for comparison)", stats: measure(() => texts.forEach((t) => { try { jsyaml.loadAll(t); } catch { /* a syntax error */ } }), inner) });
    } catch {
      // js-yaml comes with eslint; without it, no comparison row.
    }
    return rows;
  } finally {
    cli.cleanup();
  }
}

// ---------------------------------------------------------------------------------------------
// Section: scaling

async function scalingSection(lib, opts) {
  const { writeRepository } = await import(pathToFileURL(join(root, "scripts/gen-synthetic.mjs")).href);
  const sizes = [10_000, 100_000, 300_000];
  const cli = await cliPackage();
  const work = mkdtempSync(join(tmpdir(), "cil-bench-synthetic-"));
  const rows = [];
  const medians = {};
  try {
    for (const docs of sizes) {
      const dir = join(work, `repo-${docs}`);
      const made = writeRepository(dir, { docs, seed: 1 });
      const runs = opts.quick ? 1 : docs >= 300_000 ? 2 : 3;
      const size = `${docs.toLocaleString("en")} documents (${made.files.toLocaleString("en")} files, ${mb(made.bytes)})`;
      const { rows: these, r } = await versusBaselines(cli, dir, { runs, what: size });
      medians[docs] = r.lint.stats.median;
      const lint = these[these.length - 1];
      lint.note += `; ${(r.lint.stats.median / (docs / 1000)).toFixed(0)} ms per 1,000 documents${docs >= 300_000 ? `; memory ${r.lint.maxRSS * 1024 < 1e9 ? "meets" : "misses"} the goal (< 1 GB)` : ""}`;
      Object.assign(lint.data, { docs, files: made.files, bytes: made.bytes });
      rows.push(...these);
      rmSync(dir, { recursive: true, force: true });
    }
    rows.push({ label: "growth 10k → 100k documents", value: `${(medians[100_000] / medians[10_000]).toFixed(1)}× (linear: 10×, target ≤ 11×)`, data: { growth: medians[100_000] / medians[10_000] } });
    rows.push({ label: "growth 100k → 300k documents", value: `${(medians[300_000] / medians[100_000]).toFixed(1)}× (linear: 3×)` });
    // Time as a fixed cost plus a cost per document: the line through the 10k and 300k medians.
    const perDoc = (medians[300_000] - medians[10_000]) / 290_000;
    rows.push({ label: "fixed cost + cost per document (10k and 300k)", value: `${ms(medians[10_000] - perDoc * 10_000)} ms + ${(perDoc * 1000).toFixed(1)} µs per document` });
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
    cli.cleanup();
  }
}

// ---------------------------------------------------------------------------------------------
// Section: shapes

/** Repositories shaped as users' are (scripts/gen-synthetic.mjs), each against both baselines. */
const SHAPES = [
  { what: "30,000 documents, annotation-dense, pools, files of 20", docs: 30_000, annotated: 0.5, perFile: 20, changedSince: true },
  { what: "30,000 documents, annotation-dense, pools, many small files (an application a file)", docs: 30_000, annotated: 0.5, threads: true },
  { what: "the same with CRLF line ends (a checkout on Windows)", docs: 30_000, annotated: 0.5, crlf: true },
  // Manifests kept as `kubectl get -o json` prints them (exports, generated manifests): every key quoted.
  { what: "the same as JSON, a v1 List a file", docs: 30_000, annotated: 0.5, json: true },
  { what: "30,000 documents, annotation-dense, pools, one file", docs: 30_000, annotated: 0.5, oneFile: true },
  // 100,000 such documents make an 82 MB file, over the 64 MiB a file may have (load/files.ts).
  { what: "70,000 documents, annotation-dense, pools, one file", docs: 70_000, annotated: 0.5, oneFile: true },
  // What a file costs beyond its bytes: Kustomize bases and plain folders often hold one object a file.
  { what: "20,000 files of one small object each (ConfigMaps and Services, no Calico annotation)", docs: 20_000, smallObjects: true },
];

/** `n` files of one small object each, 100 to a folder: the cost a file adds, nearly alone. */
function writeSmallObjects(dir, n) {
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const ns = `team-${Math.floor(i / 100)}`;
    const text =
      i % 2 === 0
        ? `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-${i}\n  namespace: ${ns}\ndata:\n  LOG_LEVEL: info\n  REGION: eu-west-${i % 3}\n`
        : `apiVersion: v1\nkind: Service\nmetadata:\n  name: web-${i}\n  namespace: ${ns}\nspec:\n  selector: {app: web-${i}}\n  ports:\n  - port: 80\n    targetPort: 8080\n`;
    mkdirSync(join(dir, ns), { recursive: true });
    writeFileSync(join(dir, ns, `object-${i}.yaml`), text);
    bytes += text.length;
  }
  return { files: n, bytes };
}

/** Make `dir` a git repository of its files, then change every workload file (as a wide rollout would). */
function commitAndChange(dir) {
  const git = (...args) => execFileSync("git", ["-c", "user.name=bench", "-c", "user.email=bench@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: dir, stdio: "ignore" });
  git("init", "-q");
  git("add", "-A");
  git("commit", "-q", "-m", "base");
  let changed = 0;
  for (const e of readdirSync(join(dir, "namespaces"), { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const f = join(e.parentPath, e.name);
    const text = readFileSync(f, "utf8");
    const next = text.replaceAll("revisionHistoryLimit: 5", "revisionHistoryLimit: 6");
    if (next !== text) {
      writeFileSync(f, next);
      changed++;
    }
  }
  return changed;
}

/**
 * A clone of `dir`'s commit with one pool's CIDR changed (dmz-pool's /24 to a /25): a change to a
 * cluster-wide object, for which --changed-since lints the repository as it was too, to find what
 * the change causes in the files it did not touch.
 */
function cloneWithPoolChanged(dir) {
  const other = `${dir}-pool`;
  execFileSync("git", ["clone", "-q", dir, other], { stdio: "ignore" });
  for (const name of readdirSync(join(other, "calico"))) {
    const f = join(other, "calico", name);
    const text = readFileSync(f, "utf8");
    if (!text.includes("cidr: 10.251.0.0/24")) continue;
    writeFileSync(f, text.replace("cidr: 10.251.0.0/24", "cidr: 10.251.0.0/25"));
    return other;
  }
  throw new Error(`no pool 10.251.0.0/24 under ${other}/calico`);
}

async function shapesSection(lib, opts) {
  const { writeRepository } = await import(pathToFileURL(join(root, "scripts/gen-synthetic.mjs")).href);
  const cli = await cliPackage();
  const work = mkdtempSync(join(tmpdir(), "cil-bench-shapes-"));
  const rows = [];
  try {
    for (const shape of SHAPES.filter((s) => opts.shape === undefined || s.what.includes(opts.shape))) {
      const dir = join(work, "repo");
      const made = shape.smallObjects ? writeSmallObjects(dir, shape.docs) : writeRepository(dir, { docs: shape.docs, seed: 1, annotated: shape.annotated, perFile: shape.perFile ?? 0, oneFile: shape.oneFile ?? false, crlf: shape.crlf ?? false, json: shape.json ?? false });
      const extra = {};
      let what = `${shape.what} (${made.files.toLocaleString("en")} files, ${mb(made.bytes)})`;
      if (shape.changedSince) {
        const changed = commitAndChange(dir);
        what += `, ${changed.toLocaleString("en")} files changed since HEAD`;
        extra["--changed-since HEAD"] = (rec) => ({ args: [cli.measured, rec, ".", "--changed-since", "HEAD", "--format", "json"], cwd: dir });
        const pool = cloneWithPoolChanged(dir);
        extra["--changed-since HEAD, a pool's CIDR changed instead"] = (rec) => ({ args: [cli.measured, rec, ".", "--changed-since", "HEAD", "--format", "json"], cwd: pool });
      }
      // The lint row reads with --concurrency auto (threads only on cores past two); this one asks for two threads whatever the cores.
      if (shape.threads) extra["--concurrency 2"] = (rec) => ({ args: [cli.measured, rec, dir, "--concurrency", "2", "--format", "json"] });
      const runs = opts.quick ? 1 : shape.docs >= 70_000 ? 3 : 5;
      const naiveRuns = opts.quick ? 1 : shape.docs >= 70_000 ? 2 : 3;
      const { rows: these } = await versusBaselines(cli, dir, { runs, naiveRuns, what, extra, autoThreads: lib.threadPlan("auto").threads });
      rows.push(...these);
      // A long section: each shape's rows as soon as they are measured.
      for (const row of these) console.error(`  … ${row.label}: ${row.stats ? fmtStats(row.stats) : row.value}${row.note ? `; ${row.note}` : ""}`);
      rmSync(dir, { recursive: true, force: true });
      rmSync(`${dir}-pool`, { recursive: true, force: true });
    }
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
    cli.cleanup();
  }
}

// ---------------------------------------------------------------------------------------------
// Section: startup

async function startupSection(lib, opts) {
  const runs = opts.quick ? 5 : 21;
  const cli = await cliPackage();
  const work = mkdtempSync(join(tmpdir(), "cil-bench-startup-"));
  try {
    const one = join(work, "pod.yaml");
    writeFileSync(one, "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    cni.projectcalico.org/ipv4pools: '[\"default-ipv4-ippool\"]'\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n");
    const bad = join(work, "bad.yaml");
    writeFileSync(bad, "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.0.0.300\"]'\nspec: {}\n");
    // bin/ has Node keep compiled code between runs where it can (Node 22.8 and later): the rows
    // against the goal run without it, as a first run does; one row runs with a warmed cache of
    // the bench's own (not the user's, in the temporary directory).
    const cold = { NODE_DISABLE_COMPILE_CACHE: "1" };
    const cacheable = typeof module.enableCompileCache === "function";
    const cache = { NODE_COMPILE_CACHE: join(work, "compile-cache") };
    if (cacheable) await timeChild([cli.bin, one], { cwd: work, env: cache });
    const r = await interleaved(
      {
        node: () => ({ args: ["-e", ""] }),
        version: () => ({ args: [cli.bin, "--version"], env: cold }),
        file: () => ({ args: [cli.bin, one], env: cold }),
        finding: () => ({ args: [cli.bin, bad], env: cold }),
        ...(cacheable ? { cached: () => ({ args: [cli.bin, one], env: cache }) } : {}),
      },
      runs,
      { cwd: work },
    );
    const over = (k) => { const d = r[k].stats.median - r.node.stats.median; return `${d.toFixed(0)} ms over node (goal ≤ 50 ms: ${d <= 50 ? "meets" : "misses"} it)`; };
    return [
      { label: `node -e "" (baseline: starting node ${process.version})`, stats: r.node.stats },
      { label: "calico-ipam-lint --version", stats: r.version.stats, note: over("version") },
      { label: "calico-ipam-lint pod.yaml (one small file, nothing to report)", stats: r.file.stats, note: over("file") },
      { label: "calico-ipam-lint bad.yaml (one small file, one finding printed)", stats: r.finding.stats, note: `${over("finding")} (the stylish report is loaded to print it)` },
      cacheable
        ? { label: "calico-ipam-lint pod.yaml, compiled code kept from an earlier run", stats: r.cached.stats, note: over("cached") }
        : { label: "calico-ipam-lint pod.yaml, compiled code kept from an earlier run", value: "n/a", note: `not measured: Node ${process.version} has no compile cache (module.enableCompileCache, Node 22.8 and later)` },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
    cli.cleanup();
  }
}

// ---------------------------------------------------------------------------------------------
// Section: growth

const growPool = (i, extra = "") => `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: p${i}\nspec:\n  cidr: 10.${i >> 8}.${i & 255}.0/24\n${extra}`;
const growPod = (i, annotation) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: q${i}\n  namespace: ns${i}\n  annotations:\n    ${annotation}\nspec:\n  containers:\n  - name: c\n    image: x\n`;
const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));

/**
 * Inputs of one kind of object at n and 2n: linear work about doubles. Each of these once grew
 * with the square of its size (docs/performance.md, seventeenth round); test/hostile/growth.test.ts
 * times the same in process, smaller.
 */
const GROWTH = [
  { what: "IPPools in one file (pool-invalid: each pool's namesakes)", sizes: [10_000, 20_000], docs: (n) => range(n, (i) => growPool(i)) },
  {
    what: "pools with namespace selectors, as many Namespaces and a Pod in each (automatic assignment)",
    sizes: [4_000, 8_000],
    docs: (n) => [...range(n, (i) => growPool(i, `  namespaceSelector: team == 't${i % 7}'\n`)), ...range(n, (i) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns${i}\n  labels:\n    team: t${i % 7}\n`), ...range(n, (i) => growPod(i, "x: y"))],
  },
  { what: "the same, --format html", sizes: [4_000, 8_000], html: true, docs: (n) => GROWTH[1].docs(n) },
  { what: "Pods with static addresses in one file, 20 to an address, --format html (each finding's source lines)", sizes: [4_000, 8_000], html: true, docs: (n) => [...range(10, (i) => growPool(i)), ...range(n, (i) => growPod(i, `cni.projectcalico.org/ipAddrs: '["10.0.${Math.floor(i / 20) % 256}.${(i % 20) + 1}"]'`))] },
  { what: "Pods naming pools not in view, each a letter from one of as many pools (unknown-pool's suggestion)", sizes: [4_000, 8_000], docs: (n) => [...range(n, (i) => growPool(i)), ...range(n, (i) => growPod(i, `cni.projectcalico.org/ipv4pools: '["px${i}"]'`))] },
  // No pool within one edit: each name is measured against every pool (the names × pools left).
  { what: "the same, each name two letters from its pool (unknown-pool's suggestion: still names × pools)", sizes: [4_000, 8_000], docs: (n) => [...range(n, (i) => growPool(i)), ...range(n, (i) => growPod(i, `cni.projectcalico.org/ipv4pools: '["qx${i}"]'`))] },
];

async function growthSection(lib, opts) {
  const runs = opts.quick ? 1 : 3;
  const cli = await cliPackage();
  const work = mkdtempSync(join(tmpdir(), "cil-bench-growth-"));
  const rows = [];
  try {
    for (const g of GROWTH) {
      const best = [];
      for (const n of g.sizes) {
        const dir = join(work, `n${n}`);
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir);
        writeFileSync(join(dir, "all.yaml"), g.docs(n).join("---\n"));
        const r = await interleaved({ lint: () => ({ args: [cli.bin, dir, "--format", g.html ? "html" : "json"] }) }, runs);
        best.push(r.lint.stats.min);
        rows.push({ label: `${g.what}, n = ${n.toLocaleString("en")}`, stats: r.lint.stats });
      }
      const ratio = best[1] / best[0];
      rows.push({ label: `${g.what}: time at 2n ÷ time at n (fastest runs)`, value: `${ratio.toFixed(2)}×`, note: ratio < 3 ? "linear (under 3×)" : "grows faster than linear" });
    }
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
    cli.cleanup();
  }
}

// ---------------------------------------------------------------------------------------------
// Section: compare

/**
 * This checkout's CLI against the one committed at `--base REV`, on the shapes `--shape` picks
 * (files of 20 unless told): runs in pairs, each pair in the other order than the last, and the
 * mean of the pairs' relative differences with two standard errors. On a shared host whose load
 * moves whole rows by tens of percent within the hour, the pairs see the same load; medians of
 * runs taken minutes apart do not.
 */
async function compareSection(lib, opts) {
  if (!opts.base) return [{ label: "compare", value: "n/a", note: "give the revision to compare with: npm run bench -- compare --base REV [--shape TEXT] [--quick]" }];
  const { writeRepository } = await import(pathToFileURL(join(root, "scripts/gen-synthetic.mjs")).href);
  const pairs = opts.quick ? 10 : 30;
  const base = committedPackage(opts.base);
  const work = mkdtempSync(join(tmpdir(), "cil-bench-compare-"));
  const rows = [];
  let here;
  try {
    here = await cliPackage();
    const picked = SHAPES.filter((s) => s.what.includes(opts.shape ?? "files of 20"));
    if (picked.length === 0) return [{ label: "compare", value: "n/a", note: `no shape's description holds ${JSON.stringify(opts.shape)}` }];
    for (const shape of picked) {
      const dir = join(work, "repo");
      const made = shape.smallObjects ? writeSmallObjects(dir, shape.docs) : writeRepository(dir, { docs: shape.docs, seed: 1, annotated: shape.annotated, perFile: shape.perFile ?? 0, oneFile: shape.oneFile ?? false, crlf: shape.crlf ?? false, json: shape.json ?? false });
      const what = `${shape.what} (${made.files.toLocaleString("en")} files, ${mb(made.bytes)})`;
      const rec = join(work, "rec.json");
      const once = (cli) => timeChild([cli.measured, rec, dir, "--format", "json"], { record: rec });
      await once(base);
      await once(here);
      const a = { wall: [], cpu: [] };
      const b = { wall: [], cpu: [] };
      const dWall = [];
      const dCpu = [];
      for (let i = 0; i < pairs; i++) {
        const [first, second] = i % 2 === 0 ? [base, here] : [here, base];
        const r1 = await once(first);
        const r2 = await once(second);
        const [ra, rb] = first === base ? [r1, r2] : [r2, r1];
        a.wall.push(ra.ms);
        a.cpu.push(ra.cpuMs);
        b.wall.push(rb.ms);
        b.cpu.push(rb.cpuMs);
        dWall.push(rb.ms / ra.ms - 1);
        dCpu.push(rb.cpuMs / ra.cpuMs - 1);
      }
      rows.push(
        { label: `${what}: ${opts.base}`, stats: statsOf(a.wall), note: `CPU ${statsOf(a.cpu).median.toFixed(0)} ms` },
        { label: `${what}: this checkout`, stats: statsOf(b.wall), note: `CPU ${statsOf(b.cpu).median.toFixed(0)} ms` },
        { label: `${what}: this checkout against ${opts.base}`, value: `wall ${pairedText(dWall)}, CPU ${pairedText(dCpu)}`, note: `mean of ${pairs} paired differences, ± two standard errors` },
      );
      console.error(`  … ${rows.at(-1).label}: ${rows.at(-1).value}`);
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
    here?.cleanup();
    base.cleanup();
  }
}

/** "−4.1% ± 3.6": the mean of relative differences, and two standard errors of it. */
function pairedText(d) {
  const mean = d.reduce((x, y) => x + y, 0) / d.length;
  const sd = Math.sqrt(d.reduce((x, y) => x + (y - mean) ** 2, 0) / (d.length - 1));
  const pct = (v) => `${v < 0 ? "\u2212" : "+"}${Math.abs(v * 100).toFixed(1)}%`;
  return `${pct(mean)} ± ${((2 * sd) / Math.sqrt(d.length) * 100).toFixed(1)}`;
}

export const SECTIONS = [
  {
    name: "bulk",
    description: "linting the bulk corpus (../shared/corpus/bulk) against reading and parsing it naively with the yaml package",
    run: bulkSection,
  },
  {
    name: "scaling",
    description: "synthetic repositories of 10k, 100k and 300k documents (scripts/gen-synthetic.mjs): time, growth and peak memory, against the naive baseline",
    run: scalingSection,
  },
  {
    name: "shapes",
    description: "repositories shaped as users' (annotation-dense, pools, files of 20, many small files, CRLF, JSON, one large file, --changed-since runs), against js-yaml loadAll and the naive yaml pass",
    run: shapesSection,
  },
  {
    name: "startup",
    description: "start-up of --version and of linting one small file, against starting node",
    run: startupSection,
  },
  {
    name: "allocator",
    description: "dry-run allocation on 10k and 100k pod sources and an IPv6 /48, against model building and naive enumeration",
    run: allocatorSection,
  },
  {
    name: "growth",
    description: "inputs of one kind of object (pools, namespace selectors, findings in one file, unknown pool names) at n and 2n: linear work doubles",
    run: growthSection,
  },
  {
    name: "compare",
    description: "this checkout's CLI against the one committed at --base REV, in paired runs (run only when named)",
    run: compareSection,
    named: true,
  },
];

async function main() {
  const args = process.argv.slice(2);
  const quick = args.includes("--quick");
  // `--shape TEXT`: only the shapes whose description holds TEXT (one shape takes minutes, all of them a quarter of an hour).
  const at = args.indexOf("--shape");
  const shape = at >= 0 ? args.splice(at, 2)[1] : undefined;
  // `--base REV`: the revision `compare` measures this checkout against.
  const atBase = args.indexOf("--base");
  const base = atBase >= 0 ? args.splice(atBase, 2)[1] : undefined;
  const wanted = args.filter((a) => !a.startsWith("--"));
  const unknown = wanted.filter((w) => !SECTIONS.some((s) => s.name === w));
  if (unknown.length > 0) {
    console.error(`unknown section(s): ${unknown.join(", ")}; sections: ${SECTIONS.map((s) => s.name).join(", ")}`);
    process.exit(2);
  }
  process.chdir(root); // esbuild names sources relative to the working directory
  const { lib, cleanup } = await loadLib();
  const machine = { node: process.version, platform: `${process.platform}/${process.arch}`, cpus: cpus().length, cpu: cpus()[0]?.model, memory: mb(totalmem()) };
  const recorded = {};
  try {
    console.log(`node ${machine.node}, ${machine.platform}, ${machine.cpus} × ${machine.cpu}${quick ? ", --quick" : ""}`);
    for (const s of SECTIONS) {
      if (wanted.length > 0 ? !wanted.includes(s.name) : s.named) continue;
      console.log(`\n## ${s.name}: ${s.description}`);
      const rows = await s.run(lib, { quick, shape, base });
      const width = Math.max(...rows.map((r) => r.label.length));
      for (const r of rows) {
        console.log(`  ${r.label.padEnd(width)}  ${r.stats ? fmtStats(r.stats) : r.value}`);
        if (r.note) console.log(`  ${"".padEnd(width)}  ${r.note}`);
      }
      recorded[s.name] = { date: new Date().toISOString(), quick, machine, rows };
    }
  } finally {
    cleanup();
  }
  // The latest run of each section, kept across runs of other sections.
  const out = join(root, ".bench/results.json");
  mkdirSync(join(root, ".bench"), { recursive: true });
  const previous = existsSync(out) ? JSON.parse(readFileSync(out, "utf8")) : {};
  writeFileSync(out, `${JSON.stringify({ ...previous, ...recorded }, null, 2)}\n`);
  console.log(`\nrecorded in ${out}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main().catch((err) => {
    if (!(err instanceof UsageError)) throw err;
    console.error(err.message);
    process.exit(2);
  });
}
