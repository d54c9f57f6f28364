import { chmodSync, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import setup from "./temp-run.js";

describe("the test run's temporary folder", () => {
  it("is where this test's temporary files go", () => {
    expect(basename(tmpdir())).toMatch(/^cil-test-run-/);
    expect(statSync(tmpdir()).mode & 0o7777).toBe(0o1777);
  });

  it("is removed at the end, read-only folders inside included", () => {
    const before = process.env["TMPDIR"];
    const teardown = setup();
    const dir = process.env["TMPDIR"]!;
    expect(dir).not.toBe(before);
    expect(dirname(dir)).toBe(before);
    mkdirSync(join(dir, "a", "b"), { recursive: true });
    writeFileSync(join(dir, "a", "b", "f"), "x");
    chmodSync(join(dir, "a", "b"), 0o500);
    chmodSync(join(dir, "a"), 0o500);
    // Deeper than PATH_MAX (4096): Node's rmSync fails on it with ENAMETOOLONG.
    const cwd = process.cwd();
    mkdirSync(join(dir, "deep"));
    process.chdir(join(dir, "deep"));
    for (let i = 0; i < 20; i++) {
      mkdirSync("x".repeat(250));
      process.chdir("x".repeat(250));
    }
    process.chdir(cwd);
    teardown();
    expect(process.env["TMPDIR"]).toBe(before);
    expect(existsSync(dir)).toBe(false);
  });
});
