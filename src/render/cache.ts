import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/**
 * Rendered output kept between runs (`--cache DIR`), keyed by the content of everything a render
 * reads: every file below the root's folders (the kustomization, resources, patches, generator
 * inputs; the chart with its templates and values), the values given, and the program. After a
 * one-file change only the roots and charts whose folders hold that file render again.
 */

/** A render's output, or why it failed (kept as is in the cache and the memo). */
export type Rendered = { readonly text: string } | { readonly error: string };

const SKIP = new Set([".git", "node_modules"]);

function hashTree(h: ReturnType<typeof createHash>, dir: string, base: string): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    h.update(`unreadable ${relative(base, dir)}\0`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (SKIP.has(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) hashTree(h, p, base);
    else if (e.isFile() || e.isSymbolicLink()) {
      h.update(`${relative(base, p)}\0`);
      try {
        h.update(readFileSync(p));
      } catch {
        h.update("unreadable");
      }
      h.update("\0");
    }
  }
}

/**
 * A folder or file a render reads: its path, or a copy read `at` one place for the path it stands
 * for (`as`): a chart or Kustomize root as it was at a revision (node/impact.ts), whose render is
 * the one the same content got, or will get, where the repository has it.
 */
export type Input = string | { readonly at: string; readonly as: string };
const readAt = (i: Input): string => (typeof i === "string" ? i : i.at);
const nameOf = (i: Input): string => (typeof i === "string" ? i : i.as);
/** Once each, by the path they stand for, in order. */
const byName = (inputs: readonly Input[]): Input[] => [...new Map(inputs.map((i) => [nameOf(i), i])).values()].sort((a, b) => (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0));

/** The key of a render: the program (path and modification time), its job, and the folders' content. */
export function renderKey(program: string, job: unknown, dirs: readonly Input[], files: readonly Input[]): string {
  const h = createHash("sha256");
  let mtime = 0;
  try {
    mtime = statSync(program).mtimeMs;
  } catch {
    // a program that vanished renders again
  }
  h.update(JSON.stringify({ program, mtime, job }));
  for (const d of byName(dirs)) {
    h.update(`dir ${nameOf(d)}\0`);
    hashTree(h, readAt(d), readAt(d));
  }
  for (const f of byName(files)) {
    h.update(`file ${nameOf(f)}\0`);
    try {
      h.update(readFileSync(readAt(f)));
    } catch {
      h.update("missing");
    }
  }
  return h.digest("hex");
}

export function cached(dir: string, key: string): Rendered | null {
  try {
    const data = JSON.parse(readFileSync(join(dir, `${key}.render`), "utf8")) as Rendered;
    return typeof (data as { text?: unknown }).text === "string" || typeof (data as { error?: unknown }).error === "string" ? data : null;
  } catch {
    return null;
  }
}

/** Store a render; a cache that cannot be written only costs the next run time. */
export function store(dir: string, key: string, r: Rendered): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(r));
    renameSync(tmp, join(dir, `${key}.render`));
  } catch {
    // not cached
  }
}

/**
 * Renders kept in memory by a long-running caller (the language server) between runs, by program
 * and job. Each remembers what it read, so a file changed on disk drops only the renders that read
 * it (a file below one of their folders, or one of their files).
 */
export class RenderMemo {
  private readonly entries = new Map<string, { readonly rendered: Rendered; readonly dirs: readonly string[]; readonly files: readonly string[] }>();

  get(key: string): Rendered | undefined {
    return this.entries.get(key)?.rendered;
  }

  set(key: string, rendered: Rendered, dirs: readonly string[], files: readonly string[]): void {
    this.entries.set(key, { rendered, dirs: dirs.map(posix), files: files.map(posix) });
  }

  /** Drop the renders that read `path` (absolute); every render without it. How many were dropped. */
  forget(path?: string): number {
    let dropped = 0;
    const p = path === undefined ? undefined : posix(path);
    for (const [key, e] of this.entries) {
      if (p === undefined || e.files.includes(p) || e.dirs.some((d) => p === d || p.startsWith(d.endsWith("/") ? d : `${d}/`))) {
        this.entries.delete(key);
        dropped++;
      }
    }
    return dropped;
  }
}

const posix = (p: string): string => p.split(sep).join("/");
