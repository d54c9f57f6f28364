import type { FileResult, Formatter } from "../types.js";
/**
 * The formatters by name, loaded when a report is printed: the CLI starts without them (the stylish
 * one brings eslint-formatter-pretty and its index of every ESLint rule's page, the heaviest module
 * of the CLI). `FORMATTERS` (formatters/index.ts) holds them all, for the library.
 */
export declare const FORMATTER_NAMES: readonly string[];
export declare const formatterNames: () => string[];
/** The formatter `name` (undefined for an unknown name), to format `results`. */
export declare function loadFormatter(name: string, results: readonly FileResult[]): Promise<Formatter | undefined>;
