import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/load/index.js";
import { doubleQuoted, isPlainSafe, singleQuoted, writeScalar } from "../../src/fix/text.js";

/** The string a YAML mapping value reads as, or an error marker. */
function readBack(written: string, flow = false): unknown {
  const f = parseSource("t.yaml", flow ? `{k: ${written}}\n` : `k: ${written}\n`);
  const root = f.documents[0]?.root;
  if (!root || root.kind !== "map" || f.documents.some((d) => d.problems.length > 0)) return Symbol.for("broken");
  const v = root.entries[0]?.value;
  return v?.kind === "scalar" ? v.value : Symbol.for("not a scalar");
}

const values = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom("", " a", "a ", "true", "null", "~", "0x1F", "1e3", ".inf", "- a", "-a", "a: b", "a:b", "a #b", "a#b", "#a", "[a]", "{a}", "a,b", "'a'", '"a"', "it's", 'say "hi"', "back\\slash", "\t", "line\nbreak", "é", "😀", '["10.0.0.1"]', "@a", "`a`", "%a", "!a", "&a", "*a", "|a", ">a", "?a", "? a", ":a"),
);

describe("writing scalars", () => {
  it("single- and double-quoted forms read back as the same string (property)", () => {
    fc.assert(
      fc.property(values, (v) => {
        expect(readBack(singleQuoted(v))).toBe(v);
        expect(readBack(doubleQuoted(v))).toBe(v);
      }),
      { numRuns: 500 },
    );
  });

  it("a value called plain-safe reads back as itself, in block and flow context (property)", () => {
    fc.assert(
      fc.property(values, (v) => {
        if (!isPlainSafe(v)) return;
        expect(readBack(v)).toBe(v);
        expect(readBack(v, true)).toBe(v);
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps plain where it stays a string, else single-quotes", () => {
    expect(writeScalar("plain", "cni.projectcalico.org/ipAddrs")).toBe("cni.projectcalico.org/ipAddrs");
    expect(writeScalar("plain", '["10.0.0.1"]')).toBe(`'["10.0.0.1"]'`);
    expect(writeScalar("plain", "true")).toBe("'true'");
    expect(writeScalar("single", "it's")).toBe("'it''s'");
    expect(writeScalar("double", 'a "b" \\c')).toBe('"a \\"b\\" \\\\c"');
    expect(writeScalar("literal", "x")).toBeNull();
    expect(writeScalar("folded", "x")).toBeNull();
  });
});
