import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "../../src/load/files.js";
import { run } from "../../src/cli/main.js";
import { expectSibling, lint, messagesOf, STACK_LINE, tempDir, writeTree } from "./helpers.js";

/**
 * Hostile files and trees through the CLI: what is not text, what cannot be read, what a walk must
 * not follow, and sheer numbers. Exit codes as rules.md documents them: 1 for findings (a file whose
 * bytes are not YAML is a finding in that file), 2 when the tool could not do its job (a file or
 * directory it could not read, a file too large to read).
 */

const POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n";

describe("bytes that are not UTF-8 text", () => {
  it("a binary file named .yaml is a finding at its first NUL byte; the run goes on (exit 1)", async () => {
    const junk = Buffer.alloc(64 * 1024);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
    const dir = writeTree(tempDir(), { "image.yaml": Buffer.concat([Buffer.from("apiVersion: v1\nkind: "), Buffer.from([0x00]), junk]) });
    const r = await lint(dir, ["."]);
    expect(r.code).toBe(1);
    expectSibling(r);
    expect(messagesOf(r, "image.yaml")).toEqual([
      expect.objectContaining({ ruleId: "yaml-syntax", line: 2, column: 7, message: expect.stringMatching(/^File is not text \(it contains NUL bytes, the first at line 2, column 7\): /) }),
    ]);
  });

  it("invalid UTF-8 is a finding at the offending byte, which the message names", async () => {
    const dir = writeTree(tempDir(), {
      "latin1.yaml": Buffer.concat([Buffer.from(`${POD}  labels:\n    team: caf`), Buffer.from([0xe9]), Buffer.from("\n")]),
      // A surrogate encoded in UTF-8 (CESU-8) and an overlong slash are not UTF-8 either.
      "cesu.yaml": Buffer.concat([Buffer.from("a: \u00e9 "), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from("\n")]),
      "overlong.yaml": Buffer.concat([Buffer.from("a: b\nc: "), Buffer.from([0xc0, 0xaf]), Buffer.from("\n")]),
      "truncated.yaml": Buffer.concat([Buffer.from("a: "), Buffer.from([0xf0, 0x9f, 0x98])]),
      // Astral characters, a BOM and CRLF are fine.
      "fine.yaml": Buffer.from(`\ufeff${POD.replace(/\n/g, "\r\n")}  labels: {emoji: "\u{1f600}"}\r\n`),
    });
    const r = await lint(dir, ["."]);
    expect(r.code).toBe(1);
    expectSibling(r);
    const at = (f: string) => messagesOf(r, f).map((m) => `${m.ruleId} ${m.line}:${m.column} ${/byte 0x[0-9A-F]{2}/.exec(m.message)?.[0]}`);
    expect(at("latin1.yaml")).toEqual(["yaml-syntax 6:14 byte 0xE9"]);
    expect(at("cesu.yaml")).toEqual(["yaml-syntax 1:6 byte 0xED"]);
    expect(at("overlong.yaml")).toEqual(["yaml-syntax 2:4 byte 0xC0"]);
    expect(at("truncated.yaml")).toEqual(["yaml-syntax 1:4 byte 0xF0"]);
    expect(messagesOf(r, "fine.yaml")).toEqual([]);
  });
});

describe("symbolic links", () => {
  // Followed while they stay inside the git work tree of the directory named (else that
  // directory), as Argo CD and Flux bound them; the others are named on stderr and not read.
  it("loops, links out of the tree and dangling links are not read, and said so; links inside are", async () => {
    const outside = writeTree(tempDir("cil-outside-"), { "secret.yaml": POD.replace("name: p", "name: [broken") }, { sibling: false });
    const dir = writeTree(tempDir(), { "real.yaml": POD, "sub/deeper.yaml": POD });
    symlinkSync("real.yaml", join(dir, "again.yaml")); // the same file twice: read once, as real.yaml
    symlinkSync("loop-b.yaml", join(dir, "loop-a.yaml"));
    symlinkSync("loop-a.yaml", join(dir, "loop-b.yaml"));
    symlinkSync("self.yaml", join(dir, "self.yaml"));
    symlinkSync("nothing.yaml", join(dir, "dangling.yaml"));
    symlinkSync("..", join(dir, "sub/up")); // a directory loop inside the tree: walked once
    symlinkSync(join(outside, "secret.yaml"), join(dir, "outside.yaml"));
    symlinkSync(outside, join(dir, "outside-dir"));
    symlinkSync("/", join(dir, "root"));
    const r = await lint(dir, ["."]);
    expect(r.code).toBe(1);
    expectSibling(r);
    expect([...r.byFile.keys()].sort()).toEqual(["real.yaml", "sibling.yaml", "sub/deeper.yaml"]);
    const notices = r.stderr.split("\n").filter((l) => l.includes("not linted"));
    expect(notices).toEqual([
      "calico-ipam-lint: dangling.yaml: not linted: a symbolic link to nothing",
      "calico-ipam-lint: loop-a.yaml: not linted: a symbolic link loop",
      "calico-ipam-lint: loop-b.yaml: not linted: a symbolic link loop",
      `calico-ipam-lint: outside-dir: not linted: a symbolic link to ${outside}, outside ${dir}`,
      `calico-ipam-lint: outside.yaml: not linted: a symbolic link to ${join(outside, "secret.yaml")}, outside ${dir}`,
      `calico-ipam-lint: root: not linted: a symbolic link to /, outside ${dir}`,
      "calico-ipam-lint: self.yaml: not linted: a symbolic link loop",
    ]);
    // Links not followed are a notice, not a failure: without the sibling the run is clean.
    rmSync(join(dir, "sibling.yaml"));
    const clean = await lint(dir, ["."]);
    expect(clean.code).toBe(0);
    expect(clean.stderr).toContain("self.yaml: not linted");
  });

  it("a link to a file elsewhere in the same git work tree is followed, under the link's name", async () => {
    const repo = writeTree(tempDir(), { "shared/base.yaml": POD.replace("name: p", "name: [broken") }, { sibling: false });
    mkdirSync(join(repo, ".git"));
    writeTree(join(repo, "apps"), {});
    symlinkSync("../shared/base.yaml", join(repo, "apps/base.yaml"));
    const r = await lint(repo, ["apps"]);
    expect(r.code).toBe(1);
    expectSibling(r, "apps/sibling.yaml");
    expect(messagesOf(r, "apps/base.yaml")).toEqual([expect.objectContaining({ ruleId: "yaml-syntax", line: 5 })]);
    expect(r.byFile.has("shared/base.yaml")).toBe(false);
  });

  it("a file named on the command line is read even through a link out of the tree", async () => {
    const outside = writeTree(tempDir("cil-outside-"), { "x.yaml": "kind: Pod\na: [\n" }, { sibling: false });
    const dir = writeTree(tempDir(), {});
    symlinkSync(join(outside, "x.yaml"), join(dir, "named.yaml"));
    const r = await lint(dir, ["named.yaml", "sibling.yaml"]);
    expect(r.code).toBe(1);
    expectSibling(r);
    expect(messagesOf(r, "named.yaml")).toEqual([expect.objectContaining({ ruleId: "yaml-syntax" })]);
  });
});

/**
 * Runs `fn` unable to read files mode 000: as a normal user that is simply so; as root (CI runs as
 * root, and root ignores permissions) by dropping the effective uid to nobody for the call.
 */
async function withoutRoot<T>(fn: () => Promise<T>): Promise<T> {
  const euid = process.geteuid?.();
  if (euid !== 0) return fn();
  process.seteuid?.(65534);
  try {
    return await fn();
  } finally {
    process.seteuid?.(0);
  }
}

const canDropRoot = process.geteuid?.() !== 0 || typeof process.seteuid === "function";

describe("files and directories that cannot be read", () => {
  it.skipIf(!canDropRoot)("a file without read permission: a finding in it, stderr says so, exit 2, the others linted", async () => {
    const dir = writeTree(tempDir(), { "locked.yaml": POD });
    chmodSync(join(dir, "locked.yaml"), 0o000);
    const r = await withoutRoot(() => lint(dir, ["."]));
    expect(r.code).toBe(2);
    expectSibling(r);
    expect(messagesOf(r, "locked.yaml")).toEqual([
      expect.objectContaining({ ruleId: "yaml-syntax", line: 1, column: 1, message: expect.stringMatching(/^File cannot be read: permission denied: /) }),
    ]);
    expect(r.stderr).toContain("calico-ipam-lint: locked.yaml: could not be read\n");
  });

  it.skipIf(!canDropRoot)("a directory that cannot be listed: its files are missing, so stderr says so and exit 2", async () => {
    const dir = writeTree(tempDir(), { "locked/inside.yaml": POD });
    chmodSync(join(dir, "locked"), 0o000);
    const r = await withoutRoot(() => lint(dir, ["."]));
    expect(r.code).toBe(2);
    expectSibling(r);
    expect(r.stderr).toContain("calico-ipam-lint: locked: could not be read\n");
  });

  it("a file larger than the reader takes is not read: a finding, exit 2, the others linted", async () => {
    const dir = writeTree(tempDir(), {});
    writeFileSync(join(dir, "huge.yaml"), "");
    truncateSync(join(dir, "huge.yaml"), MAX_FILE_BYTES + 1); // sparse: no disk, nothing read
    const r = await lint(dir, ["."]);
    expect(r.code).toBe(2);
    expectSibling(r);
    expect(messagesOf(r, "huge.yaml")).toEqual([
      expect.objectContaining({ ruleId: "yaml-syntax", line: 1, column: 1, message: expect.stringMatching(/^File is larger than 64 MiB: calico-ipam-lint does not read files this large/) }),
    ]);
    expect(r.stderr).toContain("huge.yaml: could not be read");
  });

  it.skipIf(!existsSync("/dev/zero"))("a device that never ends, named on the command line, is read up to the limit only", async () => {
    const dir = writeTree(tempDir(), {});
    const r = await lint(dir, ["/dev/zero", "sibling.yaml"]);
    expect(r.code).toBe(2);
    expectSibling(r);
    expect(messagesOf(r, "/dev/zero")).toEqual([expect.objectContaining({ ruleId: "yaml-syntax", message: expect.stringContaining("larger than 64 MiB") })]);
  });

  it("standard input that never ends (`yes | calico-ipam-lint -`) is read up to the limit only", async () => {
    const dir = writeTree(tempDir(), {});
    const chunk = Buffer.alloc(2 ** 20, "y\n");
    let out = "";
    let err = "";
    const code = await run(["-", "sibling.yaml", "-f", "json"], {
      cwd: dir,
      env: {},
      stdin: (async function* () {
        for (;;) yield chunk;
      })(),
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: (t: string) => (err += t) },
      stdoutIsTTY: false,
    });
    expect(code).toBe(2);
    expect(err).not.toMatch(STACK_LINE);
    expect(err).toContain("<stdin>: could not be read");
    const results = JSON.parse(out) as { filePath: string; messages: { ruleId: string; message: string }[] }[];
    expect(results.find((r) => r.filePath.endsWith("<stdin>"))?.messages).toEqual([expect.objectContaining({ ruleId: "yaml-syntax", message: expect.stringContaining("larger than 64 MiB") })]);
    expect(results.find((r) => r.filePath.endsWith("sibling.yaml"))?.messages).toEqual([expect.objectContaining({ ruleId: "pool-invalid" })]);
  });

  it("a named pipe in a walked directory is not opened (opening one waits for a writer forever)", async () => {
    const dir = writeTree(tempDir(), {});
    const made = spawnSync("mkfifo", [join(dir, "pipe.yaml")]);
    if (made.status !== 0) return; // no mkfifo here: nothing to test
    const r = await lint(dir, ["."]);
    expect(r.code).toBe(1);
    expectSibling(r);
    expect(r.byFile.has("pipe.yaml")).toBe(false);
  });
});

describe("numbers", () => {
  it("a directory of 50000 empty files: every one is linted (and reported, empty)", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "empty"));
    for (let i = 0; i < 50_000; i++) writeFileSync(join(dir, "empty", `f${String(i).padStart(5, "0")}.yaml`), "");
    writeTree(dir, {});
    const r = await lint(dir, ["."]);
    expect(r.code).toBe(1);
    expectSibling(r);
    expect(r.byFile.size).toBe(50_001);
    expect([...r.byFile.values()].reduce((n, f) => n + f.messages.length, 0)).toBe(1);
  }, 60_000);
});
