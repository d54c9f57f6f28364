import { describe, expect, it } from "vitest";
import { argoGlob, GlobError } from "../../src/cli/argocd-directory.js";

// Argo CD matches directory.include / exclude with util/glob.Match, gobwas/glob compiled without
// separators: `*` crosses `/`, `{a,b}` nests, `[!x]` negates, `\` escapes.
describe("Argo CD's directory glob", () => {
  const m = (pattern: string, path: string): boolean => argoGlob(pattern).test(path);
  it("matches as gobwas/glob with no separators", () => {
    expect(m("*.yaml", "a.yaml")).toBe(true);
    expect(m("*.yaml", "deep/er/a.yaml")).toBe(true);
    expect(m("**/a.yaml", "x/a.yaml")).toBe(true);
    expect(m("some-directory/*", "some-directory/x/y.yml")).toBe(true);
    expect(m("*.yaml", "a.yml")).toBe(false);
    expect(m("{config.json,env-usw2/*}", "env-usw2/cm.yaml")).toBe(true);
    expect(m("{config.json,env-usw2/*}", "env-use2/cm.yaml")).toBe(false);
    expect(m("{a,{b,c}x}.yaml", "cx.yaml")).toBe(true);
    expect(m("[a-c].yaml", "b.yaml")).toBe(true);
    expect(m("[!a-c].yaml", "b.yaml")).toBe(false);
    expect(m("?.yaml", "ab.yaml")).toBe(false);
    expect(m("a\\*.yaml", "a*.yaml")).toBe(true);
    expect(m("a\\*.yaml", "ab.yaml")).toBe(false);
    expect(m("a.yaml", "a.yaml.bak")).toBe(false);
    expect(m("(a|b).yaml", "a.yaml")).toBe(false);
    // Outside braces `}` and `,` are characters; a final `\` is dropped (gobwas/glob syntax/lexer).
    expect(m("a},b.yaml", "a},b.yaml")).toBe(true);
    expect(m("a.yaml\\", "a.yaml")).toBe(true);
  });
  it("refuses what gobwas/glob cannot compile", () => {
    for (const bad of ["{a", "[ab", "[a-cx]", "{a,[b}", "[]"]) expect(() => argoGlob(bad), bad).toThrow(GlobError);
  });
});
