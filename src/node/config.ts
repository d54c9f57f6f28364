import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { formatProblems, parseConfig, type Config } from "../config/index.js";
import { displayPath, loadFile } from "../load/files.js";
import type { Policy } from "../engine/policy.js";
import type { LintOptions } from "../engine/run.js";
import type { Settings } from "../model/index.js";
import type { LayoutOptions } from "../render/index.js";

/** Finding and reading `.calico-ipam-lint.yaml`. The validation itself is pure (src/config). */

export const CONFIG_NAMES = [".calico-ipam-lint.yaml", ".calico-ipam-lint.yml", ".calico-ipam-lint.json"] as const;

/** A configuration that cannot be used: one line per problem, `file:line:col: message`. */
export class ConfigError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join("\n"));
  }
}

const isFile = (p: string): boolean => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/** The configuration file for `cwd`: the nearest directory at or above it holding one. */
export function findConfigFile(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    const found = CONFIG_NAMES.map((n) => join(dir, n)).filter(isFile);
    if (found.length > 1) {
      throw new ConfigError([`${found.map((f) => displayPath(f, cwd)).join(" and ")}: two configuration files in one directory; keep one`]);
    }
    if (found[0]) return found[0];
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

export interface LoadedConfig {
  readonly config: Config;
  /** Absolute path of the file. */
  readonly file: string;
  readonly policy: Policy;
  /** `pools` entries, resolved against the configuration's directory (as shown to the user). */
  readonly pools: readonly string[];
}

/** Read the configuration named by `--config`, else the one found from `cwd` upward; null when there is none. */
export async function loadConfig(explicit: string | undefined, cwd: string): Promise<LoadedConfig | null> {
  const abs = explicit !== undefined ? resolve(cwd, explicit) : findConfigFile(cwd);
  if (abs === null) return null;
  if (explicit !== undefined && !existsSync(abs)) throw new ConfigError([`${explicit}: no such configuration file`]);
  const shown = displayPath(abs, cwd);
  const source = await loadFile(shown, cwd, true);
  const unreadable = source.problems.find((p) => p.code === "UNREADABLE");
  if (unreadable) throw new ConfigError([`${shown}: ${unreadable.message}`]);
  const parsed = parseConfig(source);
  if ("problems" in parsed) throw new ConfigError(formatProblems(source, parsed.problems));
  const dir = dirname(abs);
  return {
    config: parsed.config,
    file: abs,
    policy: { config: parsed.config, baseDir: dir, cwd: resolve(cwd) },
    pools: (parsed.config.data.pools ?? []).map((p) => displayPath(resolve(dir, p), cwd)),
  };
}

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
export function configRequest(config: LoadedConfig | null): ConfigRequest {
  if (!config) return {};
  const data = config.config.data;
  return {
    ...(data?.podCidrs ? { podCidrs: data.podCidrs } : {}),
    ...(data?.cni ? { cni: data.cni } : {}),
    ...(data?.rules ? { rules: data.rules } : {}),
    policy: config.policy,
    settings: settingsFrom(config),
    context: config.pools,
    ...(data?.clusters ? { layout: { clusters: data.clusters, clustersBase: dirname(config.file) } } : {}),
  };
}

export function settingsFrom(cfg: LoadedConfig | null): Partial<Settings> {
  const d = cfg?.config.data;
  if (!d) return {};
  return {
    ...(d.featureFlags ? { featureFlags: { ...d.featureFlags } } : {}),
    ...(d.calicoVersion ? { calicoVersion: d.calicoVersion } : {}),
    ...(d.calicoEdition ? { calicoEdition: d.calicoEdition } : {}),
    ...(d.poolsComplete !== undefined ? { poolsComplete: d.poolsComplete } : {}),
    ...(d.ipam?.strictAffinity !== undefined ? { strictAffinity: d.ipam.strictAffinity } : {}),
    ...(d.ipam?.maxBlocksPerHost !== undefined ? { maxBlocksPerHost: d.ipam.maxBlocksPerHost } : {}),
    ...(d.nodes !== undefined ? { nodes: d.nodes } : {}),
  };
}
