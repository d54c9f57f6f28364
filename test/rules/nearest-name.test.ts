import { describe, expect, it } from "vitest";
import { NearestNames, nearestName } from "../../src/rules/_shared/static.js";

/**
 * unknown-pool's "did you mean" (src/rules/_shared/static.ts `nearestName`) measures each pool name
 * only as far as it could still be the answer. Checked against the whole Levenshtein table and the
 * rule it gave: the first of the closest names, if within max(2, a quarter of the name's length).
 */
function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

function reference(name: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const n of names) {
    const d = levenshtein(name.toLowerCase(), n.toLowerCase());
    if (d < bestD) {
      best = n;
      bestD = d;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 4)) ? best : undefined;
}

describe("nearestName", () => {
  it("agrees with the whole table on 5,000 random names against random pool lists", () => {
    let seed = 3;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const word = (): string => Array.from({ length: random(14) }, () => "abcdeAB-1."[random(10)]).join("");
    let found = 0;
    for (let round = 0; round < 5_000; round++) {
      const names = Array.from({ length: random(12) }, word);
      // Often a name a few edits from one of the pools.
      let name = names.length > 0 && random(2) === 0 ? (names[random(names.length)] as string) : word();
      for (let e = random(4); e > 0; e--) {
        const at = random(name.length + 1);
        name = [name.slice(0, at) + "x" + name.slice(at), name.slice(0, at) + name.slice(at + 1), name.slice(0, at) + "Z" + name.slice(at + 1)][random(3)] as string;
      }
      const expected = reference(name, names);
      if (expected !== undefined) found++;
      expect(nearestName(name, names), JSON.stringify({ name, names })).toBe(expected);
    }
    expect(found).toBeGreaterThan(1_000);
  });

  it("a name exactly as far as the limit allows is still suggested (the table's last row all at the limit)", () => {
    expect(nearestName("ab", ["xy"])).toBe("xy");
    expect(nearestName("abcdefgh", ["abcdxyzh", "abxdefgh"])).toBe("abxdefgh");
    expect(nearestName("abc", ["xyz"])).toBeUndefined();
    expect(nearestName("Default", ["default", "default2"])).toBe("default");
  });
});

/**
 * `NearestNames` (the same list asked for many names: unknown-pool's) finds a name one edit away
 * from the names' one-deletion variants, and measures every name only when none is: its answers
 * must be `nearestName`'s, checked above against the whole table.
 */
describe("NearestNames", () => {
  it("answers as nearestName on 20,000 random names against random lists of pool names (one edit, two, transposed, repeated)", () => {
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const word = (): string => Array.from({ length: random(9) }, () => "abcAB-1"[random(7)]).join("");
    const edits = [
      (w: string, at: number) => w.slice(0, at) + "b" + w.slice(at),
      (w: string, at: number) => w.slice(0, at) + w.slice(at + 1),
      (w: string, at: number) => w.slice(0, at) + "A" + w.slice(at + 1),
      // Two characters swapped: their one-deletion variants meet, but they are two edits apart.
      (w: string, at: number) => w.slice(0, at) + w.slice(at + 1, at + 2) + w.slice(at, at + 1) + w.slice(at + 2),
    ];
    let oneEdit = 0;
    let measuredAll = 0;
    for (let round = 0; round < 2_000; round++) {
      // Short names from few letters, some repeated: many one edit apart.
      const names = Array.from({ length: random(30) }, word);
      if (names.length > 1 && random(3) === 0) names.push(names[random(names.length)] as string);
      const index = new NearestNames(names);
      for (let q = 0; q < 10; q++) {
        let name = names.length > 0 && random(3) > 0 ? (names[random(names.length)] as string) : word();
        for (let e = random(3); e > 0; e--) name = (edits[random(edits.length)] as (w: string, at: number) => string)(name, random(name.length + 1));
        const expected = nearestName(name, names);
        const d = expected === undefined ? undefined : levenshtein(name.toLowerCase(), expected.toLowerCase());
        if (d === 1) oneEdit++;
        else if (d !== 0) measuredAll++;
        expect(index.nearest(name), JSON.stringify({ name, names })).toBe(expected);
      }
    }
    // Both ways of finding it, often.
    expect(oneEdit).toBeGreaterThan(3_000);
    expect(measuredAll).toBeGreaterThan(3_000);
  });

  it("the first of the names one edit away, and the first of equal names", () => {
    const index = new NearestNames(["pool-b", "Pool-A", "pool-a", "pool-c"]);
    expect(index.nearest("pool-a")).toBe("Pool-A");
    expect(index.nearest("pool-x")).toBe("pool-b");
    expect(index.nearest("pool-")).toBe("pool-b");
    expect(index.nearest("opol-a")).toBe(nearestName("opol-a", index.names));
    expect(new NearestNames(["ba"]).nearest("ab")).toBe("ba");
  });
});

