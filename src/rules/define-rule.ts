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
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/**
 * Longest text a placeholder puts into a message. Values come from the manifests (a 1 MB annotation,
 * a list of 100000 addresses): past this, the middle is cut, keeping both ends (and so the quotes or
 * backticks around a value), so that one finding cannot flood a terminal or a SARIF upload.
 */
export const MAX_PLACEHOLDER_LENGTH = 1000;

function capped(v: string): string {
  if (v.length <= MAX_PLACEHOLDER_LENGTH) return v;
  const cut = v.length - MAX_PLACEHOLDER_LENGTH + 40;
  // Never split a surrogate pair.
  const head = v.slice(0, 720).replace(/[\ud800-\udbff]$/, "");
  const tail = v.slice(720 + cut).replace(/^[\udc00-\udfff]/, "");
  return `${head} … [${cut} characters left out] … ${tail}`;
}

/** A template split at its placeholders: text, name, text, …, text (odd indexes are names). */
const compiled = new Map<string, readonly string[]>();

function partsOf(template: string): readonly string[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{\{\s*(\w+)\s*\}\}/);
    // Templates are the rules' own messages; the bound only keeps a misuse from growing the map.
    if (compiled.size > 1000) compiled.clear();
    compiled.set(template, parts);
  }
  return parts;
}

/**
 * Replace `{{name}}` placeholders; a missing value is a bug in the rule, so it throws. Each template
 * is split once and reused: a run renders thousands of findings from a few dozen templates.
 */
export function renderMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  const parts = partsOf(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const v = data[name];
    if (v === undefined) throw new Error(`message placeholder {{${name}}} has no value`);
    out += capped(String(v)) + (parts[i + 1] as string);
  }
  return out;
}
