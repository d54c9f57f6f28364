import { type Model, type SourceFile } from "../model/index.js";
import type { FileResult, Finding } from "../report/types.js";
import { type LintOptions } from "./run.js";
/**
 * What a change to a cluster-wide object does to the files it did not touch. The modes that report
 * only changed files (`--changed-since`, the pre-commit hooks' `--impact-since`, the Action on a
 * pull request) would otherwise pass a commit that moves a pool away from the static addresses of
 * untouched files, and the whole-repository run fail afterwards.
 *
 * The files are linted as they are and as they were (the changed files at the base revision, every
 * other file as it is: nothing unchanged is parsed again); a finding in an untouched file that the
 * base run does not have is new, and the change caused it. It is reported again at the changed
 * object that causes it (the field that changed: a pool's `cidr`, a namespace's annotation), under
 * its own rule and severity, so an error in an untouched file fails the changed-only run too.
 *
 * Which changed object causes a finding is found by reverting each one alone (its document back to
 * the base revision) and seeing whether the finding goes away; one that no single revert removes is
 * reported at every changed object. Nothing of this runs unless a changed file holds a cluster-wide
 * object (what the model reads as pools, reservations, namespaces, IPAM configuration, pod CIDRs or
 * the CNI setup) whose contents differ from the base revision, or a followed chart's or root's
 * rendered output changed (node/impact.ts): what it renders from files the change did not edit
 * counts as untouched (`alsoCounts`), and with no cluster-wide object changed the render as a
 * whole is the change.
 */
/** Changed cluster-wide objects probed one by one; past this, a finding is reported at each of them. */
export declare const MAX_PROBES = 8;
export interface ImpactInput {
    /** Every file the run read, as it is now. */
    readonly files: readonly SourceFile[];
    /** Whether a file (by its path) is one of the changes. */
    readonly changed: (path: string) => boolean;
    /** The changed files as they were at the base revision, by their current path (absent: added since). */
    readonly previous: ReadonlyMap<string, SourceFile> & {
        text?(path: string): string | undefined;
    };
    /** Manifests deleted since the base revision, as they were there. */
    readonly deleted?: readonly SourceFile[];
    /** Files that are neither a change nor counted as untouched (standard input, reported whole). */
    readonly skip?: (path: string) => boolean;
    /** Whether findings in context-only files count (the hooks: the context is the whole repository). */
    readonly contextCounts: boolean;
    /** The run's options (rules, settings, policy…). */
    readonly options: LintOptions;
    /**
     * The run's own results when they already hold every counted file's findings (a flat run with
     * no context files): then the files are not linted again as they are.
     */
    readonly now?: readonly FileResult[];
    /**
     * The model of the run that gave `now`: the runs here take from it what the files they share
     * with it give (their objects and pod sources), as they read the repository again as it was.
     */
    readonly nowModel?: Model;
    /**
     * The run's own results when it read the repository through its layout (charts, overlays) and
     * these runs read the files as written: a finding is reported only if the run has it too (same
     * rule, file and line), so an address an overlay patches is not said to break.
     */
    readonly confirm?: readonly FileResult[];
    /** Where the run shows a finding in these files (one in rendered output at the line that wrote it); as it is if not given. */
    readonly moved?: (f: Finding) => Finding;
    /**
     * Findings in a changed file that count as if in an untouched one: a chart's rendered output is
     * the change, but a finding in it may be written in a file the changes did not edit. Lines move
     * between its two versions, so such findings are told from the previous version's as a baseline
     * tells findings apart (rule, object, value), not by place.
     */
    readonly alsoCounts?: (f: Finding) => boolean;
}
/** Whether a text holds one of CLUSTER_WIDE_WORDS. */
export declare function hasClusterWideWords(text: string): boolean;
/**
 * Whether the documents of two texts that may hold cluster-wide objects are the same, text for
 * text (a `---` line at the start of a line always starts a YAML document, even inside a block
 * scalar). Most changed files change a workload beside an unchanged Namespace: their previous
 * version is then never parsed.
 */
export declare function sameClusterWideText(now: string, before: string): boolean;
/**
 * `text.split(/^---(?=[ \t\r\n]|$)/m)`, about 30% faster: "---" found by `indexOf` (rarely other
 * than a separator in manifests), then told by the characters around it. In a multiline pattern
 * `^` and `$` are at the text's ends and beside any of the four line terminators.
 */
export declare function documentTexts(text: string): string[];
/**
 * The findings of `list` that `other` does not have. A finding matches one with the same rule,
 * place, severity and message first; what is left matches by rule, place and severity alone (a
 * message may name other pools, which the change moved). Two findings at one place (a pool that
 * overlaps two new ones) are told apart by their messages. The messages are counted per place (a
 * key of place and message made each long message hashed again).
 */
export declare function missingFrom(list: readonly Finding[], other: readonly Finding[]): Finding[];
export interface Impact {
    /** Located at the changed objects that cause them. */
    readonly atChanges: Finding[];
    /** Caused by deleting a file: located where they are, naming the file. */
    readonly inPlace: Finding[];
}
/** The findings a change causes in files it did not touch. */
export declare function changeImpact(input: ImpactInput): Impact;
