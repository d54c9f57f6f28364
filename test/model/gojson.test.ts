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

  it("points at the offending character", () => {
    const r = goUnmarshalStringList('["a",]');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.offset).toBe(5);
  });
});
