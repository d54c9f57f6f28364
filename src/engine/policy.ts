import { isAbsolute, relative, resolve, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import type { Config, ConfigSeverity } from "../config/index.js";
import type { SourceFile } from "../model/index.js";

/** A rule's setting: a severity, or off. */
export type RuleSetting = "error" | "warn" | "warning" | "off";

/**
 * What the configuration file says about which findings to report where: `ignore` globs, per-path
 * `overrides` of rule severities. Globs use .gitignore syntax and are relative to the directory of
 * the configuration file; files outside that directory match none.
 */
export interface Policy {
  readonly config: Config;
  /** Absolute directory the configuration's globs are relative to (the config file's). */
  readonly baseDir: string;
  /** Absolute working directory that relative file paths in the run are relative to. */
  readonly cwd: string;
}

export interface PathPolicy {
  /** The file is read for cross-file checks but not linted (`ignore`). */
  ignored(file: string): boolean;
  /** The severity setting of a rule for findings located in a file: `rules`, then matching `overrides`. */
  setting(ruleId: string, file: string): RuleSetting | undefined;
  /** The rule is on somewhere (globally, or in some override), so it must run. */
  mayRun(ruleId: string): boolean;
}

function matcher(patterns: readonly string[]): Ignore | null {
  return patterns.length > 0 ? ignore().add([...patterns]) : null;
}

export function pathPolicy(globalRules: Readonly<Record<string, RuleSetting>> | undefined, policy: Policy | undefined): PathPolicy {
  const data = policy?.config.data;
  const ignoreMatcher = matcher(data?.ignore ?? []);
  const overrides = (data?.overrides ?? []).map((o) => ({ ig: matcher(o.files), rules: o.rules }));
  const relCache = new Map<string, string | null>();
  const rel = (file: string): string | null => {
    if (!policy) return null;
    let r = relCache.get(file);
    if (r === undefined) {
      const p = relative(policy.baseDir, resolve(policy.cwd, file)).split(sep).join("/");
      r = p === "" || p.startsWith("../") || p === ".." || isAbsolute(p) ? null : p;
      relCache.set(file, r);
    }
    return r;
  };
  const matches = (ig: Ignore | null, file: string): boolean => {
    const r = rel(file);
    return ig !== null && r !== null && ig.ignores(r);
  };
  return {
    ignored: (file) => matches(ignoreMatcher, file),
    setting(ruleId, file) {
      let s: RuleSetting | undefined = globalRules?.[ruleId];
      for (const o of overrides) {
        const v: ConfigSeverity | undefined = o.rules[ruleId];
        if (v !== undefined && matches(o.ig, file)) s = v;
      }
      return s;
    },
    mayRun: (ruleId) => globalRules?.[ruleId] !== "off" || overrides.some((o) => o.rules[ruleId] !== undefined && o.rules[ruleId] !== "off"),
  };
}

/** Files matched by `ignore` become context: read for cross-file checks, never reported. */
export function applyIgnore(files: readonly SourceFile[], paths: PathPolicy): readonly SourceFile[] {
  return files.some((f) => !f.contextOnly && paths.ignored(f.path)) ? files.map((f) => (!f.contextOnly && paths.ignored(f.path) ? { ...f, contextOnly: true } : f)) : files;
}
