import { type SourceFile } from "../load/index.js";
import type * as ApplicationSets from "./applicationset.js";
import type { ConfigCluster, Layout } from "./types.js";
/** A file read for the layout: its absolute path and the plain data of its documents. */
export interface LayoutFile {
    readonly path: string;
    readonly docs: readonly unknown[];
}
export interface LayoutInput {
    /** Every file found (manifests and kustomization files); `docs` empty for files not parsed. */
    readonly files: readonly LayoutFile[];
    /** Where Argo CD and Flux paths start: the repository root, then each folder named. */
    readonly repoRoots: readonly string[];
    /** `clusters:` of the configuration file, with the folder its paths are relative to. */
    readonly configClusters?: readonly {
        readonly cluster: ConfigCluster;
        readonly baseDir: string;
    }[];
    /** The documents of any file found, read when asked (a git files generator's JSON or YAML, a ConfigMap of values); else `files`' docs. */
    readonly docsOf?: (path: string) => readonly unknown[];
    /**
     * ApplicationSets' generators (applicationset.ts), needed when `holdsApplicationSet(files)`: the
     * CLI loads that code only then (render/index.ts).
     */
    readonly applicationSets?: ApplicationSetCode;
}
export type ApplicationSetCode = Pick<typeof ApplicationSets, "clusterSecrets" | "clustersUnknown" | "expandApplicationSet">;
export declare const KUSTOMIZATION_NAMES: readonly ["kustomization.yaml", "kustomization.yml", "Kustomization"];
/**
 * `dirname` and `basename` of a file's path: one search for its last "/" rather than a walk over
 * the path's characters; the two normalise it the same way but at a root ("/a.yaml"), where they are
 * asked. Each file of a run goes through here several times.
 */
export declare const dirOf: (p: string) => string;
export declare const nameOf: (p: string) => string;
/**
 * A file's documents as `discoverLayout` reads them: every one of a chart's or a kustomization's
 * file (`whole`); of any other file, the ones it may read (Argo CD and Flux objects, Secrets for
 * Argo CD's clusters, ConfigMaps and Secrets for a HelmRelease's values), the rest null. A file
 * is given because it names Argo CD or Flux: Argo CD's own install, whose CRDs name argoproj.io,
 * was converted whole (40 ms of a lint of the bulk corpus).
 */
export declare function layoutDocs(file: SourceFile, whole: boolean): unknown[];
/** Whether any of the files holds an Argo CD ApplicationSet (`discoverLayout` then needs `applicationSets`). */
export declare const holdsApplicationSet: (files: readonly LayoutFile[]) => boolean;
/** Is `p` at or below `dir`? */
export declare function under(dir: string, p: string): boolean;
/** Read the layout from the files: charts, kustomize roots, GitOps objects and clusters. */
export declare function discoverLayout(input: LayoutInput): Layout;
