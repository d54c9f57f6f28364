import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

/**
 * The module graph of a built bundle (scripts/build.mjs), read from its import statements: the
 * bundle is written without whitespace, `import{a}from"./chunk.js";import"./b.js";`.
 */

export const staticImports = (file: string): string[] =>
  [...readFileSync(file, "utf8").matchAll(/(?:^|;)\s*import\s*(?:[\w$*{},\s]*?from\s*)?["'](\.[^"']+)["']/gm)].map((m) => resolve(dirname(file), m[1] ?? ""));

export const dynamicImports = (file: string): string[] => [...readFileSync(file, "utf8").matchAll(/\bimport\(\s*["'](\.[^"']+)["']\s*\)/g)].map((m) => resolve(dirname(file), m[1] ?? ""));

/** The files a module loads before it runs: itself and its static imports, transitively. */
export function closure(file: string): Set<string> {
  const seen = new Set<string>();
  const visit = (f: string): void => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const g of staticImports(f)) visit(g);
  };
  visit(file);
  return seen;
}

export const bytes = (files: Iterable<string>): number => [...files].reduce((n, f) => n + readFileSync(f).length, 0);
export const holds = (files: Iterable<string>, text: string): boolean => [...files].some((f) => readFileSync(f, "utf8").includes(text));
