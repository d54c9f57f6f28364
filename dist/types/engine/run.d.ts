import { type Model, type ModelOptions, type Settings, type SourceFile } from "../model/index.js";
import { type Rule } from "../rules/define-rule.js";
import type { FileResult, Finding, RuleInfo } from "../report/types.js";
import { type Policy, type RuleSetting } from "./policy.js";
export type { RuleSetting };
export interface LintOptions extends ModelOptions {
    readonly settings?: Partial<Settings>;
    /** Per-rule severity overrides. */
    readonly rules?: Readonly<Record<string, RuleSetting>>;
    /** Only these rules run (for tests and `--rule`). */
    readonly only?: readonly string[];
    /** Throw on a malformed report (tests); otherwise positions are clamped into the file. */
    readonly strict?: boolean;
    /** The configuration file's ignore globs, per-path overrides and suppress entries. */
    readonly policy?: Policy;
}
export interface LintOutput {
    /** One entry per linted (non-context) file, sorted by path; findings sorted and de-duplicated. */
    readonly results: FileResult[];
    readonly model: Model;
    /** The settings the rules saw (defaults, then the configuration, then flags). */
    readonly settings: Settings;
}
export declare function ruleInfo(rules?: readonly Rule[]): Map<string, RuleInfo>;
/** Related locations kept per finding. */
export declare const MAX_RELATED = 50;
/** Run every enabled rule over the files and return located, sorted findings per file. */
export declare function lintSources(input: readonly SourceFile[], options?: LintOptions): LintOutput;
export declare function compareFindings(a: Finding, b: Finding): number;
/** Sort, de-duplicate, drop findings located in context-only files, and count per file. */
export declare function groupResults(files: readonly SourceFile[], findings: readonly Finding[]): FileResult[];
