import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { lintPaths } from "../../src/api.js";
import { runFixes } from "../../src/cli/fix.js";
import type { CliIO } from "../../src/cli/io.js";
import { cli, tempTree } from "../cli/helpers.js";
import { tempDir } from "./helpers.js";

/** Each run says what happened and exits by it: nothing counted that did not happen, nothing dropped in silence. */

const BAD = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  annotations:\n    cni.projectcalico.org/ipAddrs: "['10.0.0.1']"\n`;

describe("honest results", () => {
  it("--fix does not count a file that changed meanwhile as fixed, and exits 2", async () => {
    const cwd = tempTree({ "a.yaml": BAD });
    const options = { cwd };
    const first = await lintPaths(["a.yaml"], options);
    writeFileSync(join(cwd, "a.yaml"), `${BAD}# edited meanwhile\n`);
    let stderr = "";
    const io: CliIO = { cwd, env: {}, stdin: (async function* () {})(), stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, stdoutIsTTY: false };
    const setup = { config: null, options: {}, context: [], settings: {} };
    await expect(runFixes(first, options, setup, { fix: true }, io)).rejects.toThrow("1 file changed while being linted and was not fixed; run --fix again");
    expect(stderr).toContain("a.yaml: not fixed: the file changed while it was being linted");
    expect(stderr).not.toMatch(/fixed \d+ problem/);
  });

  it("a file named ..x.yaml is a file of the directory, not a path out of it", async () => {
    const cwd = tempTree({ "..x.yaml": BAD });
    const r = await cli([".", "-f", "json"], { cwd });
    expect((JSON.parse(r.stdout) as { filePath: string }[]).map((f) => f.filePath)).toEqual([join(cwd, "..x.yaml")]);
    const sarif = await cli([".", "-f", "sarif"], { cwd });
    expect(sarif.stdout).toContain('"uri": "..x.yaml"');
  });

  it("nodes: 1e400 in the configuration is refused (it reads as Infinity)", async () => {
    const cwd = tempTree({ "a.yaml": BAD, ".calico-ipam-lint.yaml": "nodes: 1e400\n" });
    const r = await cli(["."], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(".calico-ipam-lint.yaml:1:8: 1e400 is not a finite number");
  });

  it("a directory whose path is longer than PATH_MAX: said, and exit 2 (it was skipped in silence)", async () => {
    const cwd = tempTree({ "a.yaml": BAD });
    // Made step by step with relative paths, as no single call can name it.
    const script = `const fs = require("fs"); for (let i = 0; i < 24; i++) { fs.mkdirSync("${"x".repeat(200)}"); process.chdir("${"x".repeat(200)}"); } fs.writeFileSync("deep.yaml", "a: 1\\n");`;
    const made = spawnSync(process.execPath, ["-e", script], { cwd });
    expect(made.status).toBe(0);
    const r = await cli([".", "-f", "json"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/could not be read/);
  });
});

describe("standard input", () => {
  const ROOT = resolve(import.meta.dirname, "../..");
  let bin = "";
  beforeAll(async () => {
    process.chdir(ROOT); // esbuild names sources relative to the working directory
    const { bundle } = (await import(join(ROOT, "scripts/build.mjs"))) as { bundle: (outdir: string, entries: Record<string, string>) => Promise<void> };
    const pkg = tempDir("cil-honest-pkg-");
    await bundle(join(pkg, "dist"), { cli: "src/cli/index.ts" });
    mkdirSync(join(pkg, "bin"));
    cpSync(join(ROOT, "bin/calico-ipam-lint.js"), join(pkg, "bin/calico-ipam-lint.js"));
    cpSync(join(ROOT, "package.json"), join(pkg, "package.json"));
    bin = join(pkg, "bin/calico-ipam-lint.js");
  }, 120_000);

  it("a directory on standard input is an error, not an empty input", () => {
    const cwd = tempTree({ "a.yaml": BAD });
    const r = spawnSync("sh", ["-c", `exec "${process.execPath}" "${bin}" - < .`], { cwd, encoding: "utf8" });
    expect(r.stderr).toContain("standard input is a directory");
    expect(r.status).toBe(2);
  });
});
