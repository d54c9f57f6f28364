import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../src/rules/index.js";
import { fixtureFiles, goldenLine, lintFixture, OPTIONS_SUFFIX } from "./fixture-lint.js";

/**
 * Golden fixtures: test/fixtures/<rule-id>/valid/* must yield no finding of that rule, and every
 * test/fixtures/<rule-id>/invalid/<case>.yaml has <case>.out beside it with one line per finding:
 * `<case>.yaml:<line>:<col>: <message> [<rule-id>]`. Each file is linted alone, with only that rule,
 * in strict mode (with the options of a `<case>.options.json` beside it, see fixture-lint.ts).
 * `UPDATE_GOLDEN=1` rewrites the .out files (review the diff). Directories named `projects` hold
 * multi-file scenarios with their own runner and are skipped here.
 */

const root = join(import.meta.dirname, "fixtures");
const update = process.env["UPDATE_GOLDEN"] === "1";
const MANIFEST = /\.(ya?ml|json)$/;

const dirs = (d: string): string[] =>
  existsSync(d) ? readdirSync(d).filter((n) => n !== "projects" && statSync(join(d, n)).isDirectory()).sort() : [];
const manifests = fixtureFiles;
const lintAlone = lintFixture;

const ruleIds = new Set(RULES.map((r) => r.id));

describe("golden fixtures", () => {
  for (const ruleId of dirs(root)) {
    describe(ruleId, () => {
      it("names a registered rule", () => {
        expect(ruleIds.has(ruleId), `test/fixtures/${ruleId} names no rule`).toBe(true);
      });

      const validDir = join(root, ruleId, "valid");
      for (const name of manifests(validDir)) {
        it(`valid/${name}`, () => {
          const got = lintAlone(validDir, name, ruleId).map(goldenLine);
          expect(got).toEqual([]);
        });
      }

      const invalidDir = join(root, ruleId, "invalid");
      it("has no stray .out or .options.json files", () => {
        const cases = new Set(manifests(invalidDir).map((n) => n.replace(MANIFEST, "")));
        const outs = existsSync(invalidDir) ? readdirSync(invalidDir).filter((n) => n.endsWith(".out")) : [];
        expect(outs.filter((o) => !cases.has(o.slice(0, -".out".length)))).toEqual([]);
        for (const d of [validDir, invalidDir]) {
          const names = new Set(manifests(d).map((n) => n.replace(MANIFEST, "")));
          const sidecars = existsSync(d) ? readdirSync(d).filter((n) => n.endsWith(OPTIONS_SUFFIX)) : [];
          expect(sidecars.filter((o) => !names.has(o.slice(0, -OPTIONS_SUFFIX.length)))).toEqual([]);
        }
      });
      for (const name of manifests(invalidDir)) {
        it(`invalid/${name}`, () => {
          const got = lintAlone(invalidDir, name, ruleId).map(goldenLine);
          expect(got.length, `invalid/${name} yields no ${ruleId} finding`).toBeGreaterThan(0);
          const outPath = join(invalidDir, name.replace(MANIFEST, ".out"));
          const actual = `${got.join("\n")}\n`;
          if (update) {
            writeFileSync(outPath, actual);
            return;
          }
          expect(existsSync(outPath), `missing ${outPath} (run with UPDATE_GOLDEN=1)`).toBe(true);
          expect(actual).toBe(readFileSync(outPath, "utf8"));
        });
      }
    });
  }
});
