/**
 * Time spent in each rule and in the stages the rules share, as ESLint's `TIMING` environment
 * variable shows it (the command turns it on; docs/performance.md). Off, a stage costs one
 * boolean test. A run may lint several times (each cluster, each rendered chart, the revision of
 * a changed-only run): the times add up, as ESLint's do across files.
 */

export type TimedKind = "rule" | "stage";

let on = false;
const totals = new Map<string, { kind: TimedKind; ms: number }>();

export function enableTiming(): void {
  on = true;
}

export function timingEnabled(): boolean {
  return on;
}

/** Runs `f`, adding its time to `label`'s when timing is on. */
export function timed<T>(kind: TimedKind, label: string, f: () => T): T {
  if (!on) return f();
  const start = performance.now();
  try {
    return f();
  } finally {
    add(kind, label, performance.now() - start);
  }
}

/** `timed` for a stage that awaits (reading files): its time until it settles. */
export async function timedAsync<T>(kind: TimedKind, label: string, f: () => Promise<T>): Promise<T> {
  if (!on) return f();
  const start = performance.now();
  try {
    return await f();
  } finally {
    add(kind, label, performance.now() - start);
  }
}

/** Adds `ms` to `label`'s time (for a label known only once the stage is over). */
export function add(kind: TimedKind, label: string, ms: number): void {
  const t = totals.get(label);
  if (t) t.ms += ms;
  else totals.set(label, { kind, ms });
}

export interface Timed {
  readonly label: string;
  readonly ms: number;
}

/** What was timed of one kind, the longest first. */
export function timings(kind: TimedKind): Timed[] {
  return [...totals]
    .filter(([, t]) => t.kind === kind)
    .map(([label, t]) => ({ label, ms: t.ms }))
    .sort((a, b) => b.ms - a.ms || (a.label < b.label ? -1 : 1));
}
