import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempTree } from "./helpers.js";

const BROKEN = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [broken\n";

describe("several --format/--output-file pairs in one run", () => {
  it("writes each report to the file given right after its --format, and the unpaired one to stdout", async () => {
    const cwd = tempTree({ "bad.yaml": BROKEN });
    const r = await cli([".", "-f", "github", "-f", "sarif", "-o", "out.sarif", "-f", "junit", "-o", "out.xml", "-f", "json", "-o", "out.json"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=bad\.yaml,/);
    expect(JSON.parse(readFileSync(join(cwd, "out.sarif"), "utf8")).version).toBe("2.1.0");
    expect(readFileSync(join(cwd, "out.xml"), "utf8")).toMatch(/^<\?xml /);
    expect(JSON.parse(readFileSync(join(cwd, "out.json"), "utf8"))[0].errorCount).toBe(1);
  });

  it("pairs by position when every format has its file", async () => {
    const cwd = tempTree({ "bad.yaml": BROKEN });
    const r = await cli([".", "-f", "json", "-o", "a.json", "-f", "sarif", "-o", "b.sarif"], { cwd });
    expect(r).toMatchObject({ code: 1, stdout: "" });
    expect(JSON.parse(readFileSync(join(cwd, "a.json"), "utf8"))).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(cwd, "b.sarif"), "utf8")).runs).toHaveLength(1);
  });

  it("writes the default format to a lone --output-file", async () => {
    const cwd = tempTree({ "bad.yaml": BROKEN });
    const r = await cli([".", "-o", "report.txt"], { cwd });
    expect(r).toMatchObject({ code: 1, stdout: "" });
    expect(readFileSync(join(cwd, "report.txt"), "utf8")).toContain("yaml-syntax");
  });

  it("exits 2 on two files for one format, or two formats on stdout", async () => {
    const cwd = tempTree({ "bad.yaml": BROKEN });
    const a = await cli([".", "-f", "json", "-o", "a.json", "-o", "b.json"], { cwd });
    expect(a.code).toBe(2);
    expect(a.stderr).toContain("each --output-file needs its own --format just before it");
    const b = await cli([".", "-f", "json", "-f", "sarif"], { cwd });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain("only one --format can write to standard output");
  });

  it("keeps the exit code whatever the formats", async () => {
    const cwd = tempTree({ "bad.yaml": BROKEN });
    const codes = await Promise.all(["stylish", "json", "sarif", "github", "junit"].map(async (f) => (await cli([".", "-f", f], { cwd })).code));
    expect(codes).toEqual([1, 1, 1, 1, 1]);
  });

  it("makes the report's missing directories, as ESLint does", async () => {
    const cwd = tempTree({ "bad.yaml": BROKEN });
    const r = await cli([".", "-f", "sarif", "-o", "reports/lint/out.sarif"], { cwd });
    expect(r).toMatchObject({ code: 1, stdout: "" });
    expect(JSON.parse(readFileSync(join(cwd, "reports/lint/out.sarif"), "utf8")).version).toBe("2.1.0");
  });

  it("says plainly when a report cannot be written, and exits 2", async () => {
    const cwd = tempTree({ "bad.yaml": BROKEN, "taken": "a file, not a directory\n" });
    const r = await cli([".", "-f", "sarif", "-o", "taken/report.sarif"], { cwd });
    expect(r).toEqual({ code: 2, stdout: "", stderr: `calico-ipam-lint: cannot write ${join(cwd, "taken/report.sarif")}: a part of its path is not a directory\n` });
    const plan = await cli(["plan", ".", "-o", "taken/plan.txt"], { cwd });
    expect(plan).toMatchObject({ code: 2, stdout: "", stderr: `calico-ipam-lint: cannot write ${join(cwd, "taken/plan.txt")}: a part of its path is not a directory\n` });
    const baseline = await cli([".", "--write-baseline", "taken/baseline.json"], { cwd });
    expect(baseline.code).toBe(2);
    expect(baseline.stderr).toContain(`calico-ipam-lint: cannot write ${join(cwd, "taken/baseline.json")}: a part of its path is not a directory\n`);
  });
});
