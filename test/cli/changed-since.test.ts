import { execFileSync } from "node:child_process";
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempTree } from "./helpers.js";

const pod = (name: string, ip: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  annotations:\n    cni.projectcalico.org/ipAddrs: '["${ip}"]'\n`;
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
});
