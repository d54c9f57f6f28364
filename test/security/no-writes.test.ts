import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { ACTION_MAIN, BIN, commitAll, copyExample, FIXABLE, KUBECTL_PODS, ROOT, runProcess, VERSION, type Proc } from "./helpers.js";

/**
 * Nothing lost: no mode writes to the user's files unless told to (--fix, --write-baseline,
 * --output-file), and those write only what they name, with no temporary file left behind.
 *
 * Each run is the real CLI (`node bin/calico-ipam-lint.js`) in a copy of the example GitOps
 * repository (a git repository, with a file --fix fixes), with HOME and TMPDIR inside the
 * directory that holds the tree, so that one snapshot covers the tree, its .git, the directory
 * above the working directory, a sibling directory the options read from, home and the temporary
 * directory. The snapshot holds every path with its type, content hash, size, mode, inode, mtimeMs
 * and ctimeMs: a file rewritten with the same bytes, or replaced by a rename, still shows.
 */

interface Entry {
  type: "file" | "dir" | "link" | "other";
  mode: number;
  size: number;
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
  hash?: string;
  target?: string;
}
type Snapshot = Map<string, Entry>;

function snapshot(root: string): Snapshot {
  const out: Snapshot = new Map();
  const visit = (path: string): void => {
    const st = lstatSync(path);
    const type = st.isFile() ? "file" : st.isDirectory() ? "dir" : st.isSymbolicLink() ? "link" : "other";
    const entry: Entry = { type, mode: st.mode, size: st.size, ino: st.ino, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs };
    if (type === "file") entry.hash = createHash("sha256").update(readFileSync(path)).digest("hex");
    if (type === "link") entry.target = readlinkSync(path);
    out.set(relative(root, path) || ".", entry);
    if (type === "dir") for (const name of readdirSync(path).sort()) visit(join(path, name));
  };
  visit(root);
  return out;
}

/** What changed, one line per path: `+ new`, `- gone`, `~ changed: fields`. */
function changes(before: Snapshot, after: Snapshot): string[] {
  const out: string[] = [];
  for (const [p, a] of after) {
    const b = before.get(p);
    if (!b) out.push(`+ ${p}`);
    else {
      // A directory's entries are paths of their own; its size depends on the file system.
      const fields = (Object.keys(a) as (keyof Entry)[]).filter((k) => a[k] !== b[k] && !(k === "size" && a.type === "dir"));
      if (fields.length > 0) out.push(`~ ${p}: ${fields.join(",")}`);
    }
  }
  for (const p of before.keys()) if (!after.has(p)) out.push(`- ${p}`);
  return out.sort();
}

const changedPaths = (lines: string[]): string[] => lines.map((l) => l.slice(2).split(":")[0]!);

interface Tree {
  /** Holds everything below; the working directory's parent. */
  base: string;
  /** The linted repository and working directory (base/repo). */
  repo: string;
  /** Files the options read, outside the tree (base/outside). */
  outside: string;
  home: string;
  tmp: string;
}

/** A new copy of the example repository, committed, and what the options read. */
async function makeTree(): Promise<Tree> {
  const base = mkdtempSync(join(tmpdir(), "cil-writes-"));
  const repo = copyExample(join(base, "repo"));
  chmodSync(join(repo, "apps/fixable.yaml"), 0o640);
  commitAll(repo);
  // A tracked file touched, not edited: its stat data no longer matches .git/index. `git diff`
  // reads it again and writes the index back (even with GIT_OPTIONAL_LOCKS=0); the run must not.
  const then = new Date(Date.now() - 3_600_000);
  utimesSync(join(repo, "apps/web/frontend.yaml"), then, then);
  const outside = join(base, "outside");
  const home = join(base, "home");
  const tmp = join(base, "tmp");
  for (const d of [outside, home, tmp]) mkdirSync(d);
  copyFileSync(KUBECTL_PODS, join(outside, "pods.json"));
  copyFileSync(join(repo, "cluster/ippools.yaml"), join(outside, "ippools.yaml"));
  writeFileSync(join(outside, "config.yaml"), "featureFlags: {ipAddrsNoIpam: true}\nrules:\n  invalid-ip: warn\n");
  writeFileSync(join(outside, "warn.yaml"), "rules:\n  ip-outside-pod-cidr: warn\n");
  const tree = { base, repo, outside, home, tmp };
  const written = await cliIn(tree, [".", "--write-baseline", join(outside, "baseline.json")]);
  expect(written.status).toBe(0);
  // Added since the last commit and since the baseline: --changed-since and --baseline report it alone.
  writeFileSync(join(repo, "apps/late.yaml"), LATE_POD);
  return tree;
}

function cliIn(tree: Tree, args: string[], stdin?: string): Promise<Proc> {
  const env = { PATH: process.env["PATH"] ?? "", HOME: tree.home, TMPDIR: tree.tmp };
  return runProcess(process.execPath, [BIN, ...args], { cwd: tree.repo, env, ...(stdin !== undefined ? { stdin } : {}) });
}

/** Run the CLI in the tree; return what it printed and what changed under base. */
async function observed(tree: Tree, args: string[], stdin?: string): Promise<Proc & { changes: string[] }> {
  const before = snapshot(tree.base);
  const r = await cliIn(tree, args, stdin);
  return { ...r, changes: changes(before, snapshot(tree.base)) };
}

const LATE_POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: late\n  namespace: default\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.244.64.301\"]'\n";
const BAD_POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: piped\n  namespace: default\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.244.64.300\"]'\n";

interface Case {
  name: string;
  args: (t: Tree) => string[];
  stdin?: (t: Tree) => string;
  status: number;
  /** What the run printed: proof it did its job. */
  check: (r: Proc, t: Tree) => void;
}

type JsonFile = { filePath: string; messages: { ruleId: string }[] };
const ruleIds = (stdout: string): string[] => (JSON.parse(stdout) as JsonFile[]).flatMap((f) => f.messages.map((m) => m.ruleId));
const frontend = (t: Tree): string => readFileSync(join(t.repo, "apps/web/frontend.yaml"), "utf8");

const READ_ONLY: Case[] = [
  { name: "lint (stylish, the default)", args: () => [], status: 1, check: (r) => expect(r.stdout).toContain("apps/fixable.yaml") },
  { name: "lint -f json", args: () => [".", "-f", "json"], status: 1, check: (r) => expect(ruleIds(r.stdout)).toContain("annotation-json") },
  { name: "lint -f sarif", args: () => [".", "-f", "sarif"], status: 1, check: (r) => expect(JSON.parse(r.stdout)).toHaveProperty("runs") },
  { name: "lint -f github", args: () => [".", "-f", "github"], status: 1, check: (r) => expect(r.stdout).toMatch(/^::error /m) },
  { name: "lint -f junit", args: () => [".", "-f", "junit"], status: 1, check: (r) => expect(r.stdout).toContain("<testsuites") },
  { name: "lint -f html", args: () => [".", "-f", "html"], status: 1, check: (r) => expect(r.stdout).toContain("<!doctype html>") },
  { name: "--fix-dry-run", args: () => [".", "--fix-dry-run"], status: 1, check: (r) => expect(r.stdout).toContain("+++ b/apps/fixable.yaml") },
  {
    name: "--fix-dry-run on standard input named as a fixable file of the tree",
    args: () => ["-", "--fix-dry-run", "--stdin-filename", "apps/fixable.yaml"],
    stdin: () => FIXABLE,
    status: 0,
    check: (r) => expect(r.stdout).toContain("+++ b/apps/fixable.yaml"),
  },
  {
    name: "lint - (standard input) --stdin-filename of a file in the tree",
    args: () => ["-", "--stdin-filename", "apps/web/frontend.yaml", "-f", "json"],
    stdin: () => BAD_POD,
    status: 1,
    check: (r) => expect(ruleIds(r.stdout)).toEqual(["invalid-ip"]),
  },
  { name: "--quiet", args: () => [".", "--quiet"], status: 1, check: (r) => expect(r.stdout).toContain("error") },
  {
    name: "--max-warnings 0",
    args: (t) => ["apps/web", "--context", "cluster", "--config", join(t.outside, "warn.yaml"), "--max-warnings", "0"],
    status: 1,
    check: (r) => (expect(r.stdout).toContain("5 warnings"), expect(r.stderr).toContain("5 warnings, more than --max-warnings 0")),
  },
  { name: "--baseline (reading)", args: (t) => [".", "--baseline", join(t.outside, "baseline.json"), "-f", "json"], status: 1, check: (r) => expect(ruleIds(r.stdout)).toEqual(["invalid-ip"]) },
  { name: "--in-use", args: (t) => [".", "--in-use", join(t.outside, "pods.json"), "-f", "json"], status: 1, check: (r) => expect(ruleIds(r.stdout).length).toBeGreaterThan(0) },
  { name: "--pools", args: (t) => ["apps", "--pools", join(t.outside, "ippools.yaml"), "-f", "json"], status: 1, check: (r) => expect(ruleIds(r.stdout)).toContain("invalid-ip") },
  {
    name: "--config",
    args: (t) => [".", "--config", join(t.outside, "config.yaml"), "-f", "json"],
    status: 1,
    check: (r) => expect(ruleIds(r.stdout)).not.toContain("feature-flag-required"),
  },
  {
    // git runs here: it must not refresh .git/index (the snapshot covers .git).
    name: "--changed-since HEAD (git)",
    args: () => [".", "--changed-since", "HEAD", "-f", "json"],
    status: 1,
    check: (r) => expect(ruleIds(r.stdout)).toEqual(["invalid-ip"]),
  },
  { name: "plan", args: () => ["plan"], status: 1, check: (r) => expect(r.stdout).toContain("Static addresses") },
  { name: "plan -f json", args: () => ["plan", ".", "-f", "json"], status: 1, check: (r) => expect(JSON.parse(r.stdout)).toHaveProperty("pools") },
  { name: "gate (directory mode)", args: () => ["gate", "--recurse"], status: 1, check: (r) => (expect(r.stdout).toBe(""), expect(r.stderr).toContain("invalid-ip")) },
  { name: "gate - (standard input)", args: () => ["gate", "-"], stdin: frontend, status: 0, check: (r, t) => expect(r.stdout).toBe(frontend(t)) },
  { name: "gate -- cat <file> (generator)", args: () => ["gate", "--", "cat", "apps/web/frontend.yaml"], status: 0, check: (r, t) => expect(r.stdout).toBe(frontend(t)) },
  { name: "--help", args: () => ["--help"], status: 0, check: (r) => expect(r.stdout).toContain("Usage: calico-ipam-lint") },
  { name: "--version", args: () => ["--version"], status: 0, check: (r) => expect(r.stdout).toBe(`${VERSION}\n`) },
  // Refused: exit 2 before anything is written, the named files included.
  { name: "--fix on standard input (refused)", args: () => ["-", "--fix"], stdin: () => FIXABLE, status: 2, check: (r) => expect(r.stderr).toContain("--fix cannot write standard input back") },
  { name: "--fix with --fix-dry-run (refused)", args: () => [".", "--fix", "--fix-dry-run"], status: 2, check: (r) => expect(r.stderr).not.toBe("") },
  { name: "--fix with --write-baseline (refused)", args: () => [".", "--fix", "--write-baseline", "b.json"], status: 2, check: (r) => expect(r.stderr).toContain("--write-baseline") },
  { name: "--output-file after an unknown format (refused)", args: () => [".", "-f", "nope", "-o", "r.txt"], status: 2, check: (r) => expect(r.stderr).toContain('unknown format "nope"') },
];

describe("no mode writes anything without being asked", () => {
  let tree: Tree;
  let original: Snapshot;
  beforeAll(async () => {
    tree = await makeTree();
    original = snapshot(tree.base);
  });

  for (const c of READ_ONLY) {
    it(`${c.name}: ${["calico-ipam-lint", ...c.args({ base: "", repo: "", outside: "<outside>", home: "", tmp: "" })].join(" ")}`, async () => {
      const r = await observed(tree, c.args(tree), c.stdin?.(tree));
      expect(r.changes, r.stderr).toEqual([]);
      expect(r.status, r.stderr).toBe(c.status);
      c.check(r, tree);
    });
  }

  it("the Action writes only its outputs, summary and SARIF under RUNNER_TEMP, and removes its scratch directory", async () => {
    const runner = join(tree.base, "runner");
    mkdirSync(runner);
    writeFileSync(join(runner, "output.txt"), "");
    writeFileSync(join(runner, "summary.md"), "");
    const before = snapshot(tree.base);
    const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as { inputs: Record<string, { default?: string }> };
    const env: Record<string, string> = {
      PATH: process.env["PATH"] ?? "",
      HOME: tree.home,
      TMPDIR: tree.tmp,
      CI: "true",
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: tree.repo,
      GITHUB_OUTPUT: join(runner, "output.txt"),
      GITHUB_STEP_SUMMARY: join(runner, "summary.md"),
      RUNNER_TEMP: runner,
    };
    for (const [name, spec] of Object.entries(action.inputs)) env[`INPUT_${name.toUpperCase()}`] = spec.default ?? "";
    const r = await runProcess(process.execPath, [ACTION_MAIN], { cwd: tree.repo, env });
    expect(r.status).toBe(1);
    expect(changes(before, snapshot(tree.base))).toEqual([
      "+ runner/calico-ipam-lint.sarif",
      "~ runner/output.txt: size,mtimeMs,ctimeMs,hash",
      "~ runner/summary.md: size,mtimeMs,ctimeMs,hash",
      "~ runner: mtimeMs,ctimeMs",
    ]);
    expect(readFileSync(join(runner, "output.txt"), "utf8")).toMatch(/^error-count<</m);
  });

  it("after all of them, the tree is as it was", () => {
    const now = snapshot(tree.base);
    // Only the Action's RUNNER_TEMP (made by the test) is new.
    expect(changes(original, now).filter((l) => !/^[+~] runner(\/|$|:)/.test(l) && l !== "~ .: mtimeMs,ctimeMs")).toEqual([]);
  });
});

describe("asked-for writes touch only what they name", () => {
  it("--fix rewrites exactly the files --fix-dry-run names, keeps their mode, and leaves nothing else", async () => {
    const tree = await makeTree();
    const dry = await observed(tree, [".", "--fix-dry-run"]);
    expect(dry.changes).toEqual([]);
    const named = [...dry.stdout.matchAll(/^\+\+\+ b\/(.+)$/gm)].map((m) => `repo/${m[1]!}`).sort();
    expect(named).toContain("repo/apps/fixable.yaml");
    expect(named.length).toBeGreaterThan(1);
    const fixed = await observed(tree, [".", "--fix"]);
    expect(fixed.status).toBe(1);
    expect(fixed.stderr).toContain(`in ${String(named.length)} files`);
    // The fixed files, and the directories that hold them (a rename into place changes a directory's mtime).
    const dirs = [...new Set(named.map((p) => p.slice(0, p.lastIndexOf("/"))))];
    expect(changedPaths(fixed.changes).sort()).toEqual([...named, ...dirs].sort());
    for (const l of fixed.changes) expect(l.startsWith("~ "), l).toBe(true);
    for (const d of dirs) expect(fixed.changes).toContain(`~ ${d}: mtimeMs,ctimeMs`);
    expect(statSync(join(tree.base, "repo/apps/fixable.yaml")).mode & 0o777).toBe(0o640);
    expect(readFileSync(join(tree.repo, "apps/fixable.yaml"), "utf8")).toBe(FIXABLE.replace(`"['10.244.64.99']"`, `"[\\"10.244.64.99\\"]"`));
    // Nothing is left to fix, and looking again writes nothing.
    const again = await observed(tree, [".", "--fix-dry-run"]);
    expect(again.stdout).toBe("");
    expect(again.changes).toEqual([]);
  });

  it("--write-baseline creates only the named file (and the directories leading to it)", async () => {
    const tree = await makeTree();
    const r = await observed(tree, [".", "--write-baseline", "b.json"]);
    expect(r.status).toBe(0);
    expect(r.changes).toEqual(["+ repo/b.json", "~ repo: mtimeMs,ctimeMs"]);
    expect(JSON.parse(readFileSync(join(tree.repo, "b.json"), "utf8"))).toBeTypeOf("object");
    const nested = await observed(tree, [".", "--write-baseline", "reports/ci/b.json"]);
    expect(nested.status).toBe(0);
    expect(nested.changes).toEqual(["+ repo/reports", "+ repo/reports/ci", "+ repo/reports/ci/b.json", "~ repo: mtimeMs,ctimeMs"]);
  });

  it("--output-file creates only the named report file; the other format still goes to standard output", async () => {
    const tree = await makeTree();
    const sarif = await observed(tree, [".", "-f", "sarif", "-o", "report.sarif"]);
    expect(sarif.status).toBe(1);
    expect(sarif.stdout).toBe("");
    expect(sarif.changes).toEqual(["+ repo/report.sarif", "~ repo: mtimeMs,ctimeMs"]);
    expect(JSON.parse(readFileSync(join(tree.repo, "report.sarif"), "utf8"))).toHaveProperty("runs");

    const two = await observed(tree, [".", "-f", "stylish", "-f", "json", "-o", join(tree.outside, "report.json")]);
    expect(two.status).toBe(1);
    expect(two.stdout).toContain("apps/fixable.yaml");
    expect(two.changes).toEqual(["+ outside/report.json", "~ outside: mtimeMs,ctimeMs"]);
    expect(ruleIds(readFileSync(join(tree.outside, "report.json"), "utf8"))).toContain("annotation-json");
  });

  it("plan --output-file writes the report of the format just before it, and only that file", async () => {
    const tree = await makeTree();
    const r = await observed(tree, ["plan", "-f", "text", "-f", "markdown", "-o", "plan.md"]);
    expect(r.status).toBe(1);
    expect(r.changes).toEqual(["+ repo/plan.md", "~ repo: mtimeMs,ctimeMs"]);
    expect(readFileSync(join(tree.repo, "plan.md"), "utf8")).toContain("### Calico IPAM plan");
    expect(r.stdout).toContain("Static addresses");
    expect(r.stdout).not.toContain("### Calico IPAM plan");
  });
});
