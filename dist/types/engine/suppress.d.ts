import { LineIndex, type Model, type SourceFile, type Span } from "../model/index.js";
import type { Finding } from "../report/types.js";
import type { PathPolicy, Policy } from "./policy.js";
/**
 * The suppression step, run after every rule: drops findings that a suppression covers and reports
 * suppressions that covered nothing (`unused-suppression`). Three forms:
 *
 * - the annotation `calico-ipam-lint.io/ignore: "rule-a,rule-b"` (or `all`) on an object's
 *   metadata covers findings located anywhere in that object; on a pod template's metadata, findings
 *   located in the template;
 * - a comment line `# calico-ipam-lint-disable-next-line rule-a, rule-b` (no ids: all rules; text
 *   after ` -- ` is a free reason) covers findings located on the next line that holds YAML, and
 *   in the whole node that line starts: the map entry (key and value, nested blocks included), or
 *   the list item when the line starts with `-`;
 * - a `suppress` entry of the configuration covers findings located in objects whose kind,
 *   namespace and name match (and findings that name such an object).
 *
 * Findings are matched by where they are located, so a suppression follows its YAML node when
 * lines are added above it.
 */
export declare const IGNORE_ANNOTATION = "calico-ipam-lint.io/ignore";
export declare const DIRECTIVE = "calico-ipam-lint-disable-next-line";
export interface Pos {
    readonly line: number;
    readonly column: number;
}
export interface Region {
    readonly file: string;
    readonly start: Pos;
    readonly end: Pos;
}
export interface Suppression {
    readonly form: "annotation" | "comment" | "config";
    /** Where it is written: its severity follows that file, and unused ids are reported there. */
    readonly file: string;
    readonly span: Span;
    /** The findings it covers: those located in `region` (annotations, comments), else those `covers` says (configuration entries). */
    readonly region?: Region;
    readonly covers?: (f: Finding) => boolean;
    /** Covers every rule (`all`, or a comment naming none). */
    readonly all: boolean;
    readonly ids: readonly {
        readonly id: string;
        readonly span: Span;
    }[];
    /** Whether being unused can be judged (config entries: some object in view matches). */
    readonly judgeable: boolean;
    readonly used: Set<string>;
    usedAny: boolean;
}
/**
 * The findings no suppression covers, in their order; those that cover one are marked used. Per
 * file, the findings in order of place meet the regions in order of start, each region held while
 * it lasts: 15,000 comments over 30,000 findings took 50 s when every finding was tried against
 * every suppression.
 */
export declare function unsuppressed(suppressions: readonly Suppression[], findings: readonly Finding[]): Finding[];
export interface SuppressInput {
    readonly files: readonly SourceFile[];
    readonly model: Model;
    readonly findings: readonly Finding[];
    readonly paths: PathPolicy;
    readonly only?: readonly string[];
    readonly policy?: Policy;
    /** The caller's line index of a file among `files` (the engine's: one per file for the run). */
    readonly lineIndex?: (file: string) => LineIndex;
}
export interface SuppressOutput {
    readonly findings: Finding[];
    /** The configuration file, when a finding (an unused `suppress` entry) is located in it. */
    readonly configFile?: SourceFile;
}
export declare function applySuppressions(input: SuppressInput): SuppressOutput;
/**
 * The `# calico-ipam-lint-disable-next-line` comments of a file that reached the linter only
 * through rendered output: a Kustomize base, resource or patch, a kustomization, a Helm values
 * file. kustomize and Helm drop these files' comments, so the layout stage (src/render) matches
 * the findings it moves back into the file against them here, after relocation. A comment is used
 * when any finding moved into the file, from any render and any cluster, falls under it.
 */
export interface SourceComments {
    /** Whether a comment of the file covers the finding (located in the file); marks the comment used. */
    covers(f: Finding): boolean;
    /** Whether an unused-suppression finding (from a run that read the file directly) is about a comment used here. */
    usedHere(f: Finding): boolean;
    /** unused-suppression findings for the file's comments: unused ids, unknown ids, malformed comments. */
    report(): Finding[];
}
export declare function sourceComments(file: SourceFile, paths: PathPolicy, only?: readonly string[]): SourceComments;
