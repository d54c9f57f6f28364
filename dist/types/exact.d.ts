import type { SourceFile } from "./load/index.js";
import { type LintOptions, type LintOutput } from "./engine/run.js";
/**
 * Lint files of which some were read by the fast reader (`load/fast/`). The two readers give the
 * same tree for every text the fast one accepts: that is the contract of `load/equivalence.ts`,
 * and the equivalence tests (`test/load/`) hold it over the shared corpus, the repository's
 * fixtures and random manifests. So nothing is read twice here.
 *
 * Until 0.1 this re-read the files that findings point into with the precise reader and compared
 * the trees at run time. Measured on a 30,000-document repository with annotations and pools
 * (docs/performance.md), that check was 32% of the run (1.9 s of 6.0 s, a CPU profile), and it
 * cannot be made cheap: any budget large enough to cover the file a finding is in costs a parse
 * with the `yaml` package of that file, which for a one-file repository is the whole repository.
 */
export declare function lintExact(input: readonly SourceFile[], options?: LintOptions): LintOutput & {
    files: readonly SourceFile[];
};
