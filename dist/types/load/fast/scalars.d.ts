/**
 * Scalar values, exactly as the `yaml` package resolves them (YAML 1.2 core schema), for the
 * scalars the scanner accepts. These functions copy the package's resolution by hand (it exports
 * no function for a scalar's text alone), so they are tied to the version package.json pins:
 * test/load/scalars.test.ts compares them with that version over a generated set of scalars.
 */
/** A plain scalar's value under the core schema (`yaml`'s tags in their order). */
export declare function resolvePlain(s: string): string | number | boolean | null;
/**
 * Whether the `n` characters at `start` of `t` are one of the words the core schema reads as null or
 * a boolean (`null`, `Null`, `NULL`, `true`, …, `FALSE`). Compared code by code: nine `startsWith`
 * calls made this the longest of the reader's functions for V8's optimising compiler (28 ms).
 */
export declare function isNullOrBoolAt(t: string, start: number, n: number): boolean;
/**
 * Whether `resolvePlain` gives the plain scalar at [start, end) of `t` as its text (a string), told
 * without copying it out; false also when that takes resolving it.
 */
export declare function plainIsText(t: string, start: number, end: number): boolean;
/** The value of the scalar of `style` at [start, end) of `t`. */
export declare function scalarValue(t: string, style: number, start: number, end: number): string | number | boolean | null;
/** The text of a mapping key, as the precise path gives it (`keyString` in parse.ts). */
export declare function keyText(t: string, style: number, start: number, end: number): string;
/** A key's value as the text of the key. */
export declare const asKey: (v: string | number | boolean | null) => string;
