import type { Fix } from "../fix/types.js";
import type { Model, ObjectRef, Settings, Span } from "../model/index.js";
export type Severity = "error" | "warning";
export interface RuleMeta<M extends string> {
    /** One line, starting with a verb: what the rule disallows or requires. */
    readonly description: string;
    readonly defaultSeverity: Severity;
    /** True when the rule reports both severities (the report says which). */
    readonly mixedSeverity?: boolean;
    /** Message templates with `{{name}}` placeholders; each says what Calico will do and the fix. */
    readonly messages: Record<M, string>;
    /**
     * Placeholders filled from how the object reaches Calico rather than from the manifest (who
     * refuses it, Calico's error text for the version), with what each stands for, for the docs.
     */
    readonly placeholders?: Readonly<Record<string, string>>;
    /** What Calico does, for the rule's documentation. */
    readonly calico: string;
    /** How to fix it, for the rule's documentation. Ends with a period. */
    readonly remediation: string;
    /** "object": judged one object at a time; "repository": needs every file in view. */
    readonly scope: "object" | "repository";
    /** Reports may carry a fix that `--fix` applies (a report of any other rule may not). */
    readonly fixable?: boolean;
}
export interface RelatedLocation {
    readonly span: Span;
    readonly message: string;
}
export interface Report<M extends string> {
    readonly messageId: M;
    readonly data?: Readonly<Record<string, string | number>>;
    readonly at: Span;
    /** For mixed-severity rules; otherwise the rule's default applies. */
    readonly severity?: Severity;
    readonly related?: readonly RelatedLocation[];
    readonly object?: ObjectRef;
    /** The offending value, for baselines that survive edits elsewhere in the file. */
    readonly value?: string;
    /** Fixable rules: the edits `--fix` makes, or why it makes none (said when --fix runs). */
    readonly fix?: Fix;
}
export interface RuleContext<M extends string> {
    readonly model: Model;
    readonly settings: Settings;
    report(r: Report<M>): void;
    /** The original text of a file, for messages that quote the source. */
    sourceText(file: string): string;
}
export interface Rule<M extends string = string> {
    readonly id: string;
    readonly meta: RuleMeta<M>;
    check(ctx: RuleContext<M>): void;
}
/** Identity, typed so that every `messageId` is checked against the rule's `messages`. */
export declare function defineRule<M extends string>(rule: Rule<M>): Rule<M>;
/**
 * Longest text a placeholder puts into a message. Values come from the manifests (a 1 MB annotation,
 * a list of 100000 addresses): past this, the middle is cut, keeping both ends (and so the quotes or
 * backticks around a value), so that one finding cannot flood a terminal or a SARIF upload.
 */
export declare const MAX_PLACEHOLDER_LENGTH = 1000;
/**
 * Replace `{{name}}` placeholders; a missing value is a bug in the rule, so it throws. Each template
 * is split once and reused: a run renders thousands of findings from a few dozen templates.
 */
export declare function renderMessage(template: string, data?: Readonly<Record<string, string | number>>): string;
