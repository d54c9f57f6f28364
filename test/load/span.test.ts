import { describe, expect, it } from "vitest";
import { LineIndex } from "../../src/load/span.js";

describe("LineIndex", () => {
  // Lines counted from the start of the text for each offset: what the index must agree with.
  const reference = (text: string, offset: number): { line: number; column: number } => {
    const o = Math.max(0, Math.min(offset, text.length));
    const before = text.slice(0, o);
    const lastBreak = before.lastIndexOf("\n");
    return { line: before.split("\n").length, column: o - (lastBreak + 1) + 1 };
  };

  it("places every offset as counting from the start would, whatever order offsets are asked in", () => {
    let seed = 11;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 300; round++) {
      const length = random(400);
      let text = "";
      for (let i = 0; i < length; i++) text += random(6) === 0 ? "\n" : "a";
      const index = new LineIndex(text);
      for (let k = 0; k < 40; k++) {
        const offset = random(length + 3) - 1;
        expect(index.position(offset), `${JSON.stringify(text)} @ ${offset}`).toEqual(reference(text, offset));
      }
    }
  });

  it("gives spans their start and end (an end before the start is the start)", () => {
    const index = new LineIndex("ab\ncd\n\nef");
    expect(index.location({ start: 4, end: 9 })).toEqual({ line: 2, column: 2, endLine: 4, endColumn: 3 });
    expect(index.location({ start: 7, end: 2 })).toEqual({ line: 4, column: 1, endLine: 4, endColumn: 1 });
  });
});
