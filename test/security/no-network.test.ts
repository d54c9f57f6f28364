import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTION_MAIN, BIN, commitAll, copyExample, KUBECTL_PODS, LIBRARY, lines, ROOT, runProcess, straceWorks, VERSION, type Proc } from "./helpers.js";

/**
 * Nothing reached: no mode of the tool opens a socket. Every run is the real thing, a child process
 * as users (bin/calico-ipam-lint.js), the GitHub runner (dist/action/index.js) and library users
 * (dist/index.js) start it, with network-trap.mjs preloaded through NODE_OPTIONS: each way of
 * reaching the network (net, tls, dgram, dns, http, https, http2, fetch) records the attempt in a
 * file and throws. Where strace can trace, each run is also traced for the socket system calls
 * themselves (socket, connect, bind, listen, accept, send/recv with an address), which catches
 * what no JavaScript trap can: native code, and the processes the tool starts (git). Two control
 * runs prove both traps catch a real connection to a local server.
 */

const TRAP = join(import.meta.dirname, "network-trap.mjs");
const STRACE = straceWorks();
/** System calls that make or use a network socket. socketpair(AF_UNIX) is how Node pipes a child's stdio: allowed. */
const NETWORK_CALL = /^\d+\s+(?:<\.\.\. )?(socket|connect|bind|listen|accept4?|sendto|sendmsg|sendmmsg|recvfrom|recvmsg|recvmmsg)\(/;

interface Trapped extends Proc {
  /** Lines the JavaScript trap wrote: one per attempt to reach the network. */
  attempts: string[];
  /** One line per process that loaded the trap. */
  loaded: string[];
  /** Network system calls strace saw (empty when strace cannot run here). */
  syscalls: string[];
  /** The run's own scratch directory (HOME, RUNNER_TEMP, report files). */
  dir: string;
}

/** Run `node <args>` with the trap preloaded (and under strace when it can trace). */
async function trapped(args: string[], opts: { cwd: string; stdin?: string; env?: Record<string, string> }): Promise<Trapped> {
  const dir = mkdtempSync(join(tmpdir(), "cil-net-run-"));
  const attemptsLog = join(dir, "attempts.log");
  const loadedLog = join(dir, "loaded.log");
  const straceLog = join(dir, "strace.log");
  const env: Record<string, string> = {
    PATH: process.env["PATH"] ?? "",
    HOME: dir,
    NODE_OPTIONS: `--import=${pathToFileURL(TRAP).href}`,
    CIL_NET_TRAP_LOG: attemptsLog,
    CIL_NET_TRAP_LOADED: loadedLog,
    ...opts.env,
  };
  const [command, argv] = STRACE ? ["strace", ["-f", "-qq", "-e", "trace=%network", "-o", straceLog, process.execPath, ...args]] : [process.execPath, args];
  const r = await runProcess(command, argv as string[], { cwd: opts.cwd, env, ...(opts.stdin !== undefined ? { stdin: opts.stdin } : {}) });
  const syscalls = lines(straceLog).filter((l) => NETWORK_CALL.test(l));
  return { ...r, attempts: lines(attemptsLog), loaded: lines(loadedLog), syscalls, dir };
}

/** The run reached nothing, and the trap was in place to see it if it had. */
function expectNoNetwork(r: Trapped, processes = 1): void {
  expect(r.attempts).toEqual([]);
  expect(r.syscalls).toEqual([]);
  expect(r.loaded.length, `the trap was loaded in ${String(r.loaded.length)} processes; stderr:\n${r.stderr}`).toBe(processes);
}

type JsonFile = { filePath: string; messages: { ruleId: string }[] };
const ruleIds = (stdout: string): string[] => (JSON.parse(stdout) as JsonFile[]).flatMap((f) => f.messages.map((m) => m.ruleId));
const filesWithFindings = (stdout: string, root: string): string[] =>
  (JSON.parse(stdout) as JsonFile[]).filter((f) => f.messages.length > 0).map((f) => f.filePath.slice(root.length + 1));

const BAD_POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: late\n  namespace: default\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.244.64.300\"]'\n";

/**
 * base/repo: the example GitOps repository (plus a file --fix fixes), committed, with one file
 * added since (apps/late.yaml). base/inputs: what the options read, outside the linted tree.
 */
let base = "";
let repo = "";
let inputs = "";

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), "cil-net-"));
  repo = copyExample(join(base, "repo"));
  commitAll(repo);
  inputs = join(base, "inputs");
  mkdirSync(inputs);
  const written = spawnSync(process.execPath, [BIN, ".", "--write-baseline", join(inputs, "baseline.json")], { cwd: repo, encoding: "utf8" });
  expect(written.status).toBe(0);
  writeFileSync(join(repo, "apps/late.yaml"), BAD_POD);
  copyFileSync(KUBECTL_PODS, join(inputs, "pods.json"));
  copyFileSync(join(repo, "cluster/ippools.yaml"), join(inputs, "ippools.yaml"));
  // A configuration naming its schema by URL: read for what it says, never fetched.
  writeFileSync(
    join(inputs, "config.yaml"),
    "$schema: https://raw.githubusercontent.com/calico-ipam-lint/calico-ipam-lint/main/schema/calico-ipam-lint.schema.json\nfeatureFlags: {ipAddrsNoIpam: true}\nrules:\n  invalid-ip: warn\n",
  );
});

interface Case {
  name: string;
  run: () => Promise<Trapped>;
  check: (r: Trapped) => void;
}

const lint = (args: string[], opts: { stdin?: string; cwd?: string } = {}) => () => trapped([BIN, ...args], { cwd: opts.cwd ?? repo, ...(opts.stdin !== undefined ? { stdin: opts.stdin } : {}) });

const formats: Case[] = [
  { name: "stylish", run: lint([".", "-f", "stylish"]), check: (r) => expect(r.stdout).toContain("apps/monitoring/agents.yaml") },
  { name: "json", run: lint([".", "-f", "json"]), check: (r) => expect(ruleIds(r.stdout)).toContain("annotation-placement") },
  { name: "sarif", run: lint([".", "-f", "sarif"]), check: (r) => expect((JSON.parse(r.stdout) as { runs: { results: unknown[] }[] }).runs[0]!.results.length).toBeGreaterThan(10) },
  { name: "github", run: lint([".", "-f", "github"]), check: (r) => expect(r.stdout).toMatch(/^::error /m) },
  { name: "junit", run: lint([".", "-f", "junit"]), check: (r) => expect(r.stdout).toContain("<testsuites") },
  { name: "html", run: lint([".", "-f", "html"]), check: (r) => expect(r.stdout).toContain("<!doctype html>") },
];

const modes: Case[] = [
  ...formats.map((c) => ({ ...c, name: `lint -f ${c.name}`, check: (r: Trapped) => (expect(r.status).toBe(1), c.check(r)) })),
  {
    name: "lint -f json -o <file> -f sarif -o <file>",
    run: async () => {
      const dir = mkdtempSync(join(tmpdir(), "cil-net-out-"));
      const r = await trapped([BIN, repo, "-f", "json", "-o", join(dir, "r.json"), "-f", "sarif", "-o", join(dir, "r.sarif")], { cwd: dir });
      return { ...r, dir };
    },
    check: (r) => {
      expect(r.status).toBe(1);
      expect(ruleIds(readFileSync(join(r.dir, "r.json"), "utf8"))).toContain("invalid-ip");
      expect(JSON.parse(readFileSync(join(r.dir, "r.sarif"), "utf8"))).toHaveProperty("runs");
    },
  },
  {
    name: "lint - (standard input) --stdin-filename",
    run: lint(["-", "--stdin-filename", "rendered.yaml", "-f", "json"], { stdin: BAD_POD }),
    check: (r) => (expect(r.status).toBe(1), expect(ruleIds(r.stdout)).toEqual(["invalid-ip"])),
  },
  { name: "--quiet --max-warnings 0", run: lint([".", "--quiet", "--max-warnings", "0"]), check: (r) => (expect(r.status).toBe(1), expect(r.stdout).toContain("error")) },
  { name: "--fix-dry-run", run: lint([".", "--fix-dry-run"]), check: (r) => (expect(r.status).toBe(1), expect(r.stdout).toContain("+++ b/apps/fixable.yaml")) },
  {
    name: "--fix (on its own copy)",
    run: () => {
      const own = copyExample(join(mkdtempSync(join(tmpdir(), "cil-net-fix-")), "repo"));
      return trapped([BIN, ".", "--fix"], { cwd: own });
    },
    check: (r) => (expect(r.status).toBe(1), expect(r.stderr).toMatch(/fixed \d+ problems in 3 files/)),
  },
  {
    name: "--write-baseline",
    run: async () => {
      const dir = mkdtempSync(join(tmpdir(), "cil-net-bl-"));
      const r = await trapped([BIN, repo, "--write-baseline", join(dir, "b.json")], { cwd: dir });
      return { ...r, dir };
    },
    check: (r) => (expect(r.status).toBe(0), expect(r.stderr).toContain("to the baseline"), expect(readFileSync(join(r.dir, "b.json"), "utf8").length).toBeGreaterThan(100)),
  },
  {
    name: "--baseline",
    run: () => lint([".", "--baseline", join(inputs, "baseline.json"), "-f", "json"])(),
    // apps/late.yaml came after the baseline: its finding alone is new.
    check: (r) => (expect(r.status).toBe(1), expect(filesWithFindings(r.stdout, repo)).toEqual(["apps/late.yaml"])),
  },
  {
    name: "--pools",
    run: () => lint(["apps", "--pools", join(inputs, "ippools.yaml"), "-f", "json"])(),
    check: (r) => (expect(r.status).toBe(1), expect(ruleIds(r.stdout)).toContain("invalid-ip")),
  },
  {
    name: "--in-use",
    run: () => lint([".", "--in-use", join(inputs, "pods.json"), "-f", "json"])(),
    check: (r) => (expect(r.status).toBe(1), expect(ruleIds(r.stdout).length).toBeGreaterThan(0)),
  },
  {
    name: "--changed-since HEAD (runs git)",
    run: lint([".", "--changed-since", "HEAD", "-f", "json"]),
    check: (r) => (expect(r.status).toBe(1), expect(filesWithFindings(r.stdout, repo)).toEqual(["apps/late.yaml"])),
  },
  {
    name: "--config (a $schema URL in it)",
    run: () => lint([".", "--config", join(inputs, "config.yaml"), "-f", "json"])(),
    check: (r) => {
      expect(ruleIds(r.stdout)).not.toContain("feature-flag-required");
      expect(ruleIds(r.stdout)).toContain("invalid-ip");
    },
  },
  { name: "--help", run: lint(["--help"]), check: (r) => (expect(r.status).toBe(0), expect(r.stdout).toContain("Usage: calico-ipam-lint")) },
  { name: "--version", run: lint(["--version"]), check: (r) => (expect(r.status).toBe(0), expect(r.stdout).toBe(`${VERSION}\n`)) },
  {
    name: "plan (markdown to a file, text to standard output)",
    run: async () => {
      const dir = mkdtempSync(join(tmpdir(), "cil-net-plan-"));
      const r = await trapped([BIN, "plan", repo, "--nodes", "3", "-f", "markdown", "-o", join(dir, "plan.md"), "-f", "text"], { cwd: dir });
      return { ...r, dir };
    },
    check: (r) => {
      expect(r.status).toBe(1);
      expect(r.stdout).toContain("Static addresses");
      expect(readFileSync(join(r.dir, "plan.md"), "utf8")).toContain("| `static-ipv4` |");
    },
  },
  { name: "plan -f json", run: lint(["plan", ".", "-f", "json"]), check: (r) => (expect(r.status).toBe(1), expect(JSON.parse(r.stdout)).toHaveProperty("pools")) },
  {
    name: "gate - (standard input)",
    run: () => lint(["gate", "-"], { stdin: readFileSync(join(repo, "apps/web/frontend.yaml"), "utf8") })(),
    check: (r) => (expect(r.status).toBe(0), expect(r.stdout).toBe(readFileSync(join(repo, "apps/web/frontend.yaml"), "utf8"))),
  },
  { name: "gate (the working directory's manifests)", run: lint(["gate", "--recurse"]), check: (r) => (expect(r.status).toBe(1), expect(r.stdout).toBe(""), expect(r.stderr).toContain("invalid-ip")) },
];

describe("no mode of the CLI opens a socket", () => {
  it.concurrent.each(modes.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const r = await c.run();
    expectNoNetwork(r);
    c.check(r);
  });

  it.concurrent("gate -- <generator>: the generator (a node process, trapped too) and the CLI reach nothing", async () => {
    const generator = `process.stdout.write(require("node:fs").readFileSync("apps/web/frontend.yaml", "utf8"))`;
    const r = await trapped([BIN, "gate", "--", process.execPath, "-e", generator], { cwd: repo });
    expectNoNetwork(r, 2);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(repo, "apps/web/frontend.yaml"), "utf8"));
  });
});

describe("the GitHub Action and the library open no socket", () => {
  it.concurrent("dist/action/index.js as the runner runs it (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY)", async () => {
    const ws = copyExample(join(mkdtempSync(join(tmpdir(), "cil-net-action-")), "ws"));
    const runnerTemp = mkdtempSync(join(tmpdir(), "cil-net-runner-"));
    const outputFile = join(runnerTemp, "output.txt");
    const summaryFile = join(runnerTemp, "summary.md");
    writeFileSync(outputFile, "");
    writeFileSync(summaryFile, "");
    const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as { inputs: Record<string, { default?: string }> };
    const env: Record<string, string> = {
      CI: "true",
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: ws,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_API_URL: "https://api.github.com",
      GITHUB_REPOSITORY: "acme/gitops",
      GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
      RUNNER_TEMP: runnerTemp,
    };
    for (const [name, spec] of Object.entries(action.inputs)) env[`INPUT_${name.toUpperCase()}`] = spec.default ?? "";
    env["INPUT_FORMAT"] = "github";
    const r = await trapped([ACTION_MAIN], { cwd: ws, env });
    expectNoNetwork(r);
    expect(r.status).toBe(1);
    expect(readFileSync(outputFile, "utf8")).toMatch(/^error-count<</m);
    expect(readFileSync(summaryFile, "utf8")).toContain("### Calico IPAM plan");
    expect(readFileSync(join(runnerTemp, "calico-ipam-lint.sarif"), "utf8")).toContain('"ruleId"');
  });

  it.concurrent("dist/index.js lintPaths", async () => {
    const script = `import { lintPaths } from ${JSON.stringify(pathToFileURL(LIBRARY).href)};\nconst out = await lintPaths(["."]);\nconsole.log(out.results.reduce((n, r) => n + r.findings.length, 0));\n`;
    const r = await trapped(["--input-type=module", "-e", script], { cwd: repo });
    expectNoNetwork(r);
    expect(r.status).toBe(0);
    expect(Number(r.stdout.trim())).toBeGreaterThan(10);
  });
});

describe("the traps catch a real connection (controls: without them the tests above prove nothing)", () => {
  let server: Server;
  let port = 0;
  let connections = 0;
  beforeAll(async () => {
    server = createServer((s) => {
      connections++;
      s.destroy();
    });
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  /** Tries every way the trap covers, each against the local server; prints the names it tried. */
  const CONTROL = `
import { connect, Socket, createServer } from "node:net";
import tls from "node:tls";
import dgram from "node:dgram";
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import http2 from "node:http2";
import { createRequire } from "node:module";
const require = createRequire(${JSON.stringify(join(ROOT, "package.json"))});
const port = Number(process.argv[1]);
const url = "http://127.0.0.1:" + port + "/";
const tries = {
  "net.connect": () => connect(port, "127.0.0.1"),
  "net.createConnection": () => require("node:net").createConnection({ port, host: "127.0.0.1" }),
  "net.Socket.connect": () => new Socket().connect(port, "127.0.0.1"),
  "net.Server.listen": () => createServer().listen(0, "127.0.0.1"),
  "tls.connect": () => tls.connect(port, "127.0.0.1"),
  "dgram.createSocket": () => dgram.createSocket("udp4"),
  "dns.lookup": () => dns.lookup("localhost", () => undefined),
  "dns.promises.resolve4": () => dns.promises.resolve4("localhost"),
  "dns.Resolver.resolve4": () => new dns.Resolver().resolve4("localhost", () => undefined),
  "http.get": () => http.get(url),
  "https.request": () => https.request("https://127.0.0.1:" + port + "/"),
  "http2.connect": () => http2.connect(url),
  "fetch": () => fetch(url),
  "new http.ClientRequest (below http.request)": () => new http.ClientRequest(url),
  "the undici package (as bundled in the Action)": () => require("undici").request(url),
};
for (const [name, attempt] of Object.entries(tries)) {
  try {
    const r = attempt();
    r?.catch?.(() => undefined);
    r?.on?.("error", () => undefined);
  } catch {}
  console.log(name);
}
setTimeout(() => undefined, 300);
`;

  it("the JavaScript trap records every way of connecting, and the connection never happens", async () => {
    const r = await trapped(["--input-type=module", "-e", CONTROL, String(port)], { cwd: ROOT });
    expect(r.status, r.stderr).toBe(0);
    expect(r.loaded).toHaveLength(1);
    expect(r.stdout.trim().split("\n")).toHaveLength(15);
    const caught = r.attempts.map((l) => l.split(" ")[1]);
    expect(caught).toEqual([
      "net.connect",
      "net.createConnection",
      "net.Socket.connect",
      "net.Server.listen",
      "tls.connect",
      "dgram.createSocket",
      "dns.lookup",
      "dns.promises.resolve4",
      "dns.Resolver.resolve4",
      "http.get",
      "https.request",
      "http2.connect",
      "fetch",
      // Code that bypasses the patched names still ends in net.Socket#connect or net.connect.
      "net.Socket.connect",
      "net.connect",
    ]);
    expect(r.attempts[0]).toContain(`${String(port)} 127.0.0.1`);
    expect(r.syscalls).toEqual([]);
    expect(connections).toBe(0);
  });

  it.runIf(STRACE)("strace sees a connection the JavaScript trap is not there to stop", async () => {
    const script = `const s = require("node:net").connect(${String(port)}, "127.0.0.1", () => s.end()); s.on("error", () => undefined);`;
    const before = connections;
    const r = await trapped(["-e", script], { cwd: ROOT, env: { NODE_OPTIONS: "" } });
    expect(r.status).toBe(0);
    expect(r.loaded).toEqual([]);
    expect(r.syscalls.some((l) => /connect\(.*127\.0\.0\.1/.test(l) && l.includes(`htons(${String(port)})`))).toBe(true);
    await expect.poll(() => connections).toBe(before + 1);
  });
});
