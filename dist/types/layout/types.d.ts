/**
 * The repository's layout: what deploys which files to which cluster, found from the files
 * (docs/gitops-layouts.md). Paths are absolute, with `/` separators.
 */
import type { ClusterEntry } from "../config/types.js";
export interface KustomizeRoot {
    readonly dir: string;
    /** The kustomization file. */
    readonly file: string;
    /** Files it takes as resources (manifests, not folders). */
    readonly resources: readonly string[];
    /** Folders it takes as resources or components that hold a kustomization of their own. */
    readonly bases: readonly string[];
    /** Folders named as resources that hold no kustomization: kustomize refuses them. */
    readonly plainDirs: readonly string[];
    /** Files it uses as patches (strategic merge or JSON 6902): partial objects, not objects. */
    readonly patches: readonly string[];
    /** Remote bases (URLs): not fetched; a root with one is not rendered. */
    readonly remote: readonly string[];
    /** Uses `helmCharts` (needs `--enable-helm`) or plugins (generators, transformers): not rendered. */
    readonly unsafe: readonly string[];
    /** No kustomization file: the one Flux generates for a plain folder it deploys with options (`file` does not exist). */
    readonly generated?: boolean;
}
export interface Chart {
    readonly dir: string;
    /** Its Chart.yaml. */
    readonly file: string;
    /** Declares dependencies in Chart.yaml. */
    readonly dependencies: readonly string[];
}
/** What one cluster deploys from one folder, and how it is turned into manifests. */
export interface Deploy {
    readonly cluster: string;
    readonly dir: string;
    readonly how: "kustomize" | "helm" | "directory";
    /** Plain folders: every manifest below (Flux), or the top level only (Argo CD without recurse). */
    readonly recurse: boolean;
    /** Helm: values files (absolute, in order), inline values (objects) and `--set` pairs. */
    readonly valueFiles?: readonly string[];
    readonly values?: readonly Readonly<Record<string, unknown>>[];
    readonly set?: readonly string[];
    /** Argo CD parameters with forceString: `--set-string` pairs. */
    readonly setString?: readonly string[];
    /** Helm: where the inline values were written (above the values files), lowest precedence first. */
    readonly embedded?: readonly EmbeddedValues[];
    /**
     * An Application an ApplicationSet made: where the parameters its template read were written (a
     * list element, a git files generator's file), by parameter name, with the text substituted.
     */
    readonly params?: readonly ParamSource[];
    readonly releaseName?: string;
    readonly namespace?: string;
    /** The object that says so (an Application, a Flux Kustomization or HelmRelease), or the configuration. */
    readonly by: {
        readonly file: string;
        readonly kind: string;
        readonly name: string;
    };
    /** Kustomize options the object applies to what it builds (src/render/options.ts applies them). */
    readonly options?: DeployOptions;
}
/**
 * An Argo CD source's `kustomize` block or a Flux Kustomization's `spec`, as written, with where it
 * is (a finding whose value an option wrote is placed at the option).
 */
export interface DeployOptions {
    readonly tool: "argocd" | "flux";
    /** Argo CD: `source.kustomize` (or `sources[n].kustomize`); Flux: the Kustomization's `spec`. */
    readonly block: Readonly<Record<string, unknown>>;
    /** The document of `by.file` (or of `file`) holding the block, and the keys down to it. */
    readonly doc: number;
    /** Argo CD: the block was written in a `.argocd-source.yaml` override, not in the Application. */
    readonly file?: string;
    readonly path: readonly (string | number)[];
    /** Argo CD: the build environment (`ARGOCD_APP_NAME`, …) that `${VAR}` in labels, annotations and images reads. */
    readonly env?: Readonly<Record<string, string>>;
    /** Flux: the Kustomization's namespace, where its `substituteFrom` ConfigMaps and Secrets are. */
    readonly namespace?: string;
}
/**
 * Values written inside a manifest: a ConfigMap's or Secret's data key (a HelmRelease's
 * valuesFrom), or a HelmRelease's spec.values. Findings on them point inside.
 */
export interface EmbeddedValues {
    readonly file: string;
    /** The document's index in its file. */
    readonly doc: number;
    /** The keys (and list indexes) from the document's root to the node holding the values. */
    readonly path: readonly (string | number)[];
    /** The node is a string of YAML (a data key), not the values themselves. */
    readonly yaml: boolean;
    /** Base64 (a Secret's data): nothing inside it can be pointed at. */
    readonly encoded: boolean;
    /** The node is the value at this path of the values (valuesFrom targetPath). */
    readonly targetPath?: readonly string[];
}
/** A parameter of an ApplicationSet's generator, where it was written. */
export interface ParamSource {
    /** As the template names it: `cluster`, `values.ip`, `a.b` (a goTemplate's `.a.b`). */
    readonly name: string;
    /** The text substituted for it. */
    readonly value: string;
    readonly file: string;
    readonly doc: number;
    /** The keys (and list indexes) from the document's root to the scalar. */
    readonly path: readonly (string | number)[];
}
/** A cluster named in the configuration file (`clusters:`): `paths` are relative to its folder. */
export type ConfigCluster = ClusterEntry;
export interface Layout {
    readonly roots: ReadonlyMap<string, KustomizeRoot>;
    readonly charts: ReadonlyMap<string, Chart>;
    /** Files never read as manifests: chart templates and `.tpl` files, with why. */
    readonly templates: ReadonlyMap<string, string>;
    /** Files some kustomization uses as a patch, with the kustomization. */
    readonly patches: ReadonlyMap<string, string>;
    /** Cluster names, in the order found (configuration first). */
    readonly clusters: readonly string[];
    readonly deploys: readonly Deploy[];
    /** Folders each cluster holds outright (Flux's clusters/<name>/, the configuration's paths). */
    readonly clusterDirs: ReadonlyMap<string, readonly string[]>;
    /** Some Flux Kustomization substitutes `${VAR}` placeholders (postBuild). */
    readonly substitutes: boolean;
    /** Sources the layout could not follow (a chart from a Helm repository, a generator needing a live system). */
    readonly notFollowed: readonly {
        readonly file: string;
        readonly reason: string;
    }[];
}
