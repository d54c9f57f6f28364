import { execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** What the security tests run: the committed bundles, as users and the GitHub runner run them. */

export const ROOT = resolve(import.meta.dirname, "../..");
export const BIN = join(ROOT, "bin/calico-ipam-lint.js");
export const ACTION_MAIN = join(ROOT, "dist/action/index.js");
export const LIBRARY = join(ROOT, "dist/index.js");
export const EXAMPLE = join(ROOT, "examples/gitops-repo");
/** `kubectl get pods -A -o json` of a small cluster (the file test/cli/in-use.test.ts reads). */
export const KUBECTL_PODS = join(ROOT, "test/cli/data/kubectl-get-pods-A.json");
export const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

/** A pod whose annotation --fix rewrites (single quotes inside a JSON list), CRLF line ends. */
export const FIXABLE = `# a pod with a quoting mistake\r\napiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: quoted\r\n  namespace: default\r\n  annotations:\r\n    cni.projectcalico.org/ipAddrs: "['10.244.64.99']"\r\n`;

/** Copy the example GitOps repository to `dest`, with FIXABLE at apps/fixable.yaml. */
export function copyExample(dest: string): string {
  cpSync(EXAMPLE, dest, { recursive: true });
  writeFileSync(join(dest, "apps/fixable.yaml"), FIXABLE);
  return dest;
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env["PATH"] ?? "", HOME: cwd, GIT_CONFIG_NOSYSTEM: "1" },
  });
}

/** Make `root` a git repository with everything in it committed. */
export function commitAll(root: string): void {
  git(root, "init", "-q");
  git(root, "add", "-A");
  git(root, "commit", "-q", "-m", "initial");
}

export interface Proc {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Run a command without a shell, feeding `stdin`, without blocking this process's event loop. */
export function runProcess(command: string, args: readonly string[], opts: { cwd: string; env: Record<string, string>; stdin?: string; timeoutMs?: number }): Promise<Proc> {
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, [...args], { cwd: opts.cwd, env: opts.env, stdio: ["pipe", "pipe", "pipe"], timeout: opts.timeoutMs ?? 30_000 });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", reject);
    child.on("close", (status, signal) =>
      resolvePromise({ status, signal, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), ms: performance.now() - started }),
    );
    child.stdin.on("error", () => undefined);
    child.stdin.end(opts.stdin ?? "");
  });
}

/** Whether `strace` can trace here (installed, and ptrace allowed). */
export function straceWorks(): boolean {
  const r = spawnSync("strace", ["-f", "-qq", "-e", "trace=%network", "-o", "/dev/null", "true"], { stdio: "ignore", timeout: 10_000 });
  return r.status === 0;
}

export const lines = (file: string): string[] => (existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean) : []);
