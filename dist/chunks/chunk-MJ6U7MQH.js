import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);

// src/cli/io.ts
var processIO = () => {
  quietWhenReaderGoes();
  return {
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY)
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

export {
  processIO
};
