/**
 * The `--fix` flags, checked before anything is read. The fixing itself (src/cli/fix.ts, with the
 * diff library) is loaded only for a run that fixes.
 */
export interface FixFlags {
    readonly fix?: boolean;
    readonly fixDryRun?: boolean;
    readonly writeBaseline?: string;
}
export declare const wantsFix: (f: FixFlags) => boolean;
/** Flag combinations --fix cannot honour (exit 2 before anything is read). */
export declare function checkFixFlags(f: FixFlags, usesStdin: boolean): void;
