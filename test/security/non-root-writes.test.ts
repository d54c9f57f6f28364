import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readableInstall } from "../cli/helpers.js";

/**
 * `--fix` and `--write-baseline` run by a user who is not root, on files that user does not own (a
 * shared checkout, a CI workspace made by another account): src/node/write.ts's replaceFile writes
 * in place when a rename would give the file another owner, renames atomically when the user owns
 * it, and refuses what the user may not write. Run as `nobody` (uid 65534) from root, CI's case;
 * skipped with the reason elsewhere.
 */

const ROOT = resolve(import.meta.dirname, "../..");
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

const BAD = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  annotations:\n    cni.projectcalico.org/ipAddrs: "['10.0.0.1']"\n`;
const FIXED = BAD.replace(`"['10.0.0.1']"`, `"[\\"10.0.0.1\\"]"`);

let bin = "";
beforeAll(() => {
  if (asRoot) bin = readableInstall(ROOT);
}, 60_000);

function sharedDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "cil-shared-"));
  chmodSync(dir, 0o777);
  return dir;
}

function put(dir: string, name: string, text: string, mode: number, uid: number): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  chownSync(p, uid, uid);
  chmodSync(p, mode);
  return p;
}

function asNobody(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, uid: NOBODY, gid: NOBODY, env: { PATH: process.env["PATH"] ?? "", HOME: cwd }, encoding: "utf8", timeout: 60_000 });
  expect(r.error).toBeUndefined();
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  return r;
}

describe.skipIf(!asRoot)("writes by a user who is not root (run as nobody from root)", () => {
  it("--fix on a file another user owns but lets it write: fixed in place, owner, group and mode kept", () => {
    const dir = sharedDir();
    const p = put(dir, "a.yaml", BAD, 0o666, 0);
    const r = asNobody(dir, [".", "--fix", "-f", "json"]);
    expect(r.stderr).toContain("fixed 1 problem in 1 file");
    expect(readFileSync(p, "utf8")).toBe(FIXED);
    const st = statSync(p);
    expect([st.uid, st.gid, st.mode & 0o7777]).toEqual([0, 0, 0o666]);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("--fix on its own file: replaced whole (a new inode), mode kept, no temporary file left", () => {
    const dir = sharedDir();
    const p = put(dir, "a.yaml", BAD, 0o640, NOBODY);
    const before = statSync(p).ino;
    asNobody(dir, [".", "--fix", "-f", "json"]);
    expect(readFileSync(p, "utf8")).toBe(FIXED);
    const st = statSync(p);
    expect(st.ino).not.toBe(before);
    expect([st.uid, st.gid, st.mode & 0o7777]).toEqual([NOBODY, NOBODY, 0o640]);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("--fix on a file it may not write: that file named, left as it was, exit 2", () => {
    const dir = sharedDir();
    const p = put(dir, "a.yaml", BAD, 0o644, 0);
    const r = asNobody(dir, [".", "--fix", "-f", "json"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`calico-ipam-lint: a.yaml: not fixed: cannot write ${p}: permission denied\n`);
    expect(readFileSync(p, "utf8")).toBe(BAD);
    expect(statSync(p).uid).toBe(0);
  });

  it("--write-baseline over a baseline another user owns: written in place, owner kept", () => {
    const dir = sharedDir();
    put(dir, "a.yaml", BAD, 0o644, 0);
    const baseline = put(dir, "baseline.json", "{}\n", 0o666, 0);
    const r = asNobody(dir, [".", "--write-baseline", "baseline.json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(baseline, "utf8"))).toBeTypeOf("object");
    expect(readFileSync(baseline, "utf8")).toContain("annotation-json");
    const st = statSync(baseline);
    expect([st.uid, st.mode & 0o7777]).toEqual([0, 0o666]);
  });
});
