// Where a command's CPU goes, by thread and by kind of work, from Linux perf (which samples from the
// kernel and so sees V8's own threads, the collector and git): `node scripts/profile-threads.mjs --
// node bin/calico-ipam-lint.js DIR --format json`, or several commands separated by `---` to compare
// them (a lint and js-yaml over the same files). Needs `perf` (Debian: linux-perf) and a kernel that
// lets this user sample (perf_event_paranoid ≤ 1, or root). Node is run with --perf-basic-prof so
// that perf names JavaScript functions; V8's own profiler (`--cpu-prof`) sees only the main thread,
// and it counts the samples it takes while a native call such as `read` is on the stack to that call
// (docs/performance.md, eighteenth round).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const KINDS = [
  "JavaScript, optimised",
  "JavaScript, not yet optimised (interpreter, baseline code, their inline caches)",
  "built-ins (String, Array, Map, RegExp and other methods)",
  "collector",
  "compiler and parser",
  "kernel (system calls, page faults)",
  "V8 runtime and Node's C++",
  "other native code",
];

const GC = /Heap::|Scavenge|MarkCompact|MinorMark|ConcurrentMarking|MarkingVisitor|Sweeper|Evacuat|GCTracer|heap::base|cppgc|MemoryAllocator|PagedSpace|LargeObjectSpace|ArrayBufferSweeper/;
const COMPILE = /compiler::|maglev::|Compiler::|Parser|Scanner::|BytecodeGenerator|interpreter::Bytecode|baseline::|Turbofan|OptimizedCompilationJob|CompilationJob|AstNode|PreParser|FuncNameInferrer|ScopeInfo::Create|DeclarationScope/;
const NOT_OPTIMISED = /^Builtins_(.*Handler|.*Baseline.*|InterpreterEntryTrampoline|InterpreterEnterAtBytecode|InterpreterEnterAtNextBytecode|BaselineOutOfLinePrologue|.*IC(_.*)?|.*IC_Megamorphic|CompileLazy)$/;

/** One sample's kind: its frames (leaf first), with each frame's shared object. */
function kindOf(frames) {
  const [leaf] = frames;
  if (!leaf) return KINDS[7];
  // The frames from the leaf to the first JavaScript one: the native work the sample is in.
  const native = [];
  for (const f of frames) {
    if (f.sym.startsWith("JS:")) break;
    native.push(f.sym);
  }
  const nat = native.join(" ");
  if (GC.test(nat)) return KINDS[3];
  if (COMPILE.test(nat)) return KINDS[4];
  if (leaf.dso.includes("kernel")) return KINDS[5];
  if (leaf.sym.startsWith("JS:*")) return KINDS[0];
  if (leaf.sym.startsWith("JS:")) return KINDS[1];
  // The interpreter's handlers, baseline code's helpers and the inline caches are the cost of code
  // not yet optimised; other built-ins are a method's own work, whoever calls it.
  if (leaf.sym.startsWith("Builtins_")) return NOT_OPTIMISED.test(leaf.sym) ? KINDS[1] : KINDS[2];
  if (/^(v8::|node::|uv_|uv__)/.test(leaf.sym)) return KINDS[6];
  return KINDS[7];
}

/** perf's samples of `command`: each with its process name, thread, period (ns) and frames. */
function record(command, dir) {
  const data = join(dir, "perf.data");
  const [program, ...args] = command;
  // V8 also writes a log beside --perf-basic-prof's map (/tmp/perf-PID.map): into the temporary folder.
  const argv = program === "node" ? [process.execPath, "--perf-basic-prof", `--logfile=${join(dir, "v8.log")}`, "--no-logfile-per-isolate", ...args] : command;
  // Run once first: the files it reads in the page cache for the run recorded, as for the others.
  spawnSync(program === "node" ? process.execPath : program, args, { stdio: "ignore" });
  const r = spawnSync("perf", ["record", "-q", "-e", "cpu-clock", "-F", "2000", "-g", "-o", data, "--", ...argv], { stdio: ["ignore", "ignore", "inherit"] });
  if (r.error) throw new Error(`perf: ${r.error.message} (Debian: apt-get install linux-perf)`);
  if (r.status !== 0 && r.status !== 1) throw new Error(`perf record exited ${r.status}`);
  const text = execFileSync("perf", ["script", "-i", data, "-F", "comm,pid,tid,period,ip,sym,dso"], { encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "ignore"] });
  const samples = [];
  let cur = null;
  for (const line of text.split("\n")) {
    if (line.trim() === "") {
      if (cur) samples.push(cur);
      cur = null;
    } else if (!line.startsWith("\t")) {
      const m = /^\s*(.*?)\s+(\d+)\/(\d+)\s+(\d+)\s*$/.exec(line);
      cur = m ? { comm: m[1], pid: m[2], tid: m[3], period: Number(m[4]), frames: [] } : null;
    } else if (cur) {
      const m = /^\s*[0-9a-f]+\s+(.*?)\s+\(([^)]*)\)\s*$/.exec(line);
      if (m) cur.frames.push({ sym: m[1], dso: m[2] });
    }
  }
  if (cur) samples.push(cur);
  // The maps perf read, one per node process recorded.
  for (const pid of new Set(samples.map((s) => s.pid))) rmSync(`/tmp/perf-${pid}.map`, { force: true });
  return samples;
}

function summarise(samples) {
  // The main thread: the node thread with the most samples (the process's first thread).
  const byTid = new Map();
  for (const s of samples) if (s.comm === "node" || s.comm.startsWith("node")) byTid.set(s.tid, (byTid.get(s.tid) ?? 0) + s.period);
  const main = [...byTid].sort((a, b) => b[1] - a[1])[0]?.[0];
  const table = new Map(KINDS.map((k) => [k, { main: 0, others: 0 }]));
  let children = 0;
  for (const s of samples) {
    const ms = s.period / 1e6;
    if (!byTid.has(s.tid)) {
      children += ms;
      continue;
    }
    const row = table.get(kindOf(s.frames));
    if (s.tid === main) row.main += ms;
    else row.others += ms;
  }
  return { table, children };
}

const args = process.argv.slice(2);
if (args[0] === "--") args.shift();
const commands = [];
for (let cur = []; ; ) {
  const a = args.shift();
  if (a === undefined || a === "---") {
    if (cur.length > 0) commands.push(cur);
    if (a === undefined) break;
    cur = [];
  } else cur.push(a);
}
if (commands.length === 0) {
  console.error("usage: node scripts/profile-threads.mjs -- COMMAND [ARG...] [--- COMMAND [ARG...]]...");
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), "cil-profile-"));
try {
  for (const command of commands) {
    const { table, children } = summarise(record(command, dir));
    let main = 0;
    let others = 0;
    for (const r of table.values()) {
      main += r.main;
      others += r.others;
    }
    console.log(`\n${command.join(" ")}\n  CPU (ms, perf's cpu-clock)                                                  main thread  other threads`);
    for (const [k, r] of table) console.log(`  ${k.padEnd(80)} ${r.main.toFixed(0).padStart(6)} ${r.others.toFixed(0).padStart(13)}`);
    console.log(`  ${"all".padEnd(80)} ${main.toFixed(0).padStart(6)} ${others.toFixed(0).padStart(13)}`);
    if (children > 0) console.log(`  child processes (git, helm, kubectl): ${children.toFixed(0)} ms`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
