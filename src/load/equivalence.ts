import type { Node, SourceFile, Span, SyntaxProblem } from "./types.js";

/**
 * The two-reader contract of `load/`. Files are read by the fast reader (`fast/`) where it accepts
 * them and by the precise reader (`parse.ts`, the `yaml` package) otherwise; everything after
 * `load/` sees one `SourceFile` type and cannot tell which read a file. That holds because:
 *
 * 1. The fast reader declines any text it is not sure of (anything outside the block YAML subset of
 *    manifests, anything the `yaml` package would report an error for, comments that may hold
 *    suppressions), so syntax errors are always found and located by the precise reader.
 * 2. For every text it accepts, it gives the tree the precise reader gives: `sameTree` below.
 *    Scalar values follow the `yaml` version package.json pins (`fast/scalars.ts`).
 *
 * Nothing checks this at run time: re-reading the files findings point into cost a third of a run
 * (docs/performance.md), and a one-file repository a full `yaml` parse. The tests hold it instead:
 * test/load/equivalence.test.ts over the shared corpus (`../shared/corpus`, required under CI) and
 * the repository's fixtures, with the same findings in both paths; test/load/fast.test.ts over
 * random manifests; test/load/scalars.test.ts for the scalar resolution against the pinned `yaml`.
 */

/**
 * Whether two readings of a file give the same documents, problems and located tree: node kinds,
 * spans, scalar values, styles, source text and tags, mapping keys in order. Comments are not
 * compared (the fast parser does not keep them).
 */
export function sameTree(a: SourceFile, b: SourceFile): boolean {
  if (a.path !== b.path || a.text !== b.text || a.documents.length !== b.documents.length) return false;
  if (!sameProblems(a.problems, b.problems)) return false;
  for (let i = 0; i < a.documents.length; i++) {
    const x = a.documents[i];
    const y = b.documents[i];
    if (!x || !y || x.index !== y.index || !sameProblems(x.problems, y.problems)) return false;
    if (x.root === null || y.root === null ? x.root !== y.root : !sameNode(x.root, y.root)) return false;
  }
  return true;
}

const sameSpan = (a: Span, b: Span): boolean => a.file === b.file && a.start === b.start && a.end === b.end;

function sameProblems(a: readonly SyntaxProblem[], b: readonly SyntaxProblem[]): boolean {
  return a.length === b.length && a.every((p, i) => p.code === b[i]?.code && p.message === b[i]?.message && sameSpan(p.span, b[i]?.span ?? p.span));
}

function sameNode(a: Node, b: Node): boolean {
  if (a.kind !== b.kind || !sameSpan(a.span, b.span) || a.tag !== b.tag) return false;
  if (a.kind === "scalar") return b.kind === "scalar" && Object.is(a.value, b.value) && a.style === b.style && a.source === b.source;
  if (a.kind === "map") {
    if (b.kind !== "map" || a.entries.length !== b.entries.length) return false;
    return a.entries.every((e, i) => {
      const f = b.entries[i];
      return f !== undefined && e.key === f.key && sameSpan(e.keySpan, f.keySpan) && sameNode(e.value, f.value);
    });
  }
  return b.kind === "seq" && a.items.length === b.items.length && a.items.every((n, i) => {
    const m = b.items[i];
    return m !== undefined && sameNode(n, m);
  });
}
