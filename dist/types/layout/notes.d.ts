/**
 * What the layout stage says and leaves out, alike in the CLI's stage (render/run.ts) and the
 * page's (core-layout.ts).
 */
/** What was not linted, one line each (a repository had dozens of charts): ten, then how many more. */
export declare const notLintedLines: (reasons: readonly string[], max?: number) => string[];
/** A list for standard error: the first ten names, then how many more (a repository had 879 roots). */
export declare const someOf: (names: readonly string[], max?: number) => string;
/** Flux substitutes `${VAR}` before applying: a finding on a line holding one says nothing. */
export declare function placeholderAt(f: {
    readonly file: string;
    readonly line: number;
}, files: (p: string) => {
    readonly text: string;
} | undefined): boolean;
/** A finding of several clusters' runs, naming the clusters whose runs found it ("(no cluster)": what none deploys). */
export declare function inClusters<T extends {
    readonly message: string;
}>(finding: T, clusters: readonly string[]): T & {
    cluster: string;
};
