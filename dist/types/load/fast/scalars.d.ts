/** A plain scalar's value under the core schema (`yaml`'s tags in their order). */
export declare function resolvePlain(s: string): string | number | boolean | null;
/** The value of the scalar of `style` at [start, end) of `t`. */
export declare function scalarValue(t: string, style: number, start: number, end: number): string | number | boolean | null;
/** The text of a mapping key, as the precise path gives it (`keyString` in parse.ts). */
export declare function keyText(t: string, style: number, start: number, end: number): string;
