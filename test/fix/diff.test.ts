import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unifiedDiff } from "../../src/fix/index.js";

/** Apply a unified diff of one file (as produced here) to a text: a small patch program for tests. */
function patch(before: string, diff: string): string {
  const lines = before.split(/(?<=\n)/);
  const out: string[] = [];
  let at = 0;
  const body = diff.split(/(?<=\n)/).slice(2);
  for (let i = 0; i < body.length; i++) {
    const h = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@\n$/.exec(body[i] as string);
    if (!h) throw new Error(`not a hunk header: ${body[i]}`);
    const start = Number(h[1]) - (h[2] === "0" ? 0 : 1);
    while (at < start) out.push(lines[at++] as string);
    for (i++; i < body.length && !(body[i] as string).startsWith("@@"); i++) {
      const l = body[i] as string;
      const noNewline = body[i + 1] === "\\ No newline at end of file\n";
      const content = noNewline ? l.slice(1, -1) : l.slice(1);
      if (noNewline) i++;
      if (l[0] === " " || l[0] === "-") {
        expect(lines[at]).toBe(content);
        at++;
      }
      if (l[0] === " " || l[0] === "+") out.push(content);
    }
    i--;
  }
  while (at < lines.length) out.push(lines[at++] as string);
  return out.join("");
}

describe("unifiedDiff", () => {
  it("is empty for equal texts", () => {
    expect(unifiedDiff("a\n", "a\n", "a/x", "b/x")).toBe("");
  });

  it("writes hunks with three lines of context, as diff -u does", () => {
    const before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";
    const after = "1\n2\n3\n4\n5\nsix\n7\n8\n9\n10\n";
    expect(unifiedDiff(before, after, "a/f.yaml", "b/f.yaml")).toBe("--- a/f.yaml\n+++ b/f.yaml\n@@ -3,7 +3,7 @@\n 3\n 4\n 5\n-6\n+six\n 7\n 8\n 9\n");
  });

  it("marks a last line without a newline, and keeps a CRLF file's CRs", () => {
    expect(unifiedDiff("a\r\nb", "a\r\nc", "a/f", "b/f")).toBe("--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\r\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n");
  });

  it("is read by git apply", () => {
    const dir = mkdtempSync(join(tmpdir(), "cil-diff-"));
    const before = "a: 1\r\nb: 2\r\n# c\r\nd: 4\r\n";
    const after = "a: 1\r\nb: 3\r\n# c\r\nd: 4\r\ne: 5\r\n";
    writeFileSync(join(dir, "f.yaml"), before);
    writeFileSync(join(dir, "fix.patch"), unifiedDiff(before, after, "a/f.yaml", "b/f.yaml"));
    execFileSync("git", ["apply", "fix.patch"], { cwd: dir });
    expect(readFileSync(join(dir, "f.yaml"), "utf8")).toBe(after);
  });

  it("handles a large file changed in many places", () => {
    const before = Array.from({ length: 100_000 }, (_, i) => (i % 5 === 0 ? `  name: pod-${i}\n` : i % 5 === 1 ? "spec:\n" : "  template: {}\n")).join("");
    const after = before.replace(/name: pod-(\d*00)\n/g, "name: pod-$1\n  annotations: {}\n");
    const t = performance.now();
    const d = unifiedDiff(before, after, "a/f", "b/f");
    expect(performance.now() - t).toBeLessThan(5000);
    expect(patch(before, d)).toBe(after);
    expect(d.split("\n").filter((l) => l.startsWith("+") && !l.startsWith("+++"))).toHaveLength(999);
  });

  it("turns any text into any other (property)", () => {
    const line = fc.oneof(fc.constantFrom("a\n", "b\n", "c\r\n", "  d: 1\n", "\n", "e"), fc.nat(40).map((i) => `u${i}\n`));
    const text = fc.array(line, { maxLength: 30 }).map((ls) => ls.join(""));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const d = unifiedDiff(before, after, "a/f", "b/f");
        expect(d === "" ? before : patch(before, d)).toBe(after);
      }),
      { numRuns: 400 },
    );
  });
});

describe("unifiedDiff hunk headers", () => {
  it("gives every range its line count, which diff -u omits when it is 1 (patch and git apply read both)", () => {
    expect(unifiedDiff("a\n", "b\n", "a/f", "b/f")).toBe("--- a/f\n+++ b/f\n@@ -1,1 +1,1 @@\n-a\n+b\n");
    expect(unifiedDiff("", "x\n", "a/f", "b/f")).toBe("--- a/f\n+++ b/f\n@@ -0,0 +1,1 @@\n+x\n");
  });

  it("writes file names as given, unquoted", () => {
    expect(unifiedDiff("a\n", "b\n", "a/é f.yaml", "b/é f.yaml").split("\n").slice(0, 2)).toEqual(["--- a/é f.yaml", "+++ b/é f.yaml"]);
  });
});

describe("unifiedDiff of a large file, a document at a time", () => {
  // Documents of distinct lines, and edits that change, add or drop lines (now and then a `---`).
  const documents = fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 12 }).map((sizes) => sizes.map((n, d) => Array.from({ length: n }, (_, i) => `k${d}_${i}: v\n`)));
  const edited = documents.chain((docs) =>
    fc.tuple(
      fc.constant(docs),
      fc.array(fc.tuple(fc.nat(11), fc.nat(8), fc.constantFrom("change", "add", "drop", "separator")), { maxLength: 6 }),
    ),
  );
  const texts = ([docs, edits]: [string[][], [number, number, string][]]): [string, string] => {
    const after = docs.map((d) => [...d]);
    edits.forEach(([d, i, what], n) => {
      const doc = after[d % after.length] as string[];
      const at = i % (doc.length + 1);
      if (what === "change" && at < doc.length) doc[at] = `changed${n}: x\n`;
      if (what === "add") doc.splice(at, 0, `added${n}: y\n`);
      if (what === "drop" && at < doc.length && doc.length > 1) doc.splice(at, 1);
      if (what === "separator") doc.splice(at, 0, "---\n");
    });
    return [docs.map((d) => d.join("")).join("---\n"), after.map((d) => d.join("")).join("---\n")];
  };

  it("turns the text into the other, and gives the diff of the whole file when lines are distinct (property)", () => {
    fc.assert(
      fc.property(edited, (input) => {
        const [before, after] = texts(input);
        const d = unifiedDiff(before, after, "a/f", "b/f", 3, 0);
        expect(d === "" ? before : patch(before, d)).toBe(after);
        expect(d).toBe(unifiedDiff(before, after, "a/f", "b/f", 3, Infinity));
      }),
      { numRuns: 500 },
    );
  });

  it("diffs a file of 15,000 documents with a change in each (a fix on every pod; minutes when diffed whole)", () => {
    const before = Array.from({ length: 15_000 }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\n  annotations:\n    cni.projectcalico.org/ipAddrs: 10.0.${i >> 8}.${i & 255}\n`).join("---\n");
    const after = before.replace(/ipAddrs: (\S+)/g, `ipAddrs: '["$1"]'`);
    const d = unifiedDiff(before, after, "a/f", "b/f");
    expect(patch(before, d)).toBe(after);
    // Changes six lines apart share a hunk, as in a diff of the whole.
    expect(d.split("\n").filter((l) => l.startsWith("@@"))).toEqual(["@@ -3,104997 +3,104997 @@"]);
    expect(d.split("\n").filter((l) => l.startsWith("+") && !l.startsWith("+++"))).toHaveLength(15_000);
  });
});
