import { isAbsolute, relative, sep } from "node:path";
import { resolveIn } from "../../paths.js";
import type { FormatContext } from "../types.js";

/**
 * Where a finding's file lies for tools that want repository-relative paths (SARIF, GitHub
 * annotations): relative to the source root with forward slashes, or absolute when it lies outside.
 */
export function repoPath(file: string, ctx: FormatContext): { readonly relative: string } | { readonly absolute: string } {
  if (file.startsWith("<") && file.endsWith(">")) return { relative: file };
  const abs = isAbsolute(file) ? file : resolveIn(ctx.cwd, file);
  const rel = relative(ctx.sourceRoot ?? ctx.cwd, abs);
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { absolute: abs };
  return { relative: rel.split(sep).join("/") };
}

/** The path as one string: repository-relative where possible. */
export const displayRepoPath = (file: string, ctx: FormatContext): string => {
  const p = repoPath(file, ctx);
  return "relative" in p ? p.relative : p.absolute;
};

const utf8 = new TextEncoder();

/**
 * Percent-encode a path for a URI reference (RFC 3986): keeps unreserved characters and the
 * sub-delimiters that are safe in a path, encodes the rest as UTF-8 bytes. `:` is always encoded so
 * that a relative reference can never be read as a scheme.
 */
export function encodeUriPath(path: string): string {
  let out = "";
  for (const ch of path) {
    if (/^[A-Za-z0-9\-._~!$&'()*+,;=@/]$/.test(ch)) out += ch;
    else for (const b of utf8.encode(ch)) out += `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** A `file://` URI for an absolute path; directories get a trailing slash. */
export function fileUri(abs: string, directory = false): string {
  const posix = abs.split(sep).join("/");
  const withRoot = posix.startsWith("/") ? posix : `/${posix}`;
  const uri = `file://${encodeUriPath(withRoot).replace(/^\/([A-Za-z])%3A/, "/$1:")}`;
  return directory && !uri.endsWith("/") ? `${uri}/` : uri;
}
