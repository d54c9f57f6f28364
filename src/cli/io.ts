import { randomBytes } from "node:crypto";
import { chmod, mkdir, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** What the CLI talks to; tests pass their own. */
export interface CliIO {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin: AsyncIterable<Uint8Array | string>;
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown };
  readonly stdoutIsTTY: boolean;
}

export const processIO = (): CliIO => {
  quietWhenReaderGoes();
  return {
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
  };
};

let guarded = false;

/**
 * `calico-ipam-lint . | head -1`: once the reader has gone, writing fails with EPIPE, which Node
 * raises as an uncaught error with a stack trace. The rest of the output has no reader: drop it
 * and let the run end with its own exit code, as the report was complete when written.
 */
function quietWhenReaderGoes(): void {
  if (guarded) return;
  guarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED") return;
      process.exitCode = 2;
    });
  }
}

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
