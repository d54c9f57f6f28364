import type { Rendered } from "./cache.js";
/**
 * Running the user's kustomize, kubectl and helm, offline and without anything they could run in
 * turn: no plugins, post-renderers, hooks, dependency builds, remote bases or network. Only this
 * folder of src/ starts programs besides git (eslint.config.js).
 */
export interface Tools {
    /** `kustomize build DIR`, else `kubectl kustomize DIR`. */
    readonly kustomize?: {
        readonly bin: string;
        readonly args: readonly string[];
    };
    readonly helm?: string;
}
export declare function findTools(env: NodeJS.ProcessEnv): Tools;
export type { Rendered } from "./cache.js";
/** `kustomize build DIR` (or `kubectl kustomize DIR`): no plugins, no Helm; files inside the root only unless `extra` lifts it (Flux). */
export declare function renderKustomize(tools: Tools, dir: string, env: NodeJS.ProcessEnv, extra?: readonly string[]): Promise<Rendered>;
export interface HelmJob {
    readonly chart: string;
    readonly release: string;
    readonly namespace?: string;
    readonly valueFiles: readonly string[];
    /** Inline values (an Application's values/valuesObject, a HelmRelease's values), as top-level key → JSON. */
    readonly values: readonly (readonly [string, string])[];
    readonly set: readonly string[];
    /** An Application's parameters with forceString. */
    readonly setString?: readonly string[];
}
/** `helm template` of a local chart: no hooks, tests, plugins, post-renderers or dependency builds. */
export declare function renderHelm(tools: Tools, job: HelmJob, env: NodeJS.ProcessEnv): Promise<Rendered>;
/** `work` for each item, at most `width` at once (each a helm or kustomize process); the results in the items' order. */
export declare function inTurn<T, R>(items: readonly T[], width: number, work: (item: T, index: number) => Promise<R>): Promise<R[]>;
