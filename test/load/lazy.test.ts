import { describe, expect, it } from "vitest";
import { LazySources, parseSource, type SourceFile } from "../../src/load/index.js";

describe("LazySources", () => {
  it("reads a file when first asked for, once, and lists every path without reading", () => {
    const read: string[] = [];
    const parse = (path: string, text: string, contextOnly: boolean): SourceFile => {
      read.push(path);
      return parseSource(path, text, contextOnly);
    };
    const files = new LazySources(new Map([["a.yaml", "a: 1\n"], ["b.yaml", "b: 2\n"]]), parse);
    expect(files.size).toBe(2);
    expect([...files.keys()]).toEqual(["a.yaml", "b.yaml"]);
    expect(files.has("b.yaml")).toBe(true);
    expect(read).toEqual([]);
    const a = files.get("a.yaml");
    expect(a?.contextOnly).toBe(true);
    expect(files.get("a.yaml")).toBe(a);
    expect(files.get("c.yaml")).toBeUndefined();
    expect(read).toEqual(["a.yaml"]);
    expect([...files.values()].map((f) => f.path)).toEqual(["a.yaml", "b.yaml"]);
    expect(read).toEqual(["a.yaml", "b.yaml"]);
  });
});
