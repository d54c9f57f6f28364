/**
 * What the linter knows about the cluster beyond the manifests: CNI feature flags, the Calico version
 * whose behaviour to predict, IPAM settings. Defaults describe a standard install.
 */
export interface Settings {
    /** CNI `feature_control` flags; undefined means "not known" (a standard install has them off). */
    readonly featureFlags: {
        readonly ipAddrsNoIpam?: boolean;
        readonly floatingIPs?: boolean;
    };
    /** "head" checks `allowedUses` for static IPs; "v3.32" (the latest release) does not. */
    readonly calicoVersion: "v3.32" | "head";
    /**
     * Calico Open Source or Calico Enterprise, when the configuration says (in place of what an
     * Installation's `spec.variant` says). Under Enterprise its pool fields and uses are accepted.
     */
    readonly calicoEdition?: "open-source" | "enterprise";
    /** The pools in view are the cluster's complete set (enables `no-usable-pool`). */
    readonly poolsComplete: boolean;
    readonly strictAffinity?: boolean;
    readonly maxBlocksPerHost?: number;
    /** How many nodes run Calico: sizes DaemonSets and per-node tunnel addresses; unknown when unset. */
    readonly nodes?: number;
}
export declare const DEFAULT_SETTINGS: Settings;
