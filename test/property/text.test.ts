import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintSources } from "../../src/engine/run.js";
import { parseSource } from "../../src/load/index.js";
import { fileSpec, render } from "./manifests.js";

/**
 * Any text at all: YAML punctuation soup and manifests with characters inserted, deleted or
 * replaced. The reader never throws (nor needs its last-resort catch), every problem it reports
 * lies in the text, and the whole pipeline runs in strict mode without throwing.
 */

const NUM_RUNS = Number(process.env["PROPERTY_RUNS"] ?? 1000);

const yamlChar = fc.constantFrom(..."-?:,[]{}#&*!|>'\"%@` \t\n\r\\abc019.~\u00e9\u{1f600}\ufeff\u0085\u2028\u0000\u001b".split(""), "\r\n", "---\n", "...\n", "<<: ", "*a", "&a ", "!!str ", "%YAML 1.2\n", "  ");
const soup = fc.array(yamlChar, { maxLength: 80 }).map((cs) => cs.join(""));

/** A manifest with a few characters inserted, deleted or replaced. */
const mutated = fc
  .tuple(fileSpec.map(render), fc.array(fc.tuple(fc.nat(), fc.nat(3), yamlChar), { minLength: 1, maxLength: 4 }))
  .map(([text, edits]) => {
    let t = text;
    for (const [at, del, ins] of edits) {
      const i = at % (t.length + 1);
      t = t.slice(0, i) + ins + t.slice(i + del);
    }
    return t;
  });

describe("any text", () => {
  it("is read without throwing, problems inside it, and linted in strict mode", () => {
    fc.assert(
      fc.property(fc.oneof(soup, mutated), (text) => {
        const f = parseSource("t.yaml", text);
        for (const p of [...f.problems, ...f.documents.flatMap((d) => d.problems)]) {
          expect(p.code, "the reader's last-resort catch is never needed").not.toBe("PARSE_FAILED");
          expect(p.span.start, p.message).toBeGreaterThanOrEqual(0);
          expect(p.span.end, p.message).toBeGreaterThanOrEqual(p.span.start);
          expect(p.span.end, p.message).toBeLessThanOrEqual(text.length);
        }
        const { results } = lintSources([f], { strict: true });
        for (const finding of results.flatMap((r) => r.findings)) expect(finding.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
