import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { run } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/io.js";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with captured streams. */
export async function cli(argv: string[], opts: { cwd: string; stdin?: string; env?: Record<string, string> }): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    cwd: opts.cwd,
    env: opts.env ?? {},
    stdin: (async function* () {
      if (opts.stdin !== undefined) yield Buffer.from(opts.stdin);
    })(),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdoutIsTTY: false,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** A temporary directory holding the given files. */
export function tempTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "cil-cli-"));
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), t);
  }
  return root;
}

/**
 * Why a private mount namespace (`unshare -m`, to make directories read-only even for root, as CI
 * runs) cannot be had here, or "" when it can. Tests that need one skip with this reason.
 */
export function noMountNamespace(): string {
  if (process.getuid?.() !== 0) return "the tests do not run as root";
  const probe = spawnSync("unshare", ["-m", "--propagation", "private", "--", "true"]);
  return probe.status === 0 ? "" : `unshare -m is not permitted here (${probe.error?.message ?? probe.stderr.toString().trim()})`;
}

/**
 * A copy of the installed command (bin/, dist/, package.json) in a fresh world-readable directory,
 * for tests that run it as another user: the clone itself may sit in a private folder (CI's
 * `mktemp -d` is 0700), which that user cannot enter. Returns the copied bin script.
 */
export function readableInstall(root: string): string {
  const dest = mkdtempSync(join(tmpdir(), "cil-install-"));
  for (const p of ["bin", "dist", "package.json"]) cpSync(join(root, p), join(dest, p), { recursive: true });
  const open = (p: string): void => {
    chmodSync(p, statSync(p).isDirectory() ? 0o755 : statSync(p).mode & 0o111 ? 0o755 : 0o644);
    if (statSync(p).isDirectory()) for (const e of readdirSync(p)) open(join(p, e));
  };
  open(dest);
  return join(dest, "bin/calico-ipam-lint.js");
}
