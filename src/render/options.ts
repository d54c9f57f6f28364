import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, normalize, relative, sep } from "node:path";
import { entryAt, parseManifest, type MapNode, type Node, type SourceFile } from "../load/index.js";
import { toPlain } from "../model/index.js";
import { KUSTOMIZATION_NAMES } from "../layout/discover.js";
import { kustomizeHints, splitImage } from "../layout/hints.js";
import type { OptionHint, Variable } from "../layout/relocate.js";
import type { DeployOptions } from "../layout/types.js";
import { renderKustomize, type Rendered, type Tools } from "./tools.js";

/**
 * What an Argo CD Application's `source.kustomize` block and a Flux Kustomization's spec do to the
 * objects they deploy, done the way each does it:
 *
 * - Argo CD runs `kustomize edit set nameprefix|namesuffix|image|replicas|namespace`, `kustomize
 *   edit add label|annotation|component` and appends `patches` in the root's own kustomization
 *   before `kustomize build` (argoproj/argo-cd util/kustomize/kustomize.go, `Build`); the
 *   destination namespace is then given to namespaced objects that name none (controller/state.go,
 *   `NormalizeTargetObjects`).
 * - Flux rewrites the root's kustomization too (fluxcd/pkg kustomize/kustomize_generator.go,
 *   `GenerateManifest`: targetNamespace becomes its `namespace`, so every namespaced object gets it;
 *   namePrefix/nameSuffix replace the root's; patches, components and images are added), builds
 *   with no load restrictions, then substitutes `${VAR}` per object (kustomize_varsub.go,
 *   `SubstituteVariables`) and sets commonMetadata on each object's own metadata
 *   (kustomize-controller internal/controller/kustomization_controller.go, `apply`).
 *
 * Nothing of the user's is written: the edited kustomization is built in a temporary folder that
 * holds a copy of the root's own files and links to everything else, removed after the build.
 */

type Plain = Record<string, unknown>;

const isRecord = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const strings = (v: unknown): string[] => list(v).filter((x): x is string => typeof x === "string");
const stringMap = (v: unknown): Record<string, string> => (isRecord(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === "string" ? x : String(x)])) : {});

/** Go's os.Expand as Argo CD's `Env.Envsubst` uses it: `$VAR` and `${VAR}`, unknown names empty, `$$` a dollar. */
export function argoEnvsubst(s: string, env: Readonly<Record<string, string>>): string {
  return s.replace(/\$(?:\{([^}]*)\}|([A-Za-z0-9_]+|\$))/g, (_whole, braced: string | undefined, bare: string | undefined) => {
    const name = braced ?? bare ?? "";
    if (name === "$") return "$";
    return env[name] ?? "";
  });
}

interface Image {
  name: string;
  newName?: string | undefined;
  newTag?: string | undefined;
  digest?: string | undefined;
}

/** `kustomize edit set image` (kustomize/commands/edit/set/setimage.go): merged by name, `*` keeps a field, sorted by name. */
function setImages(existing: unknown, args: readonly string[]): Image[] | string {
  const given = new Map<string, Image>();
  for (const arg of args) {
    const eq = arg.indexOf("=");
    const key = eq === -1 ? "" : arg.slice(0, eq);
    const value = eq === -1 ? arg : arg.slice(eq + 1);
    const { name, tag, digest } = splitImage(value);
    if (name === arg) return `invalid format of image ${JSON.stringify(arg)} (kustomize edit set image)`;
    const img: Image = { name: key === "" ? name : key, ...(key !== "" ? { newName: name } : {}), ...(tag ? { newTag: tag } : {}), ...(digest ? { digest } : {}) };
    given.set(img.name, img);
  }
  for (const raw of list(existing).filter(isRecord)) {
    const im = { ...(raw as unknown as Image) };
    const arg = given.get(im.name);
    if (arg) {
      if (arg.newName === "*") arg.newName = im.newName;
      if (arg.newTag === "*") arg.newTag = im.newTag;
      if (arg.digest === "*") arg.digest = im.digest;
      continue;
    }
    given.set(im.name, im);
  }
  const out = [...given.values()].map((v) => {
    const clean: Image = { name: v.name };
    for (const k of ["newName", "newTag", "digest"] as const) if (v[k] && v[k] !== "*") clean[k] = v[k];
    return clean;
  });
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `kustomize edit add label|annotation` (kustomize/commands/edit/add/addmetadata.go). */
function addToMap(into: Plain, field: string, pairs: Record<string, string>, force: boolean, what: string): string | undefined {
  const m = isRecord(into[field]) ? { ...(into[field] as Plain) } : {};
  for (const [k, v] of Object.entries(pairs)) {
    if (k in m && !force) return `${what} ${k} already in kustomization file. Use --force to override.`;
    m[k] = v;
  }
  into[field] = m;
  return undefined;
}

function addLabelsWithoutSelector(into: Plain, pairs: Record<string, string>, force: boolean, includeTemplates: boolean): string | undefined {
  const labels = list(into["labels"]).map((l) => (isRecord(l) ? { ...l, pairs: { ...stringMap(l["pairs"]) } } : l));
  const same = (l: unknown): l is Plain & { pairs: Record<string, string> } => isRecord(l) && l["includeSelectors"] !== true && (l["includeTemplates"] === true) === includeTemplates;
  for (const [k, v] of Object.entries(pairs)) {
    let target = labels.find(same);
    if (!target) {
      target = { pairs: {}, ...(includeTemplates ? { includeTemplates: true } : {}) };
      labels.push(target);
    }
    if (k in target.pairs && !force) return `label ${k} already in kustomization file. Use --force to override.`;
    target.pairs[k] = v;
  }
  into["labels"] = labels;
  return undefined;
}

/** A kustomize patch target from a Flux selector (`adaptSelector`): the same fields. */
function target(sel: unknown): Plain | undefined {
  if (!isRecord(sel)) return undefined;
  const out: Plain = {};
  for (const k of ["group", "version", "kind", "name", "namespace", "labelSelector", "annotationSelector"]) if (typeof sel[k] === "string" && sel[k] !== "") out[k] = sel[k];
  return out;
}

const isLocalRelative = (p: string): boolean => !/^(git::|gh:|ssh:\/\/|https:\/\/|http:\/\/|git@|github\.com:|github\.com\/)/i.test(p) && !p.startsWith("/") && !p.toLowerCase().startsWith("file:///");

/**
 * The root's kustomization as the Application or Flux Kustomization has it built: `kustomization` is
 * the root's own (undefined when the folder has none: Flux generates one from `resources`).
 */
export function editKustomization(options: DeployOptions, kustomization: Plain | undefined, rootDir: string, resources: readonly string[] = []): { kustomization: Plain } | { error: string } {
  const o = options.block;
  const exists = (p: string): boolean => existsSync(join(rootDir, p));
  if (options.tool === "argocd") {
    if (!kustomization) return { error: "kustomization file not found in the path" };
    const env = options.env ?? {};
    // kustomize edit reads the file through FixKustomization: bases join resources, imageTags join images.
    const k: Plain = { ...kustomization };
    if (k["bases"] !== undefined) {
      k["resources"] = [...list(k["resources"]), ...list(k["bases"])];
      delete k["bases"];
    }
    if (k["imageTags"] !== undefined) {
      k["images"] = [...list(k["images"]), ...list(k["imageTags"])];
      delete k["imageTags"];
    }
    const str = (key: string): string | undefined => (typeof o[key] === "string" && o[key] !== "" ? (o[key] as string) : undefined);
    if (str("namePrefix") !== undefined) k["namePrefix"] = str("namePrefix");
    if (str("nameSuffix") !== undefined) k["nameSuffix"] = str("nameSuffix");
    const images = strings(o["images"]).map((i) => argoEnvsubst(i, env));
    if (images.length > 0) {
      const got = setImages(k["images"], images);
      if (typeof got === "string") return { error: got };
      k["images"] = got;
    }
    const replicas = list(o["replicas"]).filter(isRecord);
    if (replicas.length > 0) {
      const byName = new Map<string, Plain>();
      for (const r of replicas) {
        const count = typeof r["count"] === "number" ? r["count"] : Number.parseInt(String(r["count"]), 10);
        if (!Number.isInteger(count) || (typeof r["count"] === "string" && !/^[+-]?\d+$/.test(r["count"]))) return { error: `expected integer value for count. Received: ${String(r["count"])}` };
        byName.set(String(r["name"] ?? ""), { name: String(r["name"] ?? ""), count });
      }
      for (const r of list(k["replicas"]).filter(isRecord)) if (!byName.has(String(r["name"]))) byName.set(String(r["name"]), r);
      k["replicas"] = [...byName.values()].sort((a, b) => (String(a["name"]) < String(b["name"]) ? -1 : 1));
    }
    const labels = stringMap(o["commonLabels"]);
    if (Object.keys(labels).length > 0) {
      const pairs = Object.fromEntries(Object.entries(labels).map(([key, v]) => [key, argoEnvsubst(v, env)]));
      const err = o["labelWithoutSelector"] === true ? addLabelsWithoutSelector(k, pairs, o["forceCommonLabels"] === true, o["labelIncludeTemplates"] === true) : addToMap(k, "commonLabels", pairs, o["forceCommonLabels"] === true, "label");
      if (err) return { error: err };
    }
    const annotations = stringMap(o["commonAnnotations"]);
    if (Object.keys(annotations).length > 0) {
      const pairs = o["commonAnnotationsEnvsubst"] === true ? Object.fromEntries(Object.entries(annotations).map(([key, v]) => [key, argoEnvsubst(v, env)])) : annotations;
      const err = addToMap(k, "commonAnnotations", pairs, o["forceCommonAnnotations"] === true, "annotation");
      if (err) return { error: err };
    }
    if (str("namespace") !== undefined) k["namespace"] = str("namespace");
    const patches = list(o["patches"]);
    if (patches.length > 0) k["patches"] = [...list(k["patches"]), ...patches];
    const components = strings(o["components"]).filter((c) => o["ignoreMissingComponents"] !== true || exists(c));
    if (components.length > 0) k["components"] = [...strings(k["components"]), ...components.filter((c, i) => !strings(k["components"]).includes(c) && components.indexOf(c) === i)];
    return { kustomization: k };
  }

  // Flux: GenerateManifest.
  const k: Plain = kustomization ? { ...kustomization } : { apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", ...(resources.length > 0 ? { resources: [...resources] } : { namespace: "_placeholder" }) };
  if (kustomization && list(k["resources"]).length === 0) k["buildMetadata"] = ["originAnnotations"];
  if (typeof o["targetNamespace"] === "string") k["namespace"] = o["targetNamespace"];
  if (typeof o["namePrefix"] === "string") k["namePrefix"] = o["namePrefix"];
  if (typeof o["nameSuffix"] === "string") k["nameSuffix"] = o["nameSuffix"];
  const patches = list(o["patches"]).filter(isRecord);
  if (patches.length > 0) k["patches"] = [...list(k["patches"]), ...patches.map((p) => ({ patch: typeof p["patch"] === "string" ? p["patch"] : "", ...(target(p["target"]) ? { target: target(p["target"]) } : {}) }))];
  const components: string[] = [];
  for (const c of strings(o["components"])) {
    if (!isLocalRelative(c)) return { error: `component path '${c}' must be local and relative` };
    if (!exists(c) && o["ignoreMissingComponents"] === true) continue;
    components.push(c);
  }
  if (components.length > 0) k["components"] = [...strings(k["components"]), ...components];
  const sm = list(o["patchesStrategicMerge"]).filter(isRecord);
  if (sm.length > 0) k["patchesStrategicMerge"] = [...list(k["patchesStrategicMerge"]), ...sm.map((p) => JSON.stringify(p))];
  const json = list(o["patchesJson6902"]).filter(isRecord);
  if (json.length > 0) k["patchesJson6902"] = [...list(k["patchesJson6902"]), ...json.map((p) => ({ patch: JSON.stringify(p["patch"] ?? []), ...(target(p["target"]) ? { target: target(p["target"]) } : {}) }))];
  const images = list(o["images"]).filter(isRecord);
  if (images.length > 0) {
    const merged = list(k["images"]).filter(isRecord).map((i) => ({ ...i }));
    for (const im of images) {
      const found = merged.find((m) => m["name"] === im["name"]);
      if (found) {
        if (im["newName"]) found["newName"] = im["newName"];
        if (im["newTag"] || im["digest"]) {
          // Tag and digest are one choice: setting one clears the other.
          if (im["newTag"]) found["newTag"] = im["newTag"];
          else delete found["newTag"];
          if (im["digest"]) found["digest"] = im["digest"];
          else delete found["digest"];
        }
      } else merged.push(Object.fromEntries(["name", "newName", "newTag", "digest"].filter((f) => im[f]).map((f) => [f, im[f]])));
    }
    k["images"] = merged;
  }
  const buildMetadata = strings(o["buildMetadata"]);
  if (buildMetadata.length > 0) k["buildMetadata"] = buildMetadata;
  return { kustomization: k };
}

/** The deepest folder holding every path. */
function commonDir(paths: readonly string[]): string {
  let common = paths[0] ?? "/";
  for (const p of paths.slice(1)) while (common !== dirname(common) && p !== common && !p.startsWith(common.endsWith(sep) ? common : common + sep)) common = dirname(common);
  return common;
}

/**
 * Build the root with its kustomization replaced by `kustomization`, in a temporary folder: the
 * folders from `reach`'s common parent down to the root are made anew, their other entries linked;
 * the root's own files are copied (kustomize refuses a linked file as outside the root) and folders
 * with a kustomization of their own linked. `reach`: every folder the build may read.
 */
export async function buildEdited(tools: Tools, root: { dir: string; file: string }, kustomization: Plain, reach: readonly string[], loadRestrictorNone: boolean, env: NodeJS.ProcessEnv): Promise<Rendered> {
  const base = commonDir([root.dir, ...reach.map((d) => normalize(d))]);
  const scratch = mkdtempSync(join(env["TMPDIR"] || tmpdir(), "calico-ipam-lint-"));
  try {
    let real = base;
    let fake = scratch;
    const rel = relative(base, root.dir);
    for (const seg of rel === "" ? [] : rel.split(sep)) {
      linkAll(real, fake, seg);
      real = join(real, seg);
      fake = join(fake, seg);
      mkdirSync(fake);
    }
    copyTree(real, fake, true);
    const name = existsSync(root.file) ? basename(root.file) : "kustomization.yaml";
    // JSON is YAML: the kustomization as data, without the user's comments or layout.
    writeFileSync(join(fake, name), `${JSON.stringify(kustomization, null, 2)}\n`);
    const out = await renderKustomize(tools, fake, env, loadRestrictorNone ? ["--load-restrictor", "LoadRestrictionsNone"] : []);
    return "error" in out ? { error: out.error.split(scratch).join(base) } : out;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function linkAll(real: string, fake: string, except: string): void {
  for (const name of readdirSync(real)) if (name !== except) symlinkSync(join(real, name), join(fake, name));
}

function copyTree(real: string, fake: string, top: boolean): void {
  for (const name of readdirSync(real)) {
    if (name === ".git" || name === "node_modules" || (top && (KUSTOMIZATION_NAMES as readonly string[]).includes(name))) continue;
    const from = join(real, name);
    const to = join(fake, name);
    let st;
    try {
      st = statSync(from);
    } catch {
      continue;
    }
    if (st.isDirectory()) {
      if (KUSTOMIZATION_NAMES.some((n) => existsSync(join(from, n)))) symlinkSync(from, to);
      else {
        mkdirSync(to);
        copyTree(from, to, false);
      }
    } else if (st.isFile()) copyFileSync(from, to);
  }
}

// ---------------------------------------------------------------------------------------------
// After the build (Flux): variables and common metadata.

/** A variable Flux substitutes, and where its value is written (the Kustomization or a ConfigMap). */
export interface FluxVariable extends Variable {
  readonly value: string;
}

/**
 * The variables of a Flux Kustomization: its `substituteFrom` ConfigMaps and Secrets found among
 * `objects` (by name, and namespace when both say one; not SOPS-encrypted), then `substitute`,
 * which wins. `complete` is false when a source was not found: names no known source sets are then
 * left as they are, not emptied.
 */
export function fluxVariables(options: DeployOptions, source: SourceFile | undefined, display: string, objects: readonly { display: string; file: SourceFile }[]): { vars: Map<string, FluxVariable>; complete: boolean } | undefined {
  const post = options.block["postBuild"];
  if (!isRecord(post)) return undefined;
  const vars = new Map<string, FluxVariable>();
  let complete = true;
  for (const ref of list(post["substituteFrom"]).filter(isRecord)) {
    const kind = ref["kind"];
    const name = ref["name"];
    let found = false;
    for (const { display: at, file } of objects) {
      for (const d of file.documents) {
        const root = d.root;
        if (root?.kind !== "map") continue;
        const k = entryAt(root, "kind")?.value;
        if (k?.kind !== "scalar" || k.value !== kind) continue;
        const plain = toPlain(root) as Plain;
        const meta = isRecord(plain["metadata"]) ? plain["metadata"] : {};
        if (plain["kind"] !== kind || meta["name"] !== name || !String(plain["apiVersion"] ?? "").match(/^v1$/)) continue;
        if (options.namespace && typeof meta["namespace"] === "string" && meta["namespace"] !== options.namespace) continue;
        // Encrypted (SOPS): its values are known only to the cluster.
        if (plain["sops"] !== undefined) continue;
        found = true;
        const field = kind === "Secret" ? ["stringData", "data"] : ["data"];
        for (const f of field) {
          const m = nodeAt(root, [f]);
          if (m?.kind !== "map") continue;
          for (const e of m.entries) {
            if (e.value.kind !== "scalar") continue;
            const raw = String(e.value.value ?? "");
            const value = f === "data" && kind === "Secret" ? decodeBase64(raw) : raw;
            if (value === undefined) continue;
            vars.set(e.key, { name: e.key, value: value.replace(/\n/g, ""), file: at, span: { start: e.value.span.start, end: e.value.span.end } });
          }
        }
      }
    }
    // Not here: Flux fails without it, or (optional) it may exist in the cluster; either way its names are unknown.
    if (!found) complete = false;
  }
  const inline = source ? nodeAt(source.documents[options.doc]?.root ?? null, [...options.path, "postBuild", "substitute"]) : undefined;
  for (const [k, v] of Object.entries(stringMap(post["substitute"]))) {
    const e = inline?.kind === "map" ? entryAt(inline, k) : undefined;
    vars.set(k, { name: k, value: v.replace(/\n/g, ""), file: display, span: e ? { start: e.value.span.start, end: e.value.span.end } : { start: 0, end: 0 } });
  }
  return { vars, complete };
}

function decodeBase64(s: string): string | undefined {
  if (!/^[A-Za-z0-9+/=\s]*$/.test(s)) return undefined;
  try {
    return Buffer.from(s.replace(/\s/g, ""), "base64").toString("utf8");
  } catch {
    return undefined;
  }
}

const SUBST = /\$\$\{|\$\{([_A-Za-z][_A-Za-z0-9]*)(?:(:?[-=])([^}]*))?\}/g;

/** Substitute `${VAR}`, `${VAR:=default}`, `${VAR:-default}` (and without the colon) as Flux's envsubst does; `$${` stays a literal `${`. */
export function substitute(text: string, vars: ReadonlyMap<string, { value: string }>, complete: boolean): string {
  return text.replace(SUBST, (whole, name: string | undefined, op: string | undefined, def: string | undefined) => {
    if (name === undefined) return "${";
    const v = vars.get(name)?.value;
    if (op === undefined) return v ?? (complete ? "" : whole);
    const set = v !== undefined && (op.startsWith(":") ? v !== "" : true);
    if (set) return v;
    if (v === undefined && !complete) return whole;
    return def ?? "";
  });
}

/** Flux's post-build steps on rendered output: substitution (unless an object disables it), then commonMetadata. */
export function fluxPostBuild(file: SourceFile, options: DeployOptions, vars: { vars: ReadonlyMap<string, { value: string }>; complete: boolean } | undefined): SourceFile {
  let out = file;
  if (vars && (vars.vars.size > 0 || !vars.complete)) {
    const parts = splitDocuments(out.text);
    const done = parts.map((part) => {
      const doc = parseManifest("<object>", part).documents[0];
      const plain = toPlain(doc?.root ?? undefined);
      const meta = isRecord(plain) && isRecord(plain["metadata"]) ? plain["metadata"] : {};
      const key = "kustomize.toolkit.fluxcd.io/substitute";
      if (stringMap(meta["labels"])[key] === "disabled" || stringMap(meta["annotations"])[key] === "disabled") return part;
      return substitute(part, vars.vars, vars.complete);
    });
    const text = done.join("");
    if (text !== out.text) out = parseManifest(out.path, text);
  }
  const cm = options.block["commonMetadata"];
  if (isRecord(cm)) {
    out = setMetadata(out, "labels", stringMap(cm["labels"]));
    out = setMetadata(out, "annotations", stringMap(cm["annotations"]));
  }
  return out;
}

/** The rendered stream cut before each `---` line, each piece keeping its separator. */
function splitDocuments(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of text.matchAll(/^---[ \t]*$/gm)) {
    if ((m.index ?? 0) > from) parts.push(text.slice(from, m.index));
    from = m.index ?? 0;
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * Set `metadata.<field>.<key>` on every object of the rendered stream (Flux's `SetCommonMetadata`:
 * the object's own metadata, not its pod template), as lines added to the rendered text.
 */
function setMetadata(file: SourceFile, field: string, pairs: Record<string, string>): SourceFile {
  if (Object.keys(pairs).length === 0) return file;
  const edits: { at: number; end: number; text: string }[] = [];
  const indentOf = (offset: number): string | undefined => {
    const lineStart = file.text.lastIndexOf("\n", offset - 1) + 1;
    const indent = file.text.slice(lineStart, offset);
    return /^ *$/.test(indent) ? indent : undefined;
  };
  for (const d of file.documents) {
    const meta = d.root?.kind === "map" ? entryAt(d.root, "metadata")?.value : undefined;
    if (meta?.kind !== "map" || meta.entries.length === 0) continue;
    const first = meta.entries[0];
    const metaIndent = first ? indentOf(first.keySpan.start) : undefined;
    if (!first || metaIndent === undefined) continue;
    const m = entryAt(meta, field)?.value;
    if (m?.kind === "map" && m.entries.length > 0 && file.text[m.span.start] !== "{") {
      const inner = indentOf(m.entries[0]?.keySpan.start ?? 0);
      if (inner === undefined) continue;
      for (const [k, v] of Object.entries(pairs)) {
        const e = entryAt(m, k);
        if (e) edits.push({ at: e.value.span.start, end: e.value.span.end, text: JSON.stringify(v) });
        else {
          const lineStart = file.text.lastIndexOf("\n", (m.entries[0]?.keySpan.start ?? 0) - 1) + 1;
          edits.push({ at: lineStart, end: lineStart, text: `${inner}${JSON.stringify(k)}: ${JSON.stringify(v)}\n` });
        }
      }
    } else if (m === undefined || (m.kind === "map" && m.entries.length === 0) || (m.kind === "scalar" && m.value === null)) {
      const lines = Object.entries(pairs).map(([k, v]) => `${metaIndent}  ${JSON.stringify(k)}: ${JSON.stringify(v)}\n`);
      if (m) {
        // `labels: {}`: replaced by the block.
        const e = entryAt(meta, field);
        if (!e) continue;
        const lineStart = file.text.lastIndexOf("\n", e.keySpan.start - 1) + 1;
        const lineEnd = file.text.indexOf("\n", m.span.end);
        edits.push({ at: lineStart, end: lineEnd === -1 ? file.text.length : lineEnd + 1, text: `${metaIndent}${field}:\n${lines.join("")}` });
      } else {
        const lineStart = file.text.lastIndexOf("\n", first.keySpan.start - 1) + 1;
        edits.push({ at: lineStart, end: lineStart, text: `${metaIndent}${field}:\n${lines.join("")}` });
      }
    }
  }
  if (edits.length === 0) return file;
  let text = file.text;
  for (const e of edits.sort((a, b) => b.at - a.at)) text = text.slice(0, e.at) + e.text + text.slice(e.end);
  return parseManifest(file.path, text);
}

// ---------------------------------------------------------------------------------------------
// Where each option is written, for findings in what it produced.

function nodeAt(root: Node | null | undefined, path: readonly (string | number)[]): Node | undefined {
  let n: Node | undefined = root ?? undefined;
  for (const k of path) {
    if (!n) return undefined;
    if (typeof k === "number") n = n.kind === "seq" ? n.items[k] : undefined;
    else n = n.kind === "map" ? entryAt(n as MapNode, k)?.value : undefined;
  }
  return n;
}

/**
 * The options' places in the Application's or Flux Kustomization's file: what key of a rendered
 * object each writes and the text it puts there, or, for a patch, the region that holds its text.
 */
export function optionHints(options: DeployOptions, source: SourceFile | undefined, display: string): OptionHint[] {
  const block = source ? nodeAt(source.documents[options.doc]?.root, options.path) : undefined;
  return block?.kind === "map" ? kustomizeHints(block, display, options.tool === "flux") : [];
}

/** The components an option adds, as folders. */
export function optionComponents(options: DeployOptions, rootDir: string): string[] {
  return strings(options.block["components"]).map((c) => normalize(join(rootDir, c)));
}
