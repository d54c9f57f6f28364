import { isAscii, isUtf8 } from "node:buffer";
import { type Dirent, existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { open, realpath, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import { parseSource, unreadableSource } from "./parse.js";
import { adopts, type ManifestReader } from "./fast/index.js";
import { MAX_FILE_BYTES, ON_MAIN, readRegularFile, ReturnsDropped, textKind, TooLarge, type ReadChunk } from "./read.js";
import { CRLF, OTHER, PLAIN, type LineFeeds, type TextKind } from "./fast/scanner.js";
import { Chunks, readWorkerUrl, type ThreadPlan } from "./threads.js";
import { LineIndex } from "./span.js";
import { childPath, isNormalAbsolute, resolveIn } from "../paths.js";
import type { SourceFile } from "./types.js";

export { resolveIn };

export { MAX_FILE_BYTES, textKind } from "./read.js";

const MANIFEST_EXTENSIONS = [".yaml", ".yml", ".json"];
const SKIPPED_DIRS = new Set(["node_modules", ".git"]);

export interface ExpandResult {
  files: string[];
  /** Paths the user named that do not exist or cannot be read: the tool cannot do its job. */
  missing: string[];
  /** Entries met while walking that were not read, and why (symbolic links leaving the tree, loops). */
  skipped: { path: string; reason: string }[];
  /** Directories met while walking that could not be listed: their files are missing from the run. */
  unreadable: string[];
  /** What the walk saw beside the files it gives (absolute paths, as walked). */
  walked: Walked;
  /** 1 for each of `files` a folder's listing gave as a regular file (not a link): read without asking what it is. */
  listed: Uint8Array;
}

/**
 * The folders a walk listed, and the kustomizations among their entries named `Kustomization`,
 * which no manifest extension marks: the layout stage takes them (a folder of an overlay may hold
 * nothing else), and need not look for one in a folder listed already.
 */
export interface Walked {
  readonly dirs: Set<string>;
  readonly kustomizations: string[];
}

/**
 * Expand files and directories into the manifest files to read. Directories are walked recursively,
 * honouring every `.gitignore` on the way down; files named explicitly are always read.
 *
 * Symbolic links met while walking are followed as long as their target stays inside the tree being
 * linted: the git work tree holding the directory named (else that directory). That is the bound
 * Argo CD and Flux enforce ("out-of-bounds symlinks" fail the sync), and it keeps a link to `/` or
 * to a home directory from sending the walk over the whole disk. Links that leave it, dangling links
 * and link loops are not read and are listed in `skipped`. A file reached again through a link (or
 * a directory through a loop) is read once, under its own name if that is met, else under the first
 * link in sorted order: its objects are the same objects, and counting them twice would make false
 * duplicate-address and exhausted-pool findings.
 */
export async function expandPaths(paths: readonly string[], cwd: string): Promise<ExpandResult> {
  const found: Candidate[] = [];
  const missing: string[] = [];
  const skipped: { path: string; reason: string }[] = [];
  const unreadable: string[] = [];
  // Paths already listed, when another path given may list them again: one folder walked lists
  // each of its paths once (it walks each real folder once).
  const seen = paths.length > 1 ? new Set<string>() : null;
  const walked: Walked = { dirs: new Set(), kustomizations: [] };
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = await stat(abs);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) {
      const realRoot = await realpath(abs).catch(() => abs);
      const walk: Walk = { bound: repositoryRoot(realRoot), out: found, seen, visited: new Set(), skipped, unreadable, cwd, under: childPath(resolve(cwd), ""), walked };
      await walkDir(walk, abs, []);
    } else if (!seen?.has(abs)) {
      seen?.add(abs);
      found.push({ path: displayPath(abs, cwd), real: await realpath(abs).catch(() => abs), link: false });
    }
  }
  // One path per real file: a name that is not a link wins over links to the same file. One path
  // walked with no link on the way names each real file once (as most runs do: 20,000 files
  // cost a map of their real paths).
  if (paths.length <= 1 && !found.some((c) => c.link)) return { files: found.map((c) => c.path), missing, skipped, unreadable, walked, listed: listedOf(found) };
  const chosen = new Map<string, Candidate>();
  for (const c of found) {
    const prev = chosen.get(c.real);
    if (!prev || (prev.link && !c.link)) chosen.set(c.real, c);
  }
  const kept = found.filter((c) => chosen.get(c.real) === c);
  return { files: kept.map((c) => c.path), missing, skipped, unreadable, walked, listed: listedOf(kept) };
}

function listedOf(found: readonly Candidate[]): Uint8Array {
  const out = new Uint8Array(found.length);
  for (let i = 0; i < found.length; i++) if (found[i]?.listed) out[i] = 1;
  return out;
}

interface Candidate {
  path: string;
  real: string;
  /** Reached through a symbolic link met while walking. */
  link: boolean;
  /** A folder's listing gave it as a regular file (its entry is not a link). */
  listed?: boolean;
}

/** The nearest directory at or above `dir` holding `.git` (a work tree), else `dir` itself. */
function repositoryRoot(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return d;
    if (dirname(d) === d) return dir;
  }
}

function inside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return !isAbsolute(rel) && rel !== ".." && !rel.startsWith(`..${sep}`);
}

interface IgnoreScope {
  dir: string;
  ig: Ignore;
}

interface Walk {
  /** Real path links may not leave. */
  readonly bound: string;
  readonly out: Candidate[];
  readonly seen: Set<string> | null;
  /** Real paths of the directories walked, so that a link loop is walked once. */
  readonly visited: Set<string>;
  readonly skipped: { path: string; reason: string }[];
  readonly unreadable: string[];
  readonly cwd: string;
  /** The working directory's path and a separator: what paths under it start with. */
  readonly under: string;
  readonly walked: Walked;
}


/** A directory being walked: its entries in order, and the next one to look at. */
interface Frame {
  readonly dir: string;
  readonly real: string;
  readonly entries: Dirent[];
  readonly active: IgnoreScope[];
  next: number;
}

/**
 * Walk `root` depth first, in sorted order, with an explicit stack: a recursive walk kept a frame
 * per level alive, and the garbage collector's passes over them made a deep tree cost far more
 * than twice one half as deep. realpath is called only where a symbolic link may be on the way (it
 * costs a call per level of the path, so calling it at every level was quadratic too).
 */
async function walkDir(w: Walk, root: string, scopes: IgnoreScope[]): Promise<void> {
  const stack: Frame[] = [];
  // Synchronous calls while walking: thousands of directories took ten times as long through the
  // promise API's round trips (docs/performance.md).
  const enter = (dir: string, active: IgnoreScope[], known?: string): void => {
    let real: string;
    try {
      real = known ?? realpathSync(dir);
    } catch {
      w.unreadable.push(displayPath(dir, w.cwd)); // said, not skipped in silence (a path past PATH_MAX)
      return;
    }
    if (w.visited.has(real)) return;
    w.visited.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      w.unreadable.push(displayPath(dir, w.cwd));
      return;
    }
    let gitignore = false;
    for (const e of entries) {
      if (e.name === ".gitignore") gitignore = true;
      // As existsSync would tell (a link to nothing is not one).
      else if (e.name === "Kustomization" && (!e.isSymbolicLink() || existsSync(childPath(dir, e.name)))) w.walked.kustomizations.push(childPath(dir, e.name));
    }
    w.walked.dirs.add(dir);
    const local = gitignore ? readGitignore(dir) : null;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    stack.push({ dir, real, entries, active: local ? [...active, { dir, ig: local }] : active, next: 0 });
  };
  enter(root, scopes);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const entry = frame.entries[frame.next++];
    if (!entry) {
      stack.pop();
      continue;
    }
    const { dir, real, active } = frame;
    const full = childPath(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    let target = full;
    if (entry.isSymbolicLink()) {
      try {
        target = realpathSync(full);
        const st = statSync(target);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        const loop = (err as NodeJS.ErrnoException).code === "ELOOP";
        if ((loop || isManifestName(entry.name)) && !isIgnored(active, full, false)) {
          w.skipped.push({ path: displayPath(full, w.cwd), reason: loop ? "a symbolic link loop" : "a symbolic link to nothing" });
        }
        continue;
      }
      if (!inside(w.bound, target)) {
        if ((isDir || (isFile && isManifestName(entry.name))) && !isIgnored(active, full, isDir)) {
          w.skipped.push({ path: displayPath(full, w.cwd), reason: `a symbolic link to ${target}, outside ${w.bound}` });
        }
        continue;
      }
    }
    if (isDir && SKIPPED_DIRS.has(entry.name)) continue;
    if (isIgnored(active, full, isDir)) continue;
    if (isDir) {
      enter(full, active, entry.isSymbolicLink() ? target : childPath(real, entry.name));
    } else if (isFile && isManifestName(entry.name)) {
      if (w.seen !== null) {
        if (w.seen.has(full)) continue;
        w.seen.add(full);
      }
      const link = entry.isSymbolicLink();
      w.out.push({ path: walkedPath(w, full), real: link ? target : childPath(real, entry.name), link, listed: !link });
    }
  }
}

const isManifestName = (name: string): boolean => {
  const ext = name.slice(name.lastIndexOf(".")).toLowerCase();
  return MANIFEST_EXTENSIONS.includes(ext);
};

function readGitignore(dir: string): Ignore | null {
  try {
    const text = readFileSync(join(dir, ".gitignore"), "utf8");
    return ignore().add(text);
  } catch {
    return null;
  }
}

function isIgnored(scopes: readonly IgnoreScope[], full: string, isDir: boolean): boolean {
  for (const { dir, ig } of scopes) {
    const rel = relative(dir, full).split(sep).join("/");
    if (!rel || !inside(dir, full)) continue;
    if (ig.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

/**
 * `displayPath` of a path met while walking (normal: a normal root and names): under the working
 * directory, its path is the rest, with no path.relative (which normalised both paths per file).
 */
function walkedPath(w: Walk, full: string): string {
  if (sep !== "/") return displayPath(full, w.cwd); // Windows compares paths case-insensitively
  // Outside the working directory, a normal path is shown absolute.
  return full.startsWith(w.under) ? full.slice(w.under.length) : full;
}

/** Paths under the working directory are shown relative to it, others absolute. */
export function displayPath(abs: string, cwd: string): string {
  // A normal path under a normal working directory is the rest of it: path.relative normalises
  // both, segment by segment (about 5 µs a path for the 1,640 files git listed as changed).
  if (sep === "/" && abs.length > cwd.length + 1 && abs.charCodeAt(cwd.length) === 47 && abs.startsWith(cwd) && isNormalAbsolute(cwd) && isNormalAbsolute(abs)) return abs.slice(cwd.length + 1);
  const rel = relative(cwd, abs);
  // `..x.yaml` is a name in the directory, not a way out of it: only `..` and `../…` leave.
  return rel && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) ? rel.split(sep).join("/") : abs;
}


const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lossy = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/** Why bytes are not text: the message, and where (UTF-16 offset into `text`, their lossy decoding). */
export interface NotText {
  error: string;
  at: number;
  text: string;
}

/** Whether `decodeText` gives these bytes a text (no NUL byte, well-formed UTF-8), without decoding them. */
export const isText = (bytes: Uint8Array): boolean => bytes.indexOf(0) === -1 && isUtf8(bytes);

/**
 * Whether bytes that are text (`isText`) decode to `text`, without keeping their decoding: UTF-8
 * has one encoding for each text, and a byte order mark is kept as a character. ASCII bytes are
 * their Latin-1 text (a string born and dropped here, which the collector does not copy); other
 * bytes are compared with the text's encoding. A text made by decoding has no lone surrogate
 * (which would encode as U+FFFD).
 */
export function decodesTo(bytes: Uint8Array, text: string): boolean {
  if (bytes.length < text.length) return false;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (isAscii(buf)) return bytes.length === text.length && buf.toString("latin1") === text;
  return Buffer.from(text, "utf8").equals(buf);
}

/** Decode file bytes as UTF-8 text, or say why they are not text and where. */
export function decodeText(bytes: Uint8Array): { text: string } | NotText {
  const nul = bytes.indexOf(0);
  if (nul === -1) {
    try {
      return { text: decoder.decode(bytes) };
    } catch {
      // fall through: find the first bad byte
    }
  }
  const bad = nul === -1 ? firstInvalidUtf8(bytes) : -1;
  const index = nul !== -1 && (bad === -1 || nul < bad) ? nul : bad;
  const text = lossy.decode(bytes);
  const at = lossy.decode(bytes.subarray(0, Math.max(0, index))).length;
  const { line, column } = new LineIndex(text).position(at);
  const where = `line ${line}, column ${column}`;
  const error =
    index === nul
      ? `the file is not text (it contains NUL bytes, the first at ${where})`
      : `the file is not valid UTF-8 (byte 0x${(bytes[index] ?? 0).toString(16).toUpperCase().padStart(2, "0")} at ${where} is not part of a UTF-8 character)`;
  return { error, at, text };
}

/** Byte index of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] ?? 0;
    if (c < 0x80) {
      i++;
      continue;
    }
    // Length and the allowed range of the second byte (no overlongs, surrogates or > U+10FFFF).
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined) return i;
      if (k === 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf) return i;
    }
    i += n + 1;
  }
  return -1;
}


/**
 * What one run reads in all, at most (the files and the context; `--max-input-size` raises it).
 * Memory grows with what is read: past a bound the run says which files it did not read (exit 2)
 * rather than ending in an out-of-memory abort. The 300,000-document benchmark reads 242 MB.
 */
export const DEFAULT_MAX_INPUT_BYTES = 512 * 1024 * 1024;

/** Bytes a run may still read, shared by every file it loads. */
export interface ReadBudget {
  readonly limit: number;
  remaining: number;
}

export const readBudget = (limit = DEFAULT_MAX_INPUT_BYTES): ReadBudget => ({ limit, remaining: limit });

function overBudgetSource(path: string, budget: ReadBudget, contextOnly: boolean): SourceFile {
  const mib = Math.round(budget.limit / (1024 * 1024));
  return {
    path,
    text: "",
    documents: [],
    problems: [{ code: "TOO_LARGE", message: `not read: the run reached its limit of ${mib} MiB read in all (raise it with --max-input-size)`, span: { file: path, start: 0, end: 0 } }],
    contextOnly,
  };
}

/** The most `--in-use` reads: the pods of a cluster, exported once, may well pass MAX_FILE_BYTES. */
export const MAX_IN_USE_BYTES = 512 * 1024 * 1024;

/** A file past the limit it was read with. */
export class TooLargeError extends Error {}

/**
 * Read a file named outside the linted set (`--in-use`) with its own limit, checked while reading
 * (a pipe or a device is read in chunks until the limit, never whole first).
 */
export async function readFileLimited(abs: string, max: number): Promise<Uint8Array> {
  try {
    return await readBounded(abs, max);
  } catch (err) {
    if (err instanceof TooLarge) throw new TooLargeError(`is larger than ${Math.round(max / (1024 * 1024))} MiB`);
    if (err instanceof IsDirectory) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    throw err;
  }
}

class IsDirectory extends Error {}

/** Read at most MAX_FILE_BYTES, whatever the file is (regular, pipe, device). */
async function readBounded(abs: string, max = MAX_FILE_BYTES): Promise<Uint8Array> {
  const regular = max === MAX_FILE_BYTES ? readRegularFile(abs) : null;
  return regular ?? readAnyFile(abs, max);
}

/** Read at most `max` bytes through the promise API: pipes and devices, and the errors to report. */
async function readAnyFile(abs: string, max: number): Promise<Uint8Array> {
  const fh = await open(abs, "r");
  try {
    const st = await fh.stat();
    if (st.isDirectory()) throw new IsDirectory();
    if (st.isFile()) {
      if (st.size > max) throw new TooLarge();
      const bytes = await fh.readFile();
      if (bytes.length > max) throw new TooLarge(); // grew while read
      return bytes;
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(1 << 20);
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > max) throw new TooLarge();
      chunks.push(buf.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks);
  } finally {
    await fh.close();
  }
}

/** How a file's text becomes a SourceFile: `parseSource`, or a `manifestReader()` (the fast path). */
export type Parse = (path: string, text: string, contextOnly: boolean, kind?: TextKind, lf?: LineFeeds) => SourceFile;


/** Read and parse one file. A file that cannot be read becomes a finding, not an exception. */
export async function loadFile(path: string, cwd: string, contextOnly = false, parse: Parse = parseSource, budget?: ReadBudget): Promise<SourceFile> {
  return (loadRegularFile(path, cwd, contextOnly, parse, budget) as SourceFile | null) ?? loadOtherFile(path, cwd, contextOnly, parse, budget);
}

/**
 * `loadFile` for a regular file, without waiting; null for anything else (or an error to report),
 * which `loadOtherFile` reads.
 */
function loadRegularFile(
  path: string,
  cwd: string,
  contextOnly: boolean,
  parse: Parse,
  budget: ReadBudget | undefined,
  batch?: AsciiBatch,
  index = 0,
  listed = false,
): SourceFile | typeof BATCHED | null {
  if (budget && budget.remaining < 0) return overBudgetSource(path, budget, contextOnly);
  let bytes: Uint8Array | null;
  try {
    bytes = readRegularFile(resolveIn(cwd, path), true, listed);
  } catch (err) {
    return readFailure(path, err, contextOnly);
  }
  if (bytes === null) return null;
  if (overBudget(budget, bytes)) return overBudgetSource(path, budget as ReadBudget, contextOnly);
  const kind = textKind(bytes);
  if (kind !== OTHER && batch?.add(index, path, bytes, kind)) return BATCHED;
  return fromBytes(path, bytes, contextOnly, parse, kind);
}

async function loadOtherFile(path: string, cwd: string, contextOnly: boolean, parse: Parse, budget: ReadBudget | undefined): Promise<SourceFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readAnyFile(resolve(cwd, path), MAX_FILE_BYTES);
  } catch (err) {
    return readFailure(path, err, contextOnly);
  }
  if (overBudget(budget, bytes)) return overBudgetSource(path, budget as ReadBudget, contextOnly);
  return fromBytes(path, bytes, contextOnly, parse, textKind(bytes));
}

/** Counts the bytes against the run's budget: true when they go past it. */
function overBudget(budget: ReadBudget | undefined, bytes: Uint8Array): boolean {
  if (!budget) return false;
  budget.remaining -= bytes.length;
  return budget.remaining < 0;
}

function fromBytes(path: string, bytes: Uint8Array, contextOnly: boolean, parse: Parse, kind: TextKind): SourceFile {
  const decoded = decodeText(bytes);
  if ("error" in decoded) return notTextSource(path, decoded, contextOnly);
  return parse(path, decoded.text, contextOnly, kind);
}


/** What a file that could not be read becomes. */
function readFailure(path: string, err: unknown, contextOnly: boolean): SourceFile {
  if (err instanceof TooLarge) return tooLargeSource(path, contextOnly);
  if (err instanceof IsDirectory) return unreadableSource(path, "is a directory", contextOnly);
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === "EACCES" || code === "EPERM"
      ? "cannot be read: permission denied"
      : code === "ENOENT"
        ? "cannot be read: no such file"
        : code === "EISDIR"
          ? "is a directory"
          : `cannot be read (${code ?? String(err)})`;
  return unreadableSource(path, why, contextOnly);
}

/** How `loadFiles` reads. */
export interface LoadOptions {
  /** The files are context: read for cross-file checks, their findings not reported. */
  readonly contextOnly?: boolean;
  /** `parseSource`, or a `manifestReader()` (the fast path; only it can take files other threads scanned). */
  readonly parse?: Parse;
  readonly budget?: ReadBudget;
  /**
   * Give the event loop a turn every millisecond (YIELD_MS), so that what runs beside the reading
   * (git for --changed-since, node/setup.ts) goes on instead of waiting for the last file.
   */
  readonly turns?: boolean;
  /** Threads that may read beside the main one (`threads.ts` `threadPlan`); none when not given. */
  readonly threads?: ThreadPlan;
  /** Told how many threads read files beside the main one, when any did. */
  readonly onThreads?: (n: number) => void;
  /** 1 for each path a folder's listing gave as a regular file (`ExpandResult.listed`). */
  readonly listed?: Uint8Array;
}

/**
 * loadFile for each path, in the order given. Regular files are read synchronously, one after
 * another, without a promise each: for thousands of small files the round trips (and the eight
 * readers that once kept the disk busy, when reads were asynchronous) cost more than the reading.
 * With `threads`, other threads read and scan chunks of the files beside this one once the reading
 * looks long enough to pay for starting them (`loadInThreads`); the result is the same.
 */
export async function loadFiles(paths: readonly string[], cwd: string, options: LoadOptions = {}): Promise<SourceFile[]> {
  const { contextOnly = false, parse = parseSource, budget, turns = false, threads, onThreads } = options;
  const listed = options.listed ?? null;
  const url = paths.length >= 3 * PER_CHUNK && threads && adopts(parse) && threads.threads > 0 ? readWorkerUrl() : null;
  if (url !== null) {
    const before = budget?.remaining ?? 0;
    const out = await loadInThreads(paths, listed, cwd, contextOnly, parse as ManifestReader, budget, turns, threads as ThreadPlan, url, onThreads);
    if (out) return out;
    // Past the budget: read again on this thread alone, which decides file by file which are read.
    if (budget) budget.remaining = before;
  }
  const out: SourceFile[] = new Array<SourceFile>(paths.length);
  const reading = new Reading(paths, listed, cwd, out, contextOnly, parse, budget, turns);
  for (let i = 0; i < paths.length; i++) {
    const waits = reading.file(i);
    if (waits) await waits;
  }
  await reading.finish();
  return out;
}

/** Files in a chunk that a thread takes at once (`threads.ts`). */
const PER_CHUNK = 32;

/**
 * Reading threads start when the files left look to take the main thread at least this long alone
 * (estimated from the chunks read so far): a thread takes about 25 ms to start and load the reader.
 */
const THREADS_WORTH_MS = 60;

/**
 * `loadFiles` with reading threads: the main thread takes chunks of files as before; once the
 * rest looks long enough (or at once, when the threads were asked for by number), threads start
 * and take chunks too, and the main thread takes in what they posted between its own chunks
 * (their bytes decoded with its own, their records adopted), then waits for the last. A chunk of
 * a thread that failed is read here. Null when the run went past the budget: which files are read
 * then is decided one by one, in order, on one thread.
 */
async function loadInThreads(
  paths: readonly string[],
  listed: Uint8Array | null,
  cwd: string,
  contextOnly: boolean,
  parse: ManifestReader,
  budget: ReadBudget | undefined,
  turns: boolean,
  threads: ThreadPlan,
  url: URL,
  onThreads: ((n: number) => void) | undefined,
): Promise<SourceFile[] | null> {
  const out: SourceFile[] = new Array<SourceFile>(paths.length);
  const reading = new Reading(paths, listed, cwd, out, contextOnly, parse, budget, turns);
  const chunks = new Chunks(paths, listed, cwd, PER_CHUNK);
  const done = new Uint8Array(chunks.count);
  const started = performance.now();
  let mine = 0;
  let tried = false;
  const readChunk = async (c: number): Promise<void> => {
    for (let i = c * PER_CHUNK, end = Math.min(paths.length, i + PER_CHUNK); i < end; i++) {
      const waits = reading.file(i);
      if (waits) await waits;
    }
    done[c] = 1;
  };
  const adopt = async (m: ReadChunk): Promise<void> => {
    await reading.adopt(m, PER_CHUNK);
    done[m.chunk] = 1;
  };
  try {
    for (let c = chunks.take(); c !== -1; c = chunks.take()) {
      await readChunk(c);
      mine++;
      if (!tried && chunks.left > 0 && (threads.always || ((performance.now() - started) / mine) * chunks.left >= THREADS_WORTH_MS)) {
        tried = true;
        // Asked for by number, the threads get their share: the reading waits until they are up.
        if ((await chunks.start(threads.threads, url)) && threads.always) await chunks.ready();
      }
      for (let m = chunks.poll(); m; m = chunks.poll()) await adopt(m);
      if (budget && budget.remaining < 0) return null;
    }
    for (let m = await chunks.next(); m; m = await chunks.next()) await adopt(m);
    for (let c = 0; c < chunks.count; c++) if (done[c] === 0) await readChunk(c);
    if (budget && budget.remaining < 0) return null;
    await reading.finish();
    if (chunks.reading > 0) onThreads?.(chunks.reading);
    return out;
  } finally {
    chunks.close();
  }
}

/** One `loadFiles` run's reading on the main thread: files read one by one, ASCII ones decoded in batches. */
class Reading {
  private readonly batch: AsciiBatch;
  /** The event loop's last turn (with `turns`). `performance` is read only then: its first use loads perf_hooks (about 1 ms of a start). */
  private turn: number;

  constructor(
    private readonly paths: readonly string[],
    /** 1 for a path a folder's listing gave as a regular file. */
    private readonly listed: Uint8Array | null,
    private readonly cwd: string,
    private readonly out: SourceFile[],
    private readonly contextOnly: boolean,
    private readonly parse: Parse,
    private readonly budget: ReadBudget | undefined,
    private readonly turns: boolean,
  ) {
    this.batch = new AsciiBatch(out, contextOnly, parse);
    this.turn = turns ? performance.now() : 0;
  }

  /**
   * Reads the file at `i` (or leaves it to the batch, parsed when the batch is decoded). A promise
   * only when it waits (a turn, a file that is not regular): 20,000 small files each awaited took
   * 7–11 ms of round trips.
   */
  file(i: number): Promise<void> | undefined {
    if (this.turns && (i & 15) === 15 && performance.now() - this.turn > YIELD_MS) return this.afterTurn(i);
    return this.read(i);
  }

  private async afterTurn(i: number): Promise<void> {
    this.turn = await nextTurn();
    await this.read(i);
  }

  private read(i: number): Promise<void> | undefined {
    const path = this.paths[i] ?? "";
    const read = loadRegularFile(path, this.cwd, this.contextOnly, this.parse, this.budget, this.batch, i, this.listed?.[i] === 1);
    if (read === null) return this.readOther(i, path);
    if (read !== BATCHED) this.out[i] = read;
    return this.batch.waiting ? this.parseWaiting() : undefined;
  }

  private async readOther(i: number, path: string): Promise<void> {
    this.out[i] = await loadOtherFile(path, this.cwd, this.contextOnly, this.parse, this.budget);
    if (this.batch.waiting) await this.parseWaiting();
  }

  /** Takes in a chunk another thread read: its scanned files into the batch, the others read here. */
  async adopt(m: ReadChunk, per: number): Promise<void> {
    const bytes = new Uint8Array(m.bytes, 0, m.used);
    const tapes = m.tapes.map((b) => new Int32Array(b));
    const f = m.files;
    let k = 0;
    for (let i = m.chunk * per, end = Math.min(this.paths.length, i + per); i < end; i++) {
      if (f[k] === ON_MAIN) {
        k++;
        const waits = this.file(i);
        if (waits) await waits;
        continue;
      }
      const start = f[k + 1] as number;
      const stop = f[k + 2] as number;
      const tape = tapes[f[k + 3] as number] as Int32Array;
      const left = f[k + 5] as number;
      const omitted = left === 0 ? null : m.omitted.subarray(f[k + 4] as number, (f[k + 4] as number) + left);
      const roots = Array.from(f.subarray(k + 7, k + 7 + (f[k + 6] as number)));
      k += 7 + roots.length;
      const b = bytes.subarray(start, stop);
      if (this.budget) this.budget.remaining -= b.length;
      this.batch.add(i, this.paths[i] ?? "", b, omitted === null ? PLAIN : CRLF, { tape, roots, omitted });
      const waits = this.batch.waiting ? this.parseWaiting() : undefined;
      if (waits) await waits;
    }
  }

  async finish(): Promise<void> {
    this.batch.flush();
    await this.parseWaiting();
  }

  private parseWaiting(): Promise<void> | undefined {
    if (!this.turns) {
      while (this.batch.parseNext());
      return undefined;
    }
    return this.parseWaitingTurns();
  }

  private async parseWaitingTurns(): Promise<void> {
    while (this.batch.parseNext()) {
      if (performance.now() - this.turn > YIELD_MS) this.turn = await nextTurn();
    }
  }
}

/** A turn of the event loop; the time after it. */
const nextTurn = (): Promise<number> => new Promise((done) => setImmediate(() => done(performance.now())));

/**
 * How long `loadFiles` reads before the event loop gets a turn. git's output comes through a pipe
 * that holds about 200 kB, which only a turn drains: with 4 ms, the previous versions of 1,640
 * changed files (25 MB) took git 350 ms instead of 130, and the lint waited for them after
 * reading. A turn with nothing to do costs a few microseconds.
 */
const YIELD_MS = 1;

/** A file `loadFiles` left to its batch: parsed when the batch is decoded. */
const BATCHED = Symbol("batched");

/** Bytes of ASCII files decoded together: past Node's EXTERN_APEX (about 1 MB) as one string outside the heap. */
const BATCH_BYTES = 2 * 1024 * 1024;

/**
 * ASCII files read one after another (`textKind` PLAIN or CRLF) are decoded as one Latin-1 string,
 * and each file's text is a slice of it. Decoded one by one, thousands of small files' texts were
 * born in the young generation and copied twice by the collector before settling in the old one (a
 * third of what a lint of 30,000 documents keeps alive); a decoding above about 1 MB is an external
 * string, which the collector never copies. For these bytes Latin-1 and UTF-8 decode to one text.
 */
class AsciiBatch {
  /** Made at the first file taken: a run of one file that is not ASCII needs none. */
  private buf: Buffer | null = null;
  private used = 0;
  /**
   * The bytes last decoded (`flush` swaps the buffers): a CRLF file's are copied without their
   * returns when it is parsed (`ReturnsDropped`), and the text with LF ends made for the scanner.
   */
  private decodedBytes: Buffer | null = null;
  private dropped: ReturnsDropped | null = null;
  /** Index into `out`, start and end in `buf`, and the `TextKind`: four numbers a file. */
  private readonly pending: number[] = [];
  private readonly paths: string[] = [];
  /** The records of the pending files another thread scanned (undefined for the others). */
  private readonly trees: (Scanned | undefined)[] = [];
  /** Files decoded by `flush`, parsed one at a time by `parseNext` (from `parsed` on). */
  private readonly decoded: ({ index: number; path: string; text: string; kind: TextKind; at: number; tree: Scanned | undefined } | undefined)[] = [];
  private parsed = 0;

  constructor(
    private readonly out: SourceFile[],
    private readonly contextOnly: boolean,
    private readonly parse: Parse,
  ) {}

  /**
   * Takes the bytes of a PLAIN or CRLF file (`kind`; valid only until the next read), with their
   * records when another thread scanned them; false for none.
   */
  add(index: number, path: string, bytes: Uint8Array, kind: TextKind, tree?: Scanned): boolean {
    if (bytes.length === 0) return false;
    if (bytes.length > BATCH_BYTES) {
      // Decoded alone: above about 1 MB outside the heap as well.
      this.out[index] = this.make(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1"), kind, tree);
      return true;
    }
    if (this.used + bytes.length > BATCH_BYTES) this.flush();
    this.buf ??= Buffer.allocUnsafe(BATCH_BYTES);
    this.buf.set(bytes, this.used);
    this.pending.push(index, this.used, this.used + bytes.length, kind);
    this.paths.push(path);
    this.trees.push(tree);
    this.used += bytes.length;
    return true;
  }

  /** Decodes what is pending (a copy: the buffer is reused); `parseNext` parses each file's slice. */
  flush(): void {
    if (this.buf === null || this.paths.length === 0) return;
    // The files the last flush decoded are parsed before the buffer their bytes are in is reused
    // (the callers parse after each file they add, so this finds none).
    while (this.parseNext());
    const text = this.buf.toString("latin1", 0, this.used);
    const p = this.pending;
    for (let k = 0, f = 0; k < p.length; k += 4, f++) {
      this.decoded.push({ index: p[k] as number, path: this.paths[f] as string, text: text.slice(p[k + 1], p[k + 2]), kind: p[k + 3] as TextKind, at: p[k + 1] as number, tree: this.trees[f] });
    }
    [this.decodedBytes, this.buf] = [this.buf, this.decodedBytes];
    this.used = 0;
    p.length = 0;
    this.paths.length = 0;
    this.trees.length = 0;
  }

  /** Whether decoded files wait to be parsed. */
  get waiting(): boolean {
    return this.parsed < this.decoded.length;
  }

  /** Parses the next decoded file; false when none waits. */
  parseNext(): boolean {
    const d = this.decoded[this.parsed];
    if (d === undefined) {
      this.decoded.length = 0;
      this.parsed = 0;
      return false;
    }
    this.decoded[this.parsed++] = undefined;
    let lf: LineFeeds | undefined;
    if (d.kind === CRLF && d.tree === undefined) {
      this.dropped ??= new ReturnsDropped();
      lf = this.dropped.text((this.decodedBytes as Buffer).subarray(d.at, d.at + d.text.length));
    }
    this.out[d.index] = this.make(d.path, d.text, d.kind, d.tree, lf);
    return true;
  }

  /** The file's SourceFile: its records adopted when another thread scanned it, else parsed here. */
  private make(path: string, text: string, kind: TextKind, tree: Scanned | undefined, lf?: LineFeeds): SourceFile {
    return tree ? (this.parse as ManifestReader).adopt(path, text, this.contextOnly, tree.tape, tree.roots, tree.omitted) : this.parse(path, text, this.contextOnly, kind, lf);
  }
}

/** A file's records as another thread's scanner wrote them, and the characters it left out (`FastTree.omitted`). */
interface Scanned {
  readonly tape: Int32Array;
  readonly roots: readonly number[];
  readonly omitted: Int32Array | null;
}

/** A file whose bytes are not UTF-8 text, located at the first offending byte. */
export function notTextSource(path: string, why: NotText, contextOnly = false): SourceFile {
  return unreadableSource(path, why.error.replace(/^the file /, ""), contextOnly, why.at, why.text);
}

function tooLargeSource(path: string, contextOnly: boolean): SourceFile {
  const mib = MAX_FILE_BYTES / (1024 * 1024);
  return {
    path,
    text: "",
    documents: [],
    problems: [{ code: "TOO_LARGE", message: `is larger than ${mib} MiB`, span: { file: path, start: 0, end: 0 } }],
    contextOnly,
  };
}

/** Read a stream (standard input) fully, but no more than MAX_FILE_BYTES: `yes | calico-ipam-lint -` ends. */
export async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of stream) {
    const b = typeof c === "string" ? Buffer.from(c) : Buffer.from(c);
    total += b.length;
    if (total > MAX_FILE_BYTES) throw new TooLarge();
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** Standard input as a source file, read like a file: bounded, and located when it is not text. */
export async function loadStream(path: string, stream: AsyncIterable<Uint8Array | string>, contextOnly = false, parse: Parse = parseSource): Promise<SourceFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readStream(stream);
  } catch (err) {
    if (err instanceof TooLarge) return tooLargeSource(path, contextOnly);
    throw err;
  }
  const decoded = decodeText(bytes);
  return "error" in decoded ? notTextSource(path, decoded, contextOnly) : parse(path, decoded.text, contextOnly);
}
