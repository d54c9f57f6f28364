import { randomBytes } from "node:crypto";
import { chmod, mkdir, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** A file the user asked for (a report, a fix, a baseline) could not be written: their setup, not a bug of ours. */
export class WriteError extends Error {}

/** Why a write failed, in words, for the errors a user can meet and fix (else Node's own message). */
const WRITE_FAILURES: Readonly<Record<string, string>> = {
  EROFS: "read-only file system",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  ENOENT: "its directory does not exist",
  ENOTDIR: "a part of its path is not a directory",
  EEXIST: "a part of its path is not a directory", // what mkdir -p meets at a file
  EISDIR: "it is a directory",
};

/**
 * Write a whole file or nothing: a reader never sees half a report. `mode`: the permissions to give
 * it; `createDirs`: make missing parent directories (for reports and baselines, as ESLint's
 * --output-file does; never for --fix, whose files exist).
 */
export async function writeFileAtomic(path: string, data: string, { mode, createDirs = false }: { mode?: number; createDirs?: boolean } = {}): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    if (createDirs) await mkdir(dirname(path), { recursive: true });
    await writeFile(tmp, data);
    if (mode !== undefined) await chmod(tmp, mode);
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    const e = err as NodeJS.ErrnoException;
    throw new WriteError(`cannot write ${path}: ${(e.code && WRITE_FAILURES[e.code]) ?? e.message}`);
  }
}
