/**
 * Calico label selectors (`nodeSelector`, `namespaceSelector`), parsed and evaluated as
 * `calico:libcalico-go/lib/selector` does: the tokenizer (`tokenizer/tokenizer.go`), the
 * recursive-descent parser (`parser/parser.go`) and the evaluation of each node (`parser/ast.go`).
 * Pure: text in, a tree or an error with its offset out.
 *
 * The grammar Calico accepts:
 *
 *   selector   := ε | or
 *   or         := and ("||" and)*
 *   and        := operation ("&&" operation)*
 *   operation  := "!"* ( "all()" | "global()" | "has(" label ")" | "(" or ")"
 *                      | label ("==" | "!=" | "contains" | "starts with" | "ends with") string
 *                      | label ("in" | "not in") "{" [string ("," string)* [","]] "}" )
 *   label      := [a-zA-Z0-9_./-]{1,512}
 *   string     := '"' [^"]* '"' | "'" [^']* "'"   (no escapes)
 *
 * Only space and tab separate tokens: a newline (a YAML `|` block's last line break) is an error.
 * An empty or blank selector selects everything. `startswith`, `endswith` and `notin` may be
 * written without the inner space; after a keyword operator a word boundary is required.
 * Evaluation: `==`, `contains`, `starts with`, `ends with` and `in` need the label present;
 * `!=` and `not in` match when it is absent; `global()` evaluates like `all()`.
 *
 * Error messages keep Calico's wording (the v3.32-era tokenizer and parser), with what was found
 * added where Calico prints an internal token dump instead.
 *
 * Written here on purpose: no package reads Calico's selector dialect (label-selector packages
 * read Kubernetes' syntax), and errors must be Calico's, at Calico's offsets.
 */
export type Selector = {
    readonly kind: "all";
} | {
    readonly kind: "global";
} | {
    readonly kind: "has";
    readonly label: string;
} | {
    readonly kind: "eq" | "ne" | "contains" | "startsWith" | "endsWith";
    readonly label: string;
    readonly value: string;
} | {
    readonly kind: "in" | "notIn";
    readonly label: string;
    readonly values: readonly string[];
} | {
    readonly kind: "not";
    readonly operand: Selector;
} | {
    readonly kind: "and" | "or";
    readonly operands: readonly Selector[];
};
export interface SelectorError {
    readonly message: string;
    /** Where the problem starts in the selector text (UTF-16 units; the text's length for its end). */
    readonly offset: number;
    /** Where it ends (at least `offset`). */
    readonly end: number;
}
export type SelectorResult = {
    readonly ok: Selector;
    readonly error?: undefined;
} | {
    readonly ok?: undefined;
    readonly error: SelectorError;
};
export type Labels = ReadonlyMap<string, string> | Readonly<Record<string, string>>;
/** Calico's limit on a label's length (`tokenizer.MaxLabelLength`). */
export declare const MAX_LABEL_LENGTH = 512;
/** Parse a selector as Calico's `selector.Parse` / `selector.Validate` do. */
export declare function parseSelector(text: string): SelectorResult;
/**
 * Whether the selector matches the labels, as Calico's `Selector.Evaluate` (`&&` and `||` stop at
 * the first operand that decides). Iterative: selectors may nest thousands deep.
 */
export declare function evaluate(sel: Selector, labels: Labels): boolean;
/** Calico's canonical form of a selector (`Selector.String()`). Iterative: selectors may nest thousands deep. */
export declare function selectorString(sel: Selector): string;
