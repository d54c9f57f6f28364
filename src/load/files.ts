import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import { parseSource, unreadableSource } from "./parse.js";
import type { SourceFile } from "./types.js";

const MANIFEST_EXTENSIONS = [".yaml", ".yml", ".json"];
const SKIPPED_DIRS = new Set(["node_modules", ".git"]);

export interface ExpandResult {
  files: string[];
  /** Paths the user named that do not exist or cannot be read: the tool cannot do its job. */
  missing: string[];
}

/**
 * Expand files and directories into the manifest files to read. Directories are walked recursively,
 * honouring every `.gitignore` on the way down; files named explicitly are always read.
 */
export async function expandPaths(paths: readonly string[], cwd: string): Promise<ExpandResult> {
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
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
      const visited = new Set<string>();
      await walk(abs, abs, [], files, seen, visited, cwd);
    } else if (!seen.has(abs)) {
      seen.add(abs);
      files.push(displayPath(abs, cwd));
    }
  }
  return { files, missing };
}

interface IgnoreScope {
  dir: string;
  ig: Ignore;
}

async function walk(
  root: string,
  dir: string,
  scopes: IgnoreScope[],
  out: string[],
  seen: Set<string>,
  visited: Set<string>,
  cwd: string,
): Promise<void> {
  // Symlink loops: each real directory is walked once.
  let real: string;
  try {
    real = await realpath(dir);
  } catch {
    return;
  }
  if (visited.has(real)) return;
  visited.add(real);

  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  const local = await readGitignore(dir);
  const active = local ? [...scopes, { dir, ig: local }] : scopes;
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const st = await stat(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue;
      }
    }
    if (isDir && SKIPPED_DIRS.has(entry.name)) continue;
    if (isIgnored(active, full, isDir)) continue;
    if (isDir) {
      await walk(root, full, active, out, seen, visited, cwd);
    } else if (isFile && MANIFEST_EXTENSIONS.some((e) => entry.name.toLowerCase().endsWith(e))) {
      if (seen.has(full)) continue;
      seen.add(full);
      out.push(displayPath(full, cwd));
    }
  }
}

async function readGitignore(dir: string): Promise<Ignore | null> {
  try {
    const text = await readFile(join(dir, ".gitignore"), "utf8");
    return ignore().add(text);
  } catch {
    return null;
  }
}

function isIgnored(scopes: readonly IgnoreScope[], full: string, isDir: boolean): boolean {
  for (const { dir, ig } of scopes) {
    const rel = relative(dir, full).split(sep).join("/");
    if (!rel || rel.startsWith("..")) continue;
    if (ig.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

/** Paths under the working directory are shown relative to it, others absolute. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith("..") && !resolve(rel).startsWith("..") ? rel.split(sep).join("/") : abs;
}

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Decode file bytes as UTF-8 text, or say why they are not text. */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.includes(0)) return { error: "the file is not text (it contains NUL bytes)" };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { error: "the file is not valid UTF-8" };
  }
}

/** Read and parse one file. A file that cannot be read becomes a finding, not an exception. */
export async function loadFile(path: string, cwd: string, contextOnly = false): Promise<SourceFile> {
  let bytes: Uint8Array;
  try {
    const st = await lstat(resolve(cwd, path));
    if (st.isDirectory()) return unreadableSource(path, "is a directory", contextOnly);
    bytes = await readFile(resolve(cwd, path));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "EACCES" ? "permission denied" : code === "ENOENT" ? "no such file" : `cannot be read (${code ?? String(err)})`;
    return unreadableSource(path, why, contextOnly);
  }
  const decoded = decodeText(bytes);
  if ("error" in decoded) return unreadableSource(path, decoded.error, contextOnly);
  return parseSource(path, decoded.text, contextOnly);
}

/** Read standard input fully, as text. */
export async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : Buffer.from(c));
  return Buffer.concat(chunks);
}
