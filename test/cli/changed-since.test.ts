import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli, tempTree } from "./helpers.js";
import { TOOLS_PATH, withTools } from "../layout/helpers.js";

const pod = (name: string, ip: string, ns?: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ""}  annotations:\n    cni.projectcalico.org/ipAddrs: '["${ip}"]'\n`;
const POOL = "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: static}\nspec: {cidr: 10.0.0.0/24, nodeSelector: '!all()'}\n";

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", ...args], {
    cwd,
    encoding: "utf8",
  });
}

/** A repository with two commits; the second changes the appliance's address. Then uncommitted work. */
function repository(): string {
  const root = tempTree({
    "cluster/pools.yaml": POOL,
    "apps/appliance.yaml": pod("appliance", "10.0.0.1"),
    "apps/old-bad.yaml": pod("old-bad", "10.0.0.300"),
    "apps/printer.yaml": pod("printer", "10.0.0.2"),
  });
  git(root, "init", "-q");
  git(root, "add", ".");
  git(root, "commit", "-q", "-m", "first");
  writeFileSync(join(root, "apps/appliance.yaml"), pod("appliance", "10.0.0.2"));
  git(root, "commit", "-q", "-am", "second");
  // Not committed: a new file, not yet added.
  writeFileSync(join(root, "apps/new-bad.yaml"), pod("new-bad", "10.0.0.400"));
  return root;
}

type JsonFile = { filePath: string; messages: { ruleId: string; line: number; column: number }[] };
const report = (stdout: string, root: string) =>
  (JSON.parse(stdout) as JsonFile[]).map((f) => `${f.filePath.slice(root.length + 1)}: ${f.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`).join(", ")}`);

describe("--changed-since", () => {
  it("reports only files changed since the revision (committed, and untracked), analysing everything", async () => {
    const root = repository();
    const all = await cli([".", "-f", "json"], { cwd: root });
    expect(report(all.stdout, root)).toEqual([
      "apps/appliance.yaml: 6:39 duplicate-static-ip",
      "apps/new-bad.yaml: 6:39 invalid-ip",
      "apps/old-bad.yaml: 6:39 invalid-ip",
      "apps/printer.yaml: 6:39 duplicate-static-ip",
      "cluster/pools.yaml: ",
    ]);
    const r = await cli([".", "--changed-since", "HEAD~1", "-f", "json"], { cwd: root });
    expect(r.code).toBe(1);
    // printer.yaml did not change: its side of the duplicate is not reported, the changed side is.
    expect(report(r.stdout, root)).toEqual(["apps/appliance.yaml: 6:36 annotation-on-existing-pod, 6:39 duplicate-static-ip", "apps/new-bad.yaml: 6:39 invalid-ip"]);
  });

  it("always reports standard input", async () => {
    const root = repository();
    const r = await cli(["-", "--stdin-filename", "rendered.yaml", "--changed-since", "HEAD~1", "-f", "json"], { cwd: root, stdin: pod("x", "10.0.0.500") });
    expect(report(r.stdout, root)).toEqual(["rendered.yaml: 6:39 invalid-ip"]);
  });

  it("works from a subdirectory of the repository", async () => {
    const root = repository();
    const apps = join(root, "apps");
    const r = await cli([".", "--changed-since", "HEAD~1", "--context", "../cluster", "-f", "json"], { cwd: apps });
    expect(report(r.stdout, apps)).toEqual(["appliance.yaml: 6:36 annotation-on-existing-pod, 6:39 duplicate-static-ip", "new-bad.yaml: 6:39 invalid-ip"]);
    // Any revision git knows: a branch, a tag, an expression.
    const stylish = await cli(["appliance.yaml", "--changed-since", "main~1"], { cwd: apps });
    expect(stylish.stdout).toContain("Pod default/appliance already exists at main~1");
  });

  it("covers staged and unstaged edits, and follows a renamed file to its old contents", async () => {
    const root = repository();
    git(root, "add", "apps/new-bad.yaml");
    git(root, "commit", "-q", "-m", "third");
    renameSync(join(root, "apps/appliance.yaml"), join(root, "apps/appliance-pod.yaml"));
    writeFileSync(join(root, "apps/appliance-pod.yaml"), pod("appliance", "10.0.0.3"));
    git(root, "add", "-A");
    writeFileSync(join(root, "apps/old-bad.yaml"), `# touched\n${pod("old-bad", "10.0.0.300")}`);
    const r = await cli([".", "--changed-since", "HEAD", "-f", "json"], { cwd: root });
    expect(report(r.stdout, root)).toEqual(["apps/appliance-pod.yaml: 6:36 annotation-on-existing-pod", "apps/old-bad.yaml: 7:39 invalid-ip"]);
  });

  it("exits 2 outside a git work tree or on a revision that does not exist", async () => {
    const root = repository();
    const bad = await cli([".", "--changed-since", "no-such-branch"], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("calico-ipam-lint: --changed-since no-such-branch: no-such-branch is not a commit in this repository\n");
    const plain = tempTree({ "a.yaml": pod("a", "10.0.0.1") });
    const outside = await cli([".", "--changed-since", "HEAD"], { cwd: plain });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^calico-ipam-lint: --changed-since needs a git work tree: /);
  });

  // The comparison (git) runs while the files are read (node/setup.ts startLint): an error found
  // before it ends is the one said, and its own failure, come later, is not an unhandled rejection.
  it("a bad configuration beside a bad revision: the configuration's error alone", async () => {
    const root = repository();
    writeFileSync(join(root, ".calico-ipam-lint.yaml"), "rules: [\n");
    const r = await cli([".", "--changed-since", "no-such-branch"], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^calico-ipam-lint: \.calico-ipam-lint\.yaml:2:1: /);
    expect(r.stderr).not.toContain("no-such-branch");
  });

  it("many files read while git answers: exactly the changed ones reported", async () => {
    // 240 files of about 12 kB: several of the reader's 2 MB batches, parsed between turns of the event loop.
    const padding = `# ${"x".repeat(118)}\n`.repeat(100);
    const files: Record<string, string> = {};
    for (let i = 0; i < 240; i++) files[`apps/p${String(i).padStart(3, "0")}.yaml`] = padding + pod(`p${i}`, "10.0.0.300");
    const root = tempTree(files);
    git(root, "init", "-q");
    git(root, "add", ".");
    git(root, "commit", "-q", "-m", "first");
    const changed = Object.keys(files).filter((_, i) => i % 3 !== 0);
    for (const f of changed) writeFileSync(join(root, f), padding + pod(f, "10.0.0.301"));
    const r = await cli([".", "--changed-since", "HEAD", "-f", "json"], { cwd: root });
    expect(r.code).toBe(1);
    expect(report(r.stdout, root)).toEqual(changed.map((f) => `${f}: ${padding.split("\n").length + 5}:39 invalid-ip`));
  });
});

/**
 * git lists a file whose stat data differs from its index entry without reading it
 * (`git diff-index`, node/git.ts); the run decides by its text, as `git diff` would by hashing
 * it (git's diff-lib.c `run_diff_index` / read-cache.c `ie_match_stat`): a file touched, or edited and
 * edited back, is no change.
 */
describe("--changed-since: files whose stat data alone changed", () => {
  const a = pod("a", "10.0.0.300");
  function touched(): string {
    const root = tempTree({ "apps/a.yaml": a, "apps/b.yaml": pod("b", "10.0.0.301"), "apps/c.yaml": pod("c", "10.0.0.302"), "apps/bin.yaml": "kind: Pod\n\u0000\n" });
    git(root, "init", "-q");
    git(root, "add", ".");
    git(root, "commit", "-q", "-m", "first");
    // An older time than the index's: git sees the stat data differ and does not look again.
    const then = new Date(Date.now() - 3_600_000);
    writeFileSync(join(root, "apps/a.yaml"), `${a}# edited\n`);
    writeFileSync(join(root, "apps/a.yaml"), a); // and edited back
    writeFileSync(join(root, "apps/b.yaml"), pod("b", "10.0.0.391")); // the same size, another address
    for (const f of ["apps/a.yaml", "apps/b.yaml", "apps/c.yaml", "apps/bin.yaml"]) utimesSync(join(root, f), then, then);
    return root;
  }

  it("a file touched or edited back is not reported; one edited to the same size is", async () => {
    const root = touched();
    const listed = git(root, "-c", "core.fsmonitor=false", "diff-index", "--name-only", "HEAD", "--").split("\n").filter(Boolean);
    expect(listed).toEqual(["apps/a.yaml", "apps/b.yaml", "apps/bin.yaml", "apps/c.yaml"]); // what this test is about
    const r = await cli([".", "--changed-since", "HEAD", "-f", "json"], { cwd: root });
    expect(r.code).toBe(1);
    expect(report(r.stdout, root)).toEqual(["apps/b.yaml: 6:36 annotation-on-existing-pod, 6:39 invalid-ip"]);
    expect(r.stderr).not.toContain("git");
  });

  it("a file that is not text: git reads it (changed, it is reported)", async () => {
    const root = touched();
    const quiet = await cli(["apps/bin.yaml", "--changed-since", "HEAD", "-f", "json"], { cwd: root });
    expect(report(quiet.stdout, root)).toEqual([]);
    writeFileSync(join(root, "apps/bin.yaml"), "kind: Pod\n\u0000\u0000\n");
    const r = await cli(["apps/bin.yaml", "--changed-since", "HEAD", "-f", "json"], { cwd: root });
    expect(report(r.stdout, root)).toEqual(["apps/bin.yaml: 2:1 yaml-syntax"]);
  });

  // A copied work tree (every file's stat data changed, few contents): git hashes them, as a
  // sample of sixteen says most are unchanged, and only the changed ones' previous versions are
  // read. A change to every file: the sample says so, and their texts decide.
  it("a copied work tree: git names what changed, and only those previous versions are read", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 100; i++) files[`apps/p${String(i).padStart(3, "0")}.yaml`] = pod(`p${i}`, `10.0.1.${i}`);
    const root = tempTree(files);
    git(root, "init", "-q");
    git(root, "add", ".");
    git(root, "commit", "-q", "-m", "first");
    const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    const wrap = tempTree({ "bin/git": `#!/bin/sh\necho "$*" >> "$CIL_GIT_LOG"\ncase "$*" in *cat-file*) tee "$CIL_GIT_LOG.in" | exec "${real}" "$@";; *) exec "${real}" "$@";; esac\n` });
    chmodSync(join(wrap, "bin/git"), 0o755);
    const bin = fileURLToPath(new URL("../../bin/calico-ipam-lint.js", import.meta.url));
    const run = (name: string) => {
      const log = join(wrap, name);
      const r = spawnSync(process.execPath, [bin, ".", "--changed-since", "HEAD", "-f", "json"], { cwd: root, encoding: "utf8", env: { ...process.env, PATH: `${join(wrap, "bin")}:${process.env["PATH"] ?? ""}`, CIL_GIT_LOG: log } });
      const calls = readFileSync(log, "utf8").split("\n").filter((l) => l.includes("hash-object")).length;
      const blobsRead = readFileSync(`${log}.in`, "utf8").split("\n").filter(Boolean).length;
      return { report: report(r.stdout, root), calls, blobsRead };
    };
    const then = new Date(Date.now() - 3_600_000);
    writeFileSync(join(root, "apps/p007.yaml"), pod("p7", "10.0.1.300"));
    writeFileSync(join(root, "apps/p042.yaml"), pod("p42", "10.0.1.301"));
    for (const f of Object.keys(files)) utimesSync(join(root, f), then, then);
    expect(run("copied")).toEqual({ report: ["apps/p007.yaml: 6:36 annotation-on-existing-pod, 6:39 invalid-ip", "apps/p042.yaml: 6:36 annotation-on-existing-pod, 6:39 invalid-ip"], calls: 2, blobsRead: 2 });
    Object.keys(files).forEach((f, i) => writeFileSync(join(root, f), pod(`p${i}`, `10.0.2.${i}`)));
    const all = run("all");
    expect(all.report).toHaveLength(100);
    expect([all.calls, all.blobsRead]).toEqual([1, 100]);
  });

  it("a file whose line endings git converts (core.autocrlf): touched, not a change; edited, a change", async () => {
    const crlf = (t: string) => t.replace(/\n/g, "\r\n");
    const root = tempTree({ "apps/a.yaml": crlf(pod("a", "10.0.0.300")), "apps/b.yaml": crlf(pod("b", "10.0.0.301")) });
    git(root, "init", "-q");
    git(root, "config", "core.autocrlf", "true");
    git(root, "add", ".");
    git(root, "commit", "-q", "-m", "first");
    // Stored with LF; the work tree keeps CRLF, as a checkout with core.autocrlf writes it.
    expect(git(root, "cat-file", "-p", "HEAD:apps/a.yaml")).not.toContain("\r");
    writeFileSync(join(root, "apps/b.yaml"), crlf(pod("b", "10.0.0.391")));
    const then = new Date(Date.now() - 3_600_000);
    for (const f of ["apps/a.yaml", "apps/b.yaml"]) utimesSync(join(root, f), then, then);
    const r = await cli([".", "--changed-since", "HEAD", "-f", "json"], { cwd: root });
    expect(report(r.stdout, root)).toEqual(["apps/b.yaml: 6:36 annotation-on-existing-pod, 6:39 invalid-ip"]);
  });

  it("--impact-since (the hooks): a touched file given is not a change", async () => {
    const root = touched();
    const r = await cli(["apps/a.yaml", "apps/c.yaml", "--impact-since", "HEAD", "-f", "json"], { cwd: root });
    // The hooks report the files given whole; only what a change causes is added.
    expect(report(r.stdout, root)).toEqual(["apps/a.yaml: 6:39 invalid-ip", "apps/c.yaml: 6:39 invalid-ip"]);
  });
});

/**
 * A change to a cluster-wide object (a pool, a namespace's pools, a reservation) reported at the
 * changed line with what it does to files it did not touch (src/engine/impact.ts). Calico reads
 * every pool, namespace and reservation of the cluster for every pod (libcalico-go
 * lib/ipam/ipam.go `AssignIP`, `getPoolsForIPFamily`), so a file's findings can change with no
 * edit to it.
 */
describe("--changed-since: what a change to cluster-wide objects does to untouched files", () => {
  const ippool = (name: string, cidr: string, extra = ""): string => `apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n  nodeSelector: '!all()'\n${extra}`;
  const namespace = (name: string, pools: string): string => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n  annotations:\n    cni.projectcalico.org/ipv4pools: '${pools}'\n`;
  const reservation = (cidr: string): string => `apiVersion: crd.projectcalico.org/v1\nkind: IPReservation\nmetadata:\n  name: keep\nspec:\n  reservedCIDRs:\n    - ${cidr}\n`;

  type Msg = { ruleId: string; severity: number; message: string; line: number; column: number };
  const messages = (stdout: string, root: string): { file: string; msgs: Msg[] }[] =>
    (JSON.parse(stdout) as { filePath: string; messages: Msg[] }[]).map((f) => ({ file: f.filePath.slice(root.length + 1), msgs: f.messages }));

  /** A committed repository, then `edit` written over it (not committed). */
  function repo(files: Record<string, string>, edit: Record<string, string>): string {
    const root = tempTree(files);
    git(root, "init", "-q");
    git(root, "add", ".");
    git(root, "commit", "-q", "-m", "first");
    for (const [p, t] of Object.entries(edit)) writeFileSync(join(root, p), t);
    return root;
  }

  it("a pool moved to a new range: the untouched static address now outside every pool is reported at the new cidr, as an error", async () => {
    const root = repo({ "cluster/pools.yaml": ippool("static", "10.0.0.0/24"), "apps/a.yaml": pod("a", "10.0.0.11") }, { "cluster/pools.yaml": ippool("static-b", "10.1.0.0/24") });
    const full = await cli([".", "-f", "json"], { cwd: root });
    expect(full.code).toBe(1);
    expect(report(full.stdout, root)).toEqual(["apps/a.yaml: 6:39 ip-outside-pool", "cluster/pools.yaml: "]);
    const r = await cli([".", "--changed-since", "HEAD", "-f", "json"], { cwd: root });
    expect(r.code).toBe(1);
    const got = messages(r.stdout, root);
    expect(got.map((f) => f.file)).toEqual(["cluster/pools.yaml"]);
    // spec.cidr's value, line 6 column 9.
    expect(got[0]?.msgs).toMatchObject([{ ruleId: "ip-outside-pool", severity: 2, line: 6, column: 9 }]);
    expect(got[0]?.msgs[0]?.message).toMatch(/^This change causes a new finding in `apps\/a\.yaml` at 6:39: .*10\.0\.0\.11/);
    const stylish = await cli([".", "--changed-since", "HEAD"], { cwd: root });
    expect(stylish.stdout).toContain("cluster/pools.yaml:6:9");
  });

  it("a pool's cidr changed in place: refused by Calico (pool-invalid), and what it would do to apps/a.yaml", async () => {
    const root = repo({ "cluster/pools.yaml": ippool("static", "10.0.0.0/24"), "apps/a.yaml": pod("a", "10.0.0.11") }, { "cluster/pools.yaml": ippool("static", "10.1.0.0/24") });
    const r = await cli([".", "--changed-since", "HEAD", "-f", "json"], { cwd: root });
    expect(report(r.stdout, root)).toEqual(["cluster/pools.yaml: 6:9 ip-outside-pool, 6:9 pool-invalid"]);
  });

  it("a pool disabled: reported at `disabled`", async () => {
    const root = repo({ "cluster/pools.yaml": ippool("static", "10.0.0.0/24"), "apps/a.yaml": pod("a", "10.0.0.11") }, { "cluster/pools.yaml": ippool("static", "10.0.0.0/24", "  disabled: true\n") });
    const r = await cli([".", "--changed-since", "HEAD", "-f", "json"], { cwd: root });
    expect(r.code).toBe(1);
    expect(messages(r.stdout, root)).toMatchObject([{ file: "cluster/pools.yaml", msgs: [{ ruleId: "ip-outside-pool", line: 8, column: 13 }] }]);
  });

  it("a namespace's ipv4pools changed: the untouched pod's warning at the annotation, as a warning", async () => {
    const root = repo(
      { "cluster/pools.yaml": `${ippool("blue", "10.0.0.0/24")}---\n${ippool("green", "10.1.0.0/24")}`, "cluster/ns.yaml": namespace("team", '["blue"]'), "apps/a.yaml": pod("a", "10.0.0.11", "team") },
      { "cluster/ns.yaml": namespace("team", '["green"]') },
    );
    const full = await cli([".", "-f", "json"], { cwd: root });
    expect(full.code).toBe(0);
    expect(report(full.stdout, root)).toEqual(["apps/a.yaml: 7:39 pod-namespace-conflict", "cluster/ns.yaml: ", "cluster/pools.yaml: "]);
    const r = await cli([".", "--changed-since", "HEAD", "-f", "json", "--max-warnings", "0"], { cwd: root });
    expect(r.code).toBe(1);
    const got = messages(r.stdout, root);
    expect(got).toMatchObject([{ file: "cluster/ns.yaml", msgs: [{ ruleId: "pod-namespace-conflict", severity: 1, line: 6, column: 38 }] }]);
    expect(got[0]?.msgs[0]?.message).toMatch(/^This change causes a new finding in `apps\/a\.yaml` at 7:39: 10\.0\.0\.11 lies outside the pools namespace team requires/);
  });

  it("a namespace's ipv4pools changed to a pool that does not exist: its own unknown-pool, as before", async () => {
    const root = repo(
      { "cluster/pools.yaml": ippool("blue", "10.0.0.0/24"), "cluster/ns.yaml": namespace("team", '["blue"]'), "apps/a.yaml": pod("a", "10.0.0.11", "team") },
      { "cluster/ns.yaml": namespace("team", '["nope"]') },
    );
    const r = await cli([".", "--changed-since", "HEAD", "-f", "json"], { cwd: root });
    expect(r.code).toBe(1);
    expect(report(r.stdout, root)).toEqual(["cluster/ns.yaml: 6:41 unknown-pool"]);
  });

  it("an IPReservation that no longer covers an untouched static address in an automatic pool", async () => {
    // Calico's automatic assignment skips reserved addresses only (libcalico-go lib/ipam/ipam.go
    // `autoAssign` reads the IPReservations; `AssignIP` for a static address does not).
    const auto = "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: auto\nspec:\n  cidr: 10.0.0.0/24\n";
    const root = repo(
      { "cluster/pools.yaml": auto, "cluster/reserved.yaml": reservation("10.0.0.0/25"), "apps/a.yaml": pod("a", "10.0.0.11") },
      { "cluster/reserved.yaml": reservation("10.0.0.128/25") },
    );
    const full = await cli([".", "-f", "json"], { cwd: root });
    expect(report(full.stdout, root)).toEqual(["apps/a.yaml: 6:39 static-ip-auto-pool", "cluster/pools.yaml: ", "cluster/reserved.yaml: "]);
    const r = await cli([".", "--changed-since", "HEAD", "-f", "json"], { cwd: root });
    // At the reserved CIDR that changed (line 7, column 7).
    expect(report(r.stdout, root)).toEqual(["cluster/reserved.yaml: 7:7 static-ip-auto-pool"]);
  });

  it("the Installation's pools and calico-node's CALICO_IPV4POOL_CIDR are cluster-wide too", async () => {
    const installation = (cidr: string): string =>
      `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n  calicoNetwork:\n    ipPools:\n      - name: pods\n        cidr: ${cidr}\n        encapsulation: VXLAN\n`;
    const op = repo({ "cluster/installation.yaml": installation("10.0.0.0/16"), "apps/a.yaml": pod("a", "10.0.0.11") }, { "cluster/installation.yaml": installation("10.1.0.0/16") });
    const r = await cli([".", "--changed-since", "HEAD", "-f", "json"], { cwd: op });
    // At the pool's cidr in the Installation (line 9, column 15).
    expect(messages(r.stdout, op).flatMap((f) => f.msgs.filter((m) => m.message.startsWith("This change")).map((m) => `${f.file}:${m.line}:${m.column} ${m.ruleId}`))).toEqual(["cluster/installation.yaml:9:15 ip-outside-pool"]);

    const node = (cidr: string): string =>
      `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: calico-node\n  namespace: kube-system\nspec:\n  selector: {matchLabels: {k8s-app: calico-node}}\n  template:\n    metadata: {labels: {k8s-app: calico-node}}\n    spec:\n      hostNetwork: true\n      containers:\n        - name: calico-node\n          image: calico/node\n          env:\n            - name: CALICO_IPV4POOL_CIDR\n              value: "${cidr}"\n`;
    const manifest = repo({ "cluster/calico.yaml": node("10.0.0.0/16"), "apps/a.yaml": pod("a", "10.0.0.11") }, { "cluster/calico.yaml": node("10.1.0.0/16") });
    const m = await cli([".", "--changed-since", "HEAD", "-f", "json"], { cwd: manifest });
    // At the env value (line 17, column 22).
    expect(messages(m.stdout, manifest).flatMap((f) => f.msgs.filter((x) => x.message.startsWith("This change")).map((x) => `${f.file}:${x.line}:${x.column} ${x.ruleId}`))).toEqual(["cluster/calico.yaml:17:22 ip-outside-pool"]);
  });

  it("several changes: each finding at the change that causes it", async () => {
    const root = repo(
      { "cluster/pools.yaml": `${ippool("a", "10.0.0.0/24")}---\n${ippool("b", "10.2.0.0/24")}`, "apps/a.yaml": pod("a", "10.0.0.11"), "apps/b.yaml": pod("b", "10.2.0.11") },
      { "cluster/pools.yaml": `${ippool("a", "10.0.0.0/24", "  disabled: true\n")}---\n${ippool("b", "10.2.0.0/24")}---\n${ippool("c", "10.9.0.0/24")}` },
    );
    const r = await cli([".", "--changed-since", "HEAD", "-f", "json"], { cwd: root });
    // Pool a disabled (line 8) leaves apps/a.yaml's address outside; adding pool c (its name, line 12) breaks nothing.
    expect(messages(r.stdout, root).flatMap((f) => f.msgs.map((m) => `${f.file}:${m.line}:${m.column} ${m.ruleId} ${/`([^`]+)`/.exec(m.message)?.[1] ?? ""}`))).toEqual(["cluster/pools.yaml:8:13 ip-outside-pool apps/a.yaml"]);
  });

  it("a pool file deleted: the finding where it is, naming the deleted file (there is no line left to point at)", async () => {
    // Another pool stays: with none in view the pool checks are skipped (and the whole run says so).
    const root = repo({ "cluster/pools.yaml": ippool("static", "10.0.0.0/24"), "cluster/other.yaml": ippool("other", "10.5.0.0/24"), "cluster/old.yaml": pod("old", "10.0.0.99"), "apps/a.yaml": pod("a", "10.0.0.11") }, {});
    rmSync(join(root, "cluster/pools.yaml"));
    rmSync(join(root, "cluster/old.yaml"));
    const r = await cli([".", "--changed-since", "HEAD", "-f", "json"], { cwd: root });
    expect(r.code).toBe(1);
    const got = messages(r.stdout, root);
    expect(got.map((f) => [f.file, f.msgs.map((m) => `${m.line}:${m.column} ${m.ruleId}`)])).toEqual([["apps/a.yaml", ["6:39 ip-outside-pool"]]]);
    expect(got[0]?.msgs[0]?.message).toMatch(/^This change deletes `cluster\/pools\.yaml` \(IPPool static\), which causes this: /);
    // The hooks: a staged deletion is part of the commit, though pre-commit passes only the other files.
    writeFileSync(join(root, "cluster/other.yaml"), `# the pool that stays\n${ippool("other", "10.5.0.0/24")}`);
    git(root, "add", "-A");
    const hook = await cli(["--context", ".", "--impact-since", "HEAD", "cluster/other.yaml", "-f", "json"], { cwd: root });
    expect(report(hook.stdout, root)).toEqual(["apps/a.yaml: 6:39 ip-outside-pool", "cluster/other.yaml: "]);
    // Every file given: apps/a.yaml reports its own finding, once.
    const all = await cli(["--context", ".", "--impact-since", "HEAD", ".", "-f", "json"], { cwd: root });
    expect(report(all.stdout, root)).toEqual(["apps/a.yaml: 6:39 ip-outside-pool", "cluster/other.yaml: "]);
  });

  it("a finding the changed file reports itself (a new pool overlapping an untouched one) is not reported twice", async () => {
    const root = repo({ "cluster/a.yaml": ippool("a", "10.0.0.0/16"), "apps/a.yaml": pod("a", "10.0.0.11") }, {});
    writeFileSync(join(root, "cluster/b.yaml"), ippool("b", "10.0.1.0/24"));
    writeFileSync(join(root, "cluster/c.yaml"), ippool("c", "10.0.2.0/24"));
    const full = await cli([".", "-f", "json"], { cwd: root });
    expect(report(full.stdout, root)).toEqual(["apps/a.yaml: ", "cluster/a.yaml: 6:9 pool-overlap, 6:9 pool-overlap", "cluster/b.yaml: 6:9 pool-overlap", "cluster/c.yaml: 6:9 pool-overlap"]);
    const r = await cli([".", "--changed-since", "HEAD", "-f", "json"], { cwd: root });
    expect(report(r.stdout, root)).toEqual(["cluster/b.yaml: 6:9 pool-overlap", "cluster/c.yaml: 6:9 pool-overlap"]);
  });

  it("reports nothing for a change that fixes things, or when cluster-wide files are unchanged", async () => {
    const fixing = repo({ "cluster/pools.yaml": ippool("old", "10.1.0.0/24"), "apps/a.yaml": pod("a", "10.0.0.11") }, { "cluster/pools.yaml": ippool("static", "10.0.0.0/24") });
    expect(report((await cli([".", "-f", "json"], { cwd: fixing })).stdout, fixing)).toEqual(["apps/a.yaml: ", "cluster/pools.yaml: "]);
    const fixed = await cli([".", "--changed-since", "HEAD", "-f", "json"], { cwd: fixing });
    expect(fixed.code).toBe(0);
    expect(report(fixed.stdout, fixing)).toEqual(["cluster/pools.yaml: "]);
    // The pool file touched (a comment), its objects the same: nothing is linted again.
    const same = repo({ "cluster/pools.yaml": ippool("static", "10.1.0.0/24"), "apps/a.yaml": pod("a", "10.0.0.11") }, { "cluster/pools.yaml": `# the static pool\n${ippool("static", "10.1.0.0/24")}` });
    const r = await cli([".", "--changed-since", "HEAD", "-f", "json"], { cwd: same });
    expect(r.code).toBe(0);
    expect(report(r.stdout, same)).toEqual(["cluster/pools.yaml: "]);
  });

  it("a change to a pod file only behaves as before: its own findings, nothing else", async () => {
    const root = repo(
      { "cluster/pools.yaml": ippool("static", "10.0.0.0/24"), "apps/a.yaml": pod("a", "10.0.0.11"), "apps/b.yaml": pod("b", "10.0.0.12") },
      { "apps/b.yaml": pod("b", "10.0.0.11") },
    );
    const r = await cli([".", "--changed-since", "HEAD", "-f", "json"], { cwd: root });
    expect(report(r.stdout, root)).toEqual(["apps/b.yaml: 6:36 annotation-on-existing-pod, 6:39 duplicate-static-ip"]);
  });

  it("--impact-since (the hooks): the files given are the changes, the context the untouched files", async () => {
    const root = repo({ "cluster/pools.yaml": ippool("static", "10.0.0.0/24"), "apps/a.yaml": pod("a", "10.0.0.11") }, { "cluster/pools.yaml": ippool("static", "10.1.0.0/24") });
    const before = await cli(["--context", ".", "cluster/pools.yaml", "-f", "json"], { cwd: root });
    expect(before.code).toBe(0);
    const r = await cli(["--context", ".", "--impact-since", "HEAD", "cluster/pools.yaml", "-f", "json"], { cwd: root });
    expect(r.code).toBe(1);
    expect(messages(r.stdout, root)).toMatchObject([{ file: "cluster/pools.yaml", msgs: [{ ruleId: "ip-outside-pool", line: 6, column: 9 }] }]);
    // Every file given (pre-commit run --all-files): each reports its own findings, nothing twice.
    const all = await cli(["--context", ".", "--impact-since", "HEAD", "cluster/pools.yaml", "apps/a.yaml", "-f", "json"], { cwd: root });
    expect(report(all.stdout, root)).toEqual(["apps/a.yaml: 6:39 ip-outside-pool", "cluster/pools.yaml: 6:9 ip-outside-pool"]);
    const bad = await cli(["--impact-since", "nope", "cluster/pools.yaml"], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("calico-ipam-lint: --impact-since nope: nope is not a commit in this repository\n");
    // Before the first commit there is no HEAD to compare with: every file is new, nothing is untouched.
    const fresh = tempTree({ "cluster/pools.yaml": ippool("static", "10.1.0.0/24"), "apps/a.yaml": pod("a", "10.0.0.11") });
    git(fresh, "init", "-q");
    const first = await cli(["--context", ".", "--impact-since", "HEAD", "cluster/pools.yaml", "-f", "json"], { cwd: fresh });
    expect(first.code).toBe(0);
    expect(report(first.stdout, fresh)).toEqual(["cluster/pools.yaml: "]);
    // Not a new repository: no repository at all, or no git to ask.
    const plain = tempTree({ "cluster/pools.yaml": ippool("static", "10.1.0.0/24") });
    const outside = await cli(["--impact-since", "HEAD", "cluster/pools.yaml"], { cwd: plain });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^calico-ipam-lint: --impact-since needs a git work tree: /);
    const bin = fileURLToPath(new URL("../../bin/calico-ipam-lint.js", import.meta.url));
    const nogit = spawnSync(process.execPath, [bin, "--impact-since", "HEAD", "cluster/pools.yaml"], { cwd: fresh, encoding: "utf8", env: { ...process.env, PATH: plain } });
    expect(nogit.status).toBe(2);
    expect(nogit.stderr).toBe("calico-ipam-lint: --impact-since needs a git work tree: git is not installed (not found on PATH)\n");
  });

  it("--no-default-path (the hooks, on every commit): no file given lints none; a deleted manifest's effect is still reported", async () => {
    const root = repo(
      // cluster/other.yaml stays: with no pool in view at all, the pool checks are skipped.
      {
        "cluster/pools.yaml": ippool("static", "10.0.0.0/24"),
        "cluster/other.yaml": ippool("other", "10.9.0.0/24"),
        "apps/a.yaml": pod("a", "10.0.0.11"),
        "apps/bad.yaml": pod("bad", "10.0.0.300"),
        "README.md": "x\n",
      },
      { "README.md": "y\n" },
    );
    const hook = ["--context", ".", "--impact-since", "HEAD", "--no-default-path", "-f", "json"];
    // A commit of the README: nothing to judge, and apps/bad.yaml (already wrong) is not reported.
    const docs = await cli(hook, { cwd: root });
    expect(docs.code).toBe(0);
    expect(JSON.parse(docs.stdout)).toEqual([]);
    // Without the flag, no path given is the current directory.
    const dot = await cli(["--impact-since", "HEAD", "-f", "json"], { cwd: root });
    expect(report(dot.stdout, root)).toContain("apps/bad.yaml: 6:39 invalid-ip");
    // The pool file deleted: its effect on the untouched file, where that file is, naming the deletion.
    git(root, "rm", "-q", "cluster/pools.yaml");
    const gone = await cli(hook, { cwd: root });
    expect(gone.code).toBe(1);
    expect(messages(gone.stdout, root)).toMatchObject([{ file: "apps/a.yaml", msgs: [{ ruleId: "ip-outside-pool", line: 6, column: 39 }] }]);
    expect(messages(gone.stdout, root)[0]?.msgs[0]?.message).toMatch(/^This change deletes `cluster\/pools\.yaml` \(IPPool static\)/);
  });
});

withTools("--changed-since with Kustomize overlays rendered by kubectl", () => {
  const deployment = (ip: string): string =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: resolver\nspec:\n  replicas: 1\n  strategy: {type: Recreate}\n  selector: {matchLabels: {app: resolver}}\n  template:\n    metadata:\n      labels: {app: resolver}\n      annotations:\n        cni.projectcalico.org/ipAddrs: '["${ip}"]'\n    spec:\n      containers: [{name: c, image: c}]\n`;
  const patch = (ip: string): string =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: resolver\nspec:\n  template:\n    metadata:\n      annotations:\n        cni.projectcalico.org/ipAddrs: '["${ip}"]'\n`;
  const pool = (name: string, cidr: string): string => `apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n  nodeSelector: '!all()'\n`;
  const layout = (overlayIp: string): Record<string, string> => ({
    "cluster/pools.yaml": `${pool("old", "10.0.0.0/24")}---\n${pool("new", "10.1.0.0/24")}`,
    "base/kustomization.yaml": "resources: [resolver.yaml]\n",
    "base/resolver.yaml": deployment("10.0.0.11"),
    "overlays/prod/kustomization.yaml": "resources: [../../base]\nnamespace: dns\npatches:\n  - path: address.yaml\n",
    "overlays/prod/address.yaml": patch(overlayIp),
  });
  const removeOld = (root: string): void => {
    git(root, "init", "-q");
    git(root, "add", ".");
    git(root, "commit", "-q", "-m", "first");
    writeFileSync(join(root, "cluster/pools.yaml"), pool("new", "10.1.0.0/24"));
  };

  it("judges by what the overlay deploys: an address the overlay patches away from the old pool is not said to break", async () => {
    const root = tempTree(layout("10.1.0.11"));
    removeOld(root);
    const full = await cli([".", "-f", "json"], { cwd: root, env: { PATH: TOOLS_PATH } });
    expect(report(full.stdout, root).filter((l) => !l.endsWith(": "))).toEqual([]);
    const r = await cli([".", "--changed-since", "HEAD", "-f", "json"], { cwd: root, env: { PATH: TOOLS_PATH } });
    expect(r.code).toBe(0);
    expect(report(r.stdout, root)).toEqual(["cluster/pools.yaml: "]);
  });

  it("and reports, at the pool, the overlay's address it leaves outside every pool", async () => {
    const root = tempTree(layout("10.0.0.12"));
    removeOld(root);
    const full = await cli([".", "-f", "json"], { cwd: root, env: { PATH: TOOLS_PATH } });
    expect(report(full.stdout, root).filter((l) => !l.endsWith(": "))).toEqual(["overlays/prod/address.yaml: 9:43 ip-outside-pool"]);
    const r = await cli([".", "--changed-since", "HEAD", "-f", "json"], { cwd: root, env: { PATH: TOOLS_PATH } });
    expect(r.code).toBe(1);
    const files = (JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; message: string; line: number }[] }[]).filter((f) => f.messages.length > 0);
    expect(files.map((f) => [f.filePath.slice(root.length + 1), f.messages.map((m) => `${m.line} ${m.ruleId} ${/`([^`]+)`/.exec(m.message)?.[1] ?? ""}`)])).toEqual([["cluster/pools.yaml", ["1 ip-outside-pool overlays/prod/address.yaml"]]]);
  });

  it("says the finding a patch to a pool causes as the run does: with the CIDR the overlay deploys, not the base's", async () => {
    // A pool's CIDR patched by an overlay: the files as written hold the base's CIDR and the patch's,
    // the cluster only the patch's (engine/impact.ts: the message is the run's own).
    const root = tempTree({
      "base/kustomization.yaml": "resources: [pool.yaml]\n",
      "base/pool.yaml": "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: main\nspec:\n  cidr: 10.0.0.0/16\n  nodeSelector: '!all()'\n",
      "overlay/kustomization.yaml": "resources: [../base]\npatches:\n  - path: cidr.yaml\n",
      "overlay/cidr.yaml": "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: main\nspec:\n  cidr: 10.1.0.0/16\n",
      "apps/web.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.1.0.5\"]'\nspec:\n  containers: [{name: c, image: c}]\n",
    });
    git(root, "init", "-q");
    git(root, "add", ".");
    git(root, "commit", "-q", "-m", "first");
    writeFileSync(join(root, "overlay/cidr.yaml"), readFileSync(join(root, "overlay/cidr.yaml"), "utf8").replace("10.1.0.0/16", "10.2.0.0/16"));
    const messages = (out: string): string[] => (JSON.parse(out) as { messages: { ruleId: string; message: string }[] }[]).flatMap((f) => f.messages.filter((m) => m.ruleId === "ip-outside-pool").map((m) => m.message));
    const full = await cli([".", "-f", "json"], { cwd: root, env: { PATH: TOOLS_PATH } });
    expect(messages(full.stdout)).toEqual([expect.stringMatching(/Pick an address inside main \(10\.2\.0\.0\/16\)/)]);
    const r = await cli([".", "--changed-since", "HEAD", "-f", "json"], { cwd: root, env: { PATH: TOOLS_PATH } });
    expect(r.code).toBe(1);
    const caused = messages(r.stdout);
    expect(caused).toEqual([expect.stringMatching(/^This change causes a new finding in `apps\/web\.yaml` at 6:39: .*Pick an address inside main \(10\.2\.0\.0\/16\)/)]);
    expect(caused[0]).not.toMatch(/10\.0\.0\.0\/16/);
  });
});
