/** calico-ipam-lint as a library. */
export { lintPaths, lintText, type PathLintOptions, type PathLintOutput } from "./api.js";
export { lintSources, ruleInfo, type LintOptions, type LintOutput, type RuleSetting } from "./engine/run.js";
export { RULES } from "./rules/index.js";
export type { Rule, RuleMeta, Severity } from "./rules/define-rule.js";
export { FORMATTERS } from "./report/index.js";
export type { Finding, FileResult, Formatter, RuleInfo } from "./report/index.js";
export { parseSource } from "./load/index.js";
export type { Model, Settings } from "./model/index.js";
export { VERSION } from "./version.js";
