/** calico-ipam-lint as a library. */
export { lint, lintCore, lintPaths, lintText, type CoreInputs, type CoreOptions, type CoreResult, type LintRequest, type LintResult, type PathLintOptions, type PathLintOutput, type Planned, type TextInput, } from "./api.js";
export { lintSources, ruleInfo, type LintOptions, type LintOutput, type RuleSetting } from "./engine/run.js";
export { RULES } from "./rules/index.js";
export type { Rule, RuleMeta, Severity } from "./rules/define-rule.js";
export { FORMATTERS } from "./report/index.js";
export type { Finding, FileResult, Formatter, RuleInfo } from "./report/index.js";
export { planToJSON, renderPlanMarkdown, renderPlanText, type Plan, type PlanFailure, type PlanOwner, type PlanPool, type PlanSet, type PlanStatic } from "./report/plan.js";
export type { Allocation } from "./allocator/index.js";
export { parseSource } from "./load/index.js";
export type { Model, Settings } from "./model/index.js";
export { ConfigError } from "./node/config.js";
export { VERSION } from "./version.js";
