import { describe, expect, it } from "vitest";
import { innerSpan, LineIndex, parseSource, type Node, type ScalarNode } from "../../src/load/index.js";

function scalarAt(root: Node | null, ...path: string[]): ScalarNode {
  let cur = root;
  for (const k of path) {
    if (!cur || cur.kind !== "map") throw new Error(`no map at ${k}`);
    cur = cur.entries.find((e) => e.key === k)?.value ?? null;
  }
  if (!cur || cur.kind !== "scalar") throw new Error("not a scalar");
  return cur;
}

function textOf(src: string, s: { start: number; end: number }): string {
  return src.slice(s.start, s.end);
}

describe("parseSource", () => {
  it("keeps every document of a stream with its index", () => {
    const f = parseSource("a.yaml", "a: 1\n---\nb: 2\n---\n");
    expect(f.documents.map((d) => d.index)).toEqual([0, 1, 2]);
    // An empty document has no mapping to lint.
    expect(f.documents[2]?.root?.kind ?? "scalar").toBe("scalar");
  });

  it("maps positions through CRLF and a BOM", () => {
    const text = "\ufeffapiVersion: v1\r\nkind: Pod\r\n";
    const f = parseSource("a.yaml", text);
    const kind = scalarAt(f.documents[0]!.root, "kind");
    const loc = new LineIndex(text).location(kind.span);
    expect(loc).toEqual({ line: 2, column: 7, endLine: 2, endColumn: 10 });
  });

  it("resolves aliases and merge keys", () => {
    const f = parseSource("a.yaml", "base: &b {x: 1, y: 2}\nuse:\n  <<: *b\n  y: 3\n");
    const use = f.documents[0]!.root;
    expect(scalarAt(use, "use", "x").value).toBe(1);
    expect(scalarAt(use, "use", "y").value).toBe(3);
  });

  it("reports syntax errors per document and keeps the others", () => {
    const f = parseSource("a.yaml", "a: 1\n---\nb: [1\n---\nc: 3\n");
    expect(f.documents[0]?.problems).toEqual([]);
    expect(f.documents[1]?.problems.length).toBeGreaterThan(0);
    expect(f.documents[2]?.root).not.toBeNull();
  });
});

describe("innerSpan points inside a scalar's value", () => {
  const cases: [string, string][] = [
    ["single-quoted", `k: '["10.0.0.1", "10.0.0.2"]'\n`],
    ["double-quoted with escapes", `k: "[\\"10.0.0.1\\", \\"10.0.0.2\\"]"\n`],
    ["plain", `k: ["10.0.0.1", "10.0.0.2"]x\n`.replace("x", "")],
  ];
  for (const [name, src] of cases) {
    it(name, () => {
      const text = name === "plain" ? `k: x ["10.0.0.1", "10.0.0.2"]\n` : src;
      const f = parseSource("a.yaml", text);
      const s = scalarAt(f.documents[0]!.root, "k");
      const value = String(s.value);
      const i = value.indexOf("10.0.0.2");
      const span = innerSpan(s, i, i + "10.0.0.2".length);
      expect(textOf(text, span)).toBe("10.0.0.2");
    });
  }

  it("covers an escaped quote with its backslash", () => {
    const text = `k: "[\\"a\\"]"\n`;
    const s = scalarAt(parseSource("a.yaml", text).documents[0]!.root, "k");
    expect(String(s.value)).toBe('["a"]');
    expect(textOf(text, innerSpan(s, 1, 4))).toBe('\\"a\\"');
  });

  it("maps literal block scalars line by line, CRLF included", () => {
    const text = 'k: |\r\n  ["a",\r\n   "bb"]\r\nx: 1\r\n';
    const s = scalarAt(parseSource("a.yaml", text).documents[0]!.root, "k");
    const value = String(s.value);
    expect(value).toBe('["a",\n "bb"]\n');
    const i = value.indexOf("bb");
    expect(textOf(text, innerSpan(s, i, i + 2))).toBe("bb");
    expect(textOf(text, innerSpan(s, 1, 4))).toBe('"a"');
  });

  it("maps a folded scalar of one line, and falls back when lines are folded", () => {
    const one = 'k: >-\n  ["a"]\n';
    const s1 = scalarAt(parseSource("a.yaml", one).documents[0]!.root, "k");
    expect(textOf(one, innerSpan(s1, 1, 4))).toBe('"a"');
    const two = 'k: >\n  ["a",\n  "b"]\n';
    const s2 = scalarAt(parseSource("a.yaml", two).documents[0]!.root, "k");
    expect(innerSpan(s2, 1, 4)).toEqual(s2.span);
  });

  it("falls back for a block scalar with an explicit indentation", () => {
    const text = 'k: |2\n   ["a"]\n';
    const s = scalarAt(parseSource("a.yaml", text).documents[0]!.root, "k");
    expect(innerSpan(s, 1, 4)).toEqual(s.span);
  });

  it("maps every escape of a double-quoted scalar to its backslash", () => {
    const text = 'k: "[\\"10.0.0.1\\",\\n \\"caf\\u00e9\\", \\"\\U0001F600x\\", \\"\\x41\\tB\\"]"\n';
    const s = scalarAt(parseSource("a.yaml", text).documents[0]!.root, "k");
    const value = String(s.value);
    expect(value).toBe('["10.0.0.1",\n "caf\u00e9", "\u{1F600}x", "A\tB"]');
    const at = (item: string) => textOf(text, innerSpan(s, value.indexOf(item), value.indexOf(item) + item.length));
    expect(at("10.0.0.1")).toBe("10.0.0.1");
    expect(at("caf\u00e9")).toBe("caf\\u00e9");
    expect(at("\u{1F600}x")).toBe("\\U0001F600x");
    expect(at("A\tB")).toBe("\\x41\\tB");
  });

  it("falls back for multi-line flow scalars", () => {
    const text = 'k: "[\\"a\\",\n  \\"b\\"]"\n';
    const s = scalarAt(parseSource("a.yaml", text).documents[0]!.root, "k");
    expect(innerSpan(s, 1, 4)).toEqual(s.span);
  });
});
