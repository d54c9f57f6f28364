import { randomBytes } from "node:crypto";
import { constants, unlinkSync } from "node:fs";
import { access, lstat, mkdir, open, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

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
export class WriteError extends Error {}

/** Why a write failed, as `cannot write <path>: <reason>`. */
class WriteFailure extends WriteError {
  constructor(path: string, reason: string) {
    super(`cannot write ${path}: ${reason}`);
  }
}

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
  EPIPE: "the reader closed it",
  ENXIO: "no such device",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "the path is too long",
};

const failure = (path: string, err: unknown): WriteFailure => {
  if (err instanceof WriteFailure) return err;
  const e = err as NodeJS.ErrnoException;
  return new WriteFailure(path, (e.code && WRITE_FAILURES[e.code]) ?? e.message);
};

/** Write `data` to `path` as `>` does: open (create or truncate), write, close. */
export async function writeThrough(path: string, data: string, { createDirs = false }: { createDirs?: boolean } = {}): Promise<void> {
  try {
    if (createDirs) await mkdir(dirname(path), { recursive: true });
    const fh = await open(path, "w", 0o666);
    try {
      await fh.writeFile(data);
    } finally {
      await fh.close();
    }
  } catch (err) {
    throw failure(path, err);
  }
}

/** Temporary files being written, removed if a signal ends the run. */
const pending = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  }
  pending.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  // End as the signal would have ended the process (its exit status says so).
  process.kill(process.pid, signal);
}

function track(tmp: string): void {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  pending.add(tmp);
}

function untrack(tmp: string): void {
  pending.delete(tmp);
  if (pending.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
}

/** The path a write to `path` lands on: a symbolic link's target, kept as a link. */
async function landing(path: string): Promise<string> {
  try {
    return (await lstat(path)).isSymbolicLink() ? await realpath(path) : path;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return path; // a link to nothing yet: write beside it, as before
    throw err;
  }
}

/**
 * Replace the content of `path` (`--fix`, `--write-baseline`). `createDirs`: make missing parent
 * directories (baselines; never for --fix, whose files exist).
 */
export async function replaceFile(path: string, data: string, { createDirs = false }: { createDirs?: boolean } = {}): Promise<void> {
  let target = path;
  try {
    target = await landing(path);
    const st = await stat(target).catch((err: NodeJS.ErrnoException) => {
      if (err.code === "ENOENT") return undefined;
      throw err;
    });
    if (st === undefined) {
      if (createDirs) await mkdir(dirname(target), { recursive: true });
      return await atomically(target, data, undefined);
    }
    if (st.isDirectory()) throw new WriteFailure(path, "it is a directory");
    // Read-only means read-only, also for root (who may write anything): `chmod a-w` is a request.
    if ((st.mode & 0o222) === 0) throw new WriteFailure(path, "the file is read-only (make it writable to let this run change it)");
    await access(target, constants.W_OK);
    if (!st.isFile()) return await writeThrough(target, data); // a FIFO, a device: it receives the text
    if (st.nlink > 1) return await writeThrough(target, data); // in place, so every link sees the change
    const root = process.getuid?.() === 0;
    // A rename would give the file our user and group: where we cannot give them back, write in place.
    if (!root && (process.getuid?.() !== st.uid || process.getgid?.() !== st.gid)) return await writeThrough(target, data);
    return await atomically(target, data, st);
  } catch (err) {
    throw failure(path, err);
  }
}

async function atomically(target: string, data: string, like: { mode: number; uid: number; gid: number } | undefined): Promise<void> {
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  track(tmp);
  try {
    const fh = await open(tmp, "wx", 0o666);
    try {
      await fh.writeFile(data);
      if (like) {
        await fh.chmod(like.mode & 0o7777);
        if (process.getuid?.() === 0) await fh.chown(like.uid, like.gid);
        // chown may clear set-id bits: set the mode again.
        await fh.chmod(like.mode & 0o7777);
      }
    } finally {
      await fh.close();
    }
    await rename(tmp, target);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  } finally {
    untrack(tmp);
  }
}

/**
 * Replace a file's content (`--fix`, `--write-baseline`): see `replaceFile`. The file's own mode
 * is kept; `mode` is accepted for the callers that pass it.
 */
export async function writeFileAtomic(path: string, data: string, { createDirs = false }: { mode?: number; createDirs?: boolean } = {}): Promise<void> {
  await replaceFile(path, data, { createDirs });
}
