import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { lintPaths, type PathLintOutput } from "../../src/api.js";
import { isFastSource, sameTree } from "../../src/load/index.js";

/**
 * The two-reader contract (src/load/equivalence.ts): the fast path (src/load/fast/, the default of lintPaths) against the precise one (`precise:
 * true`, every file read by parseSource) over real manifests: the same findings at the same
 * positions, with the same messages, related locations and fixes; and for every file the fast
 * reader accepted, the same tree. The corpora live in ../shared/corpus beside the repository (as in
 * CI); a clone without it skips them. The repository's own fixtures and examples run everywhere.
 */

const ROOT = resolve(import.meta.dirname, "../..");
const CORPUS = resolve(ROOT, "../shared/corpus");
const haveCorpus = existsSync(resolve(CORPUS, "bulk")) && existsSync(resolve(CORPUS, "calico"));

async function compare(cwd: string, paths: string[]): Promise<{ fastShare: number; findings: number }> {
  const precise: PathLintOutput = await lintPaths(paths, { cwd, precise: true });
  const fast: PathLintOutput = await lintPaths(paths, { cwd });
  expect(fast.results).toEqual(precise.results);
  expect(fast.missing).toEqual(precise.missing);
  expect(fast.unreadable).toEqual(precise.unreadable);
  const byPath = new Map(precise.files.map((f) => [f.path, f]));
  let fastChars = 0;
  let chars = 0;
  const differing: string[] = [];
  for (const f of fast.files) {
    chars += f.text.length;
    if (!isFastSource(f)) continue;
    fastChars += f.text.length;
    const p = byPath.get(f.path);
    if (!p || !sameTree(f, p)) differing.push(f.path);
  }
  expect(differing).toEqual([]);
  return { fastShare: chars === 0 ? 0 : fastChars / chars, findings: fast.results.reduce((n, r) => n + r.findings.length, 0) };
}

describe.skipIf(!haveCorpus)(`the fast and the precise path over the corpora in ${CORPUS}`, () => {
  it("bulk/ (5,353 files of four repositories): same findings, same trees; the fast reader takes almost all of it", async () => {
    const r = await compare(CORPUS, ["bulk"]);
    expect(r.findings).toBeGreaterThan(0);
    // Not a timing: if the fast reader declined much more, the fast path would silently be slow.
    expect(r.fastShare).toBeGreaterThan(0.95);
  }, 120_000);

  it("calico/ (manifests and documentation about Calico IPAM): same findings, same trees", async () => {
    const r = await compare(CORPUS, ["calico"]);
    expect(r.findings).toBeGreaterThan(100);
  }, 60_000);
});

if (!haveCorpus) {
  // A clone without ../shared (a user's, or .ci/run in a folder of its own) skips them and says so;
  // the fixtures, the examples and the random manifests below still hold the contract.
  console.warn(`skipping the fast/precise comparison over the shared corpus: it is not at ${CORPUS}`);
  describe("the corpora", () => {
    it.skip(`are not beside this clone (${CORPUS}): the fast/precise comparison over them is skipped`, () => {});
  });
}

describe("the fast and the precise path over the repository's own manifests", () => {
  it("test fixtures and examples: same findings, same trees", async () => {
    const r = await compare(ROOT, ["test/fixtures", "examples"]);
    expect(r.findings).toBeGreaterThan(100);
  }, 60_000);

  it("the same with CRLF line ends (a checkout on Windows): same findings, same trees, read by the fast reader", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cil-crlf-"));
    try {
      cpSync(resolve(ROOT, "test/fixtures"), join(dir, "test/fixtures"), { recursive: true });
      cpSync(resolve(ROOT, "examples"), join(dir, "examples"), { recursive: true });
      for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
        if (!e.isFile() || !/\.(ya?ml|json)$/.test(e.name)) continue;
        const f = join(e.parentPath, e.name);
        writeFileSync(f, readFileSync(f, "utf8").replace(/\r?\n/g, "\r\n"));
      }
      const r = await compare(dir, ["test/fixtures", "examples"]);
      expect(r.findings).toBeGreaterThan(100);
      expect(r.fastShare).toBeGreaterThan(0.8);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
