/**
 * The two ways the CLI writes a file, and nothing else writes one.
 *
 * - A report (`--output-file`, `plan -o`) is written as the shell's `>` writes: the path is
 *   opened (a symbolic link followed) and written, so a device, a pipe or a FIFO receives the text
 *   and `-o /dev/null` stays the system's /dev/null.
 * - A file replaced (`--fix`, `--write-baseline`) is written whole or not at all when it is a
 *   regular file: a temporary file beside it, given its mode and owner, renamed over it. When the
 *   file has other hard links the rename would split them, so it is written in place instead. A
 *   read-only file is refused. The temporary file is removed if the run is interrupted (SIGINT,
 *   SIGTERM, SIGHUP).
 */
/** A file the user asked for (a report, a fix, a baseline) could not be written: their setup, not a bug of ours. */
export declare class WriteError extends Error {
}
/** Write `data` to `path` as `>` does: open (create or truncate), write, close. */
export declare function writeThrough(path: string, data: string, { createDirs }?: {
    createDirs?: boolean;
}): Promise<void>;
/**
 * Replace the content of `path` (`--fix`, `--write-baseline`). `createDirs`: make missing parent
 * directories (baselines; never for --fix, whose files exist).
 */
export declare function replaceFile(path: string, data: string, { createDirs }?: {
    createDirs?: boolean;
}): Promise<void>;
/**
 * Replace a file's content (`--fix`, `--write-baseline`): see `replaceFile`. The file's own mode
 * is kept; `mode` is accepted for the callers that pass it.
 */
export declare function writeFileAtomic(path: string, data: string, { createDirs }?: {
    mode?: number;
    createDirs?: boolean;
}): Promise<void>;
