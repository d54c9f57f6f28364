import type { SourceFile, Span } from "../load/index.js";
export type ConfigSeverity = "error" | "warn" | "off";
/** `suppress` entry: findings located in matching objects are not reported. */
export interface SuppressEntry {
    readonly kind?: string;
    readonly namespace?: string;
    readonly name?: string;
    readonly rules: "all" | readonly string[];
    readonly reason?: string;
}
export interface OverrideEntry {
    readonly files: readonly string[];
    readonly rules: Readonly<Record<string, ConfigSeverity>>;
}
/** The contents of `.calico-ipam-lint.yaml` once it has passed the schema. */
export interface ConfigData {
    readonly podCidrs?: readonly string[];
    readonly pools?: readonly string[];
    readonly poolsComplete?: boolean;
    readonly featureFlags?: {
        readonly ipAddrsNoIpam?: boolean;
        readonly floatingIPs?: boolean;
    };
    readonly cni?: {
        readonly type?: string;
        readonly ipam?: string;
    };
    readonly calicoVersion?: "v3.32" | "head";
    readonly calicoEdition?: "open-source" | "enterprise";
    readonly ipam?: {
        readonly strictAffinity?: boolean;
        readonly maxBlocksPerHost?: number;
    };
    readonly nodes?: number;
    readonly rules?: Readonly<Record<string, ConfigSeverity>>;
    readonly ignore?: readonly string[];
    readonly overrides?: readonly OverrideEntry[];
    readonly suppress?: readonly SuppressEntry[];
    readonly clusters?: readonly ClusterEntry[];
}
/** `clusters` entry: what the files cannot say about one cluster. */
export interface ClusterEntry {
    readonly name: string;
    readonly paths?: readonly string[];
    readonly pools?: readonly string[];
    readonly podCidrs?: readonly string[];
    readonly cni?: {
        readonly type?: string;
        readonly ipam?: string;
    };
    readonly nodes?: number;
}
/** A validated configuration and where its parts are written. */
export interface Config {
    readonly data: ConfigData;
    /** The parsed file (its path as shown to the user). */
    readonly source: SourceFile;
    /** The span of each `suppress` entry, in order, for reporting one that is never used. */
    readonly suppressSpans: readonly Span[];
}
/** Something wrong in a configuration file, located in it. */
export interface ConfigProblem {
    readonly span: Span;
    readonly message: string;
}
