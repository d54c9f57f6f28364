import type { ConfigCluster } from "./layout/types.js";
import type { CoreInputs, CoreOptions, CoreResult } from "./core.js";
/**
 * The layout stage over texts, without rendering: what `calico-ipam-lint --render never` does after
 * it has read the files (src/render/index.ts `lintLayout` in that mode), for a page that cannot run
 * kustomize or Helm (the playground). Chart templates and `.tpl` files are not read as manifests;
 * a Kustomize root's resources (and its bases') are linted as they are, its patches not at all;
 * each cluster the files name is linted on its own, and its findings name it. Pure: no file
 * system, no process. Paths are the texts' own, relative to the repository's root.
 */
export interface LayoutCoreOptions extends CoreOptions {
    /** The configuration's `clusters:`, paths relative to the repository's root. */
    readonly clusters?: readonly ConfigCluster[];
}
export interface LayoutCoreResult extends CoreResult {
    /** What was not rendered or followed (what the CLI says on standard error). */
    readonly notices: readonly string[];
    /** The charts and Kustomize roots that the CLI renders and this run did not: folders, relative. */
    readonly unrendered: {
        readonly charts: readonly string[];
        readonly roots: readonly string[];
    };
    /** The cluster names, when the files name several. */
    readonly clusters: readonly string[];
}
/** Lint as `--render never` does; null when the files show no layout (lint them flat then, as the CLI does). */
export declare function lintLayoutCore(inputs: CoreInputs, options?: LayoutCoreOptions): LayoutCoreResult | null;
