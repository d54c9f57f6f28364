import { dirname, posix, relative } from "node:path/posix";
import { parseSource } from "../load/index.js";
import { toPlain } from "../model/index.js";
import type { ParamSource } from "./types.js";

/**
 * Argo CD ApplicationSets: the Applications their generators make, read from the repository's
 * files as the ApplicationSet controller makes them (argoproj/argo-cd applicationset/generators/*.go,
 * applicationset/utils/utils.go `Render.Replace`). What needs a live system (pull requests, SCM
 * providers, plugins, cluster decisions, clusters registered out of band) is said, never guessed.
 */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const under = (dir: string, p: string): boolean => p === dir || p.startsWith(dir.endsWith("/") ? dir : `${dir}/`);

type Params = Record<string, unknown>;

/** What an ApplicationSet's generators may read: this repository's folders and files. */
export interface AppSetInput {
  readonly repoRoots: readonly string[];
  /** Every folder holding a file found. */
  readonly dirs: ReadonlySet<string>;
  /** Every file found (absolute paths). */
  readonly files: readonly string[];
  /** The plain data of a file's documents (the git files generator reads any JSON or YAML file). */
  readonly docsOf: (path: string) => readonly unknown[];
  /** Argo CD cluster Secrets defined in the repository, and those held encrypted. */
  readonly clusters: ClusterSecrets;
  /** Filled in: the ApplicationSets whose clusters generator found no cluster Secret (said once, by `clustersUnknown`). */
  readonly withoutSecrets: { file: string; name: string; selecting: boolean }[];
}

/** One sentence for every ApplicationSet whose clusters generator found no cluster Secret in the files. */
export function clustersUnknown(input: AppSetInput): { file: string; reason: string } | undefined {
  const sets = input.withoutSecrets;
  const first = sets[0];
  if (!first) return undefined;
  const names = [...new Set(sets.map((s) => s.name))];
  const gives = sets.every((s) => s.selecting) ? "no cluster" : sets.some((s) => s.selecting) ? "in-cluster only (none where a selector is set)" : "in-cluster only";
  return {
    file: first.file,
    reason: `no Argo CD cluster Secret is defined in the files, so the clusters generator of ApplicationSet ${names.join(", ")} gives ${gives}; clusters registered with Argo CD otherwise (argocd cluster add) are not known`,
  };
}

export interface ClusterSecret {
  readonly name: string;
  readonly server: string;
  readonly project: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
}

export interface ClusterSecrets {
  readonly secrets: readonly ClusterSecret[];
  /** Cluster Secrets whose data the files do not show (SealedSecret, ExternalSecret, …), by kind and name. */
  readonly hidden: readonly string[];
}

const SECRET_TYPE = "argocd.argoproj.io/secret-type";
/** argo-cd pkg/apis/application/v1alpha1/application_defaults.go */
const IN_CLUSTER_NAME = "in-cluster";
const IN_CLUSTER_SERVER = "https://kubernetes.default.svc";

const labelsOf = (meta: unknown, key: "labels" | "annotations"): Record<string, string> => {
  const m = isRecord(meta) && isRecord(meta[key]) ? meta[key] : {};
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, typeof v === "string" ? v : String(v)]));
};

/** Argo CD's cluster Secrets (label `argocd.argoproj.io/secret-type: cluster`) among the documents. */
export function clusterSecrets(docs: readonly unknown[]): ClusterSecrets {
  const secrets: ClusterSecret[] = [];
  const hidden: string[] = [];
  for (const doc of docs) {
    if (!isRecord(doc)) continue;
    const kind = str(doc["kind"]);
    const meta = doc["metadata"];
    const name = (isRecord(meta) ? str(meta["name"]) : undefined) ?? "(unnamed)";
    if (kind === "Secret" && (str(doc["apiVersion"]) ?? "v1") === "v1") {
      if (labelsOf(meta, "labels")[SECRET_TYPE] !== "cluster") continue;
      // The API server merges stringData over data (base64).
      const data: Record<string, string> = {};
      if (isRecord(doc["data"])) {
        for (const [k, v] of Object.entries(doc["data"])) if (typeof v === "string") data[k] = Buffer.from(v, "base64").toString("utf8");
      }
      if (isRecord(doc["stringData"])) for (const [k, v] of Object.entries(doc["stringData"])) if (typeof v === "string") data[k] = v;
      if (data["server"] === undefined) {
        hidden.push(`Secret ${name} (no server)`);
        continue;
      }
      secrets.push({ name: data["name"] ?? "", server: data["server"], project: data["project"] ?? "", labels: labelsOf(meta, "labels"), annotations: labelsOf(meta, "annotations") });
      continue;
    }
    // Encrypted or fetched Secrets: the cluster's name and server are not in the files.
    const spec = isRecord(doc["spec"]) ? doc["spec"] : {};
    const templates = [spec["template"], isRecord(spec["target"]) ? spec["target"]["template"] : undefined];
    if (kind && kind !== "Secret" && templates.some((t) => isRecord(t) && labelsOf(t["metadata"], "labels")[SECRET_TYPE] === "cluster")) hidden.push(`${kind} ${name}`);
  }
  return { secrets, hidden };
}

/** The ApplicationSet could not be followed as Argo CD generates it (Argo CD reports an error and generates nothing). */
class Refused extends Error {}
/** A generator needs what the files do not hold. */
class NotFollowed extends Error {}

interface Ctx {
  readonly input: AppSetInput;
  /** The ApplicationSet's document index in its file. */
  readonly doc: number;
  readonly goTemplate: boolean;
  readonly options: readonly string[];
  readonly name: string;
  readonly file: string;
  readonly reasons: string[];
}

const say = (ctx: Ctx, reason: string): void => {
  const r = `ApplicationSet ${ctx.name}: ${reason}`;
  if (!ctx.reasons.includes(r)) ctx.reasons.push(r);
};

/** Where each parameter set's values were written (a list element, a git files generator's file). */
const ORIGINS = new WeakMap<Params, readonly ParamSource[]>();
const originsOf = (p: Params): readonly ParamSource[] => ORIGINS.get(p) ?? [];
const withOrigins = (p: Params, o: readonly ParamSource[]): Params => {
  if (o.length > 0) ORIGINS.set(p, o);
  return p;
};

/** The leaves of written data as parameters: name (dotted), text, keys from `at`. */
function leaves(data: unknown, file: string, doc: number, at: readonly (string | number)[]): ParamSource[] {
  const out: ParamSource[] = [];
  const walk = (v: unknown, keys: (string | number)[]): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...keys, i]));
    else if (isRecord(v)) for (const [k, x] of Object.entries(v)) walk(x, [...keys, k]);
    else if (keys.length > 0) out.push({ name: keys.join("."), value: goString(v), file, doc, path: [...at, ...keys] });
  };
  walk(data, []);
  return out;
}

/**
 * The Applications an ApplicationSet's generators make, what was not followed, and for each
 * Application where the parameters it was made from were written (`params`, by index).
 */
export function expandApplicationSet(doc: Record<string, unknown>, file: string, input: AppSetInput, docIndex = 0): { apps: Record<string, unknown>[]; params: (readonly ParamSource[])[]; reasons: string[] } {
  const spec = isRecord(doc["spec"]) ? doc["spec"] : {};
  const template = isRecord(spec["template"]) ? spec["template"] : {};
  const name = isRecord(doc["metadata"]) ? (str(doc["metadata"]["name"]) ?? "") : "";
  const ctx: Ctx = {
    input,
    doc: docIndex,
    goTemplate: spec["goTemplate"] === true,
    options: list(spec["goTemplateOptions"]).filter((o): o is string => typeof o === "string"),
    name,
    file,
    reasons: [],
  };
  if (str(spec["templatePatch"])) say(ctx, "its templatePatch is not applied");
  const apps: Record<string, unknown>[] = [];
  const params: (readonly ParamSource[])[] = [];
  for (const [gi, g] of list(spec["generators"]).entries()) {
    if (!isRecord(g)) continue;
    let made: Params[] | null;
    try {
      made = transform(g, ctx, {}, ["spec", "generators", gi]);
    } catch (e) {
      if (e instanceof Refused) {
        say(ctx, `Argo CD generates no Application from it: ${e.message}`);
        return { apps: [], params: [], reasons: ctx.reasons };
      }
      if (e instanceof NotFollowed) {
        say(ctx, e.message);
        continue;
      }
      throw e;
    }
    // A generator's own template, filled in from the ApplicationSet's (generator_spec_processor.go mergeGeneratorTemplate).
    const own = isRecord(g[kindOf(g) ?? ""]) ? (g[kindOf(g) ?? ""] as Record<string, unknown>)["template"] : undefined;
    const tpl = isRecord(own) ? fillEmpty(own, template) : template;
    for (const p of made ?? []) {
      const r = renderValue(tpl, p, ctx);
      if (r.error !== undefined) {
        say(ctx, `Argo CD generates no Application from it: ${r.error}`);
        return { apps: [], params: [], reasons: ctx.reasons };
      }
      const app = r.value as Record<string, unknown>;
      const left = unrendered(app);
      if (left) {
        say(ctx, `${left} holds a template expression that is not rendered here; that Application is not followed`);
        continue;
      }
      apps.push({ apiVersion: "argoproj.io/v1alpha1", kind: "Application", ...app, spec: withClusterName(app["spec"], input.clusters) });
      params.push(originsOf(p));
    }
  }
  return { apps, params, reasons: ctx.reasons };
}

const GENERATORS = ["list", "clusters", "git", "scmProvider", "clusterDecisionResource", "pullRequest", "matrix", "merge", "plugin"];
const LIVE: Record<string, string> = {
  scmProvider: "the scmProvider generator asks an SCM provider's API",
  pullRequest: "the pullRequest generator asks an SCM provider's API",
  plugin: "the plugin generator asks a plugin service",
  clusterDecisionResource: "the clusterDecisionResource generator reads a resource in the cluster",
};

function kindOf(g: Record<string, unknown>): string | undefined {
  return GENERATORS.find((k) => g[k] !== undefined && g[k] !== null) ?? Object.keys(g).find((k) => k !== "selector");
}

/**
 * One generator's parameter sets (generator_spec_processor.go `Transform`): the generator's fields
 * interpolated with `outer` (a matrix's first generator's parameters), its parameters, then its
 * `selector` over the flattened parameters. Null when it is not followed.
 */
function transform(g: Record<string, unknown>, ctx: Ctx, outer: Params, at: readonly (string | number)[]): Params[] {
  const kind = kindOf(g);
  if (!kind) throw new Refused("a generator names no kind");
  let spec = g[kind];
  if (Object.keys(outer).length > 0) {
    const r = renderValue(spec, outer, ctx, true);
    if (r.error !== undefined) throw new Refused(r.error);
    spec = r.value;
  }
  const s = isRecord(spec) ? spec : {};
  let params: Params[];
  if (kind === "list") params = listParams(s, ctx, [...at, "list"]);
  else if (kind === "git") params = gitParams(s, ctx);
  else if (kind === "clusters") params = clusterParams(s, ctx);
  else if (kind === "matrix") params = matrixParams(s, ctx, [...at, "matrix"]);
  else if (kind === "merge") params = mergeParams(s, ctx, [...at, "merge"]);
  else throw new NotFollowed(`${LIVE[kind] ?? `the ${kind} generator is unknown to Argo CD`} and is not followed`);
  const selector = g["selector"];
  if (isRecord(selector)) params = params.filter((p) => selects(selector, flattenParams(p)));
  return params;
}

/** list.go: elements (flat: string values, `values.*`), then elementsYaml. */
function listParams(s: Record<string, unknown>, ctx: Ctx, at: readonly (string | number)[]): Params[] {
  const out: Params[] = [];
  for (const [i, e] of list(s["elements"]).entries()) {
    if (!isRecord(e)) throw new Refused("a list element is not an object");
    const written = leaves(e, ctx.file, ctx.doc, [...at, "elements", i]);
    if (ctx.goTemplate) {
      out.push(withOrigins(jsonValues(e) as Params, written));
      continue;
    }
    const p: Params = {};
    for (const [k, v] of Object.entries(e)) {
      if (k === "values") {
        if (!isRecord(v)) throw new Refused("error parsing values map");
        for (const [vk, vv] of Object.entries(v)) {
          if (typeof vv !== "string") throw new Refused(`the list element value values.${vk} is not a string`);
          p[`values.${vk}`] = vv;
        }
      } else {
        if (typeof v !== "string") throw new Refused(`the list element value ${k} is not a string (goTemplate is false)`);
        p[k] = v;
      }
    }
    out.push(withOrigins(p, written));
  }
  const y = str(s["elementsYaml"]);
  if (y) {
    const parsed = yamlData(y);
    if (!Array.isArray(parsed)) throw new Refused("elementsYaml is not a list");
    for (const e of parsed) if (isRecord(e)) out.push(e);
  }
  return out;
}

/** YAML read as sigs.k8s.io/yaml reads it (through JSON: numbers are float64). */
function yamlData(text: string): unknown {
  const f = parseSource("<generator>", text);
  if (f.problems.length > 0) throw new Refused(`cannot parse YAML: ${f.problems[0]?.message ?? ""}`);
  return jsonValues(toPlain(f.documents[0]?.root ?? undefined));
}

/** Plain data as Go holds it after json.Unmarshal: numbers become float64 (printed by `%v`). */
function jsonValues(v: unknown): unknown {
  if (typeof v === "bigint") return Number(v);
  if (Array.isArray(v)) return v.map(jsonValues);
  if (isRecord(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, jsonValues(x)]));
  return v;
}

/** Go's `%v` of a value decoded from JSON. */
function goString(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return goFloat(v);
  if (typeof v === "boolean") return String(v);
  if (v === null || v === undefined) return "<nil>";
  if (Array.isArray(v)) return `[${v.map(goString).join(" ")}]`;
  if (isRecord(v)) return `map[${Object.keys(v).sort().map((k) => `${k}:${goString(v[k])}`).join(" ")}]`;
  return String(v);
}

/** strconv.FormatFloat(f, 'g', -1, 64), as fmt's %v prints a float64: the shortest digits, %e from 1e6 up and below 1e-4. */
function goFloat(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? "+Inf" : n < 0 ? "-Inf" : "NaN";
  if (n === 0) return Object.is(n, -0) ? "-0" : "0";
  const [mant, expText] = n.toExponential().split("e");
  const exp = Number(expText);
  if (exp < -4 || exp >= 6) {
    const e = Math.abs(exp);
    return `${mant}e${exp < 0 ? "-" : "+"}${e < 10 ? `0${e}` : e}`;
  }
  return String(n);
}

/** Argo CD's SanitizeName (applicationset/utils/template_functions.go). */
export function sanitizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^-a-z0-9.]/g, "-")
    .slice(0, 253)
    .replace(/^[-.]+|[-.]+$/g, "");
}

/** git.go: directories (path.Match, hidden folders skipped), else files. */
function gitParams(s: Record<string, unknown>, ctx: Ctx): Params[] {
  const prefix = str(s["pathParamPrefix"]) ?? "";
  const values = isRecord(s["values"]) ? s["values"] : {};
  const dirsSpec = list(s["directories"]).filter(isRecord);
  const filesSpec = list(s["files"]).filter(isRecord);
  if (dirsSpec.length === 0 && filesSpec.length === 0) throw new Refused("a git generator with neither directories nor files");
  if (dirsSpec.length > 0) {
    for (const root of ctx.input.repoRoots) {
      const found: string[] = [];
      for (const d of [...ctx.input.dirs].sort()) {
        if (!under(root, d) || d === root) continue;
        const rel = relative(root, d);
        if (rel.split("/").some((seg) => seg.startsWith("."))) continue;
        let include = false;
        let exclude = false;
        for (const e of dirsSpec) {
          if (!goPathMatch(String(e["path"] ?? ""), rel)) continue;
          if (e["exclude"] === true) exclude = true;
          else include = true;
        }
        if (include && !exclude) found.push(rel);
      }
      if (found.length > 0) return found.map((rel) => withValues(pathParams(rel, undefined, prefix, ctx), values, ctx));
    }
    return [];
  }
  const include = filesSpec.filter((e) => e["exclude"] !== true).map((e) => String(e["path"] ?? ""));
  const exclude = filesSpec.filter((e) => e["exclude"] === true).map((e) => String(e["path"] ?? ""));
  for (const root of ctx.input.repoRoots) {
    const found = ctx.input.files
      .filter((f) => under(root, f) && f !== root)
      .map((f) => relative(root, f))
      .filter((rel) => include.some((p) => gitPathspecMatch(p, rel)) && !exclude.some((p) => gitPathspecMatch(p, rel)))
      .sort();
    if (found.length === 0) continue;
    const out: Params[] = [];
    for (const rel of found) {
      const docs = ctx.input.docsOf(posix.join(root, rel));
      const data = jsonValues(docs[0] ?? {});
      const objects = isRecord(data) ? [data] : Array.isArray(data) ? data : null;
      if (!objects || objects.some((o) => !isRecord(o))) throw new Refused(`unable to process file '${rel}': not an object or a list of objects`);
      (objects as Params[]).forEach((o, oi) => {
        const written = leaves(o, posix.join(root, rel), 0, Array.isArray(data) ? [oi] : []);
        out.push(withOrigins(withValues(pathParams(dirname(rel), rel, prefix, ctx, o), values, ctx), written));
      });
    }
    return out;
  }
  return [];
}

/** The `path` parameters of a folder (and a file), after the file's own (flattened unless goTemplate). */
function pathParams(dir: string, file: string | undefined, prefix: string, ctx: Ctx, content?: Params): Params {
  const base = posix.basename(dir) || dir;
  if (ctx.goTemplate) {
    const p: Params = { ...(content ?? {}) };
    const path: Params = { path: dir, basename: base };
    if (file !== undefined) path["filename"] = posix.basename(file);
    path["basenameNormalized"] = sanitizeName(base);
    if (file !== undefined) path["filenameNormalized"] = sanitizeName(posix.basename(file));
    path["segments"] = dir.split("/");
    if (prefix) p[prefix] = { path };
    else p["path"] = path;
    return p;
  }
  const p: Params = {};
  if (content) for (const [k, v] of flatten(content)) p[k] = goString(v);
  const n = prefix ? `${prefix}.path` : "path";
  p[n] = dir;
  p[`${n}.basename`] = base;
  if (file !== undefined) p[`${n}.filename`] = posix.basename(file);
  p[`${n}.basenameNormalized`] = sanitizeName(base);
  if (file !== undefined) p[`${n}.filenameNormalized`] = sanitizeName(posix.basename(file));
  dir.split("/").forEach((seg, i) => {
    if (seg !== "") p[`${n}[${i}]`] = seg;
  });
  return p;
}

/** jeremywohl/flatten DotStyle: nested maps and lists to `a.b`, `a.0`; empty ones vanish. */
function flatten(v: unknown, prefix = ""): [string, unknown][] {
  const out: [string, unknown][] = [];
  const entries: [string, unknown][] = Array.isArray(v) ? v.map((x, i) => [String(i), x]) : isRecord(v) ? Object.entries(v) : [];
  for (const [k, x] of entries) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (Array.isArray(x) || isRecord(x)) out.push(...flatten(x, key));
    else out.push([key, x]);
  }
  return out;
}

function flattenParams(p: Params): Record<string, string> {
  return Object.fromEntries(flatten(p).map(([k, v]) => [k, goString(v)]));
}

/** value_interpolation.go appendTemplatedValues: `values` rendered with the parameters. */
function withValues(p: Params, values: Record<string, unknown>, ctx: Ctx): Params {
  const entries = Object.entries(values).filter((e): e is [string, string] => typeof e[1] === "string");
  if (entries.length === 0) return p;
  const keep = (q: Params): Params => withOrigins(q, originsOf(p));
  const done: Record<string, string> = {};
  for (const [k, v] of entries) {
    const r = replace(v, p, ctx);
    if (r.error !== undefined) throw new Refused(r.error);
    done[k] = r.text;
  }
  if (ctx.goTemplate) return keep({ ...p, values: done });
  return keep({ ...p, ...Object.fromEntries(Object.entries(done).map(([k, v]) => [`values.${k}`, v])) });
}

/** cluster.go: the cluster Secrets the selector picks, and in-cluster unless a selector is set or a Secret names it. */
function clusterParams(s: Record<string, unknown>, ctx: Ctx): Params[] {
  const { secrets, hidden } = ctx.input.clusters;
  if (hidden.length > 0) throw new NotFollowed(`the clusters generator is not followed: the cluster Secrets ${hidden.join(", ")} are not readable in the files`);
  const selector = isRecord(s["selector"]) ? s["selector"] : {};
  const selecting = Object.keys(isRecord(selector["matchLabels"]) ? selector["matchLabels"] : {}).length > 0 || list(selector["matchExpressions"]).length > 0;
  // getSecretsByClusterName: one per cluster name, the last listed wins.
  const byName = new Map<string, ClusterSecret>();
  for (const c of secrets) if (selects(selector, c.labels)) byName.set(c.name, c);
  const values = isRecord(s["values"]) ? s["values"] : {};
  const out: Params[] = [];
  for (const c of byName.values()) {
    const p: Params = { name: c.name, nameNormalized: sanitizeName(c.name), server: c.server, project: c.project };
    if (ctx.goTemplate) {
      const meta: Params = {};
      if (Object.keys(c.annotations).length > 0) meta["annotations"] = c.annotations;
      if (Object.keys(c.labels).length > 0) meta["labels"] = c.labels;
      p["metadata"] = meta;
    } else {
      for (const [k, v] of Object.entries(c.annotations)) p[`metadata.annotations.${k}`] = v;
      for (const [k, v] of Object.entries(c.labels)) p[`metadata.labels.${k}`] = v;
    }
    out.push(withValues(p, values, ctx));
  }
  if (!selecting && !secrets.some((c) => c.server === IN_CLUSTER_SERVER)) {
    out.push(withValues({ name: IN_CLUSTER_NAME, nameNormalized: IN_CLUSTER_NAME, server: IN_CLUSTER_SERVER, project: "" }, values, ctx));
  }
  if (secrets.length === 0 && !ctx.input.withoutSecrets.some((w) => w.file === ctx.file && w.name === ctx.name && w.selecting === selecting)) {
    ctx.input.withoutSecrets.push({ file: ctx.file, name: ctx.name, selecting });
  }
  // flatList: one parameter set holding every cluster (cluster.go paramHolder.consolidate).
  return s["flatList"] === true ? [{ clusters: out }] : out;
}

const MAX_DEPTH = 8;
let depth = 0;

/** A matrix's or merge's child: one generator, nested matrix and merge included. */
function child(g: unknown, ctx: Ctx, outer: Params, at: readonly (string | number)[]): Params[] {
  if (!isRecord(g)) throw new Refused("a child generator is not an object");
  if (depth >= MAX_DEPTH) throw new Refused("generators nested too deep");
  depth++;
  try {
    return transform(g, ctx, outer, at);
  } finally {
    depth--;
  }
}

/** matrix.go: two generators, the second interpolated with each of the first's parameter sets. */
function matrixParams(s: Record<string, unknown>, ctx: Ctx, at: readonly (string | number)[]): Params[] {
  const gens = list(s["generators"]);
  if (gens.length < 2) throw new Refused("found less than two generators, Matrix support only two");
  if (gens.length > 2) throw new Refused("found more than two generators, Matrix support only two");
  const out: Params[] = [];
  for (const a of child(gens[0], ctx, {}, [...at, "generators", 0])) {
    for (const b of child(gens[1], ctx, a, [...at, "generators", 1])) {
      const written = [...originsOf(a), ...originsOf(b)];
      if (ctx.goTemplate) out.push(withOrigins(deepMerge(deepMerge({}, b), a), written));
      else {
        // utils.CombineStringMaps: the same key with two values is an error.
        const res: Params = Object.fromEntries(Object.entries(a).map(([k, v]) => [k, goString(v)]));
        for (const [k, v] of Object.entries(b)) {
          const sv = goString(v);
          if (k in res && res[k] !== sv) throw new Refused(`found duplicate key ${k} with different value, a: ${String(res[k])} ,b: ${sv}`);
          res[k] = sv;
        }
        out.push(withOrigins(res, written));
      }
    }
  }
  return out;
}

/** merge.go: the first generator's sets, each overridden by the later sets with the same mergeKeys values. */
function mergeParams(s: Record<string, unknown>, ctx: Ctx, at: readonly (string | number)[]): Params[] {
  const gens = list(s["generators"]);
  if (gens.length < 2) throw new Refused("found less than two generators, Merge requires two or more");
  const keys = [...new Set(list(s["mergeKeys"]).map(String))].sort();
  if (keys.length === 0) throw new Refused("no merge keys were specified, Merge requires at least one");
  const byKey = (sets: Params[]): Map<string, Params> => {
    const m = new Map<string, Params>();
    for (const p of sets) {
      const k = JSON.stringify(Object.fromEntries(keys.map((key) => [key, p[key] ?? null])));
      if (m.has(k)) throw new Refused(`the parameters from a generator were not unique by the given mergeKeys, Merge requires all param sets to be unique. Duplicate key was ${k}`);
      m.set(k, p);
    }
    return m;
  };
  const sets = gens.map((g, i) => child(g, ctx, {}, [...at, "generators", i]));
  const base = byKey(sets[0] ?? []);
  for (const later of sets.slice(1)) {
    const other = byKey(later);
    for (const [k, p] of base) {
      const o = other.get(k);
      if (o) base.set(k, withOrigins(ctx.goTemplate ? deepMerge(p, o) : { ...p, ...o }, [...originsOf(o), ...originsOf(p)]));
    }
  }
  return [...base.values()];
}

/** mergo.Merge with WithOverride: maps merge deeply; a non-empty value of `b` wins. */
function deepMerge(a: Params, b: Params): Params {
  const out: Params = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (isRecord(v) && isRecord(out[k])) out[k] = deepMerge(out[k] as Params, v);
    else if (!(v === "" || v === null || v === undefined || v === 0 || v === false || (Array.isArray(v) && v.length === 0))) out[k] = v;
    else if (!(k in out)) out[k] = v;
  }
  return out;
}

/** mergo.Merge without override: `a`'s empty fields taken from `b`. */
function fillEmpty(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    if (isRecord(cur) && isRecord(v)) out[k] = fillEmpty(cur, v);
    else if (cur === undefined || cur === null || cur === "" || (Array.isArray(cur) && cur.length === 0)) out[k] = v;
  }
  return out;
}

/** A Kubernetes label selector (matchLabels, matchExpressions) over a set of labels. */
function selects(selector: Record<string, unknown>, labels: Readonly<Record<string, string>>): boolean {
  const ml = isRecord(selector["matchLabels"]) ? selector["matchLabels"] : {};
  for (const [k, v] of Object.entries(ml)) if (labels[k] !== String(v)) return false;
  for (const e of list(selector["matchExpressions"]).filter(isRecord)) {
    const key = String(e["key"] ?? "");
    const vals = list(e["values"]).map(String);
    const has = Object.hasOwn(labels, key);
    const op = String(e["operator"] ?? "");
    if (op === "In" && !(has && vals.includes(labels[key] ?? ""))) return false;
    if (op === "NotIn" && has && vals.includes(labels[key] ?? "")) return false;
    if (op === "Exists" && !has) return false;
    if (op === "DoesNotExist" && has) return false;
  }
  return true;
}

/** A destination given by server only names the cluster its Secret names. */
function withClusterName(spec: unknown, clusters: ClusterSecrets): unknown {
  if (!isRecord(spec) || !isRecord(spec["destination"])) return spec;
  const d = spec["destination"];
  if (str(d["name"]) || !str(d["server"])) return spec;
  const c = clusters.secrets.find((x) => x.server === d["server"] && x.name);
  return c ? { ...spec, destination: { ...d, name: c.name } } : spec;
}

/** The first field the layout reads that still holds `{{`, if any. */
function unrendered(app: Record<string, unknown>): string | undefined {
  const spec = isRecord(app["spec"]) ? app["spec"] : {};
  const dest = isRecord(spec["destination"]) ? spec["destination"] : {};
  const meta = isRecord(app["metadata"]) ? app["metadata"] : {};
  const fields: [string, unknown][] = [
    ["metadata.name", meta["name"]],
    ["destination.name", dest["name"]],
    ["destination.server", dest["server"]],
    ["destination.namespace", dest["namespace"]],
  ];
  const sources = [...(isRecord(spec["source"]) ? [spec["source"]] : []), ...list(spec["sources"]).filter(isRecord)];
  for (const s of sources) {
    fields.push(["source.path", s["path"]]);
    const helm = isRecord(s["helm"]) ? s["helm"] : {};
    fields.push(["helm.releaseName", helm["releaseName"]], ["helm.values", helm["values"]]);
    for (const v of list(helm["valueFiles"])) fields.push(["helm.valueFiles", v]);
  }
  for (const [name, v] of fields) if (typeof v === "string" && v.includes("{{")) return `its template's ${name} (${JSON.stringify(v)})`;
  return undefined;
}

/** Every string (and map key) of a value rendered with the parameters (utils.go deeplyReplace). */
function renderValue(v: unknown, params: Params, ctx: Ctx, generator = false): { value: unknown; error?: string } {
  let error: string | undefined;
  const walk = (x: unknown): unknown => {
    if (error !== undefined) return x;
    if (typeof x === "string") {
      const r = replace(x, params, ctx);
      if (r.error !== undefined) error = r.error;
      return r.text;
    }
    if (Array.isArray(x)) return x.map(walk);
    if (isRecord(x)) {
      const out: Record<string, unknown> = {};
      for (const [k, val] of Object.entries(x)) {
        if (val === null) continue;
        // RenderGeneratorParams: a nested generator's `values` keep what does not resolve.
        if (generator && k === "values" && isRecord(val)) {
          out[k] = Object.fromEntries(
            Object.entries(val).map(([vk, vv]) => {
              if (typeof vv !== "string") return [vk, vv];
              const r = replace(vv, params, { ...ctx, options: [...ctx.options.filter((o) => !o.startsWith("missingkey=")), "missingkey=error"] });
              return [vk, r.error !== undefined ? vv : r.text];
            }),
          );
          continue;
        }
        const key = replace(k, params, ctx);
        if (key.error !== undefined) error = key.error;
        out[key.text] = walk(val);
      }
      return out;
    }
    return x;
  };
  const value = walk(v);
  return error !== undefined ? { value, error } : { value };
}

/**
 * utils.go `Render.Replace`. Without goTemplate, fasttemplate: `{{ key }}` becomes the parameter
 * when it is a string, else stays as written. With goTemplate, Go's text/template: field chains
 * (`.path.basename`), `index`, and the functions `normalize`, `lower`, `upper`, `default`,
 * `quote`; anything else is left as written (and the Application not followed).
 */
export function replace(tmpl: string, params: Params, ctx: Pick<Ctx, "goTemplate" | "options">): { text: string; error?: string } {
  if (!ctx.goTemplate) {
    if (!/\{\{.*\}\}/.test(tmpl)) return { text: tmpl };
    let out = "";
    let i = 0;
    for (;;) {
      const a = tmpl.indexOf("{{", i);
      if (a === -1) return { text: out + tmpl.slice(i) };
      const b = tmpl.indexOf("}}", a + 2);
      if (b === -1) return { text: tmpl, error: `invalid template: cannot find end tag "}}" in ${JSON.stringify(tmpl)}` };
      const tag = tmpl.slice(a + 2, b);
      const v = params[tag.trim()];
      out += tmpl.slice(i, a) + (tag.trim() !== "" && typeof v === "string" ? v : `{{${tag}}}`);
      i = b + 2;
    }
  }
  const missing = ctx.options.filter((o) => o.startsWith("missingkey=")).pop()?.slice("missingkey=".length) ?? "default";
  let out = "";
  let i = 0;
  while (i < tmpl.length) {
    const a = tmpl.indexOf("{{", i);
    if (a === -1) {
      out += tmpl.slice(i);
      break;
    }
    const b = tmpl.indexOf("}}", a + 2);
    if (b === -1) return { text: tmpl, error: `failed to parse template ${tmpl}: unclosed action` };
    let text = tmpl.slice(i, a);
    let body = tmpl.slice(a + 2, b);
    if (/^-\s/.test(body)) {
      text = text.replace(/\s+$/, "");
      body = body.slice(1);
    }
    let trimAfter = false;
    if (/\s-$/.test(body)) {
      trimAfter = true;
      body = body.slice(0, -1);
    }
    const r = evalPipeline(body.trim(), params, missing);
    if (r === UNSUPPORTED) return { text: tmpl };
    if (r instanceof TplError) return { text: tmpl, error: `failed to execute go template ${tmpl}: ${r.message}` };
    out += text + (r === undefined ? "<no value>" : goString(r));
    i = b + 2;
    if (trimAfter) while (i < tmpl.length && /\s/.test(tmpl[i] ?? "")) i++;
  }
  return { text: out };
}

const UNSUPPORTED = Symbol("unsupported");
/** text/template's execution error. */
class TplError {
  constructor(readonly message: string) {}
}

/** A pipeline of text/template: commands separated by `|`, each an operand or a supported function. */
function evalPipeline(body: string, params: Params, missing: string): unknown {
  if (body.startsWith("/*") || body === "") return "";
  const cmds = splitOutside(body, "|");
  let value: unknown = UNSUPPORTED;
  let first = true;
  for (const cmd of cmds) {
    const words = tokens(cmd.trim());
    if (!words || words.length === 0) return UNSUPPORTED;
    const args: unknown[] = [];
    for (const w of words.slice(1)) {
      const v = operand(w, params, missing);
      if (v === UNSUPPORTED || v instanceof TplError) return v;
      args.push(v);
    }
    if (!first) args.push(value);
    first = false;
    const head = words[0] ?? "";
    if (words.length === 1 && args.length === 0) {
      value = operand(head, params, missing);
      if (value === UNSUPPORTED || value instanceof TplError) return value;
      continue;
    }
    const s = (x: unknown): string => (x === undefined ? "<no value>" : goString(x));
    switch (head) {
      case "normalize":
        value = sanitizeName(s(args[0]));
        break;
      case "lower":
        value = s(args[0]).toLowerCase();
        break;
      case "upper":
        value = s(args[0]).toUpperCase();
        break;
      case "quote":
        value = args.map((x) => JSON.stringify(x === undefined || x === null ? "" : goString(x))).join(" ");
        break;
      case "default": {
        const given = args[1];
        const empty = given === undefined || given === null || given === "" || given === 0 || given === false || (Array.isArray(given) && given.length === 0) || (isRecord(given) && Object.keys(given).length === 0);
        value = empty ? args[0] : given;
        break;
      }
      case "index": {
        let cur = args[0];
        for (const k of args.slice(1)) {
          if (Array.isArray(cur) && typeof k === "number") cur = cur[k];
          else if (isRecord(cur) && typeof k === "string") cur = cur[k];
          else return new TplError(`error calling index: cannot index ${goString(cur)} with ${goString(k)}`);
        }
        value = cur;
        break;
      }
      default:
        if (words.length === 1 && head.startsWith(".")) {
          value = operand(head, params, missing);
          break;
        }
        return UNSUPPORTED;
    }
  }
  return value;
}

function splitOutside(s: string, sep: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quote: string | null = null;
  for (const c of s) {
    if (quote) {
      if (c === quote) quote = null;
      cur += c;
    } else if (c === '"' || c === "`") {
      quote = c;
      cur += c;
    } else if (c === sep) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function tokens(s: string): string[] | null {
  const out = s.match(/"(?:[^"\\]|\\.)*"|`[^`]*`|[^\s]+/g);
  return out ?? null;
}

/** `.a.b`, `$.a`, a string or number literal. */
function operand(w: string, params: Params, missing: string): unknown {
  if (/^"(?:[^"\\]|\\.)*"$/.test(w)) {
    try {
      return JSON.parse(w) as string;
    } catch {
      return UNSUPPORTED;
    }
  }
  if (/^`[^`]*`$/.test(w)) return w.slice(1, -1);
  if (/^-?\d+$/.test(w)) return Number(w);
  if (w === "true" || w === "false") return w === "true";
  const path = w.startsWith("$.") ? w.slice(1) : w;
  if (path === ".") return params;
  if (!/^(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(path)) return UNSUPPORTED;
  let cur: unknown = params;
  const keys = path.slice(1).split(".");
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] ?? "";
    if (!isRecord(cur)) return new TplError(`nil pointer evaluating interface {}.${k}`);
    if (!Object.hasOwn(cur, k)) {
      if (missing === "error") return new TplError(`map has no entry for key "${k}"`);
      if (i < keys.length - 1) return new TplError(`nil pointer evaluating interface {}.${keys[i + 1] ?? ""}`);
      return undefined;
    }
    cur = cur[k];
  }
  return cur;
}

/** Go's path.Match (the git directories generator): `*` and `?` within a segment, `[…]` classes, `\` escapes. */
export function goPathMatch(pattern: string, name: string): boolean {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? "";
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "\\" && i + 1 < pattern.length) re += escapeRe(pattern[++i] ?? "");
    else if (c === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end === -1) return false;
      let cls = pattern.slice(i + 1, end);
      const neg = cls.startsWith("^");
      if (neg) cls = cls.slice(1);
      re += `(?!/)[${neg ? "^" : ""}${cls.replace(/[\]\\]/g, "\\$&")}]`;
      i = end;
    } else re += escapeRe(c);
  }
  return safeTest(re, name);
}

/**
 * A pathspec as `git ls-files -- <pattern>` reads it (the git files generator's default, without
 * the new globbing): fnmatch without FNM_PATHNAME, so `*` also crosses `/`; a folder matches what is under it.
 */
export function gitPathspecMatch(pattern: string, path: string): boolean {
  const p = pattern.replace(/^\.\//, "");
  if (p === "" || p === ".") return true;
  if (path === p || path.startsWith(p.endsWith("/") ? p : `${p}/`)) return true;
  let re = "";
  for (let i = 0; i < p.length; i++) {
    const c = p[i] ?? "";
    if (c === "*") re += ".*";
    else if (c === "?") re += ".";
    else if (c === "\\" && i + 1 < p.length) re += escapeRe(p[++i] ?? "");
    else if (c === "[") {
      const end = p.indexOf("]", i + 2);
      if (end === -1) {
        re += "\\[";
        continue;
      }
      let cls = p.slice(i + 1, end);
      const neg = cls.startsWith("!") || cls.startsWith("^");
      if (neg) cls = cls.slice(1);
      re += `[${neg ? "^" : ""}${cls.replace(/[\]\\]/g, "\\$&")}]`;
      i = end;
    } else re += escapeRe(c);
  }
  return safeTest(re, path);
}

/** A pattern that does not compile (`[z-a]`) matches nothing, as Go's path.Match reports ErrBadPattern. */
function safeTest(re: string, s: string): boolean {
  try {
    return new RegExp(`^${re}$`).test(s);
  } catch {
    return false;
  }
}

const escapeRe = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
