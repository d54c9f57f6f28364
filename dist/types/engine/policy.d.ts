import type { Config } from "../config/index.js";
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
export declare function pathPolicy(globalRules: Readonly<Record<string, RuleSetting>> | undefined, policy: Policy | undefined): PathPolicy;
/** Files matched by `ignore` become context: read for cross-file checks, never reported. */
export declare function applyIgnore(files: readonly SourceFile[], paths: PathPolicy): readonly SourceFile[];
