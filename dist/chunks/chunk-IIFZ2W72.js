import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);

// src/cli/io.ts
import { randomBytes } from "node:crypto";
import { chmod, mkdir, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var processIO = () => {
  quietWhenReaderGoes();
  return {
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stdoutIsTTY: Boolean(process.stdout.isTTY)
  };
};
var guarded = false;
function quietWhenReaderGoes() {
  if (guarded) return;
  guarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err) => {
      if (err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED") return;
      process.exitCode = 2;
    });
  }
}
var WriteError = class extends Error {
};
var WRITE_FAILURES = {
  EROFS: "read-only file system",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  ENOENT: "its directory does not exist",
  ENOTDIR: "a part of its path is not a directory",
  EEXIST: "a part of its path is not a directory",
  // what mkdir -p meets at a file
  EISDIR: "it is a directory"
};
async function writeFileAtomic(path, data, { mode, createDirs = false } = {}) {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    if (createDirs) await mkdir(dirname(path), { recursive: true });
    await writeFile(tmp, data);
    if (mode !== void 0) await chmod(tmp, mode);
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => void 0);
    const e = err;
    throw new WriteError(`cannot write ${path}: ${(e.code && WRITE_FAILURES[e.code]) ?? e.message}`);
  }
}

export {
  processIO,
  WriteError,
  writeFileAtomic
};
