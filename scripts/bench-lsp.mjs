// The language server's figures (docs/performance.md, "Language server"): on the synthetic
// repositories of scripts/gen-synthetic.mjs, the time from start to the first diagnostics and to
// the whole workspace's, and the time from an edit to updated diagnostics for a pod file, for the
// pool file and for a file of 3,000 documents. `node scripts/bench-lsp.mjs [--docs 10000,100000]
// [--edits 5]`. Not a test: it
// prints the figures and writes them to .bench/lsp.json.
//
// The server is the CLI bundled from the sources now (scripts/build.mjs), started as an editor
// starts it (`calico-ipam-lint lsp --stdio`) and driven over stdio by vscode-languageserver-protocol's
// client. The debounce is set to 0 ms (initializationOptions.debounceMs), so the figures are the
// server's own; an editor adds the debounce (200 ms by default) to each edit.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import protocol from "vscode-languageserver-protocol/node";

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = protocol;
const root = join(fileURLToPath(import.meta.url), "..", "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const SIZES = opt("docs", "10000,100000").split(",").map(Number);
const EDITS = Number(opt("edits", "5"));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });
const show = (s) => `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

const peakRss = (pid) => {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
};

async function session(runner, repo) {
  const child = spawn(process.execPath, [runner, "lsp", "--stdio"], { cwd: repo, stdio: ["pipe", "pipe", "inherit"] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let firstDiagnostics = null;
  let published = 0;
  const logWaiters = [];
  conn.onNotification("textDocument/publishDiagnostics", () => {
    published++;
    firstDiagnostics ??= performance.now();
  });
  conn.onNotification("window/logMessage", (m) => {
    for (const w of logWaiters.splice(0)) w(m.message);
  });
  conn.listen();
  const nextLog = (re) =>
    new Promise((res) => {
      const wait = (msg) => (re.test(msg) ? res(msg) : logWaiters.push(wait));
      logWaiters.push(wait);
    });
  const t0 = performance.now();
  await conn.sendRequest("initialize", { processId: process.pid, rootUri: pathToFileURL(repo).href, capabilities: {}, initializationOptions: { debounceMs: 0 } });
  const read = nextLog(/^read \d+ files/);
  await conn.sendNotification("initialized", {});
  await read;
  const all = performance.now();
  return {
    conn,
    child,
    nextLog,
    published: () => published,
    start: { first: firstDiagnostics - t0, all: all - t0 },
    close: async () => {
      const rss = peakRss(child.pid);
      await conn.sendRequest("shutdown");
      await conn.sendNotification("exit");
      await new Promise((res) => child.on("exit", res));
      return rss;
    },
  };
}

/** Open the file, then edit it back and forth; the time from each change to its diagnostics. */
async function edits(s, file, variants) {
  const uri = pathToFileURL(file).href;
  const opened = s.nextLog(/^judged/);
  await s.conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text: variants[0] } });
  await opened;
  const times = [];
  const cpu = [];
  const publications = [];
  for (let i = 1; i <= EDITS * 2; i++) {
    const before = s.published();
    const judged = s.nextLog(/^judged/);
    const t = performance.now();
    await s.conn.sendNotification("textDocument/didChange", { textDocument: { uri, version: i + 1 }, contentChanges: [{ text: variants[i % 2] }] });
    const msg = await judged;
    times.push(performance.now() - t);
    cpu.push(Number(/\((\d+) ms of CPU\)/.exec(msg)?.[1] ?? NaN));
    publications.push(s.published() - before);
  }
  await s.conn.sendNotification("textDocument/didClose", { textDocument: { uri } });
  return { ...stats(times), judgeCpu: stats(cpu), publications: Math.max(...publications) };
}

const { bundle } = await import(pathToFileURL(join(root, "scripts/build.mjs")).href);
const { writeRepository } = await import(pathToFileURL(join(root, "scripts/gen-synthetic.mjs")).href);
const work = mkdtempSync(join(tmpdir(), "cil-bench-lsp-"));
const dist = join(work, "dist");
await bundle(dist, { cli: join(root, "src/cli/index.ts") });
const runner = join(dist, "run.mjs");
writeFileSync(runner, 'import { run } from "./cli.js";\nprocess.exitCode = await run(process.argv.slice(2));\n');

const results = [];
console.log(`calico-ipam-lint lsp on ${cpus().length} cores, Node ${process.version}; ${EDITS * 2} edits each, debounce 0 ms`);
try {
  for (const docs of SIZES) {
    const repo = join(work, `repo-${docs}`);
    const { files, bytes } = writeRepository(repo, { docs });
    // A large file open in the editor too: 3,000 documents of another repository in one file (2.5 MB).
    writeRepository(join(repo, "large"), { docs: 3000, seed: 2, oneFile: true });
    const largeFile = walk(join(repo, "large"))[0];
    const all = walk(repo).filter((f) => !f.startsWith(join(repo, "large")));
    const podFile = all.find((f) => /ipAddrs/.test(readFileSync(f, "utf8")));
    const poolFile = join(repo, "calico", "ippools.yaml");
    const pod = readFileSync(podFile, "utf8");
    const pool = readFileSync(poolFile, "utf8");
    // A pod edit: its static address moves; a pool edit: a pool that pods name is renamed away and back.
    const podEdit = pod.replace(/(ipAddrs: '\[")([0-9.]+)/, (_, k, ip) => `${k}${ip.replace(/\.\d+$/, ".213")}`);
    const poolEdit = pool.replace("name: dmz-pool", "name: dmz-pool-renamed");
    const large = readFileSync(largeFile, "utf8");
    const largeEdit = large.replace(/(ipAddrs: '\[")([0-9.]+)/, (_, k, ip) => `${k}${ip.replace(/\.\d+$/, ".213")}`);
    if (podEdit === pod || poolEdit === pool || largeEdit === large) throw new Error("the generator's files changed: update the edits of scripts/bench-lsp.mjs");
    // The baseline in the same run: the CLI linting the same repository (a fresh process).
    const cli = await new Promise((res) => {
      const t = performance.now();
      const c = spawn(process.execPath, [runner, ".", "-f", "json"], { cwd: repo, stdio: ["ignore", "ignore", "inherit"] });
      c.on("exit", () => res(performance.now() - t));
    });
    const s = await session(runner, repo);
    const podStats = await edits(s, podFile, [pod, podEdit]);
    const poolStats = await edits(s, poolFile, [pool, poolEdit]);
    const largeStats = await edits(s, largeFile, [large, largeEdit]);
    const rss = await s.close();
    const row = { docs, files, bytes, cli, start: s.start, pod: podStats, pool: poolStats, large: largeStats, peakRss: rss };
    results.push(row);
    console.log(`\n${docs.toLocaleString("en")} documents (${files.toLocaleString("en")} files, ${(bytes / 1e6).toFixed(1)} MB)`);
    console.log(`  first diagnostics after start: ${fmt(s.start.first)}; whole workspace published: ${fmt(s.start.all)} (the CLI on it, same run: ${fmt(cli)})`);
    console.log(`  edit → diagnostics, pod file:  ${show(podStats)}; server: ${show(podStats.judgeCpu)} of CPU (up to ${podStats.publications} files republished)`);
    console.log(`  edit → diagnostics, pool file: ${show(poolStats)}; server: ${show(poolStats.judgeCpu)} of CPU (up to ${poolStats.publications} files republished)`);
    console.log(`  edit → diagnostics, a file of 3,000 documents: ${show(largeStats)}; server: ${show(largeStats.judgeCpu)} of CPU`);
    if (rss) console.log(`  server peak RSS: ${(rss / 1e6).toFixed(0)} MB`);
    rmSync(repo, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
mkdirSync(join(root, ".bench"), { recursive: true });
writeFileSync(join(root, ".bench", "lsp.json"), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: cpus().length, results }, null, 2)}\n`);
