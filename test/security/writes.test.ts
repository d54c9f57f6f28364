import { spawn, spawnSync } from "node:child_process";
import { chmodSync, chownSync, cpSync, createReadStream, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, tempTree } from "../cli/helpers.js";
import { tempDir } from "../hostile/helpers.js";

/**
 * What the CLI's writes do to the thing at the path: a report is written as the shell's `>`
 * writes it (a device, a FIFO or a symbolic link's target receives it; the path is never
 * replaced), while `--fix` and `--write-baseline` replace a regular file atomically, keeping its
 * mode, owner and hard links, refusing a read-only file, and leaving no temporary file when the
 * run is interrupted. See docs/security.md, "Nothing lost".
 */

const BAD = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  annotations:\n    cni.projectcalico.org/ipAddrs: "['10.0.0.1']"\n`;
const FIXED = BAD.replace(`"['10.0.0.1']"`, `"[\\"10.0.0.1\\"]"`);
const asRoot = process.getuid?.() === 0;

/** Read a FIFO to its end while the CLI writes it. */
function drain(fifo: string): Promise<string> {
  return new Promise((res, rej) => {
    let text = "";
    createReadStream(fifo, "utf8")
      .on("data", (c) => (text += String(c)))
      .on("end", () => res(text))
      .on("error", rej);
  });
}

describe("a report (--output-file) is written as `>` writes", () => {
  it("into a FIFO: the reader gets the report and the FIFO stays a FIFO", async () => {
    const cwd = tempTree({ "a.yaml": BAD });
    expect(spawnSync("mkfifo", [join(cwd, "out.fifo")]).status).toBe(0);
    const reader = drain(join(cwd, "out.fifo"));
    const r = await cli(["a.yaml", "-f", "json", "-o", "out.fifo"], { cwd });
    expect(r.stderr).not.toContain("cannot write");
    expect(r.code).toBe(1);
    expect((JSON.parse(await reader) as { messages: { ruleId: string }[] }[])[0]?.messages.map((m) => m.ruleId)).toEqual(["annotation-json"]);
    expect(lstatSync(join(cwd, "out.fifo")).isFIFO()).toBe(true);
    expect(readdirSync(cwd).sort()).toEqual(["a.yaml", "out.fifo"]);
  });

  it("through a symbolic link: the link stays, the file it names holds the report", async () => {
    const cwd = tempTree({ "a.yaml": BAD, "reports/real.json": "old" });
    symlinkSync("reports/real.json", join(cwd, "link.json"));
    const r = await cli(["a.yaml", "-f", "json", "-o", "link.json"], { cwd });
    expect(r.code).toBe(1);
    expect(lstatSync(join(cwd, "link.json")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(cwd, "link.json"))).toBe("reports/real.json");
    expect(JSON.parse(readFileSync(join(cwd, "reports/real.json"), "utf8"))).toHaveLength(1);
  });

  it("the plan's report through a symbolic link too", async () => {
    const cwd = tempTree({ "a.yaml": BAD, "real.md": "old" });
    symlinkSync("real.md", join(cwd, "plan.md"));
    await cli(["plan", "a.yaml", "-f", "markdown", "-o", "plan.md"], { cwd });
    expect(lstatSync(join(cwd, "plan.md")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(cwd, "real.md"), "utf8")).not.toBe("old");
  });

  it.skipIf(!asRoot)("onto a character device (a null device made with mknod): it stays the device (needs root)", async () => {
    const cwd = tempTree({ "a.yaml": BAD });
    expect(spawnSync("mknod", ["-m", "666", join(cwd, "null"), "c", "1", "3"]).status).toBe(0);
    const rdev = statSync(join(cwd, "null")).rdev;
    const r = await cli(["a.yaml", "-f", "json", "-o", "null"], { cwd });
    expect(r.stderr).not.toContain("cannot write");
    expect(lstatSync(join(cwd, "null")).isCharacterDevice()).toBe(true);
    expect(statSync(join(cwd, "null")).rdev).toBe(rdev);
    // The same for a baseline written there.
    await cli(["a.yaml", "--write-baseline", "null"], { cwd });
    expect(lstatSync(join(cwd, "null")).isCharacterDevice()).toBe(true);
    expect(readdirSync(cwd).sort()).toEqual(["a.yaml", "null"]);
  });
});

describe("--fix and --write-baseline replace a file, respecting it", () => {
  it("a read-only file is refused with a clear error, left as it was, and the run exits 2 (also as root)", async () => {
    const cwd = tempTree({ "a.yaml": BAD });
    chmodSync(join(cwd, "a.yaml"), 0o444);
    const r = await cli(["a.yaml", "--fix"], { cwd });
    expect(r.stderr).toContain(`calico-ipam-lint: a.yaml: not fixed: cannot write ${join(cwd, "a.yaml")}: the file is read-only`);
    expect(r.code).toBe(2);
    expect(readFileSync(join(cwd, "a.yaml"), "utf8")).toBe(BAD);
    expect(statSync(join(cwd, "a.yaml")).mode & 0o777).toBe(0o444);
  });

  it("a file with another hard link is written in place: both names see the fix", async () => {
    const cwd = tempTree({ "a.yaml": BAD });
    linkSync(join(cwd, "a.yaml"), join(cwd, "other-name"));
    const ino = statSync(join(cwd, "a.yaml")).ino;
    const r = await cli(["a.yaml", "--fix"], { cwd });
    expect(r.code).toBe(0);
    expect(statSync(join(cwd, "a.yaml")).ino).toBe(ino);
    expect(readFileSync(join(cwd, "other-name"), "utf8")).toBe(FIXED);
    expect(statSync(join(cwd, "a.yaml")).nlink).toBe(2);
  });

  it.skipIf(!asRoot)("root fixing another user's file keeps its owner, group and mode (needs root)", async () => {
    const cwd = tempTree({ "a.yaml": BAD });
    chownSync(join(cwd, "a.yaml"), 1234, 2345);
    chmodSync(join(cwd, "a.yaml"), 0o640);
    const r = await cli(["a.yaml", "--fix"], { cwd });
    expect(r.code).toBe(0);
    expect(readFileSync(join(cwd, "a.yaml"), "utf8")).toBe(FIXED);
    const st = statSync(join(cwd, "a.yaml"));
    expect({ uid: st.uid, gid: st.gid, mode: st.mode & 0o7777 }).toEqual({ uid: 1234, gid: 2345, mode: 0o640 });
  });

  it("a baseline through a symbolic link: the link stays", async () => {
    const cwd = tempTree({ "a.yaml": BAD, "shared/baseline.json": "{}" });
    symlinkSync("shared/baseline.json", join(cwd, "baseline.json"));
    await cli(["a.yaml", "--write-baseline", "baseline.json"], { cwd });
    expect(lstatSync(join(cwd, "baseline.json")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(cwd, "shared/baseline.json"), "utf8")).toContain("annotation-json");
  });
});

describe("an interrupted --fix", () => {
  const ROOT = resolve(import.meta.dirname, "../..");
  let bin = "";
  beforeAll(async () => {
    process.chdir(ROOT); // esbuild names sources relative to the working directory
    const { bundle } = (await import(join(ROOT, "scripts/build.mjs"))) as { bundle: (outdir: string, entries: Record<string, string>) => Promise<void> };
    const pkg = tempDir("cil-writes-pkg-");
    await bundle(join(pkg, "dist"), { cli: "src/cli/index.ts" });
    mkdirSync(join(pkg, "bin"));
    cpSync(join(ROOT, "bin/calico-ipam-lint.js"), join(pkg, "bin/calico-ipam-lint.js"));
    cpSync(join(ROOT, "package.json"), join(pkg, "package.json"));
    bin = join(pkg, "bin/calico-ipam-lint.js");
  }, 120_000);

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`leaves no temporary file when ${signal} arrives while it writes`, async () => {
      // A large file, so that writing it takes a while; the signal is sent when the temporary
      // file appears. A run that ended first proves nothing: try again (a few times at most).
      const big = `${"# padding\n".repeat(1_000_000)}${BAD}`;
      let interrupted = 0;
      for (let attempt = 0; attempt < 8 && interrupted === 0; attempt++) {
        const cwd = tempTree({ "a.yaml": big });
        const child = spawn(process.execPath, [bin, "a.yaml", "--fix"], { cwd, stdio: "ignore" });
        const seen = setInterval(() => {
          if (readdirSync(cwd).some((f) => f.endsWith(".tmp"))) {
            child.kill(signal);
            clearInterval(seen);
          }
        }, 1);
        const ended = await new Promise<NodeJS.Signals | null>((res) => child.on("exit", (_code, sig) => res(sig)));
        clearInterval(seen);
        if (ended === signal) interrupted++;
        expect(readdirSync(cwd)).toEqual(["a.yaml"]);
        const text = readFileSync(join(cwd, "a.yaml"), "utf8");
        expect(text === big || text === big.replace(BAD, FIXED)).toBe(true);
      }
      expect(interrupted, "the signal arrived while the file was being written").toBe(1);
    }, 120_000);
  }
});
