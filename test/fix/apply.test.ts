import { describe, expect, it } from "vitest";
import { applyFixes, fixProblem, type EditFix } from "../../src/fix/index.js";

const F = "f.yaml";
const fix = (...edits: [number, number, string][]): EditFix => ({ edits: edits.map(([start, end, text]) => ({ span: { file: F, start, end }, text })) });

describe("applyFixes", () => {
  it("applies edits in order of position and copies the rest unchanged", () => {
    const r = applyFixes("abcdefghij", [fix([8, 9, "I"]), fix([1, 2, "BB"])]);
    expect(r.text).toBe("aBBcdefghIj");
    expect(r.applied).toHaveLength(2);
    expect(r.deferred).toHaveLength(0);
  });

  it("applies a fix's edits together, however far apart (a move)", () => {
    const r = applyFixes("one\ntwo\nthree\n", [fix([0, 4, ""], [14, 14, "one\n"])]);
    expect(r.text).toBe("two\nthree\none\n");
  });

  it("defers a fix that overlaps or touches one taken before it, to the next pass", () => {
    const first = fix([2, 5, "X"]);
    const overlapping = fix([4, 6, "Y"]);
    const touching = fix([5, 5, "Z"]);
    const apart = fix([7, 8, "W"]);
    const r = applyFixes("0123456789", [overlapping, apart, touching, first]);
    expect(r.text).toBe("01X56W89");
    expect(r.applied).toEqual([first, apart]);
    expect(r.deferred).toEqual([overlapping, touching]);
  });

  it("defers a whole fix when only one of its edits conflicts", () => {
    const a = fix([0, 1, "A"]);
    const b = fix([5, 6, "B"], [1, 1, "!"]);
    const r = applyFixes("0123456789", [a, b]);
    expect(r.text).toBe("A123456789");
    expect(r.deferred).toEqual([b]);
  });

  it("treats two insertions at one offset as a conflict", () => {
    const r = applyFixes("ab", [fix([1, 1, "x"]), fix([1, 1, "y"])]);
    expect(r.text).toBe("axb");
    expect(r.deferred).toHaveLength(1);
  });

  it("returns the same text when nothing applies", () => {
    const text = "unchanged";
    expect(applyFixes(text, []).text).toBe(text);
  });
});

describe("fixProblem", () => {
  it("accepts edits inside the text that do not overlap (touching is fine within one fix)", () => {
    expect(fixProblem(fix([0, 2, ""], [2, 2, "x"]), F, 5)).toBeNull();
  });

  it.each([
    ["no edits", { edits: [] }, /without edits/],
    ["another file", { edits: [{ span: { file: "g.yaml", start: 0, end: 1 }, text: "" }] }, /in g\.yaml/],
    ["past the end", fix([3, 9, ""]), /outside the text/],
    ["reversed", fix([3, 2, ""]), /outside the text/],
    ["overlapping edits", fix([0, 3, ""], [2, 4, ""]), /overlap/],
  ])("rejects %s", (_, f, message) => {
    expect(fixProblem(f as EditFix, F, 5)).toMatch(message);
  });
});
