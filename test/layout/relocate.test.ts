import { describe, expect, it } from "vitest";
import { linesReading } from "../../src/layout/relocate.js";

/**
 * Counting a template's line in Helm's output (src/layout/relocate.ts `sameLine`): how many lines
 * between a `# Source:` mark and a finding read the same once trimmed. Searched for rather than
 * split out per finding; it must count what splitting counts.
 */
describe("linesReading", () => {
  const bySplit = (text: string, from: number, to: number, wanted: string): number => text.slice(from, to).split("\n").filter((l) => l.trim() === wanted).length;

  it("counts what splitting the text between counts, on random texts", () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pieces = ["a: 1", "  a: 1", "a: 1  ", "a: 1\r", "- a: 1", "a: 11", "b", "", " ", "a: 1 a: 1", "\ta: 1"];
    for (let k = 0; k < 3000; k++) {
      const lines = Array.from({ length: 1 + rand(12) }, () => pieces[rand(pieces.length)] as string);
      const text = `${lines.join("\n")}${rand(2) ? "\n" : ""}`;
      // From and to at the start of a line, as the mark and the finding's line are.
      const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1)];
      const a = starts[rand(starts.length)] as number;
      const b = starts[rand(starts.length)] as number;
      const [from, to] = a <= b ? [a, b] : [b, a];
      for (const wanted of ["a: 1", "b", "a: 1 a: 1", "- a: 1"]) expect(linesReading({ text }, from, to, wanted), JSON.stringify({ text, from, to, wanted })).toBe(bySplit(text, from, to, wanted));
    }
  });
});
