import { type SourceFile } from "../load/index.js";
import type { OptionHint, Variable } from "../layout/relocate.js";
import type { DeployOptions } from "../layout/types.js";
import { type Rendered, type Tools } from "./tools.js";
/**
 * What an Argo CD Application's `source.kustomize` block and a Flux Kustomization's spec do to the
 * objects they deploy, done the way each does it:
 *
 * - Argo CD runs `kustomize edit set nameprefix|namesuffix|image|replicas|namespace`, `kustomize
 *   edit add label|annotation|component` and appends `patches` in the root's own kustomization
 *   before `kustomize build` (argoproj/argo-cd util/kustomize/kustomize.go, `Build`); the
 *   destination namespace is then given to namespaced objects that name none (controller/state.go,
 *   `NormalizeTargetObjects`).
 * - Flux rewrites the root's kustomization too (fluxcd/pkg kustomize/kustomize_generator.go,
 *   `GenerateManifest`: targetNamespace becomes its `namespace`, so every namespaced object gets it;
 *   namePrefix/nameSuffix replace the root's; patches, components and images are added), builds
 *   with no load restrictions, then substitutes `${VAR}` per object (kustomize_varsub.go,
 *   `SubstituteVariables`) and sets commonMetadata on each object's own metadata
 *   (kustomize-controller internal/controller/kustomization_controller.go, `apply`).
 *
 * Nothing of the user's is written: the edited kustomization is built in a temporary folder that
 * holds a copy of the root's own files and links to everything else, removed after the build.
 */
type Plain = Record<string, unknown>;
/** Go's os.Expand as Argo CD's `Env.Envsubst` uses it: `$VAR` and `${VAR}`, unknown names empty, `$$` a dollar. */
export declare function argoEnvsubst(s: string, env: Readonly<Record<string, string>>): string;
/**
 * The root's kustomization as the Application or Flux Kustomization has it built: `kustomization` is
 * the root's own (undefined when the folder has none: Flux generates one from `resources`).
 */
export declare function editKustomization(options: DeployOptions, kustomization: Plain | undefined, rootDir: string, resources?: readonly string[]): {
    kustomization: Plain;
} | {
    error: string;
};
/**
 * Build the root with its kustomization replaced by `kustomization`, in a temporary folder: the
 * folders from `reach`'s common parent down to the root are made anew, their other entries linked;
 * the root's own files are copied (kustomize refuses a linked file as outside the root) and folders
 * with a kustomization of their own linked. `reach`: every folder the build may read.
 */
export declare function buildEdited(tools: Tools, root: {
    dir: string;
    file: string;
}, kustomization: Plain, reach: readonly string[], loadRestrictorNone: boolean, env: NodeJS.ProcessEnv): Promise<Rendered>;
/** A variable Flux substitutes, and where its value is written (the Kustomization or a ConfigMap). */
export interface FluxVariable extends Variable {
    readonly value: string;
}
/**
 * The variables of a Flux Kustomization: its `substituteFrom` ConfigMaps and Secrets found among
 * `objects` (by name, and namespace when both say one; not SOPS-encrypted), then `substitute`,
 * which wins. `complete` is false when a source was not found: names no known source sets are then
 * left as they are, not emptied.
 */
export declare function fluxVariables(options: DeployOptions, source: SourceFile | undefined, display: string, objects: readonly {
    display: string;
    file: SourceFile;
}[]): {
    vars: Map<string, FluxVariable>;
    complete: boolean;
} | undefined;
/** Substitute `${VAR}`, `${VAR:=default}`, `${VAR:-default}` (and without the colon) as Flux's envsubst does; `$${` stays a literal `${`. */
export declare function substitute(text: string, vars: ReadonlyMap<string, {
    value: string;
}>, complete: boolean): string;
/** Flux's post-build steps on rendered output: substitution (unless an object disables it), then commonMetadata. */
export declare function fluxPostBuild(file: SourceFile, options: DeployOptions, vars: {
    vars: ReadonlyMap<string, {
        value: string;
    }>;
    complete: boolean;
} | undefined): SourceFile;
/**
 * The options' places in the Application's or Flux Kustomization's file: what key of a rendered
 * object each writes and the text it puts there, or, for a patch, the region that holds its text.
 */
export declare function optionHints(options: DeployOptions, source: SourceFile | undefined, display: string): OptionHint[];
/** The components an option adds, as folders. */
export declare function optionComponents(options: DeployOptions, rootDir: string): string[];
export {};
