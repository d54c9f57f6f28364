import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandPaths, loadFiles, plainAscii } from "../../src/load/files.js";
import { isFastSource, manifestReader } from "../../src/load/index.js";

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "cil-files-"));
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(join(root, p, ".."), { recursive: true });
    writeFileSync(join(root, p), t);
  }
  return root;
}

describe("expandPaths", () => {
  it("walks directories for .yaml, .yml and .json, sorted, skipping node_modules and .git", async () => {
    const root = tree({
      "b.yaml": "",
      "a/c.yml": "",
      "a/d.json": "",
      "a/e.txt": "",
      "node_modules/x.yaml": "",
      ".git/y.yaml": "",
    });
    const r = await expandPaths(["."], root);
    expect(r.files).toEqual(["a/c.yml", "a/d.json", "b.yaml"]);
  });

  it("respects .gitignore files at every level", async () => {
    const root = tree({
      ".gitignore": "generated/\n*.secret.yaml\n",
      "generated/a.yaml": "",
      "keep.yaml": "",
      "x.secret.yaml": "",
      "sub/.gitignore": "local.yaml\n",
      "sub/local.yaml": "",
      "sub/shared.yaml": "",
    });
    const r = await expandPaths(["."], root);
    expect(r.files).toEqual(["keep.yaml", "sub/shared.yaml"]);
  });

  it("always reads files named explicitly, and reports missing paths", async () => {
    const root = tree({ "Clusterfile": "", ".gitignore": "Clusterfile\n" });
    const r = await expandPaths(["Clusterfile", "nope.yaml"], root);
    expect(r.files).toEqual(["Clusterfile"]);
    expect(r.missing).toEqual(["nope.yaml"]);
  });

  it("lists a file once when named twice", async () => {
    const root = tree({ "a.yaml": "" });
    const r = await expandPaths(["a.yaml", ".", "./a.yaml"], root);
    expect(r.files).toEqual(["a.yaml"]);
  });
});

describe("plainAscii", () => {
  const reference = (b: Uint8Array): boolean => b.every((c) => c === 10 || (c >= 32 && c < 127));

  it("tells bytes of line feeds and printable ASCII from any other, at every alignment", () => {
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const backing = new Uint8Array(64);
    for (let round = 0; round < 20000; round++) {
      const offset = random(4);
      const b = backing.subarray(offset, offset + random(40));
      for (let i = 0; i < b.length; i++) b[i] = random(5) === 0 ? random(256) : random(3) === 0 ? 10 : 32 + random(95);
      expect(plainAscii(b), [...b].join(",")).toBe(reference(b));
    }
    for (let c = 0; c < 256; c++) {
      for (let at = 0; at < 9; at++) {
        const b = new TextEncoder().encode("abcdefgh\n");
        b[at] = c;
        expect(plainAscii(b.subarray(1)), `${c} at ${at}`).toBe(reference(b.subarray(1)));
      }
    }
  });

  it("lets the fast reader skip its search only for such texts: the characters it declines still send a file to the precise reader", async () => {
    const declined = ["\t", "\r", "\u0000", "\u001f", "\u007f", "\u0085", "\u009f", "\u2028", "\u2029", "\ufeff"];
    const files: Record<string, string> = { "plain.yaml": "a: b\n", "accented.yaml": "a: \u00e9\u2027\n" };
    declined.forEach((c, i) => (files[`d${i}.yaml`] = `a: "x${c}y"\n`));
    const root = tree(files);
    const names = Object.keys(files);
    const read = await loadFiles(names, root, false, manifestReader());
    expect(read.map((f, i) => [names[i], isFastSource(f)])).toEqual(names.map((n) => [n, !n.startsWith("d")]));
  });
});
