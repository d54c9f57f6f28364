import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSource, type SourceFile } from "../src/load/index.js";
import { lintSources } from "../src/engine/run.js";

/**
 * Multi-file scenarios: each directory under test/fixtures/projects/ is a small repository (pools in
 * one file, namespaces and workloads in others). Its manifests are linted together with every rule,
 * in strict mode, and the findings are compared with expected.out beside them: one line per finding,
 * `<path-relative-to-the-scenario>:<line>:<col>: <message> [<rule-id>]`, in the engine's order.
 * Manifests under a `context/` folder of a scenario are loaded as context only (as `--context`
 * does): they count for the cross-file rules, and findings located in them are not reported.
 * `UPDATE_GOLDEN=1` rewrites expected.out (review the diff).
 */

const root = join(import.meta.dirname, "fixtures", "projects");
const update = process.env["UPDATE_GOLDEN"] === "1";
const MANIFEST = /\.(ya?ml|json)$/;

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? walk(p) : MANIFEST.test(n) ? [p] : [];
    });
}

const scenarios = existsSync(root) ? readdirSync(root).filter((n) => statSync(join(root, n)).isDirectory()).sort() : [];

describe("project scenarios", () => {
  for (const name of scenarios) {
    it(name, () => {
      const dir = join(root, name);
      const sources: SourceFile[] = walk(dir).map((p) => {
        const rel = relative(dir, p).split(sep).join("/");
        return parseSource(rel, readFileSync(p, "utf8"), rel.startsWith("context/"));
      });
      expect(sources.length, `${name} holds no manifest`).toBeGreaterThan(0);
      const { results } = lintSources(sources, { strict: true });
      const got = results.flatMap((r) => r.findings).map((f) => `${f.file}:${f.line}:${f.column}: ${f.message} [${f.ruleId}]`);
      const outPath = join(dir, "expected.out");
      const actual = got.length > 0 ? `${got.join("\n")}\n` : "";
      if (update) {
        writeFileSync(outPath, actual);
        return;
      }
      expect(existsSync(outPath), `missing ${outPath} (run with UPDATE_GOLDEN=1)`).toBe(true);
      expect(actual).toBe(readFileSync(outPath, "utf8"));
    });
  }
});
