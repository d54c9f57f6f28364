import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { expandPaths, loadFiles, plainAscii, resolveIn } from "../../src/load/files.js";
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
    const read = await loadFiles(names, root, { parse: manifestReader() });
    expect(read.map((f, i) => [names[i], isFastSource(f)])).toEqual(names.map((n) => [n, !n.startsWith("d")]));
  });
});

describe("loadFiles' decoding of plain-ASCII files together", () => {
  it("gives every file its own text, in order, across batches and beside files read alone", async () => {
    // Enough files of a few hundred kilobytes to fill several 2 MB batches, one larger than a batch,
    // interleaved with empty, non-ASCII and invalid files (decoded one by one).
    const files: Record<string, string | Buffer> = {};
    for (let i = 0; i < 24; i++) files[`f${String(i).padStart(2, "0")}.yaml`] = `# ${i}\n` + `k${i}: ${"v".repeat(300_000 + i)}\n`;
    files["f05a.yaml"] = "";
    files["f07a.yaml"] = "name: caf\u00e9\n";
    files["f09a.yaml"] = Buffer.from([0x61, 0x3a, 0x20, 0xff, 0x0a]);
    files["f11a.yaml"] = `big: ${"x".repeat(3 * 1024 * 1024)}\n`;
    const root = tree(files as Record<string, string>);
    const names = Object.keys(files).sort();
    const read = await loadFiles(names, root, { parse: manifestReader() });
    expect(read.map((f) => f.path)).toEqual(names);
    for (const [i, name] of names.entries()) {
      const want = files[name];
      if (Buffer.isBuffer(want)) expect(read[i]?.problems[0]?.message, name).toMatch(/not valid UTF-8/);
      else expect(read[i]?.text, name).toBe(want);
    }
    expect(read.find((f) => f.path === "f03.yaml")?.documents[0]?.root?.kind).toBe("map");
  });
});

describe("resolveIn", () => {
  it("is path.resolve, for every kind of path and working directory", () => {
    const cwds = ["/", "/tmp/repo", "/tmp/repo/", "/tmp/./repo", "/tmp//repo", "/tmp/x/../repo", "relative/dir"];
    const paths = ["a.yaml", "apps/a.yaml", ".hidden/a.yaml", "apps/.a.yaml", "..a.yaml", "apps/..a/b.yaml", "a...yaml", "./a.yaml", "apps/./a.yaml", "apps/../a.yaml", "../a.yaml", "..", ".", "apps//a.yaml", "apps/", "/abs/a.yaml", "", "apps/.."];
    // Absolute ones, as a folder given by its absolute path outside the working directory shows them.
    paths.push("/", "/abs", "/abs/", "/abs//a.yaml", "/abs/./a.yaml", "/abs/../a.yaml", "/abs/..a.yaml", "/.hidden/a", "//abs", "/abs/.");
    for (const cwd of cwds) for (const p of paths) expect(resolveIn(cwd, p), `${cwd} + ${p}`).toBe(resolve(cwd, p));
  });
});
