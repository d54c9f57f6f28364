import { afterEach, describe, expect, it, vi } from "vitest";
import type { RuleContext } from "../../src/rules/define-rule.js";
import { RULES } from "../../src/rules/index.js";
import { cli } from "../cli/helpers.js";
import { expectSibling, lint, messagesOf, tempDir, writeTree } from "./helpers.js";

/**
 * Inputs that used to end the whole run in "internal error" (exit 2, every other finding lost):
 * recursion deeper than the stack (a selector nested 6,000 deep, an alias-shared tree whose paths
 * are far deeper than its text), a number BigInt cannot take (`blockSize: 26.5`). And whatever bug
 * is left: a rule that throws costs the document it was checking, not the run.
 */

/** Forty anchors, each nested 400 deep around an alias to the one before: 16,000 levels, 40 lines. */
function aliasChain(indent: string, n = 40, depth = 400): string {
  const lines = [`${indent}x0: &a0 [1]`];
  for (let i = 1; i < n; i++) lines.push(`${indent}x${i}: &a${i} ${"[".repeat(depth)}*a${i - 1}${"]".repeat(depth)}`);
  return `${lines.join("\n")}\n`;
}

const pool = (name: string, extra: string): string => `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: 10.1.0.0/16\n${extra}`;

describe("no internal error aborts the run", () => {
  it("a nodeSelector nested 6,000 parentheses deep: Calico parses it, so do we", async () => {
    const sel = `${"(".repeat(6000)}has(a) && !(b == 'x')${")".repeat(6000)}`;
    const bad = `${"(".repeat(6000)}has(a) &&${")".repeat(6000)}`;
    const dir = writeTree(tempDir(), { "deep.yaml": pool("deep", `  nodeSelector: "${sel}"\n`), "broken.yaml": pool("broken", `  nodeSelector: "${bad}"\n`).replace("10.1.", "10.2.") });
    const r = await lint(dir, ["."]);
    expect(r.code).toBe(1);
    // Calico's CRD caps a selector at 1024 characters: that is the one finding for the valid one.
    expect(messagesOf(r, "deep.yaml").map((m) => m.message)).toEqual([expect.stringContaining("may not be longer than 1024")]);
    expect(messagesOf(r, "broken.yaml").map((m) => m.message)).toContainEqual(expect.stringContaining("may not be longer than 1024"));
    expect(messagesOf(r, "broken.yaml").map((m) => m.message)).toContainEqual(expect.stringContaining("(`unexpected token: )` at character 6010)"));
    expectSibling(r);
  });

  it("an alias-shared tree 16,000 levels deep in an IPPool", async () => {
    const dir = writeTree(tempDir(), { "chain.yaml": pool("chain", aliasChain("  ")) });
    const r = await lint(dir, ["."]);
    expect(r.code).toBe(1);
    expect(messagesOf(r, "chain.yaml").map((m) => m.ruleId)).toContain("pool-invalid"); // x0…: unknown fields
    expectSibling(r);
  });

  it("the same in the configuration file: a configuration error, not a crash", async () => {
    const dir = writeTree(tempDir(), { ".calico-ipam-lint.yaml": aliasChain("") });
    const r = await lint(dir, ["."]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.calico-ipam-lint.yaml:1:1: unknown key "x0" in the configuration');
  });

  it("the same in the --in-use file", async () => {
    const dir = writeTree(tempDir(), { "live.yaml": `apiVersion: v1\nkind: List\nitems: []\n${aliasChain("")}` });
    const r = await lint(dir, ["--in-use", "live.yaml", "sibling.yaml"]);
    expect(r.code).toBe(1);
    expectSibling(r);
  });

  it("blockSize: 26.5: no BigInt of a fraction; the run goes on", async () => {
    const dir = writeTree(tempDir(), { "frac.yaml": pool("frac", "  blockSize: 26.5\n") });
    const r = await lint(dir, ["."]);
    expect(r.code).toBe(1);
    expect(messagesOf(r, "frac.yaml").map((m) => m.message)).not.toContainEqual(expect.stringContaining("internal error"));
    expectSibling(r);
    const plan = await cli(["plan", "."], { cwd: dir });
    expect(plan.stderr).not.toContain("internal error");
    expect(plan.code).toBe(0);
  });
});

describe("a rule that throws", () => {
  afterEach(() => vi.restoreAllMocks());

  it("becomes a finding on the document it failed on; the other documents and rules report as usual", async () => {
    const rule = RULES.find((r) => r.id === "pool-invalid");
    if (!rule) throw new Error("pool-invalid is missing");
    const original = rule.check.bind(rule);
    // Fails whenever the model it is given holds the pool named boom.
    vi.spyOn(rule, "check").mockImplementation((ctx: RuleContext<string>) => {
      if (ctx.model.pools.some((p) => p.name === "boom")) throw new RangeError("Maximum call stack size exceeded");
      original(ctx);
    });
    const boom = pool("boom", "  blockSize: 40\n").replace("10.1.", "10.3.");
    const dir = writeTree(tempDir(), { "pools.yaml": `${pool("fine", "  blockSize: 40\n")}---\n${boom}` });
    const r = await lint(dir, ["."]);
    expect(r.code).toBe(1);
    const found = messagesOf(r, "pools.yaml").map((m) => `${m.line} ${m.ruleId} ${m.message.slice(0, 60)}`);
    expect(found).toEqual([
      expect.stringMatching(/^7 pool-invalid (?!pool-invalid failed)/), // the first pool's blockSize, still checked
      "9 pool-invalid pool-invalid failed on this document with an internal error ",
    ]);
    expectSibling(r);
  });
});
