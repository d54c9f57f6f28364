import type { SourceFile } from "../load/index.js";
/**
 * The directories (with their trailing separator; "" for the working directory) of the
 * kustomization files in view that add labels to what they build (`commonLabels`, `labels`): a
 * Namespace below one may carry labels its file does not show, so its labels are not fully known.
 * (Linting `kustomize build` output, as the Argo CD plugin does, shows the labels.)
 */
export declare function labellingKustomizations(files: readonly SourceFile[]): string[];
