import { describe, expect, it } from "vitest";
import { missingFrom } from "../../src/engine/impact.js";
import type { Finding } from "../../src/report/types.js";

/**
 * `missingFrom` (src/engine/impact.ts) is how `--changed-since` tells a finding the change caused
 * in an untouched file from one that was there before: a finding of the run now matches one of the
 * run at the base revision with the same rule, place, severity and message first, then one at the
 * same rule, place and severity whose message changed (it may name a pool the change moved). Checked
 * against that definition, written plainly, on random lists where places and messages collide.
 */

const samePlace = (a: Finding, b: Finding): boolean =>
  a.ruleId === b.ruleId && a.file === b.file && a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn && a.severity === b.severity;

const definition = (list: readonly Finding[], other: readonly Finding[]): Finding[] => {
  const used = other.map(() => false);
  const take = (match: (o: Finding) => boolean): boolean => {
    const i = other.findIndex((o, k) => !used[k] && match(o));
    if (i >= 0) used[i] = true;
    return i >= 0;
  };
  const pending = list.filter((f) => !take((o) => samePlace(o, f) && o.message === f.message));
  return pending.filter((f) => !take((o) => samePlace(o, f)));
};

const finding = (ruleId: string, file: string, line: number, message: string, severity: Finding["severity"] = "error", endLine = line): Finding => ({
  ruleId,
  severity,
  message,
  file,
  line,
  column: 3,
  endLine,
  endColumn: 9,
});

describe("missingFrom", () => {
  it("two findings at one place are told apart by their messages, whichever comes first", () => {
    const before = [finding("pool-overlap", "a.yaml", 6, "overlaps pool b")];
    const c = finding("pool-overlap", "a.yaml", 6, "overlaps pool c");
    expect(missingFrom([c, before[0] as Finding], before)).toEqual([c]);
    expect(missingFrom([before[0] as Finding, c], before)).toEqual([c]);
    // A message that changed at the same place is not new.
    expect(missingFrom([finding("pool-overlap", "a.yaml", 6, "overlaps pool b2")], before)).toEqual([]);
  });

  it("matches as its definition does on random lists", () => {
    let seed = 5;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), Math.floor((seed / 2 ** 31) * n));
    // Parts a key made by joining could confuse: separators, quotes, numbers written as text.
    const FILES = ["a.yaml", 'a"b.yaml', "a,b.yaml", "a\u0001.yaml", "1"];
    const MESSAGES = ["m", "m2", "", 'say "x"', "a\u0000b", "1"];
    const one = (): Finding =>
      finding(["r1", "r2"][random(2)] as string, FILES[random(FILES.length)] as string, 1 + random(3), MESSAGES[random(MESSAGES.length)] as string, random(2) ? "error" : "warning", 1 + random(3));
    for (let run = 0; run < 2000; run++) {
      const other = Array.from({ length: random(8) }, one);
      // Now: some of the base run's findings (as they were, or with another message), and new ones.
      const list = [...other.filter(() => random(3) > 0).map((f) => (random(4) === 0 ? { ...f, message: "changed" } : f)), ...Array.from({ length: random(5) }, one)];
      for (let i = list.length - 1; i > 0; i--) {
        const j = random(i + 1);
        [list[i], list[j]] = [list[j] as Finding, list[i] as Finding];
      }
      expect(missingFrom(list, other)).toEqual(definition(list, other));
    }
  });
});
