import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);
import {
  parseSource,
  toPlain
} from "./chunk-PJOHWLWG.js";

// src/layout/discover.ts
import { basename, dirname as dirname2, join, normalize } from "node:path/posix";

// src/layout/valuesfrom.ts
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var str = (v) => typeof v === "string" && v !== "" ? v : void 0;
var list = (v) => Array.isArray(v) ? v : [];
function valuesObjects(file, docs) {
  const out = [];
  docs.forEach((d, doc) => {
    if (!isRecord(d) || d["kind"] !== "ConfigMap" && d["kind"] !== "Secret" || (str(d["apiVersion"]) ?? "v1") !== "v1") return;
    const meta = isRecord(d["metadata"]) ? d["metadata"] : {};
    const name = str(meta["name"]);
    if (!name) return;
    const ns = str(meta["namespace"]);
    out.push({ file, doc, kind: d["kind"], name, ...ns ? { namespace: ns } : {}, object: d });
  });
  return out;
}
function mergeMaps(a, b) {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    out[k] = isRecord(v) && isRecord(cur) ? mergeMaps(cur, v) : v;
  }
  return out;
}
function typed(value) {
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  if (/^null$/i.test(value)) return null;
  if (value === "0") return 0;
  if (/^[-+]?[1-9]\d*$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  return value;
}
function targetKeys(path) {
  if (/[[\]]/.test(path)) return null;
  const keys = [];
  let cur = "";
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === "\\" && path[i + 1] === ".") {
      cur += ".";
      i++;
    } else if (c === ".") {
      keys.push(cur);
      cur = "";
    } else cur += c;
  }
  keys.push(cur);
  return keys.some((k) => k === "") ? null : keys;
}
function setPath(values, keys, value) {
  const [head, ...rest] = keys;
  if (head === void 0) return values;
  const cur = values[head];
  return { ...values, [head]: rest.length === 0 ? value : setPath(isRecord(cur) ? cur : {}, rest, value) };
}
function releaseValues(release, objects) {
  const spec = release.spec;
  const specValues = isRecord(spec["values"]) ? spec["values"] : {};
  let result = {};
  const sources = [];
  const reasons = [];
  for (const ref of list(spec["valuesFrom"]).filter(isRecord)) {
    const kind = str(ref["kind"]);
    const name = str(ref["name"]) ?? "";
    const key = str(ref["valuesKey"]) ?? "values.yaml";
    const optional = ref["optional"] === true;
    const what = `${kind ?? "(no kind)"} ${name}${key === "values.yaml" ? "" : ` (key ${key})`}`;
    const skip = (why) => void reasons.push(`HelmRelease ${release.name}: values from ${what} ${why}; rendered without them`);
    if (kind !== "ConfigMap" && kind !== "Secret") {
      skip("are of an unsupported kind (helm-controller refuses it)");
      continue;
    }
    const obj = pick(objects, kind, name, release);
    if (!obj) {
      skip(`${optional ? "(optional) " : ""}are not defined in the files`);
      continue;
    }
    const o = obj.object;
    let data;
    let path = [];
    let encoded = false;
    if (kind === "Secret" && isRecord(o["stringData"]) && typeof o["stringData"][key] === "string") {
      data = o["stringData"][key];
      path = ["stringData", key];
    } else if (isRecord(o["data"]) && typeof o["data"][key] === "string") {
      data = kind === "Secret" ? Buffer.from(o["data"][key], "base64").toString("utf8") : o["data"][key];
      path = ["data", key];
      encoded = kind === "Secret";
    }
    if (data === void 0) {
      if (!optional) skip(`have no key ${key} (helm-controller fails: key not found)`);
      continue;
    }
    const target = str(ref["targetPath"]);
    if (target) {
      const keys = targetKeys(target);
      if (!keys || ref["literal"] !== true && /(^|[^\\]),/.test(data)) {
        skip(`set at targetPath ${target}, which is not read here`);
        continue;
      }
      result = mergeMaps(result, specValues);
      const quoted = /^'.*'$|^".*"$/s.test(data);
      const value = ref["literal"] === true ? data : quoted ? data.replace(/^['"]+|['"]+$/g, "") : typed(data);
      result = setPath(result, keys, value);
      sources.push({ file: obj.file, doc: obj.doc, path, yaml: false, encoded, targetPath: keys });
      continue;
    }
    const parsed = parseSource(`<${what}>`, data);
    const plain = parsed.problems.length > 0 ? void 0 : toPlain(parsed.documents[0]?.root ?? void 0);
    if (plain !== void 0 && plain !== null && !isRecord(plain)) {
      skip("are not a map of values (helm-controller fails to read them)");
      continue;
    }
    if (parsed.problems.length > 0) {
      skip("do not parse as YAML (helm-controller fails to read them)");
      continue;
    }
    result = mergeMaps(result, isRecord(plain) ? plain : {});
    sources.push({ file: obj.file, doc: obj.doc, path, yaml: true, encoded });
  }
  const values = mergeMaps(result, specValues);
  if (Object.keys(specValues).length > 0) sources.push({ file: release.file, doc: release.doc, path: ["spec", "values"], yaml: false, encoded: false });
  return { values, sources, reasons };
}
function pick(objects, kind, name, release) {
  const found = objects.filter((o) => o.kind === kind && o.name === name && (!o.namespace || !release.namespace || o.namespace === release.namespace));
  const shared = (a, b) => {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return i;
  };
  return found.sort((a, b) => Number(b.namespace === release.namespace) - Number(a.namespace === release.namespace) || shared(b.file, release.file) - shared(a.file, release.file))[0];
}

// src/layout/applicationset.ts
import { dirname, posix, relative } from "node:path/posix";
var isRecord2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var str2 = (v) => typeof v === "string" && v !== "" ? v : void 0;
var list2 = (v) => Array.isArray(v) ? v : [];
var under = (dir, p) => p === dir || p.startsWith(dir.endsWith("/") ? dir : `${dir}/`);
function clustersUnknown(input) {
  const sets = input.withoutSecrets;
  const first = sets[0];
  if (!first) return void 0;
  const names = [...new Set(sets.map((s) => s.name))];
  const gives = sets.every((s) => s.selecting) ? "no cluster" : sets.some((s) => s.selecting) ? "in-cluster only (none where a selector is set)" : "in-cluster only";
  return {
    file: first.file,
    reason: `no Argo CD cluster Secret is defined in the files, so the clusters generator of ApplicationSet ${names.join(", ")} gives ${gives}; clusters registered with Argo CD otherwise (argocd cluster add) are not known`
  };
}
var SECRET_TYPE = "argocd.argoproj.io/secret-type";
var IN_CLUSTER_NAME = "in-cluster";
var IN_CLUSTER_SERVER = "https://kubernetes.default.svc";
var labelsOf = (meta, key) => {
  const m = isRecord2(meta) && isRecord2(meta[key]) ? meta[key] : {};
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, typeof v === "string" ? v : String(v)]));
};
function clusterSecrets(docs) {
  const secrets = [];
  const hidden = [];
  for (const doc of docs) {
    if (!isRecord2(doc)) continue;
    const kind = str2(doc["kind"]);
    const meta = doc["metadata"];
    const name = (isRecord2(meta) ? str2(meta["name"]) : void 0) ?? "(unnamed)";
    if (kind === "Secret" && (str2(doc["apiVersion"]) ?? "v1") === "v1") {
      if (labelsOf(meta, "labels")[SECRET_TYPE] !== "cluster") continue;
      const data = {};
      if (isRecord2(doc["data"])) {
        for (const [k, v] of Object.entries(doc["data"])) if (typeof v === "string") data[k] = Buffer.from(v, "base64").toString("utf8");
      }
      if (isRecord2(doc["stringData"])) {
        for (const [k, v] of Object.entries(doc["stringData"])) if (typeof v === "string") data[k] = v;
      }
      if (data["server"] === void 0) {
        hidden.push(`Secret ${name} (no server)`);
        continue;
      }
      secrets.push({ name: data["name"] ?? "", server: data["server"], project: data["project"] ?? "", labels: labelsOf(meta, "labels"), annotations: labelsOf(meta, "annotations") });
      continue;
    }
    const spec = isRecord2(doc["spec"]) ? doc["spec"] : {};
    const templates = [spec["template"], isRecord2(spec["target"]) ? spec["target"]["template"] : void 0];
    if (kind && kind !== "Secret" && templates.some((t) => isRecord2(t) && labelsOf(t["metadata"], "labels")[SECRET_TYPE] === "cluster")) hidden.push(`${kind} ${name}`);
  }
  return { secrets, hidden };
}
var Refused = class extends Error {
};
var NotFollowed = class extends Error {
};
var say = (ctx, reason) => {
  const r = `ApplicationSet ${ctx.name}: ${reason}`;
  if (!ctx.reasons.includes(r)) ctx.reasons.push(r);
};
var ORIGINS = /* @__PURE__ */ new WeakMap();
var originsOf = (p) => ORIGINS.get(p) ?? [];
var withOrigins = (p, o) => {
  if (o.length > 0) ORIGINS.set(p, o);
  return p;
};
function leaves(data, file, doc, at) {
  const out = [];
  const walk = (v, keys) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...keys, i]));
    else if (isRecord2(v)) for (const [k, x] of Object.entries(v)) walk(x, [...keys, k]);
    else if (keys.length > 0) out.push({ name: keys.join("."), value: goString(v), file, doc, path: [...at, ...keys] });
  };
  walk(data, []);
  return out;
}
function expandApplicationSet(doc, file, input, docIndex = 0) {
  const spec = isRecord2(doc["spec"]) ? doc["spec"] : {};
  const template = isRecord2(spec["template"]) ? spec["template"] : {};
  const name = isRecord2(doc["metadata"]) ? str2(doc["metadata"]["name"]) ?? "" : "";
  const ctx = {
    input,
    doc: docIndex,
    goTemplate: spec["goTemplate"] === true,
    options: list2(spec["goTemplateOptions"]).filter((o) => typeof o === "string"),
    name,
    file,
    reasons: []
  };
  if (str2(spec["templatePatch"])) say(ctx, "its templatePatch is not applied");
  const apps = [];
  const params = [];
  for (const [gi, g] of list2(spec["generators"]).entries()) {
    if (!isRecord2(g)) continue;
    let made;
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
    const own = isRecord2(g[kindOf(g) ?? ""]) ? g[kindOf(g) ?? ""]["template"] : void 0;
    const tpl = isRecord2(own) ? fillEmpty(own, template) : template;
    for (const p of made ?? []) {
      const r = renderValue(tpl, p, ctx);
      if (r.error !== void 0) {
        say(ctx, `Argo CD generates no Application from it: ${r.error}`);
        return { apps: [], params: [], reasons: ctx.reasons };
      }
      const app = r.value;
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
var GENERATORS = ["list", "clusters", "git", "scmProvider", "clusterDecisionResource", "pullRequest", "matrix", "merge", "plugin"];
var LIVE = {
  scmProvider: "the scmProvider generator asks an SCM provider's API",
  pullRequest: "the pullRequest generator asks an SCM provider's API",
  plugin: "the plugin generator asks a plugin service",
  clusterDecisionResource: "the clusterDecisionResource generator reads a resource in the cluster"
};
function kindOf(g) {
  return GENERATORS.find((k) => g[k] !== void 0 && g[k] !== null) ?? Object.keys(g).find((k) => k !== "selector");
}
function transform(g, ctx, outer, at) {
  const kind = kindOf(g);
  if (!kind) throw new Refused("a generator names no kind");
  let spec = g[kind];
  if (Object.keys(outer).length > 0) {
    const r = renderValue(spec, outer, ctx, true);
    if (r.error !== void 0) throw new Refused(r.error);
    spec = r.value;
  }
  const s = isRecord2(spec) ? spec : {};
  let params;
  if (kind === "list") params = listParams(s, ctx, [...at, "list"]);
  else if (kind === "git") params = gitParams(s, ctx);
  else if (kind === "clusters") params = clusterParams(s, ctx);
  else if (kind === "matrix") params = matrixParams(s, ctx, [...at, "matrix"]);
  else if (kind === "merge") params = mergeParams(s, ctx, [...at, "merge"]);
  else throw new NotFollowed(`${LIVE[kind] ?? `the ${kind} generator is unknown to Argo CD`} and is not followed`);
  const selector = g["selector"];
  if (isRecord2(selector)) params = params.filter((p) => selects(selector, flattenParams(p)));
  return params;
}
function listParams(s, ctx, at) {
  const out = [];
  for (const [i, e] of list2(s["elements"]).entries()) {
    if (!isRecord2(e)) throw new Refused("a list element is not an object");
    const written = leaves(e, ctx.file, ctx.doc, [...at, "elements", i]);
    if (ctx.goTemplate) {
      out.push(withOrigins(jsonValues(e), written));
      continue;
    }
    const p = {};
    for (const [k, v] of Object.entries(e)) {
      if (k === "values") {
        if (!isRecord2(v)) throw new Refused("error parsing values map");
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
  const y = str2(s["elementsYaml"]);
  if (y) {
    const parsed = yamlData(y);
    if (!Array.isArray(parsed)) throw new Refused("elementsYaml is not a list");
    for (const e of parsed) if (isRecord2(e)) out.push(e);
  }
  return out;
}
function yamlData(text) {
  const f = parseSource("<generator>", text);
  if (f.problems.length > 0) throw new Refused(`cannot parse YAML: ${f.problems[0]?.message ?? ""}`);
  return jsonValues(toPlain(f.documents[0]?.root ?? void 0));
}
function jsonValues(v) {
  if (typeof v === "bigint") return Number(v);
  if (Array.isArray(v)) return v.map(jsonValues);
  if (isRecord2(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, jsonValues(x)]));
  return v;
}
function goString(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number") return goFloat(v);
  if (typeof v === "boolean") return String(v);
  if (v === null || v === void 0) return "<nil>";
  if (Array.isArray(v)) return `[${v.map(goString).join(" ")}]`;
  if (isRecord2(v)) return `map[${Object.keys(v).sort().map((k) => `${k}:${goString(v[k])}`).join(" ")}]`;
  return String(v);
}
function goFloat(n) {
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
function sanitizeName(name) {
  return name.toLowerCase().replace(/[^-a-z0-9.]/g, "-").slice(0, 253).replace(/^[-.]+|[-.]+$/g, "");
}
function gitParams(s, ctx) {
  const prefix = str2(s["pathParamPrefix"]) ?? "";
  const values = isRecord2(s["values"]) ? s["values"] : {};
  const dirsSpec = list2(s["directories"]).filter(isRecord2);
  const filesSpec = list2(s["files"]).filter(isRecord2);
  if (dirsSpec.length === 0 && filesSpec.length === 0) throw new Refused("a git generator with neither directories nor files");
  if (dirsSpec.length > 0) {
    for (const root of ctx.input.repoRoots) {
      const found = [];
      for (const d of [...ctx.input.dirs].sort()) {
        if (!under(root, d) || d === root) continue;
        const rel = relative(root, d);
        if (rel.split("/").some((seg) => seg.startsWith("."))) continue;
        let include2 = false;
        let exclude2 = false;
        for (const e of dirsSpec) {
          if (!goPathMatch(String(e["path"] ?? ""), rel)) continue;
          if (e["exclude"] === true) exclude2 = true;
          else include2 = true;
        }
        if (include2 && !exclude2) found.push(rel);
      }
      if (found.length > 0) return found.map((rel) => withValues(pathParams(rel, void 0, prefix, ctx), values, ctx));
    }
    return [];
  }
  const include = filesSpec.filter((e) => e["exclude"] !== true).map((e) => String(e["path"] ?? ""));
  const exclude = filesSpec.filter((e) => e["exclude"] === true).map((e) => String(e["path"] ?? ""));
  for (const root of ctx.input.repoRoots) {
    const found = ctx.input.files.filter((f) => under(root, f) && f !== root).map((f) => relative(root, f)).filter((rel) => include.some((p) => gitPathspecMatch(p, rel)) && !exclude.some((p) => gitPathspecMatch(p, rel))).sort();
    if (found.length === 0) continue;
    const out = [];
    for (const rel of found) {
      const docs = ctx.input.docsOf(posix.join(root, rel));
      const data = jsonValues(docs[0] ?? {});
      const objects = isRecord2(data) ? [data] : Array.isArray(data) ? data : null;
      if (!objects || objects.some((o) => !isRecord2(o))) throw new Refused(`unable to process file '${rel}': not an object or a list of objects`);
      objects.forEach((o, oi) => {
        const written = leaves(o, posix.join(root, rel), 0, Array.isArray(data) ? [oi] : []);
        out.push(withOrigins(withValues(pathParams(dirname(rel), rel, prefix, ctx, o), values, ctx), written));
      });
    }
    return out;
  }
  return [];
}
function pathParams(dir, file, prefix, ctx, content) {
  const base = posix.basename(dir) || dir;
  if (ctx.goTemplate) {
    const p2 = { ...content ?? {} };
    const path = { path: dir, basename: base };
    if (file !== void 0) path["filename"] = posix.basename(file);
    path["basenameNormalized"] = sanitizeName(base);
    if (file !== void 0) path["filenameNormalized"] = sanitizeName(posix.basename(file));
    path["segments"] = dir.split("/");
    if (prefix) p2[prefix] = { path };
    else p2["path"] = path;
    return p2;
  }
  const p = {};
  if (content) for (const [k, v] of flatten(content)) p[k] = goString(v);
  const n = prefix ? `${prefix}.path` : "path";
  p[n] = dir;
  p[`${n}.basename`] = base;
  if (file !== void 0) p[`${n}.filename`] = posix.basename(file);
  p[`${n}.basenameNormalized`] = sanitizeName(base);
  if (file !== void 0) p[`${n}.filenameNormalized`] = sanitizeName(posix.basename(file));
  dir.split("/").forEach((seg, i) => {
    if (seg !== "") p[`${n}[${i}]`] = seg;
  });
  return p;
}
function flatten(v, prefix = "") {
  const out = [];
  const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x]) : isRecord2(v) ? Object.entries(v) : [];
  for (const [k, x] of entries) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (Array.isArray(x) || isRecord2(x)) out.push(...flatten(x, key));
    else out.push([key, x]);
  }
  return out;
}
function flattenParams(p) {
  return Object.fromEntries(flatten(p).map(([k, v]) => [k, goString(v)]));
}
function withValues(p, values, ctx) {
  const entries = Object.entries(values).filter((e) => typeof e[1] === "string");
  if (entries.length === 0) return p;
  const keep = (q) => withOrigins(q, originsOf(p));
  const done = {};
  for (const [k, v] of entries) {
    const r = replace(v, p, ctx);
    if (r.error !== void 0) throw new Refused(r.error);
    done[k] = r.text;
  }
  if (ctx.goTemplate) return keep({ ...p, values: done });
  return keep({ ...p, ...Object.fromEntries(Object.entries(done).map(([k, v]) => [`values.${k}`, v])) });
}
function clusterParams(s, ctx) {
  const { secrets, hidden } = ctx.input.clusters;
  if (hidden.length > 0) throw new NotFollowed(`the clusters generator is not followed: the cluster Secrets ${hidden.join(", ")} are not readable in the files`);
  const selector = isRecord2(s["selector"]) ? s["selector"] : {};
  const selecting = Object.keys(isRecord2(selector["matchLabels"]) ? selector["matchLabels"] : {}).length > 0 || list2(selector["matchExpressions"]).length > 0;
  const byName = /* @__PURE__ */ new Map();
  for (const c of secrets) if (selects(selector, c.labels)) byName.set(c.name, c);
  const values = isRecord2(s["values"]) ? s["values"] : {};
  const out = [];
  for (const c of byName.values()) {
    const p = { name: c.name, nameNormalized: sanitizeName(c.name), server: c.server, project: c.project };
    if (ctx.goTemplate) {
      const meta = {};
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
  return s["flatList"] === true ? [{ clusters: out }] : out;
}
var MAX_DEPTH = 8;
var depth = 0;
function child(g, ctx, outer, at) {
  if (!isRecord2(g)) throw new Refused("a child generator is not an object");
  if (depth >= MAX_DEPTH) throw new Refused("generators nested too deep");
  depth++;
  try {
    return transform(g, ctx, outer, at);
  } finally {
    depth--;
  }
}
function matrixParams(s, ctx, at) {
  const gens = list2(s["generators"]);
  if (gens.length < 2) throw new Refused("found less than two generators, Matrix support only two");
  if (gens.length > 2) throw new Refused("found more than two generators, Matrix support only two");
  const out = [];
  for (const a of child(gens[0], ctx, {}, [...at, "generators", 0])) {
    for (const b of child(gens[1], ctx, a, [...at, "generators", 1])) {
      const written = [...originsOf(a), ...originsOf(b)];
      if (ctx.goTemplate) out.push(withOrigins(deepMerge(deepMerge({}, b), a), written));
      else {
        const res = Object.fromEntries(Object.entries(a).map(([k, v]) => [k, goString(v)]));
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
function mergeParams(s, ctx, at) {
  const gens = list2(s["generators"]);
  if (gens.length < 2) throw new Refused("found less than two generators, Merge requires two or more");
  const keys = [...new Set(list2(s["mergeKeys"]).map(String))].sort();
  if (keys.length === 0) throw new Refused("no merge keys were specified, Merge requires at least one");
  const byKey = (sets2) => {
    const m = /* @__PURE__ */ new Map();
    for (const p of sets2) {
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
function deepMerge(a, b) {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (isRecord2(v) && isRecord2(out[k])) out[k] = deepMerge(out[k], v);
    else if (!(v === "" || v === null || v === void 0 || v === 0 || v === false || Array.isArray(v) && v.length === 0)) out[k] = v;
    else if (!(k in out)) out[k] = v;
  }
  return out;
}
function fillEmpty(a, b) {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    if (isRecord2(cur) && isRecord2(v)) out[k] = fillEmpty(cur, v);
    else if (cur === void 0 || cur === null || cur === "" || Array.isArray(cur) && cur.length === 0) out[k] = v;
  }
  return out;
}
function selects(selector, labels) {
  const ml = isRecord2(selector["matchLabels"]) ? selector["matchLabels"] : {};
  for (const [k, v] of Object.entries(ml)) if (labels[k] !== String(v)) return false;
  for (const e of list2(selector["matchExpressions"]).filter(isRecord2)) {
    const key = String(e["key"] ?? "");
    const vals = list2(e["values"]).map(String);
    const has = Object.hasOwn(labels, key);
    const op = String(e["operator"] ?? "");
    if (op === "In" && !(has && vals.includes(labels[key] ?? ""))) return false;
    if (op === "NotIn" && has && vals.includes(labels[key] ?? "")) return false;
    if (op === "Exists" && !has) return false;
    if (op === "DoesNotExist" && has) return false;
  }
  return true;
}
function withClusterName(spec, clusters) {
  if (!isRecord2(spec) || !isRecord2(spec["destination"])) return spec;
  const d = spec["destination"];
  if (str2(d["name"]) || !str2(d["server"])) return spec;
  const c = clusters.secrets.find((x) => x.server === d["server"] && x.name);
  return c ? { ...spec, destination: { ...d, name: c.name } } : spec;
}
function unrendered(app) {
  const spec = isRecord2(app["spec"]) ? app["spec"] : {};
  const dest = isRecord2(spec["destination"]) ? spec["destination"] : {};
  const meta = isRecord2(app["metadata"]) ? app["metadata"] : {};
  const fields = [
    ["metadata.name", meta["name"]],
    ["destination.name", dest["name"]],
    ["destination.server", dest["server"]],
    ["destination.namespace", dest["namespace"]]
  ];
  const sources = [...isRecord2(spec["source"]) ? [spec["source"]] : [], ...list2(spec["sources"]).filter(isRecord2)];
  for (const s of sources) {
    fields.push(["source.path", s["path"]]);
    const helm = isRecord2(s["helm"]) ? s["helm"] : {};
    fields.push(["helm.releaseName", helm["releaseName"]], ["helm.values", helm["values"]]);
    for (const v of list2(helm["valueFiles"])) fields.push(["helm.valueFiles", v]);
  }
  for (const [name, v] of fields) if (typeof v === "string" && v.includes("{{")) return `its template's ${name} (${JSON.stringify(v)})`;
  return void 0;
}
function renderValue(v, params, ctx, generator = false) {
  let error;
  const walk = (x) => {
    if (error !== void 0) return x;
    if (typeof x === "string") {
      const r = replace(x, params, ctx);
      if (r.error !== void 0) error = r.error;
      return r.text;
    }
    if (Array.isArray(x)) return x.map(walk);
    if (isRecord2(x)) {
      const out = {};
      for (const [k, val] of Object.entries(x)) {
        if (val === null) continue;
        if (generator && k === "values" && isRecord2(val)) {
          out[k] = Object.fromEntries(
            Object.entries(val).map(([vk, vv]) => {
              if (typeof vv !== "string") return [vk, vv];
              const r = replace(vv, params, { ...ctx, options: [...ctx.options.filter((o) => !o.startsWith("missingkey=")), "missingkey=error"] });
              return [vk, r.error !== void 0 ? vv : r.text];
            })
          );
          continue;
        }
        const key = replace(k, params, ctx);
        if (key.error !== void 0) error = key.error;
        out[key.text] = walk(val);
      }
      return out;
    }
    return x;
  };
  const value = walk(v);
  return error !== void 0 ? { value, error } : { value };
}
function replace(tmpl, params, ctx) {
  if (!ctx.goTemplate) {
    if (!/\{\{.*\}\}/.test(tmpl)) return { text: tmpl };
    let out2 = "";
    let i2 = 0;
    for (; ; ) {
      const a = tmpl.indexOf("{{", i2);
      if (a === -1) return { text: out2 + tmpl.slice(i2) };
      const b = tmpl.indexOf("}}", a + 2);
      if (b === -1) return { text: tmpl, error: `invalid template: cannot find end tag "}}" in ${JSON.stringify(tmpl)}` };
      const tag = tmpl.slice(a + 2, b);
      const v = params[tag.trim()];
      out2 += tmpl.slice(i2, a) + (tag.trim() !== "" && typeof v === "string" ? v : `{{${tag}}}`);
      i2 = b + 2;
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
    out += text + (r === void 0 ? "<no value>" : goString(r));
    i = b + 2;
    if (trimAfter) while (i < tmpl.length && /\s/.test(tmpl[i] ?? "")) i++;
  }
  return { text: out };
}
var UNSUPPORTED = /* @__PURE__ */ Symbol("unsupported");
var TplError = class {
  constructor(message) {
    this.message = message;
  }
  message;
};
function evalPipeline(body, params, missing) {
  if (body.startsWith("/*") || body === "") return "";
  const cmds = splitOutside(body, "|");
  let value = UNSUPPORTED;
  let first = true;
  for (const cmd of cmds) {
    const words = tokens(cmd.trim());
    if (!words || words.length === 0) return UNSUPPORTED;
    const args = [];
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
    const s = (x) => x === void 0 ? "<no value>" : goString(x);
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
        value = args.map((x) => JSON.stringify(x === void 0 || x === null ? "" : goString(x))).join(" ");
        break;
      case "default": {
        const given = args[1];
        const empty = given === void 0 || given === null || given === "" || given === 0 || given === false || Array.isArray(given) && given.length === 0 || isRecord2(given) && Object.keys(given).length === 0;
        value = empty ? args[0] : given;
        break;
      }
      case "index": {
        let cur = args[0];
        for (const k of args.slice(1)) {
          if (Array.isArray(cur) && typeof k === "number") cur = cur[k];
          else if (isRecord2(cur) && typeof k === "string") cur = cur[k];
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
function splitOutside(s, sep) {
  const out = [];
  let cur = "";
  let quote = null;
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
function tokens(s) {
  const out = s.match(/"(?:[^"\\]|\\.)*"|`[^`]*`|[^\s]+/g);
  return out ?? null;
}
function operand(w, params, missing) {
  if (/^"(?:[^"\\]|\\.)*"$/.test(w)) {
    try {
      return JSON.parse(w);
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
  let cur = params;
  const keys = path.slice(1).split(".");
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] ?? "";
    if (!isRecord2(cur)) return new TplError(`nil pointer evaluating interface {}.${k}`);
    if (!Object.hasOwn(cur, k)) {
      if (missing === "error") return new TplError(`map has no entry for key "${k}"`);
      if (i < keys.length - 1) return new TplError(`nil pointer evaluating interface {}.${keys[i + 1] ?? ""}`);
      return void 0;
    }
    cur = cur[k];
  }
  return cur;
}
function goPathMatch(pattern, name) {
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
function gitPathspecMatch(pattern, path) {
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
function safeTest(re, s) {
  try {
    return new RegExp(`^${re}$`).test(s);
  } catch {
    return false;
  }
}
var escapeRe = (c) => c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

// src/layout/discover.ts
var KUSTOMIZATION_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var isKustomizationFile = (p) => KUSTOMIZATION_NAMES.includes(basename(p));
var isRecord3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var str3 = (v) => typeof v === "string" && v !== "" ? v : void 0;
var list3 = (v) => Array.isArray(v) ? v : [];
var isRemote = (s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^git@/.test(s) || /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(s) || /[?&]ref=/.test(s);
function under2(dir, p) {
  return p === dir || p.startsWith(dir.endsWith("/") ? dir : `${dir}/`);
}
function discoverLayout(input) {
  const dirs = /* @__PURE__ */ new Set();
  const filesSet = /* @__PURE__ */ new Set();
  for (const f of input.files) {
    filesSet.add(f.path);
    for (let d = dirname2(f.path); !dirs.has(d); d = dirname2(d)) {
      dirs.add(d);
      if (dirname2(d) === d) break;
    }
  }
  const kustomizationIn = (dir) => KUSTOMIZATION_NAMES.map((n) => join(dir, n)).find((p) => filesSet.has(p));
  const charts = /* @__PURE__ */ new Map();
  for (const f of input.files) {
    if (basename(f.path) !== "Chart.yaml") continue;
    const data = f.docs.find(isRecord3);
    const deps = list3(data?.["dependencies"]).filter(isRecord3).map((d) => str3(d["name"])).filter((n) => !!n);
    charts.set(dirname2(f.path), { dir: dirname2(f.path), file: f.path, dependencies: deps });
  }
  const templates = /* @__PURE__ */ new Map();
  const templateOf = /* @__PURE__ */ new Map();
  const templateIn = (dir) => {
    for (let d = dir; dirname2(d) !== d; d = dirname2(d)) {
      if (basename(d) !== "templates") continue;
      if (charts.has(dirname2(d))) return `a template of the Helm chart in ${basename(dirname2(d))}/: Helm renders it, nobody applies it as it is`;
      if (basename(dirname2(dirname2(d))) === "roles" && ["main.yml", "main.yaml"].some((m) => filesSet.has(join(dirname2(d), "tasks", m)))) {
        return `a template of the Ansible role ${basename(dirname2(d))}: Ansible renders it with Jinja2, nobody applies it as it is`;
      }
    }
    return null;
  };
  for (const f of input.files) {
    if (f.path.endsWith(".tpl")) {
      templates.set(f.path, "a Helm template helper (.tpl), rendered by Helm, not applied");
      continue;
    }
    const dir = dirname2(f.path);
    let why = templateOf.get(dir);
    if (why === void 0) templateOf.set(dir, why = templateIn(dir));
    if (why !== null) templates.set(f.path, why);
  }
  const roots = /* @__PURE__ */ new Map();
  const patches = /* @__PURE__ */ new Map();
  for (const f of input.files) {
    if (!isKustomizationFile(f.path)) continue;
    const dir = dirname2(f.path);
    if (roots.has(dir)) continue;
    const k = f.docs.find(isRecord3) ?? {};
    const resources = [];
    const bases = [];
    const plainDirs = [];
    const patchFiles = [];
    const remote = [];
    const unsafe = [];
    const take = (entry, components) => {
      const s = str3(entry);
      if (!s) return;
      if (isRemote(s)) return void remote.push(s);
      const p = normalize(join(dir, s));
      if (filesSet.has(p) && !components) resources.push(p);
      else if (kustomizationIn(p)) bases.push(p);
      else if (dirs.has(p)) plainDirs.push(p);
      else if (!components) resources.push(p);
    };
    for (const r of [...list3(k["resources"]), ...list3(k["bases"])]) take(r, false);
    for (const c of list3(k["components"])) take(c, true);
    const patchPath = (s) => {
      if (!s || s.includes("\n")) return;
      const p = normalize(join(dir, s));
      patchFiles.push(p);
      if (!patches.has(p)) patches.set(p, f.path);
    };
    for (const p of list3(k["patches"])) patchPath(isRecord3(p) ? str3(p["path"]) : void 0);
    for (const p of list3(k["patchesStrategicMerge"])) patchPath(str3(p));
    for (const p of list3(k["patchesJson6902"])) patchPath(isRecord3(p) ? str3(p["path"]) : void 0);
    if (k["helmCharts"] !== void 0) unsafe.push("helmCharts (kustomize needs --enable-helm, which runs Helm from inside kustomize)");
    for (const key of ["generators", "transformers", "validators"]) {
      if (list3(k[key]).length > 0) unsafe.push(`${key} (plugins, which may run programs)`);
    }
    roots.set(dir, { dir, file: f.path, resources, bases, plainDirs, patches: patchFiles, remote, unsafe });
  }
  const clusters = [];
  const clusterDirs = /* @__PURE__ */ new Map();
  const addCluster = (name, dir) => {
    if (!clusters.includes(name)) clusters.push(name);
    if (dir !== void 0) {
      const l = clusterDirs.get(name) ?? [];
      if (!l.includes(dir)) l.push(dir);
      clusterDirs.set(name, l);
    }
  };
  for (const { cluster, baseDir } of input.configClusters ?? []) {
    addCluster(cluster.name);
    for (const p of cluster.paths ?? []) addCluster(cluster.name, normalize(join(baseDir, p)).replace(/\/$/, ""));
  }
  const objectFiles = input.files.filter((f) => !patches.has(f.path));
  const fluxObjects = objectFiles.flatMap((f) => f.docs.flatMap((doc, index) => isRecord3(doc) && isFlux(doc) ? [{ file: f.path, doc, index }] : []));
  for (const { file } of fluxObjects) {
    const m = /^(.*\/clusters\/[^/]+)\//.exec(file);
    if (m?.[1]) addCluster(basename(m[1]), m[1]);
  }
  const notFollowed = [];
  const deploys = [];
  const resolveDir = (p) => {
    for (const root of input.repoRoots) {
      const d = normalize(join(root, p)).replace(/\/$/, "");
      if (dirs.has(d)) return d;
    }
    return void 0;
  };
  const howOf = (dir) => kustomizationIn(dir) ? "kustomize" : charts.has(dir) ? "helm" : "directory";
  const apps = [];
  const docsByPath = new Map(input.files.map((f) => [f.path, f.docs]));
  const docsOf = input.docsOf ?? ((p) => docsByPath.get(p) ?? []);
  let appSetInput;
  for (const f of objectFiles) {
    f.docs.forEach((doc, index) => {
      if (!isRecord3(doc)) return;
      const api = str3(doc["apiVersion"]) ?? "";
      if (!api.startsWith("argoproj.io/")) return;
      if (doc["kind"] === "Application") apps.push({ file: f.path, app: doc, doc: index, at: [] });
      if (doc["kind"] === "ApplicationSet") {
        appSetInput ??= {
          repoRoots: input.repoRoots,
          dirs,
          files: [...filesSet].sort(),
          docsOf,
          clusters: clusterSecrets(objectFiles.flatMap((o) => o.docs)),
          withoutSecrets: []
        };
        const made = expandApplicationSet(doc, f.path, appSetInput, index);
        for (const r of made.reasons) notFollowed.push({ file: f.path, reason: r });
        made.apps.forEach((app, i) => apps.push({ file: f.path, app, doc: index, at: ["spec", "template"], params: made.params[i] ?? [] }));
      }
    });
  }
  const unknownClusters = appSetInput && clustersUnknown(appSetInput);
  if (unknownClusters) notFollowed.push(unknownClusters);
  for (const { file, app, doc, at, params } of apps) {
    const spec = isRecord3(app["spec"]) ? app["spec"] : {};
    const meta = isRecord3(app["metadata"]) ? app["metadata"] : {};
    const name = str3(meta["name"]) ?? "application";
    const dest = isRecord3(spec["destination"]) ? spec["destination"] : {};
    const server = str3(dest["server"]);
    const cluster = str3(dest["name"]) ?? (server === void 0 || server === "https://kubernetes.default.svc" ? "in-cluster" : server);
    const sources = [
      ...isRecord3(spec["source"]) ? [{ s: spec["source"], key: ["source"] }] : [],
      ...list3(spec["sources"]).flatMap((s, i) => isRecord3(s) ? [{ s, key: ["sources", i] }] : [])
    ];
    const refs = /* @__PURE__ */ new Map();
    for (const { s } of sources) if (str3(s["ref"])) refs.set(`$${str3(s["ref"])}`, input.repoRoots[0] ?? "/");
    for (const { s: written, key } of sources) {
      let s = written;
      const path = str3(s["path"]);
      if (path === void 0) {
        if (str3(s["chart"])) notFollowed.push({ file, reason: `Application ${name} installs the chart ${str3(s["chart"])} from a Helm repository, which is not fetched` });
        continue;
      }
      if (path.includes("{{")) continue;
      const dir = resolveDir(path);
      if (!dir) {
        notFollowed.push({ file, reason: `Application ${name}: its source path ${path} is not a folder here` });
        continue;
      }
      const overrides = sourceOverrides(s, dir, name, str3(meta["namespace"]), filesSet, docsOf);
      s = overrides.source;
      if (isRecord3(s["plugin"])) {
        const plugin = str3(s["plugin"]["name"]) ?? "a config management plugin";
        notFollowed.push({ file, reason: `Application ${name} builds ${path} with ${plugin}, whose output is known only to Argo CD` });
        continue;
      }
      addCluster(cluster);
      const by = { file, kind: "Application", name };
      const helm = isRecord3(s["helm"]) ? s["helm"] : void 0;
      const how = helm ? "helm" : isRecord3(s["kustomize"]) ? "kustomize" : isRecord3(s["directory"]) ? "directory" : howOf(dir);
      const namespace = str3(dest["namespace"]);
      if (how === "helm") {
        const valueFiles = list3(helm?.["valueFiles"]).map(str3).filter((v) => !!v).map((v) => {
          const ref = /^(\$[^/]+)\/(.*)$/.exec(v);
          return ref?.[1] && refs.has(ref[1]) ? normalize(join(refs.get(ref[1]) ?? "/", ref[2] ?? "")) : normalize(join(dir, v));
        });
        const values = [];
        const embedded = [];
        const own = { file, doc, path: [...at, "spec", ...key, "helm"] };
        const text = str3(helm?.["values"]);
        if (isRecord3(helm?.["valuesObject"])) {
          values.push(helm["valuesObject"]);
          for (const o of overrides.helm.valuesObject ?? ["app"]) {
            const w = o === "app" ? own : o;
            embedded.push({ file: w.file, doc: w.doc, path: [...w.path, "valuesObject"], yaml: false, encoded: false });
          }
        } else if (text) {
          const parsed = parseSource("<values>", text).documents.map((d) => toPlain(d.root ?? void 0));
          if (isRecord3(parsed[0])) values.push(parsed[0]);
          const w = overrides.helm.values ?? own;
          embedded.push({ file: w.file, doc: w.doc, path: [...w.path, "values"], yaml: true, encoded: false });
        }
        const pw = overrides.helm.parameters ?? own;
        const byName = /* @__PURE__ */ new Map();
        list3(helm?.["parameters"]).forEach((p) => {
          if (isRecord3(p) && str3(p["name"])) byName.set(str3(p["name"]) ?? "", { value: String(p["value"] ?? ""), force: p["forceString"] === true });
        });
        const clean = (v) => v.startsWith("{") && v.endsWith("}") ? v : v.replace(/,/g, (c, at2) => v[at2 - 1] === "\\" ? c : "\\,");
        const set = [...byName].filter(([, p]) => !p.force).map(([k, p]) => `${k}=${clean(p.value)}`);
        const setString = [...byName].filter(([, p]) => p.force).map(([k, p]) => `${k}=${clean(p.value)}`);
        list3(helm?.["parameters"]).forEach((p, i) => {
          if (!isRecord3(p) || !str3(p["name"])) return;
          const pname = str3(p["name"]) ?? "";
          const keys = targetKeys(pname);
          if (keys) embedded.push({ file: pw.file, doc: pw.doc, path: [...pw.path, "parameters", i, "value"], yaml: false, encoded: false, targetPath: keys });
        });
        const releaseName = str3(helm?.["releaseName"]) ?? name;
        deploys.push({ cluster, dir, how, recurse: false, valueFiles, values, set, ...setString.length > 0 ? { setString } : {}, embedded, releaseName, ...namespace ? { namespace } : {}, by, ...params && params.length > 0 ? { params } : {} });
      } else {
        const directory = isRecord3(s["directory"]) ? s["directory"] : {};
        const kw = overrides.kustomize;
        const options = how === "kustomize" && isRecord3(s["kustomize"]) ? argoOptions(s["kustomize"], kw ? { doc: kw.doc, path: [...kw.path, "kustomize"], file: kw.file } : { doc, path: [...at, "spec", ...key, "kustomize"] }, app, s, namespace) : void 0;
        deploys.push({ cluster, dir, how, recurse: directory["recurse"] === true, ...namespace ? { namespace } : {}, by, ...options ? { options } : {}, ...params && params.length > 0 ? { params } : {} });
      }
    }
  }
  let substitutes = false;
  const clusterOfFile = (file) => {
    for (const [name, ds] of clusterDirs) if (ds.some((d) => under2(d, file))) return name;
    for (const d of deploys) if (d.how !== "helm" && under2(d.dir, file)) return d.cluster;
    return void 0;
  };
  const fluxDone = /* @__PURE__ */ new Set();
  let objects;
  for (let round = 0; round < 8; round++) {
    let added = false;
    for (const { file, doc, index } of fluxObjects) {
      if (fluxDone.has(doc)) continue;
      const cluster = clusterOfFile(file) ?? (clusters.length === 0 ? "" : void 0);
      if (cluster === void 0 && round < 7) continue;
      fluxDone.add(doc);
      added = true;
      const spec = isRecord3(doc["spec"]) ? doc["spec"] : {};
      const meta = isRecord3(doc["metadata"]) ? doc["metadata"] : {};
      const name = str3(meta["name"]) ?? doc["kind"];
      const by = { file, kind: String(doc["kind"]), name: String(name) };
      const target = cluster ?? "";
      if (doc["kind"] === "Kustomization") {
        if (isRecord3(spec["postBuild"])) substitutes = true;
        if (spec["kubeConfig"] !== void 0) {
          notFollowed.push({ file, reason: `Kustomization ${String(name)} deploys to another cluster (kubeConfig), which the files do not name` });
          continue;
        }
        const dir = resolveDir(str3(spec["path"]) ?? "./");
        if (!dir) {
          const src = isRecord3(spec["sourceRef"]) ? `${str3(spec["sourceRef"]["kind"]) ?? "source"} ${str3(spec["sourceRef"]["name"]) ?? ""}`.trim() : "its source";
          notFollowed.push({ file, reason: `Kustomization ${String(name)} deploys ${str3(spec["path"]) ?? "./"} of ${src}, which is not a folder here` });
          continue;
        }
        if (target) addCluster(target);
        const ns = str3(spec["targetNamespace"]);
        const options = fluxOptions(spec, index, str3(meta["namespace"]));
        deploys.push({ cluster: target, dir, how: kustomizationIn(dir) ? "kustomize" : "directory", recurse: true, ...ns ? { namespace: ns } : {}, by, ...options ? { options } : {} });
      } else {
        const chartSpec = isRecord3(spec["chart"]) && isRecord3(spec["chart"]["spec"]) ? spec["chart"]["spec"] : {};
        const chartPath = str3(chartSpec["chart"]);
        const srcKind = isRecord3(chartSpec["sourceRef"]) ? str3(chartSpec["sourceRef"]["kind"]) : void 0;
        const dir = chartPath && srcKind !== "HelmRepository" ? resolveDir(chartPath) : void 0;
        if (!dir || !charts.has(dir)) {
          notFollowed.push({ file, reason: `HelmRelease ${String(name)} installs the chart ${chartPath ?? "(chartRef)"} from a source that is not a folder here` });
          continue;
        }
        if (target) addCluster(target);
        const valueFiles = list3(chartSpec["valuesFiles"]).map(str3).filter((v) => !!v).map((v) => resolveFile(v, input.repoRoots, filesSet) ?? normalize(join(dir, v)));
        objects ??= input.files.flatMap((x) => valuesObjects(x.path, x.docs));
        const nsOf = str3(meta["namespace"]);
        const composed = releaseValues({ file, doc: docsByPath.get(file)?.indexOf(doc) ?? 0, spec, name: String(name), ...nsOf ? { namespace: nsOf } : {} }, objects);
        for (const reason of composed.reasons) notFollowed.push({ file, reason });
        const values = Object.keys(composed.values).length > 0 ? [composed.values] : [];
        const ns = str3(spec["targetNamespace"]) ?? str3(meta["namespace"]);
        const releaseName = str3(spec["releaseName"]) ?? (str3(spec["targetNamespace"]) ? `${str3(spec["targetNamespace"])}-${String(name)}` : String(name));
        deploys.push({ cluster: target, dir, how: "helm", recurse: false, valueFiles, values, set: [], embedded: composed.sources, releaseName, ...ns ? { namespace: ns } : {}, by });
      }
    }
    if (!added) break;
  }
  return { roots, charts, templates, patches, clusters, deploys, clusterDirs, substitutes, notFollowed };
}
var ARGO_OPTIONS = ["namePrefix", "nameSuffix", "images", "replicas", "commonLabels", "commonAnnotations", "namespace", "patches", "components"];
var FLUX_OPTIONS = ["targetNamespace", "namePrefix", "nameSuffix", "patches", "patchesStrategicMerge", "patchesJson6902", "images", "components", "buildMetadata", "commonMetadata", "postBuild"];
function argoOptions(block, where, app, source, namespace) {
  if (!ARGO_OPTIONS.some((k) => block[k] !== void 0)) return void 0;
  const spec = isRecord3(app["spec"]) ? app["spec"] : {};
  const meta = isRecord3(app["metadata"]) ? app["metadata"] : {};
  const env = {
    ARGOCD_APP_NAME: str3(meta["name"]) ?? "",
    ARGOCD_APP_NAMESPACE: namespace ?? "",
    ARGOCD_APP_PROJECT_NAME: str3(spec["project"]) ?? "",
    ARGOCD_APP_REVISION: "",
    ARGOCD_APP_REVISION_SHORT: "",
    ARGOCD_APP_REVISION_SHORT_8: "",
    ARGOCD_APP_SOURCE_REPO_URL: str3(source["repoURL"]) ?? "",
    ARGOCD_APP_SOURCE_PATH: str3(source["path"]) ?? "",
    ARGOCD_APP_SOURCE_TARGET_REVISION: str3(source["targetRevision"]) ?? ""
  };
  return { tool: "argocd", block, doc: where.doc, path: where.path, ...where.file ? { file: where.file } : {}, env };
}
function fluxOptions(spec, doc, namespace) {
  if (!FLUX_OPTIONS.some((k) => spec[k] !== void 0)) return void 0;
  return { tool: "flux", block: spec, doc, path: ["spec"], ...namespace ? { namespace } : {} };
}
function isFlux(doc) {
  const api = str3(doc["apiVersion"]) ?? "";
  return api.startsWith("kustomize.toolkit.fluxcd.io/") && doc["kind"] === "Kustomization" || api.startsWith("helm.toolkit.fluxcd.io/") && doc["kind"] === "HelmRelease";
}
function resolveFile(p, roots, files) {
  for (const r of roots) {
    const f = normalize(join(r, p));
    if (files.has(f)) return f;
  }
  return void 0;
}
function mergePatch(target, patch) {
  if (!isRecord3(patch)) return patch;
  const out = isRecord3(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}
function sourceOverrides(source, dir, appName, appNamespace, files, docsOf) {
  let merged = source;
  const helm = {};
  let kustomize;
  const instance = appNamespace && appNamespace !== "argocd" ? [`${appNamespace}_${appName}`, appName] : [appName];
  const own = instance.map((n) => join(dir, `.argocd-source-${n}.yaml`)).find((f) => files.has(f));
  for (const file of [join(dir, ".argocd-source.yaml"), ...own ? [own] : []]) {
    if (!files.has(file)) continue;
    const patch = docsOf(file)[0];
    if (!isRecord3(patch)) continue;
    const at = { file, doc: 0, path: ["helm"] };
    const h = patch["helm"];
    if (h === null) helm.valuesObject = [];
    else if (isRecord3(h)) {
      if (h["values"] !== void 0) helm.values = at;
      if (h["valuesObject"] === null) helm.valuesObject = [];
      else if (isRecord3(h["valuesObject"])) helm.valuesObject = [...helm.valuesObject ?? ["app"], at];
      if (h["parameters"] !== void 0) helm.parameters = at;
    }
    if (isRecord3(patch["kustomize"])) kustomize = { file, doc: 0, path: [] };
    merged = mergePatch(merged, patch);
  }
  if (merged === source) return { source, helm };
  for (const k of ["chart", "path", "repoURL", "targetRevision"]) {
    if (source[k] === void 0) delete merged[k];
    else merged[k] = source[k];
  }
  return { source: merged, helm, ...kustomize ? { kustomize } : {} };
}

// src/render/tools.ts
import { execFile } from "node:child_process";
import { accessSync, constants, readdirSync, realpathSync } from "node:fs";
import { delimiter, dirname as dirname3, join as join2, resolve } from "node:path";
function onPath(name, env) {
  for (const dir of (env["PATH"] ?? "").split(delimiter)) {
    if (!dir) continue;
    const p = join2(dir, name);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
    }
  }
  return void 0;
}
function undispatched(kubectl) {
  let real;
  try {
    real = realpathSync(kubectl);
  } catch {
    return kubectl;
  }
  let siblings;
  try {
    siblings = readdirSync(dirname3(real)).filter((n) => /^kubectl\.1\.\d+$/.test(n));
  } catch {
    return kubectl;
  }
  const newest = siblings.sort((a, b) => Number(a.split(".")[2]) - Number(b.split(".")[2])).pop();
  return newest ? join2(dirname3(real), newest) : kubectl;
}
function findTools(env) {
  const kustomize = onPath("kustomize", env);
  const found = onPath("kubectl", env);
  const kubectl = found ? undispatched(found) : void 0;
  const helm = onPath("helm", env);
  return {
    ...kustomize ? { kustomize: { bin: kustomize, args: ["build"] } } : kubectl ? { kustomize: { bin: kubectl, args: ["kustomize"] } } : {},
    ...helm ? { helm } : {}
  };
}
function offlineEnv(env) {
  const unreachable = "http://127.0.0.1:9";
  const none = "/nonexistent/calico-ipam-lint";
  return {
    PATH: env["PATH"] ?? "",
    HOME: none,
    HTTP_PROXY: unreachable,
    HTTPS_PROXY: unreachable,
    http_proxy: unreachable,
    https_proxy: unreachable,
    NO_PROXY: "",
    no_proxy: "",
    GIT_TERMINAL_PROMPT: "0",
    KUSTOMIZE_PLUGIN_HOME: `${none}/kustomize-plugins`,
    HELM_PLUGINS: `${none}/helm-plugins`,
    HELM_CACHE_HOME: `${none}/helm-cache`,
    HELM_CONFIG_HOME: `${none}/helm-config`,
    HELM_DATA_HOME: `${none}/helm-data`,
    KUBECONFIG: `${none}/kubeconfig`
  };
}
var RENDER_TIMEOUT_MS = 12e4;
function exec(bin, args, env, cwd) {
  return new Promise((done) => {
    execFile(bin, [...args], { env, cwd, maxBuffer: 512 * 1024 * 1024, timeout: RENDER_TIMEOUT_MS, encoding: "utf8" }, (err, stdout, stderr) => {
      if (err) {
        const text = (stderr || err.message).trim().replace(/^E\d{4} [\d:.]+\s+\d+ \S+\] "command failed" err=.*\n/m, "");
        done({ error: text.split("\n").filter((l) => l.trim() !== "").slice(-6).join("\n") || `${bin} failed` });
      } else done({ text: stdout });
    });
  });
}
async function renderKustomize(tools, dir, env, extra = []) {
  const k = tools.kustomize;
  if (!k) return { error: "kustomize is not installed" };
  return exec(k.bin, [...k.args, dir, ...extra], offlineEnv(env), dir);
}
async function renderHelm(tools, job, env) {
  if (!tools.helm) return { error: "helm is not installed" };
  const args = ["template", job.release, resolve(job.chart), "--no-hooks", "--skip-tests"];
  if (job.namespace) args.push("--namespace", job.namespace);
  for (const f of job.valueFiles) args.push("-f", f);
  for (const [k, json] of job.values) args.push("--set-json", `${k}=${json}`);
  for (const kv of job.set) args.push("--set", kv);
  for (const kv of job.setString ?? []) args.push("--set-string", kv);
  return exec(tools.helm, args, offlineEnv(env), dirname3(resolve(job.chart)));
}

export {
  KUSTOMIZATION_NAMES,
  under2 as under,
  discoverLayout,
  findTools,
  renderKustomize,
  renderHelm
};
