import { spawn } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
import { quote } from "shell-quote";
import type { LintResult } from "../api.js";
import { MAX_FILE_BYTES } from "../load/files.js";
import type { Node, SourceFile } from "../load/index.js";
import type { Finding } from "../report/index.js";
import type { CliIO } from "./io.js";
import { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, planOutputs, report, runLintCommand, UsageError, type LintCliOptions } from "./lint-command.js";
import { selectDirectory } from "./argocd-directory.js";

/**
 * What `calico-ipam-lint gate` does (gate.ts): run the generator, or read standard input or the
 * directory, lint, and pass the manifests on. Loaded when the command runs, not at start-up.
 */

/** `gate`'s options (gate.ts declares them), beside the lint options. */
export interface GateOptions extends LintCliOptions {
  allowEmpty?: boolean;
  recurse?: boolean;
  include?: string;
  exclude?: string;
}

/** A root that Kubernetes would take for an object: a map with string apiVersion and kind. */
function isObject(root: Node | null): boolean {
  if (!root || root.kind !== "map") return false;
  const field = (k: string): unknown => {
    const e = root.entries.find((x) => x.key === k);
    return e && e.value.kind === "scalar" ? e.value.value : undefined;
  };
  return typeof field("apiVersion") === "string" && typeof field("kind") === "string" && field("kind") !== "";
}

const isEmpty = (root: Node | null): boolean => root === null || (root.kind === "scalar" && root.value === null);

interface Generated {
  stdout: Buffer;
  /** The output passed MAX_FILE_BYTES: the generator was stopped. */
  tooLarge?: boolean;
  code: number | null;
  signal: NodeJS.Signals | null;
  error?: Error;
}

/** Run the generator in the working directory; its standard error goes straight to ours. */
function runGenerator(argv: readonly string[], io: CliIO): Promise<Generated> {
  return new Promise((resolvePromise) => {
    const [cmd, ...args] = argv as [string, ...string[]];
    // Argo CD stops a slow generate command with SIGTERM (and ^C sends SIGINT): pass it on, so
    // the generator is not left running, and fail when it ends. Listened for before the generator
    // starts: a signal that came between its start and the listeners ended this process with the
    // default action and left the generator running. A listener runs on a later turn of the event
    // loop, when `child` is set.
    const forward = (signal: NodeJS.Signals): void => void child.kill(signal);
    const signals = ["SIGTERM", "SIGINT", "SIGHUP"] as const;
    for (const s of signals) process.on(s, forward);
    const child = (() => {
      try {
        return spawn(cmd, args, { cwd: io.cwd, env: io.env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
      } catch (err) {
        for (const s of signals) process.removeListener(s, forward);
        throw err;
      }
    })();
    const chunks: Buffer[] = [];
    const decoder = new StringDecoder("utf8");
    let settled = false;
    const done = (g: Generated): void => {
      if (settled) return;
      settled = true;
      for (const s of signals) process.removeListener(s, forward);
      resolvePromise(g);
    };
    // Checked while streaming: `gate -- yes` must end, not buffer until memory runs out. Past the
    // limit the lint of standard input refuses anyway (MAX_FILE_BYTES).
    let size = 0;
    child.stdout.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_FILE_BYTES) {
        child.stdout.destroy();
        child.kill("SIGTERM");
        done({ stdout: Buffer.alloc(0), code: null, signal: null, tooLarge: true });
        return;
      }
      chunks.push(c);
    });
    child.stderr.on("data", (c: Buffer) => io.stderr.write(decoder.write(c)));
    child.on("error", (error) => done({ stdout: Buffer.alloc(0), code: null, signal: null, error }));
    child.on("close", (code, signal) => {
      const rest = decoder.end();
      if (rest) io.stderr.write(rest);
      done({ stdout: Buffer.concat(chunks), code, signal });
    });
  });
}

async function* once(bytes: Buffer): AsyncIterable<Uint8Array> {
  yield bytes;
}

/** The Helm chart template a line of rendered output came from (`# Source: …` above it). */
function helmSources(text: string): (line: number) => string | undefined {
  const lines = text.split("\n");
  const at: (string | undefined)[] = [];
  let current: string | undefined;
  for (const l of lines) {
    if (/^---(\s|$)/.test(l)) current = undefined;
    const m = /^# Source: (.+?)\s*$/.exec(l);
    if (m) current = m[1];
    at.push(current);
  }
  return (line) => at[line - 1];
}

/** One line per finding: `file:line:col rule-id message [severity, object, source]`. */
function findingLine(f: Finding, source: string | undefined): string {
  const o = f.object;
  const object = o ? `${o.kind} ${o.namespace ? `${o.namespace}/` : ""}${o.name ?? ""}`.trim() : undefined;
  const extra = [f.severity, object, source ? `from ${source}` : undefined].filter(Boolean).join(", ");
  return `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message.replace(/\s*[\r\n]+\s*/g, " ")} [${extra}]\n`;
}

/**
 * The directory's manifests as one stream: each file's text unchanged except a leading UTF-8 BOM,
 * a newline added when the file does not end with one, and `---\n` between files. Files with no
 * Kubernetes object (Helm values, kustomization.yaml, package.json…) are left out, as Argo CD's
 * directory source leaves them out.
 */
function concatenate(files: readonly SourceFile[]): { text: string; refused: string[] } {
  let text = "";
  const refused: string[] = [];
  for (const f of files) {
    if (f.contextOnly) continue;
    // A file that does not parse cannot be passed on as it is, and leaving it out would have Argo
    // CD prune its objects: fail, whatever severity yaml-syntax has.
    const broken = f.documents.find((d) => d.problems.length > 0);
    if (broken && isManifestLike(f)) {
      refused.push(`${f.path}: document ${broken.index + 1} does not parse (${broken.problems[0]?.message ?? "a syntax error"}), so its objects cannot be passed on`);
      continue;
    }
    const docs = f.documents.filter((d) => d.problems.length === 0);
    const objects = docs.filter((d) => isObject(d.root)).length;
    if (objects === 0) continue;
    const strays = docs.filter((d) => !isObject(d.root) && !isEmpty(d.root));
    if (strays.length > 0) {
      refused.push(`${f.path}: document ${(strays[0]?.index ?? 0) + 1} is not a Kubernetes object (no apiVersion and kind), and Argo CD refuses a file that mixes objects with other documents`);
      continue;
    }
    const body = f.text.startsWith("\uFEFF") ? f.text.slice(1) : f.text;
    // A file that opens with a directive (`%YAML 1.2`) brings its own `---`: it follows the one
    // before it after a document end marker, as YAML requires of directives.
    if (text !== "") text += (text.endsWith("\n") ? "" : "\n") + (startsWithDirective(body) ? "...\n" : "---\n");
    text += body.endsWith("\n") || body === "" ? body : `${body}\n`;
  }
  return { text, refused };
}

/** Whether the text's first line that is not blank or a comment is a directive (`%YAML`, `%TAG`). */
const startsWithDirective = (text: string): boolean => /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*%/.test(text);

/** A file the directory source would read for objects: one that is not all comments and blanks. */
const isManifestLike = (f: SourceFile): boolean => f.documents.some((d) => d.problems.length > 0 || d.root !== null);

const countObjects = (files: readonly SourceFile[]): number =>
  files.filter((f) => !f.contextOnly).reduce((n, f) => n + f.documents.filter((d) => isObject(d.root)).length, 0);

const NOTHING_TO_APPLY = "no Kubernetes objects to apply (an empty result would make Argo CD prune the application's resources; --allow-empty permits it)";

export async function gate(generator: readonly string[], opts: GateOptions, io: CliIO): Promise<number> {
  const fail = (msg: string): number => {
    io.stderr.write(`calico-ipam-lint gate: ${msg}; no manifests written\n`);
    return EXIT_FAILURE;
  };
  if (opts.format.length > 0 && opts.outputFile.length < opts.format.length) throw new UsageError("gate writes manifests to standard output: give every --format an --output-file");
  if (opts.format.length > 0) planOutputs(opts); // a format's typo before the generator runs
  if (generator.length > 0 && (opts.recurse || opts.include !== undefined || opts.exclude !== undefined)) throw new UsageError("--recurse, --include and --exclude choose the files of a directory: they cannot go with a generator or '-'");
  const namespace = opts.namespace ?? io.env["ARGOCD_APP_NAMESPACE"];
  const lintOpts: GateOptions = { ...opts, ...(namespace ? { namespace } : {}) };

  let out: LintResult;
  let mode: "generator" | "stdin" | "directory";
  if (generator.length === 1 && generator[0] === "-") {
    mode = "stdin";
    out = await runLintCommand(["-"], { ...lintOpts, stdinFilename: opts.stdinFilename ?? "<stdin>" }, io);
  } else if (generator.length > 0) {
    mode = "generator";
    const g = await runGenerator(generator, io);
    if (g.tooLarge) return fail(`the output of \`${quote(generator)}\` is larger than ${MAX_FILE_BYTES / (1024 * 1024)} MiB; the generator was stopped`);
    if (g.error) return fail(`cannot run \`${quote(generator)}\`: ${(g.error as NodeJS.ErrnoException).code === "ENOENT" ? "command not found" : g.error.message}`);
    if (g.code !== 0) return fail(`\`${quote(generator)}\` failed (${g.signal ? `killed by ${g.signal}` : `exit status ${g.code}`})`);
    out = await runLintCommand(["-"], { ...lintOpts, stdinFilename: opts.stdinFilename ?? "<generated>" }, { ...io, stdin: once(g.stdout) });
  } else {
    mode = "directory";
    const selected = await selectDirectory(io.cwd, { recurse: opts.recurse === true, ...(opts.include ? { include: opts.include } : {}), ...(opts.exclude ? { exclude: opts.exclude } : {}) });
    if ("error" in selected) return fail(selected.error);
    if (selected.files.length === 0) return opts.allowEmpty ? EXIT_OK : fail(NOTHING_TO_APPLY);
    out = await runLintCommand(selected.files, lintOpts, io);
  }

  const stream = mode === "directory" ? concatenate(out.files) : { text: out.files.find((f) => !f.contextOnly)?.text ?? "", refused: [] };
  // A file-level problem (not UTF-8 text, unreadable, too large): the input itself is unusable.
  const notText = out.files.find((f) => !f.contextOnly && f.problems.length > 0);

  // Findings, one line each; Helm's `# Source:` comments name the template a rendered line came from.
  const sources = new Map(out.files.map((f) => [f.path, helmSources(f.text)]));
  let shown = 0;
  for (const r of out.results) {
    for (const f of r.findings) {
      if (opts.quiet && f.severity !== "error") continue;
      io.stderr.write(findingLine(f, sources.get(f.file)?.(f.line)));
      shown++;
    }
  }
  // The exit code, reports to files, missing paths: as the lint command decides them.
  const sink: CliIO = { ...io, stdout: { write: () => true }, stdoutIsTTY: false };
  const code = await report(out, opts.format.length > 0 ? opts : { ...opts, format: ["json"], outputFile: [], outputPairs: {} }, sink);

  if (notText) return fail(`${notText.path}: ${notText.problems[0]?.message ?? "could not be read"}`);
  if (code === EXIT_FAILURE) return fail("the input could not be read");
  if (code === EXIT_FINDINGS) {
    const errors = out.results.reduce((n, r) => n + r.errorCount, 0);
    const warnings = out.results.reduce((n, r) => n + r.warningCount, 0);
    return (fail(`${errors} error${errors === 1 ? "" : "s"} and ${warnings} warning${warnings === 1 ? "" : "s"} in the manifests`), EXIT_FINDINGS);
  }
  if (stream.refused.length > 0) return fail(stream.refused.join("; "));
  if (countObjects(out.files) === 0 && !opts.allowEmpty) {
    return fail(NOTHING_TO_APPLY);
  }
  if (shown > 0) io.stderr.write(`calico-ipam-lint gate: passed with ${shown} warning${shown === 1 ? "" : "s"}\n`);
  io.stdout.write(stream.text);
  return EXIT_OK;
}
