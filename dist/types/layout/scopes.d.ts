import type { Chart, Deploy, KustomizeRoot, Layout } from "./types.js";
/** One thing a cluster deploys: a Kustomize root, a chart, or plain files. */
export type Unit = {
    readonly kind: "root";
    readonly root: KustomizeRoot;
    readonly deploy?: Deploy;
    readonly files: readonly string[];
} | {
    readonly kind: "chart";
    readonly chart: Chart;
    readonly deploy?: Deploy;
} | {
    readonly kind: "files";
    readonly files: readonly string[];
};
/** A cluster and what it deploys. The cluster named "" is the repository's only one, or what no cluster deploys. */
export interface Scope {
    readonly cluster: string;
    readonly units: readonly Unit[];
}
/**
 * The files a root deploys when it is not rendered: its resources and its bases', recursively;
 * never its patches.
 */
export declare function rootFiles(layout: Layout, root: KustomizeRoot, seen?: Set<string>): string[];
/** Every file a root reads: its kustomization, resources, patches, and its bases'. */
export declare function rootInputs(layout: Layout, root: KustomizeRoot, seen?: Set<string>): string[];
/** The patch files of a root and its bases, nearest first (the overlay's before its base's). */
export declare function rootPatches(layout: Layout, root: KustomizeRoot, seen?: Set<string>): string[];
/**
 * Split the files into clusters and what each deploys. Without any cluster found, the repository is
 * one cluster, as before; with one, everything not deployed elsewhere is in it too; with several,
 * what no cluster deploys is judged on its own (scope ""), never with any cluster's objects.
 */
export declare function planScopes(layout: Layout, files: readonly string[]): Scope[];
