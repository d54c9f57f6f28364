import type { Fix } from "../fix/index.js";
import type { Location, Model } from "../model/index.js";
import type { AddressMap } from "./address-map.js";
import type { Severity } from "../rules/define-rule.js";
export interface RelatedFinding extends Location {
    readonly file: string;
    readonly message: string;
}
/** One problem, located in one file. */
export interface Finding extends Location {
    readonly ruleId: string;
    readonly severity: Severity;
    readonly message: string;
    readonly messageId?: string;
    /** The file as given or found (relative to the working directory when under it). */
    readonly file: string;
    readonly related?: readonly RelatedFinding[];
    readonly object?: {
        readonly kind: string;
        readonly namespace?: string;
        readonly name?: string;
    };
    readonly value?: string;
    /** The edits `--fix` makes for it (offsets into the file's text), or why it makes none. */
    readonly fix?: Fix;
    /** The cluster (or clusters) the finding arises in, when the repository deploys to several. */
    readonly cluster?: string;
}
export interface FileResult {
    readonly file: string;
    readonly findings: readonly Finding[];
    readonly errorCount: number;
    readonly warningCount: number;
}
export interface RuleInfo {
    readonly id: string;
    readonly description: string;
    readonly defaultSeverity: Severity;
    readonly docsUrl: string;
    /** What Calico does (the rule's `meta.calico`), for long descriptions. */
    readonly calico?: string;
    /** How to fix it (the rule's `meta.remediation`). */
    readonly remediation?: string;
}
export interface FormatContext {
    readonly cwd: string;
    readonly rules: ReadonlyMap<string, RuleInfo>;
    readonly color: boolean;
    /**
     * The repository root (the nearest directory above cwd holding `.git`, else cwd): SARIF and
     * GitHub annotations name files relative to it.
     */
    readonly sourceRoot?: string;
    /** The run's model: the HTML report quotes the source lines of its files. */
    readonly model?: Model;
    /**
     * The pools' address space under the run's allocation (engine/address-map.ts, from the core's
     * `plan: true` result): the HTML report draws it.
     */
    readonly addressMap?: AddressMap;
    /** Where a formatter says what its report leaves out (the CLI writes it to standard error). */
    readonly warn?: (message: string) => void;
    /** How JUnit writes warnings (default `skipped`): see formatters/junit.ts. */
    readonly junitWarnings?: JunitWarnings;
}
export declare const JUNIT_WARNINGS: readonly ["skipped", "passed", "failure"];
export type JunitWarnings = (typeof JUNIT_WARNINGS)[number];
export type Formatter = (results: readonly FileResult[], ctx: FormatContext) => string;
