import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/rules/index.js";
import { tempTree } from "./helpers.js";

// TIMING, as ESLint reads it: each rule's time and the stages', after the reports, on standard
// error. Through the built command: the switch is the process's environment.

const BIN = fileURLToPath(new URL("../../bin/calico-ipam-lint.js", import.meta.url));

const POOLS = "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: main}\nspec: {cidr: 10.0.0.0/24, blockSize: 26}\n";
const POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.9.0.1\"]'\nspec: {containers: [{name: c, image: x}]}\n";

const CWD = tempTree({ "pools.yaml": POOLS, "pod.yaml": POD });

function run(timing: string | undefined, cwd = CWD): { code: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env["TIMING"];
  if (timing !== undefined) env["TIMING"] = timing;
  const r = spawnSync(process.execPath, [BIN, ".", "-f", "json"], { cwd, env, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The rows of the table headed by `what`: [label, ms, percent]. */
function rows(stderr: string, what: string): [string, number, number][] {
  const lines = stderr.split("\n");
  const at = lines.findIndex((l) => l.startsWith(`${what} `));
  expect(at, `a ${what} table in\n${stderr}`).toBeGreaterThanOrEqual(0);
  expect(lines[at]).toMatch(new RegExp(`^${what} +\\| Time \\(ms\\) \\| Relative$`));
  // The separator lines up with the header, as Markdown and ESLint's table have it.
  expect(lines[at + 1]?.length).toBe(lines[at]?.length);
  expect(lines[at + 1]).toMatch(/^:-+\|-+:\|-+:$/);
  const out: [string, number, number][] = [];
  for (const l of lines.slice(at + 2)) {
    const m = /^(\S.*?) +\| +([\d.]+) \| +([\d.]+)%$/.exec(l);
    if (!m) break;
    out.push([m[1]!, Number(m[2]), Number(m[3])]);
  }
  return out;
}

describe("TIMING", () => {
  it("prints the ten longest rules and the stages on standard error; the report is unchanged", () => {
    const plain = run(undefined);
    const timed = run("1");
    expect(timed.code).toBe(plain.code);
    expect(plain.code).toBe(1); // ip-outside-pool: an error either way
    expect(JSON.parse(timed.stdout)).toEqual(JSON.parse(plain.stdout));
    expect(plain.stderr).not.toMatch(/Time \(ms\)/);
    const rules = rows(timed.stderr, "Rule");
    expect(rules).toHaveLength(10);
    const ids = new Set(RULES.map((r) => r.id));
    for (const [id] of rules) expect(ids.has(id)).toBe(true);
    // The longest first.
    expect(rules.map((r) => r[1])).toEqual([...rules.map((r) => r[1])].sort((a, b) => b - a));
    const stages = rows(timed.stderr, "Stage").map((r) => r[0]);
    for (const s of ["reading and parsing", "building the model", "writing the reports"]) expect(stages).toContain(s);
  });

  it("TIMING=all lists every rule that ran, a number above ten that many; the shares add up to the whole", () => {
    const all = rows(run("all").stderr, "Rule");
    expect(all.map((r) => r[0]).sort()).toEqual(RULES.map((r) => r.id).sort());
    const sum = all.reduce((n, r) => n + r[2], 0);
    expect(sum).toBeGreaterThan(99);
    expect(sum).toBeLessThan(101);
    expect(rows(run("12").stderr, "Rule")).toHaveLength(12);
    expect(rows(run("3").stderr, "Rule")).toHaveLength(10); // as ESLint: fewer than ten shows ten
  });
});
