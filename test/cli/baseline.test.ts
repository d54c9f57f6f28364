import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempTree } from "./helpers.js";

const pod = (name: string, ip: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  annotations:\n    cni.projectcalico.org/ipAddrs: '["${ip}"]'\n`;
const TWO_BAD = `${pod("a", "10.0.0.300")}---\n${pod("b", "10.0.0.400")}`;

type JsonFile = { filePath: string; messages: { ruleId: string; line: number; message: string }[] };
const lines = (stdout: string): string[] => (JSON.parse(stdout) as JsonFile[]).flatMap((f) => f.messages.map((m) => `${f.filePath.split("/").pop()}:${m.line} ${m.ruleId}`));

describe("--write-baseline and --baseline", () => {
  it("records the current findings, then reports only new ones", async () => {
    const cwd = tempTree({ "apps/a.yaml": TWO_BAD });
    const w = await cli([".", "--write-baseline", "lint-baseline.json", "-f", "json"], { cwd });
    expect(w.code).toBe(0);
    expect(w.stderr).toContain("wrote 2 findings to the baseline lint-baseline.json");
    expect(lines(w.stdout)).toEqual([]);
    const file = JSON.parse(readFileSync(join(cwd, "lint-baseline.json"), "utf8"));
    expect(file).toEqual({
      version: 1,
      findings: [
        { rule: "invalid-ip", file: "apps/a.yaml", kind: "Pod", name: "a", value: "10.0.0.300", count: 1 },
        { rule: "invalid-ip", file: "apps/a.yaml", kind: "Pod", name: "b", value: "10.0.0.400", count: 1 },
      ],
    });

    expect((await cli([".", "--baseline", "lint-baseline.json"], { cwd })).code).toBe(0);
    // A new problem is reported; the old ones stay hidden.
    writeFileSync(join(cwd, "apps/c.yaml"), pod("c", "10.0.0.500"));
    const r = await cli([".", "--baseline", "lint-baseline.json", "-f", "json"], { cwd });
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual(["c.yaml:6 invalid-ip"]);
  });

  it("survives an unrelated edit above the finding", async () => {
    const cwd = tempTree({ "apps/a.yaml": TWO_BAD });
    await cli([".", "--write-baseline", "baseline.json"], { cwd });
    writeFileSync(join(cwd, "apps/a.yaml"), `# owned by team blue\n# see the runbook\n${pod("z", "10.0.0.1")}---\n${TWO_BAD.replace("  name: a\n", "  name: a\n  labels: {app: a}\n")}`);
    const before = await cli([".", "-f", "json"], { cwd });
    expect(lines(before.stdout)).toEqual(["a.yaml:16 invalid-ip", "a.yaml:23 invalid-ip"]);
    const r = await cli([".", "--baseline", "baseline.json", "-f", "json"], { cwd });
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toEqual([]);
  });

  it("counts: with two identical findings and one recorded, one is reported", async () => {
    const dup = (n: number) => Array.from({ length: n }, () => pod("a", "10.0.0.300")).join("---\n");
    const cwd = tempTree({ "a.yaml": dup(1) });
    await cli(["a.yaml", "--write-baseline", "b.json"], { cwd });
    writeFileSync(join(cwd, "a.yaml"), dup(2));
    const r = await cli(["a.yaml", "--baseline", "b.json", "-f", "json"], { cwd });
    expect(lines(r.stdout)).toEqual(["a.yaml:13 invalid-ip"]);
  });

  it("names files relative to the baseline file, so any working directory works", async () => {
    const root = tempTree({ "apps/a.yaml": TWO_BAD });
    expect((await cli(["apps", "--write-baseline", ".lint/baseline.json"], { cwd: root })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(root, ".lint/baseline.json"), "utf8")).findings[0].file).toBe("../apps/a.yaml");
    const r = await cli(["a.yaml", "--baseline", "../.lint/baseline.json"], { cwd: join(root, "apps") });
    expect(r.code).toBe(0);
  });

  it("exits 2 on a missing or malformed baseline", async () => {
    const cwd = tempTree({ "a.yaml": TWO_BAD, "bad.json": "[]\n" });
    const missing = await cli(["a.yaml", "--baseline", "none.json"], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--baseline none.json: no such file (create it with --write-baseline)");
    const bad = await cli(["a.yaml", "--baseline", "bad.json"], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--baseline bad.json: expected an object with version and findings");
  });
});
