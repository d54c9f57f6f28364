import { LineIndex, type Model, type SourceFile } from "../model/index.js";
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
