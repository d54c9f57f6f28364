import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);
import {
  KUSTOMIZATION_NAMES,
  renderKustomize
} from "./chunk-E5L47HBI.js";
import {
  entryAt,
  parseSource,
  toPlain
} from "./chunk-PJOHWLWG.js";
import "./chunk-UZMCNIHN.js";

// src/render/options.ts
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, normalize, relative, sep } from "node:path";
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var list = (v) => Array.isArray(v) ? v : [];
var strings = (v) => list(v).filter((x) => typeof x === "string");
var stringMap = (v) => isRecord(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === "string" ? x : String(x)])) : {};
function argoEnvsubst(s, env) {
  return s.replace(/\$(?:\{([^}]*)\}|([A-Za-z0-9_]+|\$))/g, (_whole, braced, bare) => {
    const name = braced ?? bare ?? "";
    if (name === "$") return "$";
    return env[name] ?? "";
  });
}
function splitImage(image) {
  const slash = image.indexOf("/");
  const from = slash > 0 ? slash : 0;
  const search = image.slice(from);
  const at = search.indexOf("@");
  const colon = search.indexOf(":");
  if (colon < 0 && at < 0) return { name: image, tag: "", digest: "" };
  if (at >= 0 && (at < colon || colon < 0)) return { name: image.slice(0, from + at), tag: "", digest: image.slice(from + at + 1) };
  if (at >= 0 && colon >= 0) return { name: image.slice(0, from + colon), tag: image.slice(from + colon + 1, from + at), digest: image.slice(from + at + 1) };
  return { name: image.slice(0, from + colon), tag: image.slice(from + colon + 1), digest: "" };
}
function setImages(existing, args) {
  const given = /* @__PURE__ */ new Map();
  for (const arg of args) {
    const eq = arg.indexOf("=");
    const key = eq === -1 ? "" : arg.slice(0, eq);
    const value = eq === -1 ? arg : arg.slice(eq + 1);
    const { name, tag, digest } = splitImage(value);
    if (name === arg) return `invalid format of image ${JSON.stringify(arg)} (kustomize edit set image)`;
    const img = { name: key === "" ? name : key, ...key !== "" ? { newName: name } : {}, ...tag ? { newTag: tag } : {}, ...digest ? { digest } : {} };
    given.set(img.name, img);
  }
  for (const raw of list(existing).filter(isRecord)) {
    const im = { ...raw };
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
    const clean = { name: v.name };
    for (const k of ["newName", "newTag", "digest"]) if (v[k] && v[k] !== "*") clean[k] = v[k];
    return clean;
  });
  return out.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
function addToMap(into, field, pairs, force, what) {
  const m = isRecord(into[field]) ? { ...into[field] } : {};
  for (const [k, v] of Object.entries(pairs)) {
    if (k in m && !force) return `${what} ${k} already in kustomization file. Use --force to override.`;
    m[k] = v;
  }
  into[field] = m;
  return void 0;
}
function addLabelsWithoutSelector(into, pairs, force, includeTemplates) {
  const labels = list(into["labels"]).map((l) => isRecord(l) ? { ...l, pairs: { ...stringMap(l["pairs"]) } } : l);
  const same = (l) => isRecord(l) && l["includeSelectors"] !== true && l["includeTemplates"] === true === includeTemplates;
  for (const [k, v] of Object.entries(pairs)) {
    let target2 = labels.find(same);
    if (!target2) {
      target2 = { pairs: {}, ...includeTemplates ? { includeTemplates: true } : {} };
      labels.push(target2);
    }
    if (k in target2.pairs && !force) return `label ${k} already in kustomization file. Use --force to override.`;
    target2.pairs[k] = v;
  }
  into["labels"] = labels;
  return void 0;
}
function target(sel) {
  if (!isRecord(sel)) return void 0;
  const out = {};
  for (const k of ["group", "version", "kind", "name", "namespace", "labelSelector", "annotationSelector"]) if (typeof sel[k] === "string" && sel[k] !== "") out[k] = sel[k];
  return out;
}
var isLocalRelative = (p) => !/^(git::|gh:|ssh:\/\/|https:\/\/|http:\/\/|git@|github\.com:|github\.com\/)/i.test(p) && !p.startsWith("/") && !p.toLowerCase().startsWith("file:///");
function editKustomization(options, kustomization, rootDir, resources = []) {
  const o = options.block;
  const exists = (p) => existsSync(join(rootDir, p));
  if (options.tool === "argocd") {
    if (!kustomization) return { error: "kustomization file not found in the path" };
    const env = options.env ?? {};
    const k2 = { ...kustomization };
    if (k2["bases"] !== void 0) {
      k2["resources"] = [...list(k2["resources"]), ...list(k2["bases"])];
      delete k2["bases"];
    }
    if (k2["imageTags"] !== void 0) {
      k2["images"] = [...list(k2["images"]), ...list(k2["imageTags"])];
      delete k2["imageTags"];
    }
    const str = (key) => typeof o[key] === "string" && o[key] !== "" ? o[key] : void 0;
    if (str("namePrefix") !== void 0) k2["namePrefix"] = str("namePrefix");
    if (str("nameSuffix") !== void 0) k2["nameSuffix"] = str("nameSuffix");
    const images2 = strings(o["images"]).map((i) => argoEnvsubst(i, env));
    if (images2.length > 0) {
      const got = setImages(k2["images"], images2);
      if (typeof got === "string") return { error: got };
      k2["images"] = got;
    }
    const replicas = list(o["replicas"]).filter(isRecord);
    if (replicas.length > 0) {
      const byName = /* @__PURE__ */ new Map();
      for (const r of replicas) {
        const count = typeof r["count"] === "number" ? r["count"] : Number.parseInt(String(r["count"]), 10);
        if (!Number.isInteger(count) || typeof r["count"] === "string" && !/^[+-]?\d+$/.test(r["count"])) return { error: `expected integer value for count. Received: ${String(r["count"])}` };
        byName.set(String(r["name"] ?? ""), { name: String(r["name"] ?? ""), count });
      }
      for (const r of list(k2["replicas"]).filter(isRecord)) if (!byName.has(String(r["name"]))) byName.set(String(r["name"]), r);
      k2["replicas"] = [...byName.values()].sort((a, b) => String(a["name"]) < String(b["name"]) ? -1 : 1);
    }
    const labels = stringMap(o["commonLabels"]);
    if (Object.keys(labels).length > 0) {
      const pairs = Object.fromEntries(Object.entries(labels).map(([key, v]) => [key, argoEnvsubst(v, env)]));
      const err = o["labelWithoutSelector"] === true ? addLabelsWithoutSelector(k2, pairs, o["forceCommonLabels"] === true, o["labelIncludeTemplates"] === true) : addToMap(k2, "commonLabels", pairs, o["forceCommonLabels"] === true, "label");
      if (err) return { error: err };
    }
    const annotations = stringMap(o["commonAnnotations"]);
    if (Object.keys(annotations).length > 0) {
      const pairs = o["commonAnnotationsEnvsubst"] === true ? Object.fromEntries(Object.entries(annotations).map(([key, v]) => [key, argoEnvsubst(v, env)])) : annotations;
      const err = addToMap(k2, "commonAnnotations", pairs, o["forceCommonAnnotations"] === true, "annotation");
      if (err) return { error: err };
    }
    if (str("namespace") !== void 0) k2["namespace"] = str("namespace");
    const patches2 = list(o["patches"]);
    if (patches2.length > 0) k2["patches"] = [...list(k2["patches"]), ...patches2];
    const components2 = strings(o["components"]).filter((c) => o["ignoreMissingComponents"] !== true || exists(c));
    if (components2.length > 0) k2["components"] = [...strings(k2["components"]), ...components2.filter((c, i) => !strings(k2["components"]).includes(c) && components2.indexOf(c) === i)];
    return { kustomization: k2 };
  }
  const k = kustomization ? { ...kustomization } : { apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", ...resources.length > 0 ? { resources: [...resources] } : { namespace: "_placeholder" } };
  if (kustomization && list(k["resources"]).length === 0) k["buildMetadata"] = ["originAnnotations"];
  if (typeof o["targetNamespace"] === "string") k["namespace"] = o["targetNamespace"];
  if (typeof o["namePrefix"] === "string") k["namePrefix"] = o["namePrefix"];
  if (typeof o["nameSuffix"] === "string") k["nameSuffix"] = o["nameSuffix"];
  const patches = list(o["patches"]).filter(isRecord);
  if (patches.length > 0) k["patches"] = [...list(k["patches"]), ...patches.map((p) => ({ patch: typeof p["patch"] === "string" ? p["patch"] : "", ...target(p["target"]) ? { target: target(p["target"]) } : {} }))];
  const components = [];
  for (const c of strings(o["components"])) {
    if (!isLocalRelative(c)) return { error: `component path '${c}' must be local and relative` };
    if (!exists(c) && o["ignoreMissingComponents"] === true) continue;
    components.push(c);
  }
  if (components.length > 0) k["components"] = [...strings(k["components"]), ...components];
  const sm = list(o["patchesStrategicMerge"]).filter(isRecord);
  if (sm.length > 0) k["patchesStrategicMerge"] = [...list(k["patchesStrategicMerge"]), ...sm.map((p) => JSON.stringify(p))];
  const json = list(o["patchesJson6902"]).filter(isRecord);
  if (json.length > 0) k["patchesJson6902"] = [...list(k["patchesJson6902"]), ...json.map((p) => ({ patch: JSON.stringify(p["patch"] ?? []), ...target(p["target"]) ? { target: target(p["target"]) } : {} }))];
  const images = list(o["images"]).filter(isRecord);
  if (images.length > 0) {
    const merged = list(k["images"]).filter(isRecord).map((i) => ({ ...i }));
    for (const im of images) {
      const found = merged.find((m) => m["name"] === im["name"]);
      if (found) {
        if (im["newName"]) found["newName"] = im["newName"];
        if (im["newTag"] || im["digest"]) {
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
function commonDir(paths) {
  let common = paths[0] ?? "/";
  for (const p of paths.slice(1)) while (common !== dirname(common) && p !== common && !p.startsWith(common.endsWith(sep) ? common : common + sep)) common = dirname(common);
  return common;
}
async function buildEdited(tools, root, kustomization, reach, loadRestrictorNone, env) {
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
    writeFileSync(join(fake, name), `${JSON.stringify(kustomization, null, 2)}
`);
    const out = await renderKustomize(tools, fake, env, loadRestrictorNone ? ["--load-restrictor", "LoadRestrictionsNone"] : []);
    return "error" in out ? { error: out.error.split(scratch).join(base) } : out;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
function linkAll(real, fake, except) {
  for (const name of readdirSync(real)) if (name !== except) symlinkSync(join(real, name), join(fake, name));
}
function copyTree(real, fake, top) {
  for (const name of readdirSync(real)) {
    if (name === ".git" || name === "node_modules" || top && KUSTOMIZATION_NAMES.includes(name)) continue;
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
function fluxVariables(options, source, display, objects) {
  const post = options.block["postBuild"];
  if (!isRecord(post)) return void 0;
  const vars = /* @__PURE__ */ new Map();
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
        const plain = toPlain(root);
        const meta = isRecord(plain["metadata"]) ? plain["metadata"] : {};
        if (plain["kind"] !== kind || meta["name"] !== name || !String(plain["apiVersion"] ?? "").match(/^v1$/)) continue;
        if (options.namespace && typeof meta["namespace"] === "string" && meta["namespace"] !== options.namespace) continue;
        if (plain["sops"] !== void 0) continue;
        found = true;
        const field = kind === "Secret" ? ["stringData", "data"] : ["data"];
        for (const f of field) {
          const m = nodeAt(root, [f]);
          if (m?.kind !== "map") continue;
          for (const e of m.entries) {
            if (e.value.kind !== "scalar") continue;
            const raw = String(e.value.value ?? "");
            const value = f === "data" && kind === "Secret" ? decodeBase64(raw) : raw;
            if (value === void 0) continue;
            vars.set(e.key, { name: e.key, value: value.replace(/\n/g, ""), file: at, span: { start: e.value.span.start, end: e.value.span.end } });
          }
        }
      }
    }
    if (!found) complete = false;
  }
  const inline = source ? nodeAt(source.documents[options.doc]?.root ?? null, [...options.path, "postBuild", "substitute"]) : void 0;
  for (const [k, v] of Object.entries(stringMap(post["substitute"]))) {
    const e = inline?.kind === "map" ? entryAt(inline, k) : void 0;
    vars.set(k, { name: k, value: v.replace(/\n/g, ""), file: display, span: e ? { start: e.value.span.start, end: e.value.span.end } : { start: 0, end: 0 } });
  }
  return { vars, complete };
}
function decodeBase64(s) {
  if (!/^[A-Za-z0-9+/=\s]*$/.test(s)) return void 0;
  try {
    return Buffer.from(s.replace(/\s/g, ""), "base64").toString("utf8");
  } catch {
    return void 0;
  }
}
var SUBST = /\$\$\{|\$\{([_A-Za-z][_A-Za-z0-9]*)(?:(:?[-=])([^}]*))?\}/g;
function substitute(text, vars, complete) {
  return text.replace(SUBST, (whole, name, op, def) => {
    if (name === void 0) return "${";
    const v = vars.get(name)?.value;
    if (op === void 0) return v ?? (complete ? "" : whole);
    const set = v !== void 0 && (op.startsWith(":") ? v !== "" : true);
    if (set) return v;
    if (v === void 0 && !complete) return whole;
    return def ?? "";
  });
}
function fluxPostBuild(file, options, vars) {
  let out = file;
  if (vars && (vars.vars.size > 0 || !vars.complete)) {
    const parts = splitDocuments(out.text);
    const done = parts.map((part) => {
      const doc = parseSource("<object>", part).documents[0];
      const plain = toPlain(doc?.root ?? void 0);
      const meta = isRecord(plain) && isRecord(plain["metadata"]) ? plain["metadata"] : {};
      const key = "kustomize.toolkit.fluxcd.io/substitute";
      if (stringMap(meta["labels"])[key] === "disabled" || stringMap(meta["annotations"])[key] === "disabled") return part;
      return substitute(part, vars.vars, vars.complete);
    });
    const text = done.join("");
    if (text !== out.text) out = parseSource(out.path, text);
  }
  const cm = options.block["commonMetadata"];
  if (isRecord(cm)) {
    out = setMetadata(out, "labels", stringMap(cm["labels"]));
    out = setMetadata(out, "annotations", stringMap(cm["annotations"]));
  }
  return out;
}
function splitDocuments(text) {
  const parts = [];
  let from = 0;
  for (const m of text.matchAll(/^---[ \t]*$/gm)) {
    if ((m.index ?? 0) > from) parts.push(text.slice(from, m.index));
    from = m.index ?? 0;
  }
  parts.push(text.slice(from));
  return parts;
}
function setMetadata(file, field, pairs) {
  if (Object.keys(pairs).length === 0) return file;
  const edits = [];
  const indentOf = (offset) => {
    const lineStart = file.text.lastIndexOf("\n", offset - 1) + 1;
    const indent = file.text.slice(lineStart, offset);
    return /^ *$/.test(indent) ? indent : void 0;
  };
  for (const d of file.documents) {
    const meta = d.root?.kind === "map" ? entryAt(d.root, "metadata")?.value : void 0;
    if (meta?.kind !== "map" || meta.entries.length === 0) continue;
    const first = meta.entries[0];
    const metaIndent = first ? indentOf(first.keySpan.start) : void 0;
    if (!first || metaIndent === void 0) continue;
    const m = entryAt(meta, field)?.value;
    if (m?.kind === "map" && m.entries.length > 0 && file.text[m.span.start] !== "{") {
      const inner = indentOf(m.entries[0]?.keySpan.start ?? 0);
      if (inner === void 0) continue;
      for (const [k, v] of Object.entries(pairs)) {
        const e = entryAt(m, k);
        if (e) edits.push({ at: e.value.span.start, end: e.value.span.end, text: JSON.stringify(v) });
        else {
          const lineStart = file.text.lastIndexOf("\n", (m.entries[0]?.keySpan.start ?? 0) - 1) + 1;
          edits.push({ at: lineStart, end: lineStart, text: `${inner}${JSON.stringify(k)}: ${JSON.stringify(v)}
` });
        }
      }
    } else if (m === void 0 || m.kind === "map" && m.entries.length === 0 || m.kind === "scalar" && m.value === null) {
      const lines = Object.entries(pairs).map(([k, v]) => `${metaIndent}  ${JSON.stringify(k)}: ${JSON.stringify(v)}
`);
      if (m) {
        const e = entryAt(meta, field);
        if (!e) continue;
        const lineStart = file.text.lastIndexOf("\n", e.keySpan.start - 1) + 1;
        const lineEnd = file.text.indexOf("\n", m.span.end);
        edits.push({ at: lineStart, end: lineEnd === -1 ? file.text.length : lineEnd + 1, text: `${metaIndent}${field}:
${lines.join("")}` });
      } else {
        const lineStart = file.text.lastIndexOf("\n", first.keySpan.start - 1) + 1;
        edits.push({ at: lineStart, end: lineStart, text: `${metaIndent}${field}:
${lines.join("")}` });
      }
    }
  }
  if (edits.length === 0) return file;
  let text = file.text;
  for (const e of edits.sort((a, b) => b.at - a.at)) text = text.slice(0, e.at) + e.text + text.slice(e.end);
  return parseSource(file.path, text);
}
function nodeAt(root, path) {
  let n = root ?? void 0;
  for (const k of path) {
    if (!n) return void 0;
    if (typeof k === "number") n = n.kind === "seq" ? n.items[k] : void 0;
    else n = n.kind === "map" ? entryAt(n, k)?.value : void 0;
  }
  return n;
}
function optionHints(options, source, display) {
  const block = source ? nodeAt(source.documents[options.doc]?.root, options.path) : void 0;
  if (block?.kind !== "map") return [];
  const hints = [];
  const span = (n) => ({ start: n.span.start, end: n.span.end });
  const scalar = (key) => {
    const n = entryAt(block, key)?.value;
    return n?.kind === "scalar" && n.value !== null && n.value !== "" ? n : void 0;
  };
  const flux = options.tool === "flux";
  for (const key of ["namePrefix", "nameSuffix"]) {
    const n = scalar(key);
    if (n?.kind === "scalar") hints.push({ file: display, span: span(n), key: "name", value: String(n.value) });
  }
  const ns = scalar(flux ? "targetNamespace" : "namespace");
  if (ns?.kind === "scalar") hints.push({ file: display, span: span(ns), key: "namespace", value: String(ns.value) });
  const images = entryAt(block, "images")?.value;
  if (images?.kind === "seq") {
    for (const item of images.items) {
      if (item.kind === "scalar") {
        const v = String(item.value ?? "");
        const eq = v.indexOf("=");
        const { name, tag, digest } = splitImage(eq === -1 ? v : v.slice(eq + 1));
        for (const part of [eq === -1 ? "" : name, tag, digest]) if (part && part !== "*") hints.push({ file: display, span: span(item), key: "image", value: part });
      } else if (item.kind === "map") {
        for (const f of ["newName", "newTag", "digest"]) {
          const n = entryAt(item, f)?.value;
          if (n?.kind === "scalar" && n.value !== null && n.value !== "") hints.push({ file: display, span: span(n), key: "image", value: String(n.value) });
        }
      }
    }
  }
  const replicas = entryAt(block, "replicas")?.value;
  if (replicas?.kind === "seq") {
    for (const item of replicas.items) {
      const n = item.kind === "map" ? entryAt(item, "count")?.value : void 0;
      const name = item.kind === "map" ? entryAt(item, "name")?.value : void 0;
      const object = name?.kind === "scalar" && name.value !== null ? String(name.value) : void 0;
      if (n?.kind === "scalar") hints.push({ file: display, span: span(n), key: "replicas", value: String(n.value), ...object ? { object } : {} });
    }
  }
  const pairs = (m) => {
    if (m?.kind !== "map") return;
    for (const e of m.entries) if (e.value.kind === "scalar" && e.value.value !== null && e.value.value !== "") hints.push({ file: display, span: span(e.value), keySpan: { start: e.keySpan.start, end: e.keySpan.end }, key: e.key, value: String(e.value.value) });
  };
  pairs(entryAt(block, "commonLabels")?.value);
  pairs(entryAt(block, "commonAnnotations")?.value);
  const cm = entryAt(block, "commonMetadata")?.value;
  if (cm?.kind === "map") {
    pairs(entryAt(cm, "labels")?.value);
    pairs(entryAt(cm, "annotations")?.value);
  }
  for (const key of ["patches", "patchesStrategicMerge", "patchesJson6902"]) {
    const ps = entryAt(block, key)?.value;
    if (ps?.kind === "seq") for (const p of ps.items) hints.push({ file: display, span: span(p), patch: true });
  }
  return hints;
}
function optionComponents(options, rootDir) {
  return strings(options.block["components"]).map((c) => normalize(join(rootDir, c)));
}
export {
  argoEnvsubst,
  buildEdited,
  editKustomization,
  fluxPostBuild,
  fluxVariables,
  optionComponents,
  optionHints,
  substitute
};
