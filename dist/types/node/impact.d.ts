import type { LintRequest, LintResult } from "../api.js";
import { type Impact as Caused } from "../engine/impact.js";
import { LazySources, type SourceFile } from "../load/index.js";
import type { FileResult } from "../report/index.js";
/**
 * The changed-only runs' view of what their changes cause in untouched files (engine/impact.ts):
 * which files are the changes and which count as untouched, for `--changed-since`, the hooks'
 * `--impact-since` and the Action on a pull request (node/setup.ts starts it and finishes with it).
 */
export interface Impact {
    readonly ref: string;
    /** Whether git lists the file as changed since the revision (committed, staged, unstaged, untracked). */
    readonly changed: (file: string) => boolean;
    readonly previous: LazySources;
    /** Manifests deleted since the revision, as they were there, by the path they had (relative to the working directory). */
    readonly deleted: LazySources;
    /** Files neither a change nor untouched: standard input, which `--changed-since` reports whole. */
    readonly skip?: (file: string) => boolean;
    /** `--impact-since`: only the files given (not context) are the changes. */
    readonly givenOnly: boolean;
    /** `--impact-since`: what a change causes in context files counts (the hooks' context is the repository). */
    readonly contextCounts: boolean;
    /** The changed files under a folder (absolute), read or not (a chart's vendored dependency, a `.tgz`). */
    readonly changedUnder?: (dir: string) => readonly string[];
    /** The top of the git work tree, as the comparison found it (git is not asked again). */
    readonly top?: string;
}
/**
 * Decide the files git listed without reading (`unsure`, node/git.ts) that the run's files and
 * findings name: the same text now as at the revision is no change. Called with the files as read
 * from disk (the first run, before `--fix`); later calls decide only what is still open.
 */
export type Settle = (files: readonly SourceFile[], named: readonly string[]) => Promise<void>;
/**
 * Charts and Kustomize roots rendered again as they were at the revision when a file they read
 * changed that the files as written do not show (a chart's template or values, a kustomization's
 * inline patch or `namespace:`): the rendered output is then a changed file like any other,
 * compared with its previous version (engine/impact.ts).
 */
export interface Followed {
    /** The rendered outputs whose chart or root changed, as the run linted them. */
    readonly files: readonly SourceFile[];
    /** Their text at the revision, by path; a render that was not there has none (all it renders is new). */
    readonly previous: ReadonlyMap<string, string>;
    /** The chart and root folders followed, as the run shows them. */
    readonly dirs: ReadonlySet<string>;
    /** Renders that could not be done as they were, and why. */
    readonly failed: ReadonlyMap<string, string>;
    /** By rendered output: the first line the changes edited in a file the render reads, where what an object's removal causes is reported. */
    readonly edited: ReadonlyMap<string, {
        readonly file: string;
        readonly line: number;
    }>;
}
/** Follow the changed charts and Kustomize roots: each rendered again from its files (and its deploy) at the revision. */
export declare function followRenders(out: LintResult, impact: Impact, cwd: string): Promise<Followed>;
/** The findings the changes cause in untouched files, at the changed objects (or, for a deleted file, where they are). */
export declare function causedBy(out: LintResult, results: FileResult[], impact: Impact, request: LintRequest, followed?: Followed): Caused;
/**
 * The notes for charts and Kustomize roots whose files changed and whose rendered output holds IP
 * pools or reservations, and that were not followed: what such a change (a CIDR in values.yaml)
 * does to untouched files is then not known (docs/changed-only.md, Limits): said, rather than a
 * run over the changes passing in silence where the whole repository's fails.
 */
export declare function unfollowedRenders(out: LintResult, impact: Impact, cwd: string, followed?: Followed): string[];
/** The results (scope applied) with what the changes cause. */
export declare function withCaused(results: FileResult[], caused: Caused): FileResult[];
/** A revision that cannot be compared with: setup.ts says it as a SetupError (exit 2). */
export declare class RevisionError extends Error {
}
/** What `--changed-since`, `--impact-since` and the Action's pull request base set up. */
export declare function changesFor(flags: {
    readonly changedSince?: string;
    readonly impactSince?: string;
    readonly pullRequestBase?: string;
    readonly stdinFilename?: string;
}, cwd: string): Promise<{
    changed?: {
        inScope: (file: string) => boolean;
        previous: LazySources;
    };
    impact?: Impact;
    settle?: Settle;
}>;
