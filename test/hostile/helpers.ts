import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { expect } from "vitest";
import { run } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/io.js";

/**
 * Hostile inputs go through the real CLI entry, `run(argv, io)`, on real files in a temporary
 * directory, always next to a known-bad sibling whose finding must still be reported: one hostile
 * file never costs the others their lint.
 */

/** A pool Calico rejects (host bits set); disabled, so that it changes no other file's findings. */
export const SIBLING = "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: sibling\nspec:\n  cidr: 10.255.0.1/16\n  disabled: true\n";
export const SIBLING_FINDING = { ruleId: "pool-invalid", line: 6, column: 9, endLine: 6, endColumn: 22 };

/** A line of a stack trace, as Node prints them. */
export const STACK_LINE = /^\s+at .*(\(.*:\d+:\d+\)|:\d+:\d+)$/m;

/** A fresh directory others can enter (mkdtemp makes 0700; the uid-switching tests need 0755). */
export function tempDir(prefix = "cil-hostile-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

/** Write files (text or bytes) under `dir`, the sibling included unless `sibling: false`. */
export function writeTree(dir: string, files: Record<string, string | Uint8Array>, opts: { sibling?: boolean } = {}): string {
  const all = opts.sibling === false ? files : { "sibling.yaml": SIBLING, ...files };
  for (const [p, content] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), content);
  }
  return dir;
}

export interface JsonMessage {
  ruleId: string;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface HostileRun {
  code: number;
  stdout: string;
  stderr: string;
  /** JSON results by path relative to the run's directory. */
  byFile: Map<string, { messages: JsonMessage[]; errorCount: number; warningCount: number }>;
}

/** Run the CLI with `-f json` in `cwd`; never a stack trace, whatever happened. */
export async function lint(cwd: string, args: string[]): Promise<HostileRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    cwd,
    env: {},
    stdin: (async function* () {})(),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdoutIsTTY: false,
  };
  const code = await run([...args, "-f", "json"], io);
  expect(stdout, "no stack trace on stdout").not.toMatch(STACK_LINE);
  expect(stderr, "no stack trace on stderr").not.toMatch(STACK_LINE);
  expect(stderr).not.toContain("internal error");
  const byFile = new Map<string, { messages: JsonMessage[]; errorCount: number; warningCount: number }>();
  if (stdout.trim()) {
    for (const r of JSON.parse(stdout) as { filePath: string; messages: JsonMessage[]; errorCount: number; warningCount: number }[]) {
      const rel = relative(cwd, r.filePath);
      byFile.set(rel.startsWith("..") ? r.filePath : rel, r);
    }
  }
  return { code, stdout, stderr, byFile };
}

/** The sibling was linted and its finding reported, whatever else happened in the run. */
export function expectSibling(r: HostileRun, path = "sibling.yaml"): void {
  expect(r.byFile.get(path)?.messages).toEqual([expect.objectContaining(SIBLING_FINDING)]);
}

/** Findings of one file in a run. */
export const messagesOf = (r: HostileRun, file: string): JsonMessage[] => r.byFile.get(file)?.messages ?? [];

/** 1-based line and column of a UTF-16 offset in `text`. */
export function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const nl = before.lastIndexOf("\n");
  return { line: before.split("\n").length, column: offset - nl };
}
