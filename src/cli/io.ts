import { randomBytes } from "node:crypto";
import { chmod, rename, unlink, writeFile } from "node:fs/promises";
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

/** Write a whole file or nothing: a reader never sees half a report. `mode`: the permissions to give it. */
export async function writeFileAtomic(path: string, data: string, mode?: number): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, data);
    if (mode !== undefined) await chmod(tmp, mode);
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}
