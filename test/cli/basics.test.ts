import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readStdinSource } from "../../src/cli/lint-command.js";
import { isFastSource } from "../../src/load/index.js";
import { cli, tempTree } from "./helpers.js";

const GOOD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: ok\n";
const BROKEN = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [broken\n";

describe("CLI", () => {
  it("exits 0 with no output on a clean repository", async () => {
    const cwd = tempTree({ "ok.yaml": GOOD });
    const r = await cli(["."], { cwd });
    expect(r).toEqual({ code: 0, stdout: "", stderr: expect.any(String) });
  });

  it("lints the working directory when no path is given", async () => {
    const cwd = tempTree({ "bad.yaml": BROKEN });
    const r = await cli(["-f", "json"], { cwd });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].filePath).toBe(join(cwd, "bad.yaml"));
  });

  it("prints ESLint's JSON shape, every linted file included", async () => {
    const cwd = tempTree({ "bad.yaml": BROKEN, "ok.yaml": GOOD });
    const r = await cli([".", "--format", "json"], { cwd });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toEqual([
      {
        filePath: join(cwd, "bad.yaml"),
        messages: [{ ruleId: "yaml-syntax", severity: 2, message: expect.any(String), line: 5, column: 1, endLine: 5, endColumn: 1 }],
        errorCount: 1,
        warningCount: 0,
      },
      { filePath: join(cwd, "ok.yaml"), messages: [], errorCount: 0, warningCount: 0 },
    ]);
  });

  it("reads standard input with --stdin-filename", async () => {
    const cwd = tempTree({});
    const r = await cli(["-", "--stdin-filename", "rendered.yaml", "-f", "json"], { cwd, stdin: BROKEN });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].filePath).toBe(join(cwd, "rendered.yaml"));
  });

  it("reads standard input as it reads a file: with the fast reader, the same report (gate reads a rendered chart so)", async () => {
    const texts = [
      BROKEN,
      "a: &x {k: v}\nb: *x\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.0.0.300\"]'\n",
      "apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: q\r\n  annotations:\r\n    cni.projectcalico.org/ipv4pools: '[\"nope\"]'\r\n",
      "kind: Pod\nmetadata:\n  name: a\n  name: b\n",
    ];
    for (const text of texts) {
      const cwd = tempTree({ "rendered.yaml": text });
      const fromFile = await cli(["rendered.yaml", "-f", "json"], { cwd });
      const fromStdin = await cli(["-", "--stdin-filename", "rendered.yaml", "-f", "json"], { cwd, stdin: text });
      expect(fromStdin, text).toEqual(fromFile);
    }
    const source = await readStdinSource({ cwd: tempTree({}), env: {}, stdin: (async function* () { yield GOOD; })(), stdout: { write: () => true }, stderr: { write: () => true }, stdoutIsTTY: false }, "x.yaml");
    expect(isFastSource(source)).toBe(true);
  });

  it("still lints the other files when one is broken", async () => {
    const cwd = tempTree({ "a.yaml": BROKEN, "b.yaml": BROKEN.replace("Pod", "Service") });
    const r = await cli([".", "-f", "json"], { cwd });
    expect(JSON.parse(r.stdout).map((f: { errorCount: number }) => f.errorCount)).toEqual([1, 1]);
  });

  it("exits 2 on a missing path and says so on stderr", async () => {
    const cwd = tempTree({ "ok.yaml": GOOD });
    const r = await cli(["ok.yaml", "missing.yaml"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("missing.yaml: no such file or directory");
  });

  it("exits 2 on an unknown option or format", async () => {
    const cwd = tempTree({});
    expect((await cli(["--bogus"], { cwd })).code).toBe(2);
    const r = await cli(["-f", "xml", "."], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown format "xml"');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // Said before anything is linted: no lint's notes (a pod and no pool) come before it.
    const pod = tempTree({ "pod.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers: []\n" });
    const typo = await cli(["-f", "jsn", "."], { cwd: pod });
    expect(typo.code).toBe(2);
    expect(typo.stderr.trim().split("\n")).toEqual(['calico-ipam-lint: unknown format "jsn"; choose one of stylish, json, sarif, github, junit, html']);
  });

  it("writes a report to --output-file and keeps stdout for the other format", async () => {
    const cwd = tempTree({ "bad.yaml": BROKEN });
    const r = await cli([".", "-f", "json", "-o", "report.json", "-f", "stylish"], { cwd });
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(join(cwd, "report.json"), "utf8"))[0].errorCount).toBe(1);
    expect(r.stdout).toContain("yaml-syntax");
  });

  it("prints the version and help with exit 0", async () => {
    const cwd = tempTree({});
    const v = await cli(["--version"], { cwd });
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const h = await cli(["--help"], { cwd });
    expect(h.code).toBe(0);
    expect(h.stdout).toContain("--format");
  });

  it("rejects a non-numeric --max-warnings", async () => {
    const cwd = tempTree({});
    const r = await cli([".", "--max-warnings", "lots"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--max-warnings");
  });
});
