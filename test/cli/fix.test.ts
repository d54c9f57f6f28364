import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, noMountNamespace, tempTree } from "./helpers.js";

const BAD = `# a pod with a quoting mistake\r\napiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: a\r\n  annotations:\r\n    cni.projectcalico.org/ipAddrs: "['10.0.0.1']"\r\n`;
const FIXED = BAD.replace(`"['10.0.0.1']"`, `"[\\"10.0.0.1\\"]"`);
const DEPLOY = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  annotations:\n    cni.projectcalico.org/ipv4pools: '["p"]'\nspec:\n  strategy: {type: Recreate}\n  template:\n    metadata: {labels: {app: web}}\n    spec: {}\n`;
const TYPO = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n  annotations:\n    cni.projectcalico.org/ipAddrs: '["10.0.0.300"]'\n    cni.projectcalico.org/ipFamily: '["IPv4"]'\n`;

type JsonFile = { filePath: string; messages: { ruleId: string; line: number }[] };
const reported = (stdout: string): string[] => (JSON.parse(stdout) as JsonFile[]).flatMap((f) => f.messages.map((m) => `${f.filePath.split("/").pop()}:${m.line} ${m.ruleId}`));

describe("--fix", () => {
  it("writes the fixed files, then reports what remains (and exits by it)", async () => {
    const cwd = tempTree({ "a.yaml": BAD, "b.yaml": TYPO });
    const r = await cli([".", "--fix", "-f", "json"], { cwd });
    expect(readFileSync(join(cwd, "a.yaml"), "utf8")).toBe(FIXED);
    expect(readFileSync(join(cwd, "b.yaml"), "utf8")).toBe(TYPO.replace("ipFamily:", "ipFamilies:"));
    expect(reported(r.stdout)).toEqual(["b.yaml:6 invalid-ip"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("calico-ipam-lint: fixed 2 problems in 2 files\n");
    // A second run finds nothing to fix and writes nothing.
    const again = await cli([".", "--fix", "-f", "json"], { cwd });
    expect(again.stderr).not.toContain("fixed");
    expect(readFileSync(join(cwd, "a.yaml"), "utf8")).toBe(FIXED);
  });

  it("reports what remains as the first run judged it: clusters apart, chart templates not read as manifests", async () => {
    const pool = "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: p\nspec:\n  cidr: 10.0.0.0/16\n";
    const pod = (name: string): string => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  annotations:\n    cni.projectcalico.org/ipAddrs: '["10.0.0.7"]'\nspec:\n  containers: []\n`;
    const cwd = tempTree({
      ".calico-ipam-lint.yaml": "clusters:\n  - name: east\n    paths: [east]\n  - name: west\n    paths: [west]\n",
      "east/pool.yaml": pool,
      "west/pool.yaml": pool,
      "east/a.yaml": pod("a"),
      "west/b.yaml": pod("b"),
      "east/bad.yaml": BAD,
      "east/chart/Chart.yaml": "apiVersion: v2\nname: c\nversion: 0.1.0\n",
      "east/chart/templates/pod.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}\n{{- if .Values.x }}\n  labels: {}\n{{- end }}\n",
    });
    const before = await cli([".", "--render", "never", "-f", "json"], { cwd });
    expect(reported(before.stdout)).toContain("bad.yaml:7 annotation-json");
    const r = await cli([".", "--render", "never", "--fix", "-f", "json"], { cwd });
    expect(r.stderr).toContain("fixed 1 problem in 1 file");
    // What --fix reports is what a run on the fixed files reports: no yaml-syntax from the
    // template, no duplicate across clusters.
    const after = await cli([".", "--render", "never", "-f", "json"], { cwd });
    expect(reported(r.stdout)).toEqual(reported(after.stdout));
    expect(reported(r.stdout)).not.toContain("bad.yaml:7 annotation-json");
    expect(reported(r.stdout).some((f) => / (yaml-syntax|duplicate-static-ip)$/.test(f))).toBe(false);
  });

  it.skipIf(noMountNamespace() !== "")("names a file it cannot write, still fixes the others, and exits 2 (needs root and unshare -m)", () => {
    const cwd = tempTree({ "locked/a.yaml": BAD, "open/b.yaml": TYPO });
    const bin = join(import.meta.dirname, "../../bin/calico-ipam-lint.js");
    // `locked/` read-only (even for root) in a private mount namespace, as a read-only checkout is.
    const r = spawnSync("unshare", ["-m", "--propagation", "private", "--", "sh", "-c", 'mount --bind locked locked && mount -o remount,bind,ro locked && exec "$@"', "sh", process.execPath, bin, ".", "--fix", "-f", "json"], { cwd });
    const stderr = r.stderr.toString();
    expect(stderr).toContain(`calico-ipam-lint: locked/a.yaml: not fixed: cannot write ${join(cwd, "locked/a.yaml")}: read-only file system\n`);
    expect(stderr).toContain("calico-ipam-lint: 1 file could not be written; the others were fixed\n");
    expect(stderr).not.toMatch(/internal error|\n\s+at /);
    expect(r.status).toBe(2);
    expect(readFileSync(join(cwd, "locked/a.yaml"), "utf8")).toBe(BAD);
    expect(readFileSync(join(cwd, "open/b.yaml"), "utf8")).toBe(TYPO.replace("ipFamily:", "ipFamilies:"));
    expect(readdirSync(join(cwd, "open"))).toEqual(["b.yaml"]);
  });

  it("never writes without --fix", async () => {
    const cwd = tempTree({ "a.yaml": BAD });
    const before = statSync(join(cwd, "a.yaml")).mtimeMs;
    const r = await cli(["."], { cwd });
    expect(r.code).toBe(1);
    expect(readFileSync(join(cwd, "a.yaml"), "utf8")).toBe(BAD);
    expect(statSync(join(cwd, "a.yaml")).mtimeMs).toBe(before);
    expect(readdirSync(cwd)).toEqual(["a.yaml"]);
  });

  it("keeps the file's permissions, writes through a symbolic link, and leaves no temporary file", async () => {
    const cwd = tempTree({ "real/a.yaml": BAD });
    chmodSync(join(cwd, "real/a.yaml"), 0o640);
    symlinkSync(join(cwd, "real/a.yaml"), join(cwd, "link.yaml"));
    const r = await cli(["link.yaml", "--fix"], { cwd });
    expect(r.code).toBe(0);
    expect(lstatSync(join(cwd, "link.yaml")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(cwd, "real/a.yaml"), "utf8")).toBe(FIXED);
    expect(statSync(join(cwd, "real/a.yaml")).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(cwd, "real"))).toEqual(["a.yaml"]);
  });

  it("leaves context files and baselined findings alone", async () => {
    const cwd = tempTree({ "apps/a.yaml": BAD, "ctx/c.yaml": BAD.replace("name: a", "name: c") });
    await cli(["apps", "--write-baseline", "b.json"], { cwd });
    const r = await cli(["apps", "--context", "ctx", "--baseline", "b.json", "--fix"], { cwd });
    expect(r.code).toBe(0);
    expect(readFileSync(join(cwd, "apps/a.yaml"), "utf8")).toBe(BAD);
    expect(readFileSync(join(cwd, "ctx/c.yaml"), "utf8")).toBe(BAD.replace("name: a", "name: c"));
  });

  it("says which findings it left alone and why", async () => {
    const cwd = tempTree({ "d.yaml": DEPLOY });
    const r = await cli(["d.yaml", "--fix"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("calico-ipam-lint: d.yaml:6:5: annotation-placement not fixed: the pod template's metadata is empty or written as a flow mapping ({…}); move the annotation by hand\n");
    expect(readFileSync(join(cwd, "d.yaml"), "utf8")).toBe(DEPLOY);
  });

  it("refuses standard input and flags it cannot honour (exit 2, nothing written)", async () => {
    const cwd = tempTree({ "a.yaml": BAD });
    expect(await cli(["-", "--fix"], { cwd, stdin: BAD })).toMatchObject({ code: 2, stderr: expect.stringContaining("--fix cannot write standard input back") });
    expect(await cli(["a.yaml", "--fix", "--fix-dry-run"], { cwd })).toMatchObject({ code: 2 });
    expect(await cli(["a.yaml", "--fix", "--write-baseline", "b.json"], { cwd })).toMatchObject({ code: 2, stderr: expect.stringContaining("--write-baseline") });
    expect(readdirSync(cwd)).toEqual(["a.yaml"]);
    expect(readFileSync(join(cwd, "a.yaml"), "utf8")).toBe(BAD);
  });

  it("is not an option of plan or gate", async () => {
    const cwd = tempTree({ "a.yaml": BAD });
    expect((await cli(["plan", "a.yaml", "--fix"], { cwd })).code).toBe(2);
  });
});

describe("--fix-dry-run", () => {
  it("prints a unified diff that git apply turns into what --fix writes, and writes nothing", async () => {
    const files = { "apps/a.yaml": BAD, "apps/b.yaml": TYPO, "apps/ok.yaml": "apiVersion: v1\nkind: Pod\nmetadata: {name: ok}\n" };
    const cwd = tempTree(files);
    const dry = await cli([".", "--fix-dry-run", "-f", "json"], { cwd });
    for (const [p, t] of Object.entries(files)) expect(readFileSync(join(cwd, p), "utf8")).toBe(t);
    expect(dry.stdout.startsWith("--- a/apps/a.yaml\n+++ b/apps/a.yaml\n@@ ")).toBe(true);
    // The report (what would remain) goes to standard error, so standard output is the diff alone.
    expect(dry.stderr).toContain('"ruleId":"invalid-ip"');
    expect(dry.stderr).toContain("--fix would fix 2 problems in 2 files");
    expect(dry.code).toBe(1);

    const copy = mkdtempSync(join(tmpdir(), "cil-fix-"));
    cpSync(cwd, copy, { recursive: true });
    writeFileSync(join(copy, "fix.patch"), dry.stdout);
    execFileSync("git", ["apply", "fix.patch"], { cwd: copy });
    await cli([".", "--fix"], { cwd });
    for (const p of Object.keys(files)) expect(readFileSync(join(copy, p), "utf8")).toBe(readFileSync(join(cwd, p), "utf8"));
  });

  it("shows the fixes of standard input under its name", async () => {
    const cwd = tempTree({});
    const r = await cli(["-", "--stdin-filename", "pod.yaml", "--fix-dry-run"], { cwd, stdin: BAD });
    expect(r.stdout).toBe(`--- a/pod.yaml\n+++ b/pod.yaml\n@@ -4,4 +4,4 @@\n metadata:\r\n   name: a\r\n   annotations:\r\n-    cni.projectcalico.org/ipAddrs: "['10.0.0.1']"\r\n+    cni.projectcalico.org/ipAddrs: "[\\"10.0.0.1\\"]"\r\n`);
    expect(r.code).toBe(0);
  });
});
