import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cpuQuota, threadPlan } from "../../src/load/threads.js";

/**
 * Reading on several threads (`--concurrency`, src/load/threads.ts). The threads beside the main
 * one run dist/chunks/read-worker.js, which only the build makes, so these tests run the built
 * CLI (test/dist/dist.test.ts checks it is what the sources build). Whatever the files, the
 * report is the one a single thread gives, byte for byte: the threads only read and scan, and
 * leave to the main thread every file that is not ASCII with LF or CRLF line ends, that the fast
 * reader declines, or that cannot be read, which it reads as it would alone.
 */

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin/calico-ipam-lint.js");

/** A repository of `n` small manifests, with one of each kind of file the threads leave to the main one. */
function repository(n = 3000): string {
  const dir = mkdtempSync(join(tmpdir(), "cil-threads-"));
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `team-${i % 7}`);
    mkdirSync(sub, { recursive: true });
    // Every tenth pod pins an address outside the pool (a finding); every 50th one another's address.
    const ip = i % 10 === 0 ? `192.168.${i % 250}.${i % 200}` : i % 50 === 1 ? "10.1.0.5" : `10.1.${(i >> 8) & 255}.${i & 255}`;
    const text = `# ${"owned by the platform team; ".repeat(8)}\napiVersion: v1\nkind: Pod\nmetadata:\n  name: pod-${i}\n  namespace: ns-${i % 5}\n  annotations:\n    cni.projectcalico.org/ipAddrs: '["${ip}"]'\nspec:\n  containers:\n    - name: app\n      image: nginx\n`;
    // Every ninth with CRLF line ends (a checkout on Windows), which the threads scan too.
    writeFileSync(join(sub, `pod-${i}.yaml`), i % 9 === 0 ? text.replaceAll("\n", "\r\n") : text);
  }
  writeFileSync(join(dir, "pool.yaml"), "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: pool-a\nspec:\n  cidr: 10.1.0.0/16\n  blockSize: 26\n");
  // Not ASCII, CRLF line ends and a tab, an anchor the fast reader declines, empty, broken YAML.
  writeFileSync(join(dir, "team-1", "café.yaml"), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: café\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"172.16.0.1\"]'\nspec:\n  containers: []\n");
  writeFileSync(join(dir, "team-2", "crlf.yaml"), "apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: crlf\r\n  labels:\r\n    note: \"a\tb\"\r\n  annotations:\r\n    cni.projectcalico.org/ipAddrs: 10.1.0.5\r\n");
  writeFileSync(join(dir, "team-3", "anchor.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: &m\n  name: anchored\n  annotations:\n    cni.projectcalico.org/ipv4pools: '[\"nope\"]'\nspec:\n  containers: []\n");
  writeFileSync(join(dir, "team-4", "empty.yaml"), "");
  writeFileSync(join(dir, "team-5", "broken.yaml"), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [broken\n");
  return dir;
}

const lint = (cwd: string, args: string[], bin = BIN) =>
  spawnSync(process.execPath, [bin, ".", "-f", "json", "--render", "never", ...args], { cwd, encoding: "utf8", env: { ...process.env, TIMING: "1" }, maxBuffer: 64 * 1024 * 1024 });

describe("reading on several threads (--concurrency)", () => {
  const repo = repository();
  const alone = lint(repo, ["--concurrency", "off"]);

  it("gives the report one thread gives, byte for byte, with threads that did read", () => {
    expect(alone.status).toBe(1);
    const findings = (JSON.parse(alone.stdout) as { messages: { ruleId: string }[] }[]).flatMap((r) => r.messages.map((m) => m.ruleId));
    // The files the threads leave to the main thread are read: their findings are there.
    expect(findings).toEqual(expect.arrayContaining(["ip-outside-pool", "duplicate-static-ip", "yaml-syntax", "unknown-pool"]));
    expect(alone.stderr).toMatch(/reading and parsing {2,}\|/);
    const threaded = lint(repo, ["--concurrency", "2"]);
    expect(threaded.status).toBe(alone.status);
    expect(threaded.stdout).toBe(alone.stdout);
    // Two threads read: the main one and one beside it, which took chunks.
    expect(threaded.stderr).toContain("reading and parsing (2 threads)");
  }, 60_000);

  it("leaves the same files unread past --max-input-size (decided file by file, in order, on one thread)", () => {
    const args = ["--max-input-size", "1"];
    const one = lint(repo, [...args, "--concurrency", "off"]);
    const more = lint(repo, [...args, "--concurrency", "3"]);
    expect(one.status).toBe(2);
    expect(more.status).toBe(2);
    expect(more.stdout).toBe(one.stdout);
    expect(one.stdout).toContain("the run reached its limit of 1 MiB");
  }, 60_000);

  it("reads on the main thread the chunks of a thread that failed", () => {
    // A copy of the package whose reading thread takes a chunk (the shared counter's first slot,
    // src/load/read.ts NEXT) and dies before posting it.
    const pkg = mkdtempSync(join(tmpdir(), "cil-threads-pkg-"));
    for (const p of ["package.json", "bin", "dist"]) cpSync(join(ROOT, p), join(pkg, p), { recursive: true });
    writeFileSync(join(pkg, "dist/chunks/read-worker.js"), 'import { workerData } from "node:worker_threads";\nAtomics.add(workerData.shared, 0, 1);\nprocess.exit(3);\n');
    const failed = lint(repo, ["--concurrency", "2"], join(pkg, "bin/calico-ipam-lint.js"));
    expect(failed.stdout).toBe(alone.stdout);
    expect(failed.status).toBe(alone.status);
    expect(failed.stderr).toMatch(/reading and parsing {2,}\|/);
  }, 60_000);

  it("reads on threads through the library's bundle too, with the same findings", () => {
    const script = (concurrency: string) =>
      `import { lint } from ${JSON.stringify(join(ROOT, "dist/index.js"))}; const r = await lint({ paths: ["."], layout: false, concurrency: ${concurrency} }); console.log(JSON.stringify(r.results.map((f) => [f.path, f.findings.map((x) => [x.ruleId, x.line, x.column])])));`;
    const run = (c: string) => spawnSync(process.execPath, ["--input-type=module", "-e", script(c)], { cwd: repo, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const one = run('"off"');
    const two = run("2");
    expect(one.stderr).toBe("");
    expect(two.stderr).toBe("");
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
  }, 60_000);

  it("finds the reading thread's module from every bundle that may start it (the CLI's chunk, the library, the Action)", () => {
    const dist = join(ROOT, "dist");
    const bundles = [join(dist, "index.js"), join(dist, "action/index.js"), ...readdirSync(join(dist, "chunks")).map((f) => join(dist, "chunks", f))];
    const starts = bundles.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/new URL\(\s*"([^"]*read-worker\.js)",\s*import\.meta\.url\)/g)].map((m) => ({ file, at: resolve(dirname(file), m[1] as string) })));
    expect(starts.map((s) => relative(dist, s.file).replace(/-[A-Z0-9]{8}\.js$/, ".js")).sort()).toEqual(["action/index.js", "chunks/chunk.js", "index.js"]);
    for (const s of starts) expect(existsSync(s.at), `${s.file} starts ${s.at}`).toBe(true);
  });

  it("rejects a --concurrency that is not auto, off or a whole number", () => {
    const r = lint(repo, ["--concurrency", "0"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--concurrency takes auto, off or a whole number of threads, not "0"');
  });
});

describe("how many threads auto starts", () => {
  it("one per CPU past two (the main thread's and V8's), of the cores and of the container's quota (cgroup v2 cpu.max, else v1)", () => {
    const files = (f: Record<string, string>) => (p: string): string => {
      if (!(p in f)) throw new Error(`ENOENT ${p}`);
      return f[p] as string;
    };
    expect(cpuQuota(files({ "/sys/fs/cgroup/cpu.max": "max 100000\n" }))).toBe(Infinity);
    expect(cpuQuota(files({ "/sys/fs/cgroup/cpu.max": "150000 100000\n" }))).toBe(1.5);
    expect(cpuQuota(files({ "/sys/fs/cgroup/cpu/cpu.cfs_quota_us": "-1\n", "/sys/fs/cgroup/cpu/cpu.cfs_period_us": "100000\n" }))).toBe(Infinity);
    expect(cpuQuota(files({ "/sys/fs/cgroup/cpu/cpu.cfs_quota_us": "200000\n", "/sys/fs/cgroup/cpu/cpu.cfs_period_us": "100000\n" }))).toBe(2);
    expect(cpuQuota(files({}))).toBe(Infinity);
    // Two CPUs of quota or fewer: no thread beside the main one, whatever the cores.
    expect(threadPlan("auto", () => 2.5).threads).toBe(0);
    expect(threadPlan("auto", () => Infinity).threads).toBe(Math.max(0, Math.min(3, availableParallelism() - 2)));
    expect(threadPlan("auto", () => 3).threads).toBe(Math.max(0, Math.min(1, availableParallelism() - 2)));
    expect(threadPlan("auto").always).toBe(false);
    expect(threadPlan("off")).toEqual({ threads: 0, always: false });
    // A number is taken as asked, up to one thread per core.
    expect(threadPlan(6, () => 1)).toEqual({ threads: Math.min(6, availableParallelism()) - 1, always: true });
    expect(threadPlan(1)).toEqual({ threads: 0, always: true });
  });
});
