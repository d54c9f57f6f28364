import { SetupError } from "../node/setup.js";

/**
 * The `--fix` flags, checked before anything is read. The fixing itself (src/cli/fix.ts, with the
 * diff library) is loaded only for a run that fixes.
 */

export interface FixFlags {
  readonly fix?: boolean;
  readonly fixDryRun?: boolean;
  readonly writeBaseline?: string;
}

export const wantsFix = (f: FixFlags): boolean => Boolean(f.fix || f.fixDryRun);

/** Flag combinations --fix cannot honour (exit 2 before anything is read). */
export function checkFixFlags(f: FixFlags, usesStdin: boolean): void {
  if (f.fix && f.fixDryRun) throw new SetupError("--fix and --fix-dry-run: give one of them");
  if (f.fix && usesStdin) throw new SetupError("--fix cannot write standard input back; use --fix-dry-run to see the changes as a diff");
  if (wantsFix(f) && f.writeBaseline !== undefined) throw new SetupError(`--write-baseline records findings as they are; run it without --fix${f.fixDryRun ? "-dry-run" : ""}`);
}
