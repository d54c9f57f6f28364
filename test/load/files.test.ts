import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { decodesTo, decodeText, displayPath, expandPaths, isText, loadFiles, resolveIn, textKind } from "../../src/load/files.js";
import { ReturnsDropped } from "../../src/load/read.js";
import { CRLF, OTHER, PLAIN, type TextKind } from "../../src/load/fast/scanner.js";
import { isFastSource, LazySources, manifestReader } from "../../src/load/index.js";
import { toPlain } from "../../src/model/tree.js";

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

  it("lists a folder's files once when the folder is also named inside another", async () => {
    const root = tree({ "a.yaml": "", "sub/b.yaml": "", "sub/deeper/c.yaml": "" });
    const r = await expandPaths([".", "sub", "sub/deeper/c.yaml"], root);
    expect(r.files).toEqual(["a.yaml", "sub/b.yaml", "sub/deeper/c.yaml"]);
    // One folder alone lists each of its files once, in order.
    expect((await expandPaths(["sub"], root)).files).toEqual(["sub/b.yaml", "sub/deeper/c.yaml"]);
  });

  it("lists a file once when named twice", async () => {
    const root = tree({ "a.yaml": "" });
    const r = await expandPaths(["a.yaml", ".", "./a.yaml"], root);
    expect(r.files).toEqual(["a.yaml"]);
  });
});

describe("files a folder's listing gave as regular files (read without fstat)", () => {
  it("are the walked files that are not links; a file named is not one", async () => {
    // A work tree (its .git): links inside it are followed.
    const root = tree({ ".git/HEAD": "", "other/t.yaml": "x: 1\n", "sub/b.yaml": "y: 2\n", "named.yaml": "z: 3\n" });
    symlinkSync(join(root, "other/t.yaml"), join(root, "sub/link.yaml"));
    const walked = await expandPaths(["sub", "named.yaml"], root);
    expect(walked.files).toEqual(["sub/b.yaml", "sub/link.yaml", "named.yaml"]);
    expect([...walked.listed]).toEqual([1, 0, 0]);
    const all = await expandPaths(["."], root);
    // The link's file is read under its own name.
    expect(all.files).toEqual(["named.yaml", "other/t.yaml", "sub/b.yaml"]);
    expect([...all.listed]).toEqual([1, 1, 1]);
  });

  it("are read whole, whatever their size against the buffer they are read into", async () => {
    // Around 64 KiB (the reading buffer's first size) and 1 MiB (the largest it keeps), CRLF and
    // not ASCII: what is past the buffer is read as any file is, from its start.
    const files: Record<string, string> = { "empty.yaml": "", "one.yaml": "a" };
    for (const size of [65_535, 65_536, 65_537, 131_072, 1_048_575, 1_048_576, 1_048_577, 3_000_000]) {
      files[`s${size}.yaml`] = `k: ${"v".repeat(size - 4)}\n`;
      files[`s${size}-crlf.yaml`] = `k: |\r\n  ${"w".repeat(size - 12)}\r\n`;
      files[`s${size}-utf8.yaml`] = `k: caf\u00e9${"v".repeat(size - 10)}\n`;
    }
    const root = tree(files);
    const walked = await expandPaths(["."], root);
    expect(walked.listed.every((x) => x === 1)).toBe(true);
    for (const parse of [manifestReader(), undefined]) {
      const read = await loadFiles(walked.files, root, { listed: walked.listed, ...(parse ? { parse } : {}) });
      for (const [i, name] of walked.files.entries()) {
        expect(read[i]?.problems, name).toEqual([]);
        expect(read[i]?.text, name).toBe(files[name]);
      }
    }
  });

  it("one that is a folder or gone by the time it is read is said to be so", async () => {
    const root = tree({ "a.yaml": "x: 1\n", "b.yaml": "y: 2\n", "c.yaml": "z: 3\n" });
    const walked = await expandPaths(["."], root);
    rmSync(join(root, "a.yaml"));
    mkdirSync(join(root, "a.yaml"));
    rmSync(join(root, "b.yaml"));
    const read = await loadFiles(walked.files, root, { listed: walked.listed, parse: manifestReader() });
    expect(read.map((f) => f.problems.map((p) => p.message))).toEqual([[expect.stringContaining("is a directory")], [expect.stringContaining("no such file")], []]);
    expect(read[2]?.text).toBe("z: 3\n");
  });
});

describe("what a file's bytes hold (textKind) and its text with LF ends (ReturnsDropped)", () => {
  // PLAIN: line feeds and printable ASCII; CRLF: the same with carriage returns, each before a line feed.
  const reference = (b: Uint8Array): TextKind => {
    const ok = b.every((c, i) => c === 10 || (c >= 32 && c < 127) || (c === 13 && b[i + 1] === 10));
    return !ok ? OTHER : b.includes(13) ? CRLF : PLAIN;
  };

  it("tells plain ASCII, ASCII with CRLF line ends and any other bytes apart, at every alignment", () => {
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const backing = new Uint8Array(64);
    const kinds = new Set<TextKind>();
    for (let round = 0; round < 30000; round++) {
      const offset = random(4);
      const b = backing.subarray(offset, offset + random(40));
      const odd = round % 3 === 0 ? 5 : 60;
      for (let i = 0; i < b.length; i++) b[i] = random(odd) === 0 ? random(256) : random(4) === 0 ? 10 : random(5) === 0 ? 13 : 32 + random(95);
      // Most carriage returns before a line feed, so that CRLF texts are common.
      for (let i = 0; i + 1 < b.length; i++) if (b[i] === 13 && random(8) !== 0) b[i + 1] = 10;
      kinds.add(reference(b));
      expect(textKind(b), [...b].join(",")).toBe(reference(b));
    }
    expect([...kinds].sort()).toEqual([OTHER, PLAIN, CRLF]);
    for (let c = 0; c < 256; c++) {
      for (let at = 0; at < 10; at++) {
        const b = new TextEncoder().encode("abc\r\nefgh\n");
        b[at] = c;
        expect(textKind(b.subarray(1)), `${c} at ${at}`).toBe(reference(b.subarray(1)));
      }
    }
  });

  it("copies a CRLF file without its returns, noting where each one's line feed is, at every alignment", () => {
    let seed = 11;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const backing = new Uint8Array(300);
    // A small buffer first, to be grown by a longer text.
    const dropped = new ReturnsDropped(16);
    for (let round = 0; round < 5000; round++) {
      const offset = random(4);
      const b = backing.subarray(offset, offset + random(round % 50 === 0 ? 290 : 40));
      for (let i = 0; i < b.length; i++) b[i] = random(4) === 0 ? 10 : 32 + random(95);
      for (let i = 0; i + 1 < b.length; i++) if (b[i] === 10 && random(2) === 0) [b[i], b[i + 1]] = [13, 10];
      const text = Buffer.from(b).toString("latin1");
      const want: number[] = [];
      for (let i = text.indexOf("\r"), k = 0; i !== -1; i = text.indexOf("\r", i + 1), k++) want.push(i - k);
      const got = dropped.text(b);
      expect(got.scanned, text).toBe(text.replaceAll("\r", ""));
      expect([...got.omitted], text).toEqual(want);
    }
  });

  it("lets the fast reader skip its search only for such texts: the characters it declines still send a file to the precise reader", async () => {
    const declined = ["\t", "\r", "\u0000", "\u001f", "\u007f", "\u0085", "\u009f", "\u2028", "\u2029", "\ufeff"];
    const files: Record<string, string> = { "plain.yaml": "a: b\n", "accented.yaml": "a: \u00e9\u2027\n", "crlf.yaml": "a: b\r\nc:\r\n  - 'd\r\n\r\n    e'\r\n" };
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
    // CRLF line ends: batched with the plain ones, read with LF ends, located in their own text.
    for (const i of [1, 12, 20]) files[`f${i}b.yaml`] = `# ${i}\r\nk: |\r\n  ${"w".repeat(200_000)}\r\n  line\r\nafter: "x\r\n  y"\r\n`;
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
    for (const name of ["f1b.yaml", "f12b.yaml", "f20b.yaml"]) {
      const file = read.find((f) => f.path === name);
      expect(file && isFastSource(file), name).toBe(true);
      const root = file?.documents[0]?.root;
      expect(root && toPlain(root)).toEqual({ k: `${"w".repeat(200_000)}\nline\n`, after: "x y" });
      const after = root?.kind === "map" ? root.entries[1]?.value : undefined;
      expect(after?.span.start).toBe((file?.text ?? "").indexOf('"x'));
    }
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

describe("displayPath", () => {
  it("is the path relative to the working directory with forward slashes, else the absolute path, for every kind of path and directory", () => {
    const cwds = ["/", "/tmp/repo", "/tmp/repo/", "/tmp/./repo", "/tmp//repo", "/tmp/x/../repo", "/tmp/re"];
    const paths = ["/tmp/repo/a.yaml", "/tmp/repo/apps/a.yaml", "/tmp/repo", "/tmp/repo/", "/tmp/repository/a.yaml", "/tmp/repo/./a.yaml", "/tmp/repo//a.yaml", "/tmp/repo/../a.yaml", "/tmp/repo/..a.yaml", "/tmp/repo/apps/..", "/tmp/a.yaml", "/a.yaml", "/", "/tmp/repo/.hidden/a"];
    const want = (abs: string, cwd: string): string => {
      const rel = relative(cwd, abs);
      return rel && rel !== ".." && !rel.startsWith("../") && !isAbsolute(rel) ? rel : abs;
    };
    for (const cwd of cwds) for (const p of paths) expect(displayPath(p, cwd), `${p} in ${cwd}`).toBe(want(p, cwd));
  });
});

describe("git's previous versions as bytes (isText, decodesTo, LazySources)", () => {
  // `--changed-since` keeps them as bytes (src/node/impact.ts): whether they are text, and whether a
  // file read now has the same text, must be what decoding them would say.
  const PIECES = ["a", "kind: Pod\n", "\r\n", "\n", "\ufeff", "é", "€", "😀", "\u0000", "\t"];
  const BAD = [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf]];

  it("agree with decodeText on 20,000 random byte strings and texts a character away", () => {
    let seed = 11;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const enc = new TextEncoder();
    let texts = 0;
    let same = 0;
    for (let round = 0; round < 20_000; round++) {
      const parts: number[] = [];
      for (let i = random(12); i > 0; i--) {
        if (random(30) === 0) parts.push(...(BAD[random(BAD.length)] as number[]));
        else parts.push(...enc.encode(PIECES[random(PIECES.length)]));
      }
      const bytes = Uint8Array.from(parts);
      const decoded = decodeText(bytes);
      expect(isText(bytes), JSON.stringify(parts)).toBe(!("error" in decoded));
      if ("error" in decoded) continue;
      texts++;
      // The text itself, or one a character longer, shorter or changed.
      const t = decoded.text;
      const at = random(t.length + 1);
      const other = [t, t.slice(0, at) + PIECES[random(PIECES.length)] + t.slice(at), t.slice(0, at) + t.slice(at + 1), t.slice(0, at) + "b" + t.slice(at + 1)][random(4)] as string;
      if (other === t) same++;
      expect(decodesTo(bytes, other), JSON.stringify({ parts, other })).toBe(other === t);
    }
    expect(texts).toBeGreaterThan(5_000);
    expect(same).toBeGreaterThan(2_000);
  });

  it("a byte order mark is a character of the text, as decodeText keeps it", () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]);
    expect(decodesTo(bytes, "\ufeffa")).toBe(true);
    expect(decodesTo(bytes, "a")).toBe(false);
  });

  it("LazySources decodes bytes when asked for a text or a file, and keeps strings as given", () => {
    const sources = new LazySources(new Map<string, string | Uint8Array>([["a.yaml", new TextEncoder().encode("kind: Pod\nmetadata: {name: é}\n")], ["b.yaml", "kind: Namespace\n"]]), manifestReader());
    expect(sources.text("a.yaml")).toBe("kind: Pod\nmetadata: {name: é}\n");
    expect(toPlain(sources.get("a.yaml")?.documents[0]?.root ?? undefined)).toEqual({ kind: "Pod", metadata: { name: "é" } });
    expect(sources.text("b.yaml")).toBe("kind: Namespace\n");
    expect(sources.has("c.yaml")).toBe(false);
  });
});
