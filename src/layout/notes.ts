/**
 * What the layout stage says and leaves out, alike in the CLI's stage (render/run.ts) and the
 * page's (core-layout.ts).
 */

/** What was not linted, one line each (a repository had dozens of charts): ten, then how many more. */
export const notLintedLines = (reasons: readonly string[], max = 10): string[] => [
  ...reasons.slice(0, max).map((r) => `not linted: ${r}`),
  ...(reasons.length > max ? [`not linted: ${reasons.length - max} more charts or Kustomize roots (the first ${max} are named above)`] : []),
];

/** A list for standard error: the first ten names, then how many more (a repository had 879 roots). */
export const someOf = (names: readonly string[], max = 10): string =>
  names.length <= max ? names.join(", ") : `${names.slice(0, max).join(", ")} and ${names.length - max} more`;

/** Flux substitutes `${VAR}` before applying: a finding on a line holding one says nothing. */
export function placeholderAt(f: { readonly file: string; readonly line: number }, files: (p: string) => { readonly text: string } | undefined): boolean {
  const src = files(f.file);
  if (!src) return false;
  const line = src.text.split("\n")[f.line - 1] ?? "";
  return /\$\{[A-Za-z_][A-Za-z0-9_]*(?::?[-=+?][^}]*)?\}/.test(line);
}

/** A finding of several clusters' runs, naming the clusters whose runs found it ("(no cluster)": what none deploys). */
export function inClusters<T extends { readonly message: string }>(finding: T, clusters: readonly string[]): T & { cluster: string } {
  const names = clusters.map((c) => c || "(no cluster)").join(", ");
  return { ...finding, cluster: names, message: `${finding.message} [cluster ${names}]` };
}
