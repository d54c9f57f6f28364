import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lintPaths } from "../../src/api.js";
// @ts-expect-error: a script without types; its generate() is what the benchmark lints.
import { writeRepository } from "../../scripts/gen-synthetic.mjs";

/**
 * The benchmark's repository shapes (scripts/bench.mjs, section `shapes`), smaller: the fast path
 * and the precise one (`precise: true`) give byte-identical reports on each.
 */

const work = mkdtempSync(join(tmpdir(), "cil-shapes-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SHAPES: Record<string, { annotated?: number; perFile?: number; oneFile?: boolean; crlf?: boolean; json?: boolean }> = {
  "few annotations, an application a file (the scaling section's)": {},
  "annotation-dense, pools, files of 20": { annotated: 0.5, perFile: 20 },
  "annotation-dense, pools, many small files": { annotated: 0.5 },
  "annotation-dense, pools, many small files, CRLF line ends": { annotated: 0.5, crlf: true },
  "annotation-dense, pools, one file": { annotated: 0.5, oneFile: true },
  "annotation-dense, pools, many small files as JSON (a v1 List a file)": { annotated: 0.5, json: true },
};

describe("the fast and the precise path on the benchmark's repository shapes", () => {
  for (const [name, shape] of Object.entries(SHAPES)) {
    it(`${name}: byte-identical JSON`, async () => {
      const dir = join(work, name.replace(/\W+/g, "-"));
      (writeRepository as (out: string, o: object) => unknown)(dir, { docs: 1500, seed: 7, ...shape });
      const fast = await lintPaths([dir], { cwd: work, strict: true });
      const precise = await lintPaths([dir], { cwd: work, strict: true, precise: true });
      const findings = fast.results.reduce((n, r) => n + r.findings.length, 0);
      expect(findings).toBeGreaterThan(shape.annotated ? 50 : 3);
      expect(JSON.stringify(fast.results)).toBe(JSON.stringify(precise.results));
    }, 60_000);
  }
});
