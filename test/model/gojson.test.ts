import { describe, expect, it } from "vitest";
import { goUnmarshalStringList } from "../../src/model/gojson.js";

// Expected texts checked against Go's encoding/json (calico-ipam.md §1.3).
describe("goUnmarshalStringList matches Go's json.Unmarshal into []string", () => {
  const cases: [string, string][] = [
    ["10.0.0.0/24", "invalid character '.' after top-level value"],
    ["default-ipv4-ippool", "invalid character 'd' looking for beginning of value"],
    ["[default-ipv4-ippool]", "invalid character 'd' looking for beginning of value"],
    ['"10.0.0.0/24"', "json: cannot unmarshal string into Go value of type []string"],
    ["['a']", "invalid character '\\'' looking for beginning of value"],
    ['["a"', "unexpected end of JSON input"],
    ['["a",]', "invalid character ']' looking for beginning of value"],
    ["[10]", "json: cannot unmarshal number into Go value of type string"],
    ["{}", "json: cannot unmarshal object into Go value of type []string"],
    ["", "unexpected end of JSON input"],
    ['["a" "b"]', "invalid character '\"' after array element"],
    ["[true]", "json: cannot unmarshal bool into Go value of type string"],
    // Go reports the offending byte: a backslash is quoted, a non-ASCII character shows as its
    // first UTF-8 byte read as Latin-1, a control character in Go's escape form.
    ['[\\"a\\"]', "invalid character '\\\\' looking for beginning of value"],
    ["[\u201ca\u201d]", "invalid character '\u00e2' looking for beginning of value"],
    ["\u00a0[]", "invalid character '\u00c2' looking for beginning of value"],
    ['["a\u0001"]', "invalid character '\\x01' in string literal"],
  ];
  for (const [input, message] of cases) {
    it(`rejects ${JSON.stringify(input)}`, () => {
      const r = goUnmarshalStringList(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toBe(message);
    });
  }

  it("accepts [] and null as no restriction", () => {
    expect(goUnmarshalStringList("[]")).toEqual({ ok: true, items: [] });
    expect(goUnmarshalStringList("null")).toEqual({ ok: true, items: null });
  });

  it("keeps the offsets of each string's contents", () => {
    const r = goUnmarshalStringList(' ["10.0.0.1", "fd00::1"]');
    expect(r).toEqual({
      ok: true,
      items: [
        { value: "10.0.0.1", start: 3, end: 11 },
        { value: "fd00::1", start: 15, end: 22 },
      ],
    });
  });

  it("decodes escapes as Go does", () => {
    const r = goUnmarshalStringList('["a\\u0041\\n"]');
    expect(r.ok && r.items?.[0]?.value).toBe("aA\n");
  });

  // A list of plain strings is decoded without the scanner; anything else goes through it. Both
  // must agree with strict JSON on what is valid, and on the strings and where they are.
  it("agrees with JSON.parse on random arrays of strings, with and without escapes", () => {
    const parts = ["[", "]", '"', '"a"', '"10.0.0.1"', ",", " ", "\t", "\n", "\\", '"\\n"', '"\\u0041"', "\u0001", "x", "1", "null", "\u00e9"];
    let seed = 7;
    const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const inputs: string[] = [];
    for (let i = 0; i < 20000; i++) {
      let s = rnd(3) === 0 ? "" : "[";
      for (let k = rnd(8); k > 0; k--) s += parts[rnd(parts.length)];
      if (rnd(3) !== 0) s += "]";
      inputs.push(s);
    }
    inputs.push('["a","b"]', ' [ "a" , "b" ] ', "[]", " [ ] ", '["a"', '["a",]', '[,"a"]', '["a"]x');
    let valid = 0;
    for (const s of inputs) {
      let expected: unknown;
      try {
        expected = JSON.parse(s);
      } catch {
        expected = undefined;
      }
      const r = goUnmarshalStringList(s);
      if (Array.isArray(expected) && expected.every((v) => typeof v === "string" || v === null)) {
        valid++;
        expect(r.ok, s).toBe(true);
        if (r.ok) expect(r.items?.map((it) => it.value), s).toEqual(expected.map((v) => v ?? ""));
        if (r.ok) for (const it of r.items ?? []) if (!s.slice(it.start, it.end).includes("\\") && s[it.start - 1] === '"') expect(s.slice(it.start, it.end)).toBe(it.value);
      } else if (expected === undefined) {
        expect(r.ok, s).toBe(false);
      }
    }
    expect(valid).toBeGreaterThan(500);
  });

  it("points at the offending character", () => {
    const r = goUnmarshalStringList('["a",]');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.offset).toBe(5);
  });
});
