import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);

// src/report/formatters/paths.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
function repoPath(file, ctx) {
  if (file.startsWith("<") && file.endsWith(">")) return { relative: file };
  const abs = isAbsolute(file) ? file : resolve(ctx.cwd, file);
  const rel = relative(ctx.sourceRoot ?? ctx.cwd, abs);
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { absolute: abs };
  return { relative: rel.split(sep).join("/") };
}
var displayRepoPath = (file, ctx) => {
  const p = repoPath(file, ctx);
  return "relative" in p ? p.relative : p.absolute;
};
var utf8 = new TextEncoder();
function encodeUriPath(path) {
  let out = "";
  for (const ch of path) {
    if (/^[A-Za-z0-9\-._~!$&'()*+,;=@/]$/.test(ch)) out += ch;
    else for (const b of utf8.encode(ch)) out += `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
function fileUri(abs, directory = false) {
  const posix = abs.split(sep).join("/");
  const withRoot = posix.startsWith("/") ? posix : `/${posix}`;
  const uri = `file://${encodeUriPath(withRoot).replace(/^\/([A-Za-z])%3A/, "/$1:")}`;
  return directory && !uri.endsWith("/") ? `${uri}/` : uri;
}

export {
  repoPath,
  displayRepoPath,
  encodeUriPath,
  fileUri
};
