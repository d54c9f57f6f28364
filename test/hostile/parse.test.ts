import { describe, expect, it } from "vitest";
import { LineIndex, parseSource, type Node, type SourceFile } from "../../src/load/index.js";
import { MAX_DEPTH } from "../../src/load/parse.js";
import { lintSources } from "../../src/engine/run.js";

/**
 * The reader on hostile text, below the CLI: every limit is a located problem in the file, nothing
 * throws, and the costs stay linear. No timings are asserted; the quadratic versions of these inputs
 * took minutes, so the vitest timeout is the guard.
 */

const problemsOf = (f: SourceFile) => [...f.problems, ...f.documents.flatMap((d) => d.problems)];

function at(text: string, offset: number): string {
  const { line, column } = new LineIndex(text).position(offset);
  return `${line}:${column}`;
}

/** Nesting depth of the located tree, counted without recursion. */
function depthOf(root: Node | null): number {
  let max = 0;
  const stack: [Node, number][] = root ? [[root, 1]] : [];
  while (stack.length > 0) {
    const [n, d] = stack.pop()!;
    if (n.kind === "scalar") continue;
    max = Math.max(max, d);
    if (n.kind === "map") for (const e of n.entries) stack.push([e.value, d + 1]);
    else for (const i of n.items) stack.push([i, d + 1]);
  }
  return max;
}

/** yaml-syntax findings of a file, through the engine in strict mode (positions must be valid). */
function syntaxFindings(f: SourceFile) {
  const { results } = lintSources([f], { strict: true, only: ["yaml-syntax"] });
  return results.flatMap((r) => r.findings);
}

describe("nesting deeper than the reader allows", () => {
  const N = 100_000;
  const cases: [string, string, number][] = [
    // name, text, offset of the indicator that opens level MAX_DEPTH + 1 (or about)
    ["flow sequences", `a: ${"[".repeat(N)}${"]".repeat(N)}\n`, 3],
    ["flow maps", `a: ${"{a: ".repeat(N)}1${"}".repeat(N)}\n`, 3],
    ["JSON arrays", `${"[".repeat(N)}${"]".repeat(N)}`, 0],
    ["JSON objects", `${'{"a":'.repeat(N)}1${"}".repeat(N)}`, 0],
    ["compact block sequences", `${"- ".repeat(N)}x\n`, 0],
    ["explicit keys", `${"? ".repeat(N)}x\n`, 0],
    ["flow sequences of maps", `a: ${"[{a: ".repeat(N / 2)}1${"}]".repeat(N / 2)}\n`, 3],
  ];
  for (const [name, text] of cases) {
    it(`${name}, ${N} levels: one TOO_DEEP problem, located, and no throw`, () => {
      const f = parseSource("deep.yaml", text);
      const problems = problemsOf(f);
      expect(problems.map((p) => p.code)).toEqual(["TOO_DEEP"]);
      const p = problems[0]!;
      expect(p.message).toBe(`Collections nested more than ${MAX_DEPTH} levels deep`);
      // Located on line 1, just past the limit: the indicator that opened one level too many.
      expect(p.span.start).toBeGreaterThan(MAX_DEPTH - 10);
      expect(p.span.start).toBeLessThan(MAX_DEPTH * 6);
      expect(p.span.end).toBeGreaterThan(p.span.start);
      expect(at(text, p.span.start)).toMatch(/^1:\d+$/);
      expect(text.slice(p.span.start, p.span.end)).toMatch(/^[[{?-]/);
      const findings = syntaxFindings(f);
      expect(findings).toMatchObject([{ ruleId: "yaml-syntax", messageId: "tooDeep", severity: "error", line: 1 }]);
    });
  }

  it("indented block maps 2000 levels deep (4 MB of indentation)", () => {
    let text = "";
    for (let i = 0; i < 2000; i++) text += `${" ".repeat(i)}k:\n`;
    const f = parseSource("deep.yaml", `${text}${" ".repeat(2000)}v\n`);
    const [p, ...rest] = problemsOf(f);
    expect(rest).toEqual([]);
    expect(p?.code).toBe("TOO_DEEP");
    // The key that opens map number MAX_DEPTH + 1, at the start of its line.
    expect(at(f.text, p!.span.start)).toBe(`${MAX_DEPTH + 1}:${MAX_DEPTH + 1}`);
  });

  it("keeps the documents before the deep one", () => {
    const text = `apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\nx: ${"[".repeat(N)}\n---\nb: 1\n`;
    const f = parseSource("deep.yaml", text);
    expect(f.documents).toHaveLength(1);
    expect(f.documents[0]?.root?.kind).toBe("map");
    // `x:` opens a map, then the bracket number MAX_DEPTH is one too many.
    expect(problemsOf(f).map((p) => [p.code, at(text, p.span.start)])).toEqual([["TOO_DEEP", `5:${3 + MAX_DEPTH}`]]);
  });

  it(`reads nesting up to the limit in full (the worst case for the parser: sequences of maps)`, () => {
    const levels = MAX_DEPTH - 4;
    const text = `a: ${"[{a: ".repeat(levels / 2)}1${"}]".repeat(levels / 2)}\n`;
    const f = parseSource("deep.yaml", text);
    expect(problemsOf(f)).toEqual([]);
    expect(depthOf(f.documents[0]!.root)).toBe(levels + 1);
  });
});

/** The billion laughs: `levels` anchors, each a list of `fanout` aliases of the one before. */
function laughs(levels: number, fanout: number, indent = ""): string {
  let text = `${indent}a0: &a0 [${Array(fanout).fill("lol").join(", ")}]\n`;
  for (let l = 1; l < levels; l++) text += `${indent}a${l}: &a${l} [${Array(fanout).fill(`*a${l - 1}`).join(", ")}]\n`;
  return text;
}

describe("aliases", () => {
  it("decodes what go-yaml decodes: 3 levels of 10 laughs", () => {
    const f = parseSource("laughs.yaml", laughs(3, 10));
    expect(problemsOf(f)).toEqual([]);
    const a2 = f.documents[0]!.root;
    expect(a2?.kind === "map" && a2.entries[2]?.value.kind).toBe("seq");
  });

  it("refuses what go-yaml refuses (CVE-2019-11253): 4 levels of 10, and the billion laughs", () => {
    for (const [levels, fanout] of [
      [4, 10],
      [9, 9],
      [30, 30],
    ] as const) {
      const text = laughs(levels, fanout);
      const f = parseSource("laughs.yaml", text);
      const problems = problemsOf(f);
      expect(problems.map((p) => p.code)).toEqual(["EXCESSIVE_ALIASING"]);
      expect(problems[0]!.message).toContain("`yaml: document contains excessive aliasing`");
      // At the alias being expanded when go-yaml gives up.
      expect(text.slice(problems[0]!.span.start, problems[0]!.span.end)).toMatch(/^\*a\d+$/);
      expect(f.documents[0]?.root).toBeNull();
    }
  });

  it("costs no more memory than its text: aliases share their anchor's node", () => {
    // 50 aliases of a map of 2000 keys: 98% of what go-yaml decodes is alias expansion, under its 99%.
    const big = Array.from({ length: 2000 }, (_, i) => `k${i}: v`).join(", ");
    const text = (n: number) => `base: &b {${big}}\nuses:\n${"- *b\n".repeat(n)}`;
    const f = parseSource("shared.yaml", text(50));
    expect(problemsOf(f)).toEqual([]);
    const root = f.documents[0]!.root;
    const uses = root?.kind === "map" ? root.entries[1]?.value : undefined;
    expect(uses?.kind === "seq" && uses.items.length).toBe(50);
    expect(uses?.kind === "seq" && uses.items[0] === uses.items[49]).toBe(true);
    // 200 of them: 99.5%, which go-yaml (and so kubectl) refuses.
    expect(problemsOf(parseSource("shared.yaml", text(200))).map((p) => p.code)).toEqual(["EXCESSIVE_ALIASING"]);
  });

  it("an alias with no anchor before it is a syntax problem at the alias, as in kubectl", () => {
    const text = "a: 1\nb: *nope\nc: &later 2\nd: *later\n";
    const f = parseSource("a.yaml", text);
    expect(problemsOf(f).map((p) => [p.code, at(text, p.span.start), p.message])).toEqual([
      ["UNKNOWN_ANCHOR", "2:4", "Alias *nope has no anchor before it (kubectl: `yaml: unknown anchor 'nope' referenced`)"],
    ]);
  });

  it("an anchor that contains its own alias is a problem, not an endless tree", () => {
    const text = "a: &x {b: [1, *x]}\n";
    const f = parseSource("a.yaml", text);
    expect(problemsOf(f).map((p) => [p.code, at(text, p.span.start)])).toEqual([["ALIAS_CYCLE", "1:15"]]);
    expect(problemsOf(f)[0]!.message).toContain("`yaml: anchor 'x' value contains itself`");
  });

  it("a redefined anchor means the last one before the alias", () => {
    const f = parseSource("a.yaml", "a: &x 1\nb: *x\nc: &x 2\nd: *x\n");
    const root = f.documents[0]!.root;
    const values = root?.kind === "map" ? root.entries.map((e) => (e.value.kind === "scalar" ? e.value.value : null)) : [];
    expect(values).toEqual([1, 1, 2, 2]);
  });

  it("anchors on keys and inside keys are visible to later aliases", () => {
    const f = parseSource("a.yaml", "&k name: x\n? [&in inner]\n: y\ncopy: *k\ninner: *in\n");
    expect(problemsOf(f)).toEqual([]);
    const root = f.documents[0]!.root;
    const byKey = root?.kind === "map" ? Object.fromEntries(root.entries.map((e) => [e.key, e.value.kind === "scalar" ? e.value.value : null])) : {};
    expect(byKey).toMatchObject({ name: "x", copy: "name", inner: "inner" });
  });

  it("100000 anchors and 100000 aliases read in linear time", () => {
    const n = 100_000;
    let text = "anchors:\n";
    for (let i = 0; i < n; i++) text += `- &a${i} v${i}\n`;
    text += "aliases:\n";
    for (let i = 0; i < n; i++) text += `- *a${i}\n`;
    const f = parseSource("many.yaml", text);
    expect(problemsOf(f)).toEqual([]);
  }, 30_000);
});

describe("keys", () => {
  it("a duplicate key is a problem at the second key", () => {
    const text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\n";
    const f = parseSource("dup.yaml", text);
    expect(problemsOf(f).map((p) => [p.code, p.message, at(text, p.span.start)])).toEqual([["DUPLICATE_KEY", "Map keys must be unique", "5:3"]]);
    expect(f.documents[0]?.root).toBeNull();
  });

  it("keys compare by type and value, as the YAML parser compares them", () => {
    for (const [text, dup] of [
      ["a: 1\n'a': 2\n", true],
      ["{a: 1, \"a\": 2}", true],
      ["1: x\n'1': y\n", false],
      ["1: x\n1.0: y\n", true],
      ["~: x\nnull: y\n", true],
      ["<<: {a: 1}\n<<: {b: 2}\n", false],
    ] as const) {
      expect(problemsOf(parseSource("k.yaml", text)).map((p) => p.code), text).toEqual(dup ? ["DUPLICATE_KEY"] : []);
    }
  });

  it("a map of 100000 keys reads in linear time", () => {
    let text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n";
    for (let i = 0; i < 100_000; i++) text += `  k${i}: v\n`;
    const f = parseSource("keys.yaml", text);
    expect(problemsOf(f)).toEqual([]);
    const data = f.documents[0]!.root?.kind === "map" ? f.documents[0]!.root.entries[3]?.value : undefined;
    expect(data?.kind === "map" && data.entries.length).toBe(100_000);
  }, 30_000);

  it("a key repeated 5000 times: one problem per repeat", () => {
    const f = parseSource("dup.yaml", "a: 1\n".repeat(5000));
    expect(problemsOf(f)).toHaveLength(4999);
  }, 30_000);

  it("merging a map of 150000 keys (spreading them as arguments overflowed the stack)", () => {
    let text = "base: &b\n";
    for (let i = 0; i < 150_000; i++) text += `  k${i}: v\n`;
    text += "use:\n  <<: *b\n  own: 1\n";
    const f = parseSource("merge.yaml", text);
    expect(problemsOf(f)).toEqual([]);
    const use = f.documents[0]!.root?.kind === "map" ? f.documents[0]!.root.entries[1]?.value : undefined;
    expect(use?.kind === "map" && use.entries.length).toBe(150_001);
  }, 30_000);
});
