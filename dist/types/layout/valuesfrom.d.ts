import type { EmbeddedValues } from "./types.js";
type Values = Record<string, unknown>;
/** A ConfigMap or Secret of the repository: its file, document index and data. */
export interface ValuesObject {
    readonly file: string;
    readonly doc: number;
    readonly kind: "ConfigMap" | "Secret";
    readonly name: string;
    readonly namespace?: string;
    readonly object: Record<string, unknown>;
}
/** The ConfigMaps and Secrets among a file's documents. */
export declare function valuesObjects(file: string, docs: readonly unknown[]): ValuesObject[];
/** chartutil.MergeMaps: maps merge key by key; anything else replaces. */
export declare function mergeMaps(a: Values, b: Values): Values;
/** A targetPath's keys (`a.b`, `\.` escaping a dot); null for the list indexes and commas strvals would also read. */
export declare function targetKeys(path: string): string[] | null;
export interface ReleaseValues {
    /** The values Helm is given (valuesFrom merged, then spec.values); empty when none. */
    readonly values: Values;
    /** Where they were written, lowest precedence first. */
    readonly sources: readonly EmbeddedValues[];
    readonly reasons: readonly string[];
}
/** A HelmRelease's values, with where each part was written. */
export declare function releaseValues(release: {
    file: string;
    doc: number;
    spec: Record<string, unknown>;
    name: string;
    namespace?: string;
}, objects: readonly ValuesObject[]): ReleaseValues;
export {};
