import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import module from "node:module";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { STACK_LINE, tempDir, writeTree } from "./helpers.js";

/**
 * The built command, as a terminal runs it (`node bin/calico-ipam-lint.js`), freshly bundled from
 * the sources into a temporary package: what reaches the terminal on hostile input is a finding or
 * a one-line error, never a stack trace.
 */

const ROOT = resolve(import.meta.dirname, "../..");
let bin = "";

beforeAll(async () => {
  process.chdir(ROOT); // esbuild names sources relative to the working directory
  const { bundle } = (await import(join(ROOT, "scripts/build.mjs"))) as { bundle: (outdir: string, entries: Record<string, string>) => Promise<void> };
  const pkg = tempDir("cil-hostile-pkg-");
  await bundle(join(pkg, "dist"), { cli: "src/cli/index.ts" });
  mkdirSync(join(pkg, "bin"));
  cpSync(join(ROOT, "bin/calico-ipam-lint.js"), join(pkg, "bin/calico-ipam-lint.js"));
  cpSync(join(ROOT, "package.json"), join(pkg, "package.json"));
  chmodSync(join(pkg, "dist"), 0o755);
  bin = join(pkg, "bin/calico-ipam-lint.js");
}, 120_000);

function cli(cwd: string, args: string[], extra: SpawnSyncOptions = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, env: { PATH: process.env["PATH"] ?? "" }, encoding: "utf8", timeout: 60_000, maxBuffer: 256 * 2 ** 20, ...extra });
  const stdout = String(r.stdout);
  const stderr = String(r.stderr);
  expect(r.error, "the process ran and ended by itself").toBeUndefined();
  expect(stdout).not.toMatch(STACK_LINE);
  expect(stderr).not.toMatch(STACK_LINE);
  expect(stderr).not.toContain("internal error");
  return { status: r.status, stdout, stderr };
}

const SIBLING_RULE = "pool-invalid";
const rulesOf = (stdout: string, file: string): string[] =>
  ((JSON.parse(stdout) as { filePath: string; messages: { ruleId: string }[] }[]).find((r) => r.filePath.endsWith(`/${file}`))?.messages ?? []).map((m) => m.ruleId);

describe("the built command on hostile input", () => {
  it("nesting, an alias bomb, binary bytes and invalid UTF-8: findings, exit 1", () => {
    let bomb = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (let l = 1; l < 9; l++) bomb += `a${l}: &a${l} [${Array(9).fill(`*a${l - 1}`).join(", ")}]\n`;
    const dir = writeTree(tempDir(), {
      "deep.yaml": `${"[".repeat(200_000)}${"]".repeat(200_000)}`,
      "bomb.yaml": bomb,
      "binary.yaml": Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0xff]),
      "latin1.yaml": Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]),
    });
    const r = cli(dir, ["-f", "json", "."]);
    expect(r.status).toBe(1);
    expect(rulesOf(r.stdout, "sibling.yaml")).toEqual([SIBLING_RULE]);
    for (const f of ["deep.yaml", "bomb.yaml", "binary.yaml", "latin1.yaml"]) expect(rulesOf(r.stdout, f), f).toEqual(["yaml-syntax"]);
    // The default format too, as a terminal shows it.
    const stylish = cli(dir, ["."]);
    expect(stylish.status).toBe(1);
    expect(stylish.stdout).toContain("excessive aliasing");
  });

  it("a file it may not read: exit 2 and one line on stderr (as nobody when run as root, CI's case)", () => {
    const dir = writeTree(tempDir(), { "locked.yaml": "a: 1\n" });
    chmodSync(join(dir, "locked.yaml"), 0o000);
    const asNobody = process.geteuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = cli(dir, ["-f", "json", "."], asNobody);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("calico-ipam-lint: locked.yaml: could not be read\n");
    expect(rulesOf(r.stdout, "sibling.yaml")).toEqual([SIBLING_RULE]);
  });

  it("an unknown option, a missing path and a closed standard output: one line each, no trace", () => {
    const dir = writeTree(tempDir(), {});
    expect(cli(dir, ["--no-such-flag"]).status).toBe(2);
    const missing = cli(dir, ["missing.yaml", "sibling.yaml"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("missing.yaml: no such file or directory");
    // Output to a reader that has gone: `calico-ipam-lint . | head -1`.
    const many = Array.from({ length: 5000 }, (_, i) => `{apiVersion: v1, kind: Pod, metadata: {name: p${i}, annotations: {cni.projectcalico.org/ipAddrs: "10.0.0.${i % 250}"}}}`);
    writeTree(dir, { "many.yaml": `apiVersion: v1\nkind: List\nitems:\n${many.map((m) => `- ${m}\n`).join("")}` });
    for (const format of ["json", "stylish"]) {
      const command = `"${process.execPath}" "${bin}" -f ${format} . | head -c 100 > /dev/null; echo "status \${PIPESTATUS[0]}"`;
      const piped = spawnSync("bash", ["-c", command], { cwd: dir, encoding: "utf8", timeout: 60_000 });
      expect(piped.stderr).not.toMatch(STACK_LINE);
      expect(piped.stdout, format).toContain("status 1"); // the run's own exit code: findings
    }
  }, 60_000);
});

/**
 * bin/ asks Node to keep V8's compiled code between runs (`module.enableCompileCache`, Node 22.8
 * and later): in the directory NODE_COMPILE_CACHE names, nowhere with NODE_DISABLE_COMPILE_CACHE=1,
 * and a directory it cannot write costs nothing but the cache. Older Node has no such call.
 */
const cacheable = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === "function";
describe.skipIf(!cacheable)(`the compile cache (Node 22.8 and later; this is ${process.version})`, () => {
  const files = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);

  it("is written where NODE_COMPILE_CACHE says, and used by the next run with the same report", () => {
    const dir = writeTree(tempDir(), {});
    const cache = tempDir("cil-compile-cache-");
    const env = { PATH: process.env["PATH"] ?? "", NODE_COMPILE_CACHE: cache };
    const first = cli(dir, ["-f", "json", "."], { env });
    expect(files(cache).length).toBeGreaterThan(0);
    const second = cli(dir, ["-f", "json", "."], { env });
    expect(second.status).toBe(first.status);
    expect(second.stdout).toBe(first.stdout);
  });

  it("is not written with NODE_DISABLE_COMPILE_CACHE=1, and a directory it cannot use changes nothing", () => {
    const dir = writeTree(tempDir(), {});
    const cache = tempDir("cil-compile-cache-");
    const off = cli(dir, ["-f", "json", "."], { env: { PATH: process.env["PATH"] ?? "", NODE_COMPILE_CACHE: cache, NODE_DISABLE_COMPILE_CACHE: "1" } });
    expect(files(cache)).toEqual([]);
    const notADirectory = join(cache, "file");
    writeFileSync(notADirectory, "");
    const blocked = cli(dir, ["-f", "json", "."], { env: { PATH: process.env["PATH"] ?? "", NODE_COMPILE_CACHE: notADirectory } });
    expect(blocked.status).toBe(off.status);
    expect(blocked.stdout).toBe(off.stdout);
    expect(blocked.stderr).toBe(off.stderr);
  });
});
