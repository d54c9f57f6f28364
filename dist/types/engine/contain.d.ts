import type { SourceFile, Span } from "../model/index.js";
import type { Rule } from "../rules/define-rule.js";
/**
 * A rule that throws (a bug of ours, met on some input) must not cost the run every other finding.
 * The engine runs each rule through `checkContained`: when the rule throws, the findings it already
 * reported stand, and its failure becomes a finding of its own. For a rule that judges one object
 * at a time, the rule is run again on each linted document alone, so that the failure is reported
 * on the document(s) it fails on and the others still get their findings; a repository-wide rule
 * gets one finding at the first linted file.
 */
export interface RuleFailure {
    readonly at: Span;
    readonly message: string;
}
export declare const failureMessage: (rule: Rule, err: unknown, scope: "object" | "run") => string;
/**
 * Run `check(files)` for `rule` over every file; on a throw, narrow it down as described above.
 * `check` is the rule run on a model of the files it is given, reporting as usual.
 */
export declare function checkContained(rule: Rule, files: readonly SourceFile[], check: (files: readonly SourceFile[] | null) => void, strict?: boolean): RuleFailure[];
