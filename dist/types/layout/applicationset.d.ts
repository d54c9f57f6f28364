import type { ParamSource } from "./types.js";
type Params = Record<string, unknown>;
/** What an ApplicationSet's generators may read: this repository's folders and files. */
export interface AppSetInput {
    readonly repoRoots: readonly string[];
    /** Every folder holding a file found. */
    readonly dirs: ReadonlySet<string>;
    /** Every file found (absolute paths). */
    readonly files: readonly string[];
    /** The plain data of a file's documents (the git files generator reads any JSON or YAML file). */
    readonly docsOf: (path: string) => readonly unknown[];
    /** Argo CD cluster Secrets defined in the repository, and those held encrypted. */
    readonly clusters: ClusterSecrets;
    /** Filled in: the ApplicationSets whose clusters generator found no cluster Secret (said once, by `clustersUnknown`). */
    readonly withoutSecrets: {
        file: string;
        name: string;
        selecting: boolean;
    }[];
}
/** One sentence for every ApplicationSet whose clusters generator found no cluster Secret in the files. */
export declare function clustersUnknown(input: AppSetInput): {
    file: string;
    reason: string;
} | undefined;
export interface ClusterSecret {
    readonly name: string;
    readonly server: string;
    readonly project: string;
    readonly labels: Readonly<Record<string, string>>;
    readonly annotations: Readonly<Record<string, string>>;
}
export interface ClusterSecrets {
    readonly secrets: readonly ClusterSecret[];
    /** Cluster Secrets whose data the files do not show (SealedSecret, ExternalSecret, …), by kind and name. */
    readonly hidden: readonly string[];
}
/** Argo CD's cluster Secrets (label `argocd.argoproj.io/secret-type: cluster`) among the documents. */
export declare function clusterSecrets(docs: readonly unknown[]): ClusterSecrets;
interface Ctx {
    readonly input: AppSetInput;
    /** The ApplicationSet's document index in its file. */
    readonly doc: number;
    readonly goTemplate: boolean;
    readonly options: readonly string[];
    readonly name: string;
    readonly file: string;
    readonly reasons: string[];
}
/**
 * The Applications an ApplicationSet's generators make, what was not followed, and for each
 * Application where the parameters it was made from were written (`params`, by index).
 */
export declare function expandApplicationSet(doc: Record<string, unknown>, file: string, input: AppSetInput, docIndex?: number): {
    apps: Record<string, unknown>[];
    params: (readonly ParamSource[])[];
    reasons: string[];
};
/** Argo CD's SanitizeName (applicationset/utils/template_functions.go). */
export declare function sanitizeName(name: string): string;
/**
 * utils.go `Render.Replace`. Without goTemplate, fasttemplate: `{{ key }}` becomes the parameter
 * when it is a string, else stays as written. With goTemplate, Go's text/template: field chains
 * (`.path.basename`), `index`, and the functions `normalize`, `lower`, `upper`, `default`,
 * `quote`; anything else is left as written (and the Application not followed).
 */
export declare function replace(tmpl: string, params: Params, ctx: Pick<Ctx, "goTemplate" | "options">): {
    text: string;
    error?: string;
};
/** Go's path.Match (the git directories generator): `*` and `?` within a segment, `[…]` classes, `\` escapes. */
export declare function goPathMatch(pattern: string, name: string): boolean;
/**
 * A pathspec as `git ls-files -- <pattern>` reads it (the git files generator's default, without
 * the new globbing): fnmatch without FNM_PATHNAME, so `*` also crosses `/`; a folder matches what is under it.
 */
export declare function gitPathspecMatch(pattern: string, path: string): boolean;
export {};
