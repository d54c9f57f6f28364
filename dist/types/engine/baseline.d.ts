import type { FileResult, Finding } from "../report/types.js";
/**
 * Baselines: the findings a repository already had when it adopted the linter, so that only new ones
 * are reported. An entry is keyed by rule, file, object (kind, namespace, name) and the offending
 * value (the finding's `value`, else its message), never by line, so edits elsewhere in the file do
 * not bring a baselined finding back. Counts matter: with two identical findings and one baselined,
 * one is reported.
 *
 * The file (JSON, sorted, one entry per key):
 *
 *     { "version": 1,
 *       "findings": [ { "rule": "pool-overlap", "file": "cluster/pools.yaml", "kind": "IPPool",
 *                       "name": "b", "value": "10.0.0.0/16", "count": 1 } ] }
 *
 * `file` is relative to the directory of the baseline file, with `/` separators.
 */
export declare const BASELINE_VERSION = 1;
export interface BaselineEntry {
    readonly rule: string;
    readonly file: string;
    readonly kind?: string;
    readonly namespace?: string;
    readonly name?: string;
    readonly value: string;
    readonly count: number;
}
export interface Baseline {
    readonly version: typeof BASELINE_VERSION;
    readonly findings: readonly BaselineEntry[];
}
/** Turns a finding's file (as reported) into the baseline's form of it. */
export type BaselinePath = (file: string) => string;
/** The baseline of these results: every finding, counted by key. */
export declare function buildBaseline(results: readonly FileResult[], path: BaselinePath): Baseline;
export declare function serializeBaseline(b: Baseline): string;
/** Read a baseline file's text; a message when it is not one. */
export declare function parseBaseline(text: string): Baseline | {
    error: string;
};
/** Hide the findings the baseline records (as many of each key as it counts). */
export declare function applyBaseline(results: readonly FileResult[], baseline: Baseline, path: BaselinePath): {
    results: FileResult[];
    hidden: number;
};
export declare function recount(r: FileResult, findings: readonly Finding[]): FileResult;
