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

  it("finds the offset of a line and column as walking the lines from the start would, mixed with positions asked", () => {
    // The walk relocation did per finding (layout/relocate.ts offsetOf): past the last line, the end.
    const walk = (text: string, line: number, column: number): number => {
      let off = 0;
      for (let l = 1; l < line; l++) {
        const nl = text.indexOf("\n", off);
        if (nl === -1) return text.length;
        off = nl + 1;
      }
      return Math.min(text.length, off + column - 1);
    };
    let seed = 5;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 300; round++) {
      const length = random(300);
      let text = "";
      for (let i = 0; i < length; i++) text += random(5) === 0 ? "\n" : "a";
      const index = new LineIndex(text);
      for (let k = 0; k < 40; k++) {
        if (random(3) === 0) index.position(random(length + 1));
        const line = random(text.split("\n").length + 3);
        const column = random(12) + 1;
        expect(index.offset(line, column), `${JSON.stringify(text)} ${line}:${column}`).toBe(walk(text, line, column));
      }
    }
  });

  it("gives spans their start and end (an end before the start is the start)", () => {
    const index = new LineIndex("ab\ncd\n\nef");
    expect(index.location({ start: 4, end: 9 })).toEqual({ line: 2, column: 2, endLine: 4, endColumn: 3 });
    expect(index.location({ start: 7, end: 2 })).toEqual({ line: 4, column: 1, endLine: 4, endColumn: 1 });
  });
});
