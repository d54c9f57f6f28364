import { lstat, readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { CommanderError } from "commander";

/**
 * The files Argo CD's plain-directory source applies, chosen as its repo server chooses them
 * (argoproj/argo-cd reposerver/repository/repository.go, getPotentiallyValidManifests and
 * getPotentiallyValidManifestFile): the top level of the source directory unless `recurse`;
 * names ending .yaml, .yml, .json or .jsonnet; `exclude`, then `include`, matched against the path
 * relative to the source directory with Argo CD's glob (util/glob: gobwas/glob with no separator,
 * so `*` also crosses `/`); regular files, symbolic links to them followed; files holding the
 * marker `+argocd:skip-file-rendering` left out. Directories are walked in name order, as Go's
 * filepath.Walk walks them.
 */

export interface DirectorySelection {
  readonly recurse: boolean;
  readonly include?: string;
  readonly exclude?: string;
}

const MANIFEST = /^.*\.(yaml|yml|json|jsonnet)$/s;
const SKIP_MARKER = "+argocd:skip-file-rendering";

export class GlobError extends Error {}

/**
 * Argo CD's glob as a regular expression: `*` and `**` any run of characters (`/` included), `?`
 * one character, `[abc]` `[a-z]` `[!…]` a class, `{a,b}` alternatives (nested), `\` escapes
 * (gobwas/glob syntax/lexer/lexer.go).
 * A pattern gobwas/glob cannot compile matches nothing in Argo CD; here it is refused.
 */
export function argoGlob(pattern: string): RegExp {
  let i = 0;
  const esc = (c: string): string => c.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
  const seq = (inBraces: boolean): string => {
    let out = "";
    while (i < pattern.length) {
      const c = pattern[i] as string;
      if (inBraces && (c === "," || c === "}")) return out;
      i++;
      if (c === "\\") {
        // A final `\` escapes nothing and is dropped, as gobwas/glob's lexer drops it.
        if (i < pattern.length) out += esc(pattern[i++] as string);
      } else if (c === "*") {
        while (pattern[i] === "*") i++;
        out += "[\\s\\S]*";
      } else if (c === "?") {
        out += "[\\s\\S]";
      } else if (c === "[") {
        const close = pattern.indexOf("]", i + 1);
        if (close === -1) throw new GlobError(`${JSON.stringify(pattern)}: a [ without its ]`);
        let body = pattern.slice(i, close);
        i = close + 1;
        const not = body.startsWith("!");
        if (not) body = body.slice(1);
        let cls: string;
        if (body[1] === "-") {
          // gobwas/glob: a range is exactly `lo-hi`.
          if (body.length !== 3) throw new GlobError(`${JSON.stringify(pattern)}: a range is written [a-z], one character each side`);
          cls = `${esc(body[0] as string)}-${esc(body[2] as string)}`;
        } else {
          cls = body.replace(/\\(.)/g, "$1").split("").map(esc).join("");
        }
        if (cls === "") throw new GlobError(`${JSON.stringify(pattern)}: an empty [ ]`);
        out += `[${not ? "^" : ""}${cls}]`;
      } else if (c === "{") {
        const alternatives: string[] = [];
        for (;;) {
          alternatives.push(seq(true));
          if (i >= pattern.length) throw new GlobError(`${JSON.stringify(pattern)}: a { without its }`);
          if (pattern[i++] === "}") break;
        }
        out += `(?:${alternatives.join("|")})`;
      } else {
        out += esc(c);
      }
    }
    return out;
  };
  // Outside braces `}` and `,` are plain characters.
  return new RegExp(`^${seq(false)}$`);
}

/** A commander parser for `--include` / `--exclude`: a pattern that cannot be read is exit 2. */
export function globArg(flag: string): (value: string) => string {
  return (value) => {
    try {
      argoGlob(value);
    } catch (err) {
      if (err instanceof GlobError) throw new CommanderError(2, "calico-ipam-lint.invalidArgument", `${flag}: ${err.message}`);
      throw err;
    }
    return value;
  };
}

/** The selected files, relative to `root` with `/`, in Argo CD's order; or why there are none to use. */
export async function selectDirectory(root: string, sel: DirectorySelection): Promise<{ files: string[] } | { error: string }> {
  const include = sel.include ? argoGlob(sel.include) : undefined;
  const exclude = sel.exclude ? argoGlob(sel.exclude) : undefined;
  const files: string[] = [];
  const jsonnet: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const names = (await readdir(join(root, rel))).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) {
      const relPath = rel === "" ? name : `${rel}/${name}`;
      const abs = join(root, relPath);
      const info = await lstat(abs);
      if (info.isDirectory()) {
        // .git is never part of what Argo CD renders from.
        if (sel.recurse && name !== ".git") await walk(relPath);
        continue;
      }
      if (!MANIFEST.test(name)) continue;
      const real = info.isSymbolicLink() ? await stat(abs).catch(() => null) : info;
      if (!real?.isFile()) continue;
      if (exclude?.test(relPath)) continue;
      if (include && !include.test(relPath)) continue;
      if ((await readFile(abs)).includes(SKIP_MARKER)) continue;
      if (name.endsWith(".jsonnet")) jsonnet.push(relPath);
      else files.push(relPath);
    }
  };
  await walk("");
  if (jsonnet.length > 0) {
    return { error: `${jsonnet.join(", ")}: Argo CD would evaluate Jsonnet here, which the gate does not; exclude ${jsonnet.length === 1 ? "it" : "them"} (DIRECTORY_EXCLUDE) or render to YAML first` };
  }
  return { files };
}
