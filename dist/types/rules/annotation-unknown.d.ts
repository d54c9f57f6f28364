/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
export declare function editDistance(a: string, b: string): number;
/** The known keys nearest to `name` (case-insensitive) and near enough to be a likely typo, in INPUT_KEYS order. */
export declare function nearestKeys(name: string): string[];
/** The known key nearest to `name` (case-insensitive), if it is near enough to be a likely typo. */
export declare function nearestKey(name: string): string | undefined;
/**
 * The key meant, when only one is nearest: among the nearest keys, the one strictly closest by
 * plain edit distance (`ipAddr` is within reach of `ipAddrsNoIpam` too, but one edit from `ipAddrs`);
 * undefined when two are as close (`ipv5pools`).
 */
export declare function meantKey(name: string, nearest?: readonly string[]): string | undefined;
/**
 * For a key outside `cni.projectcalico.org/` whose prefix is a near miss of it (`cni.projectcalico.io`,
 * `projectcalico.org`, `CNI.projectcalico.org`, …) and whose name is a key Calico reads: that key.
 */
export declare function nearMissPrefix(key: string): string | undefined;
declare const _default: import("./define-rule.js").Rule<"unknown" | "prefix" | "didYouMean">;
export default _default;
