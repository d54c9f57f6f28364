/** What the CLI talks to; tests pass their own. */
export interface CliIO {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin: AsyncIterable<Uint8Array | string>;
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown };
  readonly stdoutIsTTY: boolean;
  /** Whether standard error is a terminal (a progress line may be rewritten on it). */
  readonly stderrIsTTY?: boolean;
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
    stderrIsTTY: Boolean(process.stderr.isTTY),
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
