import type { SourceFile } from "./types.js";
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
export declare function sameTree(a: SourceFile, b: SourceFile): boolean;
