/**
 * Time spent in each rule and in the stages the rules share, as ESLint's `TIMING` environment
 * variable shows it (the command turns it on; docs/performance.md). Off, a stage costs one
 * boolean test. A run may lint several times (each cluster, each rendered chart, the revision of
 * a changed-only run): the times add up, as ESLint's do across files.
 */
export type TimedKind = "rule" | "stage";
export declare function enableTiming(): void;
export declare function timingEnabled(): boolean;
/** Runs `f`, adding its time to `label`'s when timing is on. */
export declare function timed<T>(kind: TimedKind, label: string, f: () => T): T;
/** `timed` for a stage that awaits (reading files): its time until it settles. */
export declare function timedAsync<T>(kind: TimedKind, label: string, f: () => Promise<T>): Promise<T>;
/** Adds `ms` to `label`'s time (for a label known only once the stage is over). */
export declare function add(kind: TimedKind, label: string, ms: number): void;
export interface Timed {
    readonly label: string;
    readonly ms: number;
}
/** What was timed of one kind, the longest first. */
export declare function timings(kind: TimedKind): Timed[];
