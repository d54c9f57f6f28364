import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { bytes, closure, dynamicImports, holds } from "../helpers/bundle-graph.js";

/**
 * The CLI bundle loads only what a run uses (scripts/build.mjs splits it into dist/chunks/): the
 * entry answers --version from a few kilobytes; the linter is one chunk it imports on demand; yaml
 * and ajv are read from their own files the first time they are used; the formatters are chunks of
 * their own, so eslint-formatter-pretty is read only to print findings (and its index of every
 * ESLint plugin's rule pages only for a rule we have no page for). Checked on the committed dist/
 * (test/dist/dist.test.ts checks it is what the sources build). Start-up times: `npm run bench -- startup` (docs/performance.md).
 */

const DIST = resolve(import.meta.dirname, "../../dist");

describe("the CLI bundle", () => {
  const entry = join(DIST, "cli.js");
  const atStart = closure(entry);
  const [main, ...others] = dynamicImports(entry);

  it("starts from a few kilobytes, and loads the linter on demand", () => {
    expect(bytes(atStart)).toBeLessThan(20_000);
    expect(others).toEqual([]);
    expect(main).toMatch(/chunks\/main-[A-Z0-9]+\.js$/);
    expect(holds(atStart, "function lintCore(")).toBe(false);
  });

  it("reads yaml and ajv only when first used: the precise reader and validation are in chunks of their own, beside the linter", () => {
    const linter = closure(main ?? "");
    for (const name of ["yaml", "ajv"]) {
      const file = join(dirname(main ?? ""), `${name}.cjs`);
      expect(holds([file], "module.exports")).toBe(true);
      expect(holds(linter, `"./${name}.cjs"`)).toBe(true);
    }
    // Markers of each package's own code: not in what the linter loads at start.
    expect(holds(linter, "Implicit keys need to be on a single line")).toBe(false);
    expect(holds(linter, "strictSchema")).toBe(false);
    // A guard against accidental growth, not the goal itself: the goal is start-up for one small
    // file within 50 ms of `node -e ""`, timed by `npm run bench -- startup` (docs/performance.md).
    // Written without whitespace, what a lint loads is about 510 kB (650 kB before the code below
    // was moved out of it).
    expect(bytes(linter)).toBeLessThan(600_000);
    // In few modules: Node 20's loader takes about half a millisecond for each (scripts/build.mjs
    // LOADED_AFTER_MAIN; it was thirteen).
    expect(new Set([...atStart, ...linter]).size).toBeLessThanOrEqual(5);
  });

  it("loads what a lint of files that deploy nothing, compared with no revision, never runs only when a run needs it", () => {
    const linter = closure(main ?? "");
    const lazy = [...linter].flatMap(dynamicImports);
    // Reading the layout is always done; rendering and what follows it only when something deploys.
    expect(holds(linter, "function lintLayout(")).toBe(true);
    for (const marker of ["function renderLayout(", "function changesFor(", "function expandApplicationSet(", "function gate(", "function renderPlanText("]) {
      expect(holds(linter, marker), marker).toBe(false);
      expect(lazy.some((f) => holds(closure(f), marker)), marker).toBe(true);
    }
  });

  it("loads each formatter only to print a report with it, eslint-formatter-pretty only for findings", () => {
    const linter = closure(main ?? "");
    expect(holds(linter, "function lintCore(")).toBe(true);
    // A marker of eslint-formatter-pretty's own code (its name is also in the bundled package.json).
    expect(holds(linter, "function sortMessages")).toBe(false);
    const formatters = [...linter].flatMap(dynamicImports);
    const stylish = formatters.find((f) => /chunks\/stylish-[A-Z0-9]+\.js$/.test(f));
    expect(stylish).toBeDefined();
    expect(holds(closure(stylish ?? ""), "function sortMessages")).toBe(true);
    // Its index of ESLint plugins' rule pages is read only for a rule with no page of ours: never.
    expect(holds(closure(stylish ?? ""), '"./eslint-rule-docs.cjs"')).toBe(true);
    expect(holds(closure(stylish ?? ""), "eslint-plugin-jsx-a11y")).toBe(false);
    expect(holds([join(dirname(stylish ?? ""), "eslint-rule-docs.cjs")], "eslint-plugin-jsx-a11y")).toBe(true);
    // string-width's Unicode tables are built only for a line that is not printable ASCII.
    expect(holds(closure(stylish ?? ""), '"./string-width.cjs"')).toBe(true);
    expect(holds(closure(stylish ?? ""), "RGI_Emoji")).toBe(false);
    expect(holds([join(dirname(stylish ?? ""), "string-width.cjs")], "RGI_Emoji")).toBe(true);
  });
});
