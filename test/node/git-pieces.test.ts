import { describe, expect, it } from "vitest";
import { Pieces } from "../../src/node/git.js";

/**
 * `git cat-file --batch` output read from the pieces a pipe gives (node/git.ts `blobs`), cut at
 * every place: headers and contents split across pieces read as from one buffer.
 */
describe("Pieces", () => {
  const objects = [
    { name: "a".repeat(40), body: "apiVersion: v1\nkind: Pod\n" },
    { name: "b".repeat(40), body: "" },
    { name: "c".repeat(40), body: "é — ünïcode\n\n" },
  ];
  const whole = Buffer.concat(
    objects.flatMap((o) => {
      const body = Buffer.from(o.body, "utf8");
      return [Buffer.from(`${o.name} blob ${body.length}\n`), body, Buffer.from("\n")];
    }),
  );
  const read = (pieces: Buffer[]): string[] => {
    const out = new Pieces(pieces);
    const got: string[] = [];
    for (;;) {
      const header = out.line();
      if (header === undefined) return got;
      const size = Number(header.split(" ")[2]);
      got.push(`${header}|${out.take(size).toString("utf8")}`);
      out.take(1);
    }
  };
  const expected = objects.map((o) => `${o.name} blob ${Buffer.byteLength(o.body)}|${o.body}`);

  it("reads one piece", () => {
    expect(read([whole])).toEqual(expected);
  });

  it("reads the same cut anywhere, in two or three pieces, or a byte a piece", () => {
    for (let i = 0; i <= whole.length; i++) {
      expect(read([whole.subarray(0, i), whole.subarray(i)])).toEqual(expected);
      for (let j = i; j <= whole.length; j += 7) expect(read([whole.subarray(0, i), whole.subarray(i, j), whole.subarray(j)])).toEqual(expected);
    }
    expect(read([...whole].map((b) => Buffer.from([b])))).toEqual(expected);
  });
});
