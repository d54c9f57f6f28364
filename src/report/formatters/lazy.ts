import type { FileResult, Formatter } from "../types.js";

/**
 * The formatters by name, loaded when a report is printed: the CLI starts without them (the stylish
 * one brings eslint-formatter-pretty and its index of every ESLint rule's page, the heaviest module
 * of the CLI). `FORMATTERS` (formatters/index.ts) holds them all, for the library.
 */
export const FORMATTER_NAMES: readonly string[] = ["stylish", "json", "sarif", "github", "junit", "html"];

export const formatterNames = (): string[] => [...FORMATTER_NAMES];

/** The formatter `name` (undefined for an unknown name), to format `results`. */
export async function loadFormatter(name: string, results: readonly FileResult[]): Promise<Formatter | undefined> {
  switch (name) {
    case "stylish":
      // Its report of no findings is empty (test/report/lazy.test.ts): nothing to load then.
      if (results.every((r) => r.findings.length === 0)) return () => "";
      return (await import("./stylish.js")).stylish;
    case "json":
      return (await import("./json.js")).json;
    case "sarif":
      return (await import("./sarif.js")).sarif;
    case "github":
      return (await import("./github.js")).github;
    case "junit":
      return (await import("./junit.js")).junit;
    case "html":
      return (await import("./html.js")).html;
    default:
      return undefined;
  }
}
