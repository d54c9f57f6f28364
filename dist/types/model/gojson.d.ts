/**
 * Go's `json.Unmarshal(data, &[]string{})`, reproduced for the messages Calico passes through to the
 * pod's events: syntax errors from Go's scanner (first error wins, checked over the whole input
 * before decoding), then type errors. Each decoded string keeps its offsets in the input so that
 * findings can point at the entry.
 *
 * Written here on purpose, not JSON.parse: the errors, their wording and their order must be Go's,
 * which no JavaScript parser reproduces.
 */
export interface JsonItem {
    readonly value: string;
    /** Offsets of the string's contents (between the quotes) in the input. */
    readonly start: number;
    readonly end: number;
}
export type GoJsonResult = {
    ok: true;
    items: JsonItem[] | null;
} | {
    ok: false;
    error: string; /** offset of the offending character */
    offset: number;
    kind: "syntax" | "type";
};
/** Decode `s` exactly as Go's `json.Unmarshal` into `[]string` would. */
export declare function goUnmarshalStringList(s: string): GoJsonResult;
