/** A file the user asked for (a report, a fix, a baseline) could not be written: their setup, not a bug of ours. */
export declare class WriteError extends Error {
}
/**
 * Write a whole file or nothing: a reader never sees half a report. `mode`: the permissions to give
 * it; `createDirs`: make missing parent directories (for reports and baselines, as ESLint's
 * --output-file does; never for --fix, whose files exist).
 */
export declare function writeFileAtomic(path: string, data: string, { mode, createDirs }?: {
    mode?: number;
    createDirs?: boolean;
}): Promise<void>;
