import { relative } from "node:path/posix";

/**
 * Argo CD ApplicationSets: the Applications their generators make, read from the repository's
 * files (argoproj/argo-cd applicationset/generators, applicationset/utils).
 */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const under = (dir: string, p: string): boolean => p === dir || p.startsWith(dir.endsWith("/") ? dir : `${dir}/`);

/** The Applications an ApplicationSet's list and git-directory generators make. */
export function expandApplicationSet(doc: Record<string, unknown>, repoRoots: readonly string[], dirs: ReadonlySet<string>): { apps: Record<string, unknown>[]; reasons: string[] } {
  const spec = isRecord(doc["spec"]) ? doc["spec"] : {};
  const template = isRecord(spec["template"]) ? spec["template"] : undefined;
  const name = isRecord(doc["metadata"]) ? (str(doc["metadata"]["name"]) ?? "") : "";
  if (!template) return { apps: [], reasons: [] };
  const goTemplate = spec["goTemplate"] === true;
  const params: Record<string, unknown>[] = [];
  const reasons: string[] = [];
  for (const g of list(spec["generators"]).filter(isRecord)) {
    if (isRecord(g["list"])) {
      for (const e of list(g["list"]["elements"]).filter(isRecord)) params.push(e);
    } else if (isRecord(g["git"])) {
      const entries = list(g["git"]["directories"]).filter(isRecord);
      const include = entries.filter((e) => e["exclude"] !== true).map((e) => globRegExp(str(e["path"]) ?? ""));
      const exclude = entries.filter((e) => e["exclude"] === true).map((e) => globRegExp(str(e["path"]) ?? ""));
      if (list(g["git"]["files"]).length > 0) reasons.push(`ApplicationSet ${name}: the git files generator is not followed`);
      // The first root (folder named, work tree) under which the globs match something.
      for (const root of repoRoots) {
        const found: Record<string, unknown>[] = [];
        for (const d of [...dirs].sort()) {
          if (!under(root, d) || d === root) continue;
          const rel = relative(root, d);
          if (!include.some((r) => r.test(rel)) || exclude.some((r) => r.test(rel))) continue;
          const segments = rel.split("/");
          const base = segments[segments.length - 1] ?? "";
          const normalized = base.replace(/[^a-zA-Z0-9-]/g, "-").toLowerCase();
          found.push(
            goTemplate
              ? { path: { path: rel, basename: base, basenameNormalized: normalized, segments } }
              : { path: rel, "path.basename": base, "path.basenameNormalized": normalized, ...Object.fromEntries(segments.map((s, i) => [`path[${i}]`, s])) },
          );
        }
        if (found.length > 0) {
          params.push(...found);
          break;
        }
      }
    } else {
      const kind = Object.keys(g)[0] ?? "unknown";
      reasons.push(`ApplicationSet ${name}: the ${kind} generator needs a live system and is not followed`);
    }
  }
  return { apps: params.map((p) => fill(template, p, goTemplate) as Record<string, unknown>), reasons };
}

function lookup(params: Record<string, unknown>, key: string, goTemplate: boolean): unknown {
  if (!goTemplate) return key in params ? params[key] : key.split(".").reduce<unknown>((o, k) => (isRecord(o) ? o[k] : undefined), params);
  return key
    .replace(/^\./, "")
    .split(".")
    .reduce<unknown>((o, k) => (isRecord(o) ? o[k] : undefined), params);
}

/** Replace `{{name}}` (or, with goTemplate, `{{ .name }}`) in every string of the template. */
function fill(v: unknown, params: Record<string, unknown>, goTemplate: boolean): unknown {
  if (typeof v === "string") {
    return v.replace(/\{\{\s*([.\w[\]-]+)\s*\}\}/g, (whole, key: string) => {
      const got = lookup(params, key, goTemplate);
      return typeof got === "string" || typeof got === "number" || typeof got === "boolean" ? String(got) : whole;
    });
  }
  if (Array.isArray(v)) return v.map((x) => fill(x, params, goTemplate));
  if (isRecord(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x, params, goTemplate)]));
  return v;
}

/** A path glob as Argo CD's git generator reads it (`*` within a segment, `**` across). */
function globRegExp(glob: string): RegExp {
  const g = glob.replace(/^\.\//, "").replace(/\/$/, "");
  let re = "";
  for (let i = 0; i < g.length; i++) {
    const c = g[i] ?? "";
    if (c === "*" && g[i + 1] === "*") {
      re += ".*";
      i++;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
