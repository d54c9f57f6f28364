/**
 * The language server's one door into the linter: reading the configuration, reading and parsing
 * the workspace, judging a set of files, and the dry run. Everything else in src/lsp/ goes through
 * here, so moving to another entry of the core is a change to this file alone.
 */
import { resolve } from "node:path";
import { lintPaths } from "../api.js";
import { allocation, type Allocation } from "../allocator/index.js";
import { prepareLint } from "../cli/lint-setup.js";
import type { CliIO } from "../cli/io.js";
import { lintSources, ruleInfo, type LintOptions, type LintOutput } from "../engine/run.js";
import { displayPath, loadFile } from "../load/files.js";
import { parseSource, type SourceFile } from "../load/index.js";
import type { RuleInfo } from "../report/types.js";

export type { SourceFile } from "../load/index.js";
export type { Finding, FileResult, RelatedFinding } from "../report/types.js";
export type { LintOutput } from "../engine/run.js";
export type { Allocation } from "../allocator/index.js";

/** How the workspace is judged: the CLI's options for a run from `root` with no flags. */
export interface Judge {
  readonly root: string;
  readonly options: LintOptions;
  /** Context files (the configuration's `pools`): read, never reported. */
  readonly context: readonly string[];
  /** The configuration file in force, absolute, if any. */
  readonly configFile: string | null;
}

const silentIO = (cwd: string): CliIO => ({
  cwd,
  env: {},
  stdin: (async function* () {})(),
  stdout: { write: () => true },
  stderr: { write: () => true },
  stdoutIsTTY: false,
});

/** The configuration found from `root` upward (`.calico-ipam-lint.yaml`), as the CLI reads it. Throws ConfigError. */
export async function judgeFor(root: string): Promise<Judge> {
  const setup = await prepareLint({ podCidr: [] }, silentIO(root));
  return { root, options: { ...setup.options, settings: setup.settings }, context: setup.context, configFile: setup.config?.file ?? null };
}

export interface Workspace {
  readonly files: readonly SourceFile[];
  readonly out: LintOutput;
}

/** Read, parse and judge every manifest under the root, as `calico-ipam-lint .` from there would. */
export async function readWorkspace(judge: Judge): Promise<Workspace> {
  const out = await lintPaths(["."], { ...judge.options, cwd: judge.root, context: judge.context });
  return { files: out.files, out };
}

/**
 * Judge these files (the workspace with the editor's buffers in place of some). Buffers are read
 * by the precise parser (`parseBuffer`); the files read at start were checked against it by
 * `lintPaths` (src/engine/exact.ts), so a run after an edit does not read them twice again.
 */
export function judge(j: Judge, files: readonly SourceFile[]): LintOutput {
  return lintSources(files, j.options);
}

/** The path the linter uses for an absolute file name (relative to the root when under it). */
export const pathFor = (j: Judge, abs: string): string => displayPath(abs, j.root);
export const absFor = (j: Judge, path: string): string => resolve(j.root, path);

/** A buffer's text, parsed precisely (comments kept: they may hold suppressions). */
export function parseBuffer(path: string, text: string, contextOnly = false): SourceFile {
  return parseSource(path, text, contextOnly);
}

/** A file as it is on disk now (after the editor closed it, or a change outside the editor). */
export function readFromDisk(j: Judge, path: string, contextOnly: boolean): Promise<SourceFile> {
  return loadFile(path, j.root, contextOnly);
}

/** The dry run of a judged set of files (computed once per run; the rules asked for it already). */
export const dryRun = (out: LintOutput): Allocation => allocation(out.model, out.settings);

export const rules = (): Map<string, RuleInfo> => ruleInfo();
