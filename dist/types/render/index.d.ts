import { type Walked } from "../load/files.js";
import { type SourceFile } from "../load/index.js";
import type { LintOptions } from "../engine/run.js";
import type { LayoutOptions, LayoutOutput } from "./types.js";
/**
 * The layout stage: read what the repository deploys where (src/layout); when it deploys anything,
 * render Kustomize roots and charts with the user's binaries, lint each cluster on its own, and
 * move findings in rendered output back to the line that wrote the value (run.ts).
 */
export { RenderUnavailable, type LayoutOptions, type LayoutOutput, type RenderedChart, type RenderedRoot, type RenderedView, type RenderMode, type ScopeOutput } from "./types.js";
/**
 * Lint the files as the repository deploys them. Null when the files show no layout (no chart,
 * kustomization, GitOps object or configured cluster): the caller lints them flat, as before.
 */
export declare function lintLayout(files: readonly SourceFile[], named: ReadonlySet<string>, cwd: string, lintOptions: LintOptions & {
    readonly plan?: boolean;
}, options: LayoutOptions, walked?: Walked): Promise<LayoutOutput | null>;
