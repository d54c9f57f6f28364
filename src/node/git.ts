import { spawn } from "node:child_process";
import { join } from "node:path";

/** The few git commands `--changed-since` needs. Git is run without a shell, from the repository's top. */

export class GitError extends Error {}

/**
 * The repository is untrusted (a pull request's checkout), and its .git/config can name programs
 * that git runs on its own: an fsmonitor hook on every status check, hooks, and clean/smudge
 * filters for files its .gitattributes marks. They are turned off, as tools that run git on
 * untrusted checkouts do; no fetch may happen (a partial clone would fetch missing objects).
 */
const SAFE = ["-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null", "-c", "protocol.allow=never", "-c", "core.sshCommand=false", "-c", "credential.helper="];
const SAFE_ENV = { GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C", GIT_NO_LAZY_FETCH: "1", GIT_TERMINAL_PROMPT: "0" };

/** Filter drivers the repository's configuration defines, each switched to passing content as it is. */
const filterOverrides = new Map<string, Promise<string[]>>();
function noFilters(cwd: string): Promise<string[]> {
  let hit = filterOverrides.get(cwd);
  if (!hit) {
    hit = run(["config", "-z", "--name-only", "--get-regexp", "^filter\\..*\\.(clean|smudge|process)$"], cwd, [])
      .then((b) => {
        const drivers = new Set(Buffer.concat(b).toString("utf8").split("\0").filter(Boolean).map((k) => k.replace(/^filter\.(.*)\.[a-z]+$/, "$1")));
        return [...drivers].flatMap((d) => ["-c", `filter.${d}.clean=cat`, "-c", `filter.${d}.smudge=cat`, "-c", `filter.${d}.process=`, "-c", `filter.${d}.required=false`]);
      })
      .catch(() => []); // none defined: git config exits 1
    filterOverrides.set(cwd, hit);
  }
  return hit;
}

/** What `git args` writes, in the pieces it came in (the repository's filters switched off). */
async function gitPieces(args: readonly string[], cwd: string, input?: string): Promise<Buffer[]> {
  return run(args, cwd, await noFilters(cwd), input);
}

async function git(args: readonly string[], cwd: string, input?: string): Promise<Buffer> {
  return Buffer.concat(await gitPieces(args, cwd, input));
}

/** What git writes, in the pieces it came in. */
function run(args: readonly string[], cwd: string, extra: readonly string[], input?: string): Promise<Buffer[]> {
  return new Promise((resolvePromise, reject) => {
    let child;
    try {
      child = spawn("git", [...SAFE, ...extra, ...args], { cwd, stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...SAFE_ENV } });
    } catch (err) {
      reject(new GitError(`could not run git: ${(err as Error).message}`));
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", (e: NodeJS.ErrnoException) => reject(new GitError(e.code === "ENOENT" ? "git is not installed (not found on PATH)" : `could not run git: ${e.message}`)));
    child.on("close", (code) => {
      if (code === 0) resolvePromise(out);
      else reject(new GitError(Buffer.concat(err).toString("utf8").trim().split("\n")[0] || `git ${args[0] ?? ""} exited with ${String(code)}`));
    });
    child.stdin.on("error", () => undefined);
    child.stdin.end(input ?? "");
  });
}

/** `git ls-tree` of `paths` (relative to the top) at `ref`: each entry's mode, type, object name and path. */
async function lsTree(ref: string, paths: readonly string[], top: string, recurse: boolean): Promise<{ mode: string; type: string; name: string; path: string }[]> {
  // `<mode> <type> <name>` TAB path NUL.
  const out = (await git(["ls-tree", ...(recurse ? ["-r"] : []), "-z", "--full-tree", "--end-of-options", `${ref}^{commit}`, "--", ...paths], top)).toString("utf8");
  return out.split("\0").flatMap((line) => {
    const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(line);
    return m ? [{ mode: m[1] as string, type: m[2] as string, name: m[3] as string, path: m[4] as string }] : [];
  });
}

/**
 * The files under `paths` (relative to the top, folders or files) at `ref`: each path relative to
 * the top and the name of its content. Symbolic links and submodules are left out.
 */
export async function treeAt(ref: string, paths: readonly string[], top: string): Promise<{ path: string; blob: string }[]> {
  if (paths.length === 0) return [];
  return (await lsTree(ref, paths, top, true)).filter((e) => e.type === "blob" && e.mode !== "120000").map((e) => ({ path: e.path, blob: e.name }));
}

/** The files directly in each of `folders` (relative to the top, "" for the top) at `ref`, as `treeAt` gives them: not their subfolders'. */
export async function filesIn(ref: string, folders: readonly string[], top: string): Promise<{ path: string; blob: string }[]> {
  if (folders.length === 0) return [];
  return (await lsTree(ref, folders.map((f) => (f === "" ? "." : `${f}/`)), top, false)).filter((e) => e.type === "blob" && e.mode !== "120000").map((e) => ({ path: e.path, blob: e.name }));
}

/** What git holds at `path` (relative to the top) at `ref`: a tree, a blob, a commit (a submodule), or nothing. */
export async function objectTypeAt(ref: string, path: string, top: string): Promise<string | null> {
  // ls-tree's entry, not the object: a submodule's commit is not in this repository's objects.
  return (await lsTree(ref, [path], top, false)).find((e) => e.path === path)?.type ?? null;
}

/** The top directory of the work tree that holds `cwd`. */
export async function gitToplevel(cwd: string): Promise<string> {
  // rev-parse runs no filter: asked beside the filters, which are the same repository's at the top.
  const filters = noFilters(cwd);
  const top = Buffer.concat(await run(["rev-parse", "--show-toplevel"], cwd, [])).toString("utf8").trim();
  if (!filterOverrides.has(top)) filterOverrides.set(top, filters);
  return top;
}

/** Whether `ref` names a commit that the repository holding `cwd` has (a shallow clone may not). */
export async function hasCommit(ref: string, cwd: string): Promise<boolean> {
  return git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], cwd).then(
    () => true,
    () => false,
  );
}

export interface ChangedFile {
  /** Absolute path now. */
  readonly path: string;
  /** Path relative to the top at REF, when the file existed there (modified, renamed or deleted). */
  readonly before?: string;
  /** The object name of its content at REF, with `before`. */
  readonly blob?: string;
  /** Deleted since REF: `path` is where it was. */
  readonly deleted?: true;
  /**
   * Listed because its file's stat data differs from the index: git did not read it, and its
   * content may still be the same as at REF (a file touched, or edited and edited back). Its text
   * compared with the blob's, or `hashes`, decides.
   */
  readonly unsure?: true;
}

const NO_OBJECT = /^0+$/;

/**
 * Files changed since `ref`: what `git diff REF` shows (committed, staged and unstaged changes,
 * renames followed) and untracked files that are not ignored, and the files deleted (marked so).
 * A file whose stat data is not the index's is listed `unsure`: `git diff` would read and hash it
 * to know (130 ms for 1,640 edited files, in every run) and write the index back, and the lint
 * reads it anyway.
 */
export async function changedSince(ref: string, top: string): Promise<ChangedFile[]> {
  // Three questions at once (each git is a few milliseconds of start-up, and a turn of the event
  // loop, which the reading of the files beside it gives only every few milliseconds).
  const [commit, diffed, others] = await Promise.allSettled([
    git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], top),
    // --raw: the object name of each file's content at REF, which cat-file reads without walking
    // REF's trees again for every path (three times as fast for 1,640 files). diff-index, unlike
    // diff, does not refresh the index first: it hashes no file.
    git(["diff-index", "--raw", "-z", "-M", "--no-abbrev", ref, "--"], top),
    git(["ls-files", "--others", "--exclude-standard", "-z"], top),
  ]);
  if (commit.status === "rejected") throw new GitError(`${ref} is not a commit in this repository`);
  if (diffed.status === "rejected") throw diffed.reason;
  if (others.status === "rejected") throw others.reason;
  // `:<mode> <mode> <blob at REF> <blob now> <status>` NUL path NUL (a second path after a rename or copy).
  const diff = diffed.value.toString("utf8").split("\0");
  const out: ChangedFile[] = [];
  for (let i = 0; i < diff.length; ) {
    const fields = (diff[i++] ?? "").split(" ");
    const status = fields[4] ?? "";
    if (status === "") continue;
    const blob = fields[2] ?? "";
    if (status.startsWith("R") || status.startsWith("C")) {
      const from = diff[i++] ?? "";
      const to = diff[i++] ?? "";
      out.push(status.startsWith("R") ? { path: join(top, to), before: from, blob } : { path: join(top, to) });
    } else {
      const p = diff[i++] ?? "";
      if (status.startsWith("D")) {
        out.push({ path: join(top, p), before: p, blob, deleted: true });
        continue;
      }
      if (status.startsWith("A")) out.push({ path: join(top, p) });
      // The same regular-file mode, and no object name now: only the stat data differs.
      else if (status === "M" && NO_OBJECT.test(fields[3] ?? "") && fields[1] === (fields[0] ?? "").slice(1) && /^100(644|755)$/.test(fields[1] ?? "")) out.push({ path: join(top, p), before: p, blob, unsure: true });
      else out.push({ path: join(top, p), before: p, blob });
    }
  }
  const untracked = others.value.toString("utf8").split("\0");
  for (const p of untracked) if (p) out.push({ path: join(top, p) });
  return manyTouched(out, top);
}

/** How many files listed by stat data alone make a sample worth asking: below it, their texts decide. */
const MANY_UNSURE = 64;
const SAMPLE = 16;

/**
 * A work tree copied or restored (a container's COPY, a CI cache, `cp -r`) has every file's stat
 * data changed and nearly no content: deciding those by their texts would read the previous
 * version of every manifest, as if all had changed. When many are listed so, a sample of them is
 * hashed (`hashes`), and if most are unchanged, all are: those the same as at REF are left out,
 * the others are changes. When most of the sample changed (a change to every file), their texts
 * decide, as git's previous versions are read for them anyway.
 */
async function manyTouched(list: ChangedFile[], top: string): Promise<ChangedFile[]> {
  const unsure = list.filter((c) => c.unsure);
  if (unsure.length < MANY_UNSURE) return list;
  const step = unsure.length / SAMPLE;
  const sample = Array.from({ length: SAMPLE }, (_, i) => unsure[Math.floor(i * step)] as ChangedFile);
  // Only a shortcut: if git cannot hash them (a file gone meanwhile), their texts decide.
  const sampled = await hashes(sample.map((c) => c.before ?? ""), top).catch(() => []);
  if (sampled.filter((h, i) => h !== "" && h === sample[i]?.blob).length * 2 < SAMPLE) return list;
  const now = await hashes(unsure.map((c) => c.before ?? ""), top).catch(() => undefined);
  if (!now) return list;
  const hashed = new Map(unsure.map((c, i) => [c, now[i] ?? ""]));
  const out: ChangedFile[] = [];
  for (const c of list) {
    const h = hashed.get(c);
    if (h === undefined || h === "") out.push(c); // not listed so, or git could not take its path
    else if (h !== c.blob) out.push({ path: c.path, before: c.before ?? "", blob: c.blob ?? "" });
  }
  return out;
}

/**
 * The object names git gives the files `paths` (relative to the top) as they are now, as it would
 * store them (the repository's attributes applied), without storing them or touching the index.
 * An empty name for a path it cannot take (a line feed in it).
 */
export async function hashes(paths: readonly string[], top: string): Promise<string[]> {
  const asked = paths.filter((p) => !p.includes("\n"));
  if (asked.length === 0) return paths.map(() => "");
  const out = (await git(["hash-object", "--stdin-paths"], top, asked.map((p) => `${p}\n`).join(""))).toString("utf8").split("\n");
  const byPath = new Map(asked.map((p, i) => [p, out[i] ?? ""]));
  return paths.map((p) => byPath.get(p) ?? "");
}

/**
 * The pieces of a process's output, read in order without joining them: the previous versions of
 * 1,640 files (25 MB) took 17 ms to copy into one buffer.
 */
export class Pieces {
  private i = 0;
  private at = 0;

  constructor(private readonly list: readonly Buffer[]) {}

  /** The text (ASCII: a header) up to the next line feed, which is passed; undefined at the end. */
  line(): string | undefined {
    let text = "";
    for (; this.i < this.list.length; this.i++, this.at = 0) {
      const piece = this.list[this.i] as Buffer;
      const nl = piece.indexOf(0x0a, this.at);
      if (nl >= 0) {
        text += piece.toString("utf8", this.at, nl);
        this.at = nl + 1;
        return text;
      }
      text += piece.toString("utf8", this.at);
    }
    return undefined;
  }

  /** The next `n` bytes: a view of them where they lie in one piece. */
  take(n: number): Buffer {
    const piece = this.list[this.i];
    if (piece && this.at + n <= piece.length) {
      const view = piece.subarray(this.at, this.at + n);
      this.at += n;
      return view;
    }
    const parts: Buffer[] = [];
    let left = n;
    for (; left > 0 && this.i < this.list.length; this.i++, this.at = 0) {
      const p = this.list[this.i] as Buffer;
      const part = p.subarray(this.at, this.at + left);
      parts.push(part);
      left -= part.length;
      if (this.at + part.length < p.length) {
        this.at += part.length;
        break;
      }
    }
    return Buffer.concat(parts);
  }
}

/** The contents of blobs by object name, in one `git cat-file --batch`. */
export async function blobs(names: readonly string[], top: string): Promise<Map<string, Buffer>> {
  const result = new Map<string, Buffer>();
  const asked = [...new Set(names)].filter((n) => /^[0-9a-f]{40,64}$/.test(n));
  if (asked.length === 0) return result;
  const out = new Pieces(await gitPieces(["cat-file", "--batch"], top, asked.map((n) => `${n}\n`).join("")));
  for (const name of asked) {
    const header = out.line();
    if (header === undefined) break;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) continue; // "<name> missing"
    const content = out.take(Number(m[2]));
    if (m[1] === "blob") result.set(name, content);
    out.take(1); // the line feed after it
  }
  return result;
}
