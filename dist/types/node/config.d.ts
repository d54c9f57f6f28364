import { type Config } from "../config/index.js";
import type { Policy } from "../engine/policy.js";
import type { LintOptions } from "../engine/run.js";
import type { Settings } from "../model/index.js";
import type { LayoutOptions } from "../render/index.js";
/** Finding and reading `.calico-ipam-lint.yaml`. The validation itself is pure (src/config). */
export declare const CONFIG_NAMES: readonly [".calico-ipam-lint.yaml", ".calico-ipam-lint.yml", ".calico-ipam-lint.json"];
/** A configuration that cannot be used: one line per problem, `file:line:col: message`. */
export declare class ConfigError extends Error {
    readonly lines: readonly string[];
    constructor(lines: readonly string[]);
}
/** The configuration file for `cwd`: the nearest directory at or above it holding one. */
export declare function findConfigFile(cwd: string): string | null;
export interface LoadedConfig {
    readonly config: Config;
    /** Absolute path of the file. */
    readonly file: string;
    readonly policy: Policy;
    /** `pools` entries, resolved against the configuration's directory (as shown to the user). */
    readonly pools: readonly string[];
}
/** Read the configuration named by `--config`, else the one found from `cwd` upward; null when there is none. */
export declare function loadConfig(explicit: string | undefined, cwd: string): Promise<LoadedConfig | null>;
/** The settings of a run that a configuration file gives (a part of `LintRequest`, src/api.ts). */
export type ConfigRequest = Pick<LintOptions, "podCidrs" | "cni" | "rules" | "policy" | "settings"> & {
    readonly context?: readonly string[];
    /** The configuration's `clusters:`, with the folder their paths are relative to. */
    readonly layout?: Pick<LayoutOptions, "clusters" | "clustersBase">;
};
/**
 * What a configuration file says, as settings of a run: rules, policy (ignores, overrides,
 * suppressions), pod CIDRs, CNI, the cluster's settings, and its `pools` files as context.
 */
export declare function configRequest(config: LoadedConfig | null): ConfigRequest;
export declare function settingsFrom(cfg: LoadedConfig | null): Partial<Settings>;
