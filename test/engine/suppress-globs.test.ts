import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import { lintSources, type LintOptions } from "../../src/engine/run.js";
import { parseSource } from "../../src/load/index.js";

// `suppress` globs (docs/configuration.md): `*` matches any run of characters, every other
// character only itself. They go through picomatch, which gives `?`, brackets, braces, `!` and
// extglobs meanings of their own; these cases keep them literal.

function lintWith(name: string, glob: string): string[] {
  const pod = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${JSON.stringify(name)}\n  annotations:\n    cni.projectcalico.org/ipAddrs: '["10.0.0.300"]'\n`;
  const parsed = parseConfig(parseSource(".calico-ipam-lint.yaml", `suppress:\n  - name: ${JSON.stringify(glob)}\n    rules: [invalid-ip]\n`, true));
  if ("problems" in parsed) throw new Error(parsed.problems.map((p) => p.message).join("\n"));
  const options: LintOptions = { strict: true, policy: { config: parsed.config, baseDir: "/repo", cwd: "/repo" } };
  return lintSources([parseSource("p.yaml", pod)], options).results.flatMap((r) => r.findings.map((f) => f.ruleId));
}

const suppressed = (name: string, glob: string): boolean => !lintWith(name, glob).includes("invalid-ip");

describe("suppress globs", () => {
  it("`*` matches any run of characters, none included, slashes included", () => {
    expect(suppressed("vendor-a", "vendor-*")).toBe(true);
    expect(suppressed("vendor-", "vendor-*")).toBe(true);
    expect(suppressed("a/b/c", "a*c")).toBe(true);
    expect(suppressed("x.y", "*")).toBe(true);
    expect(suppressed("other", "vendor-*")).toBe(false);
  });

  it("every other character matches only itself", () => {
    expect(suppressed("foox", "foo?")).toBe(false);
    expect(suppressed("foo?", "foo?")).toBe(true);
    expect(suppressed("a", "[ab]")).toBe(false);
    expect(suppressed("[ab]", "[ab]")).toBe(true);
    expect(suppressed("xa", "x{a,b}")).toBe(false);
    expect(suppressed("x{a,b}", "x{a,b}")).toBe(true);
    expect(suppressed("y", "!x")).toBe(false);
    expect(suppressed("!x", "!x")).toBe(true);
    expect(suppressed("a\\\\b", "a\\\\b")).toBe(true);
    expect(suppressed("a.b", "a*.b")).toBe(true);
    expect(suppressed("aXb", "a.b")).toBe(false);
  });
});
