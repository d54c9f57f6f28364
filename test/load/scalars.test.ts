import fc from "fast-check";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument, isMap, isPair, isScalar } from "yaml";
import { parseFast } from "../../src/load/fast/index.js";
import { isNullOrBoolAt, plainIsText, resolvePlain } from "../../src/load/fast/scalars.js";

/**
 * src/load/fast/scalars.ts copies the `yaml` package's scalar resolution (core schema, quoted and
 * block scalar folding, escapes) by hand. It is tied to the version package.json pins: these tests
 * check the pin, and compare the copy with that version of the package over a generated set of
 * scalars of every style, in the context the fast reader reads them (a mapping value).
 */

const ROOT = resolve(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
// The same options as the precise reader (src/load/parse.ts).
const OPTIONS = { merge: true, prettyErrors: false, uniqueKeys: false, strict: true } as const;

/** The value of `v` in `text` as the `yaml` package gives it, and as the fast reader does (undefined when it declines). */
function both(text: string): { yaml: unknown; fast: unknown; accepted: boolean } {
  const doc = parseDocument(text, OPTIONS);
  const pair = isMap(doc.contents) ? doc.contents.items[0] : undefined;
  const node = isPair(pair) ? pair.value : undefined;
  const yamlValue = doc.errors.length === 0 && isScalar(node) ? node.value : doc.errors.length === 0 && node === null ? null : "(not a scalar)";
  const file = parseFast("s.yaml", text);
  const root = file?.documents[0]?.root;
  const value = root?.kind === "map" ? root.entries[0]?.value : undefined;
  return { yaml: yamlValue, fast: value?.kind === "scalar" ? value.value : "(not a scalar)", accepted: file !== null };
}

/** Check every text; the share the fast reader accepts must be high enough for the check to mean something. */
function check(texts: Iterable<string>, minAccepted: number): void {
  let accepted = 0;
  let n = 0;
  const differ: { text: string; yaml: unknown; fast: unknown }[] = [];
  for (const text of texts) {
    n++;
    const r = both(text);
    if (!r.accepted) continue;
    accepted++;
    if (!Object.is(r.yaml, r.fast)) differ.push({ text, yaml: r.yaml, fast: r.fast });
  }
  expect(differ.slice(0, 10)).toEqual([]);
  expect(accepted / n).toBeGreaterThan(minAccepted);
}

/** Every string of length 1 to `max` over `alphabet`. */
function* strings(alphabet: string, max: number): Generator<string> {
  let level = [""];
  for (let len = 1; len <= max; len++) {
    const next: string[] = [];
    for (const s of level) for (const c of alphabet) next.push(s + c);
    yield* next;
    level = next;
  }
}

describe("the scalar resolution copied from yaml", () => {
  it("is tied to an exact version of yaml, the one installed", () => {
    // Bundled into dist/, so a devDependency: the bundle holds the version installed when it was built.
    const spec = pkg.devDependencies.yaml;
    expect(spec).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = (createRequire(resolve(ROOT, "package.json"))("yaml/package.json") as { version: string }).version;
    expect(installed).toBe(spec);
  });

  it("plain scalars: every string of up to 4 characters of numbers, signs, words and indicators", () => {
    const words = ["null", "Null", "NULL", "nULL", "true", "True", "TRUE", "tRUE", "false", "False", "FALSE", "yes", "no", "on", "off", "~", ".inf", ".Inf", ".INF", "-.inf", "+.INF", ".nan", ".NaN", ".NAN", "-.nan", "0o17", "0o8", "0x1F", "0xg", "0b101", "1_000", "1e3", "1E-3", "-1.5e+10", "6.02e23", "1.", ".5", "+.5e1", "007", "-0", "+0", "0.0", "12:30", "1:2:3", "99999999999999999999", "9007199254740993", "0x7FFFFFFFFFFFFFFF", "1e400", "-1e400", "a b", "x.y", "10.0.0.1", "10.0.0.0/8", "fd00::/48"];
    check([...words, ...strings("01+-.eExoa~", 4)].map((s) => `v: ${s}\n`), 0.6);
  });

  it("null and boolean words in every mix of cases, told in place as resolvePlain resolves them", () => {
    // isNullOrBoolAt and plainIsText compare code by code (keys and values read in place); resolvePlain is checked against yaml above.
    const cases = (w: string): string[] => [...w].reduce<string[]>((acc, c) => acc.flatMap((s) => [s + c.toLowerCase(), s + c.toUpperCase()]), [""]);
    const texts = ["null", "true", "false", "nul", "nulls", "tru", "fals", "falsey"].flatMap(cases);
    expect(texts.length).toBe(192);
    const differ = texts.filter((w) => {
      const words = typeof resolvePlain(w) !== "string";
      const t = `x ${w} y`;
      return isNullOrBoolAt(t, 2, w.length) !== words || plainIsText(t, 2, 2 + w.length) === words;
    });
    expect(differ).toEqual([]);
    check(texts.map((w) => `v: ${w}\n`), 0.99);
  });

  it("plain scalars over several lines", () => {
    check(
      fc.sample(fc.array(fc.constantFrom("a", "b c", "1", "", "x  y", "-1", "~", "# not", "0x1"), { minLength: 2, maxLength: 5 }), { numRuns: 600, seed: 1 }).map((lines) => `v: ${lines.map((l, i) => (i === 0 || l === "" ? l : `  ${l}`)).join("\n")}\n`),
      0.5,
    );
  });

  it("single-quoted scalars: quotes, spaces and line breaks", () => {
    const piece = fc.constantFrom("a", " ", "  ", "''", "b c", "\n  ", "\n\n  ", "\n  \n  ", "1", "é", "#");
    check(fc.sample(fc.array(piece, { maxLength: 8 }), { numRuns: 1500, seed: 2 }).map((p) => `v: '${p.join("")}'\n`), 0.8);
  });

  it("double-quoted scalars: every escape, spaces and line breaks", () => {
    const piece = fc.constantFrom("a", " ", "  ", "b c", "\\n", "\\t", "\\x41", "\\u00e9", "\\U0001F600", "\\\\", '\\"', "\\/", "\\ ", "\\_", "\\N", "\\L", "\\P", "\\0", "\\a", "\\b", "\\e", "\\f", "\\r", "\\v", "\n  ", "\n\n  ", "\\\n  ", " \\\n  ", "'", "#");
    check(fc.sample(fc.array(piece, { maxLength: 8 }), { numRuns: 2000, seed: 3 }).map((p) => `v: "${p.join("")}"\n`), 0.8);
  });

  it("literal and folded block scalars: chomping, blank and more-indented lines", () => {
    const header = fc.constantFrom("|", "|-", "|+", ">", ">-", ">+");
    const line = fc.constantFrom("x", "y z", "", "  more", "   ", "  ", "    deeper", "a  b", "# not a comment");
    check(
      fc.sample(fc.tuple(header, fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom("", "\n", "\n\n", "\n  \n")), { numRuns: 2000, seed: 4 }).map(
        ([h, lines, tail]) => `v: ${h}\n${lines.map((l) => (l === "" ? "" : `  ${l}`)).join("\n")}\n${tail}k: end\n`,
      ),
      0.5,
    );
  });
});
