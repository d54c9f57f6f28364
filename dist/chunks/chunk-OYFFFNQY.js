import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);
import {
  allocation,
  displayPath,
  expandPaths,
  formatProblems,
  groupResults,
  lintSources,
  loadFile,
  loadFiles,
  parseConfig,
  pathPolicy,
  poolsKnown,
  readBudget,
  sourceComments
} from "./chunk-4NCXSX2F.js";
import {
  KUSTOMIZATION_NAMES,
  discoverLayout,
  findTools,
  renderHelm,
  renderKustomize,
  under
} from "./chunk-E5L47HBI.js";
import {
  LineIndex,
  innerSpan,
  ipString,
  manifestReader,
  parseSource,
  toPlain
} from "./chunk-PJOHWLWG.js";

// src/node/config.ts
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var CONFIG_NAMES = [".calico-ipam-lint.yaml", ".calico-ipam-lint.yml", ".calico-ipam-lint.json"];
var ConfigError = class extends Error {
  constructor(lines) {
    super(lines.join("\n"));
    this.lines = lines;
  }
  lines;
};
var isFile = (p) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};
function findConfigFile(cwd) {
  let dir = resolve(cwd);
  for (; ; ) {
    const found = CONFIG_NAMES.map((n) => join(dir, n)).filter(isFile);
    if (found.length > 1) {
      throw new ConfigError([`${found.map((f) => displayPath(f, cwd)).join(" and ")}: two configuration files in one directory; keep one`]);
    }
    if (found[0]) return found[0];
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}
async function loadConfig(explicit, cwd) {
  const abs = explicit !== void 0 ? resolve(cwd, explicit) : findConfigFile(cwd);
  if (abs === null) return null;
  if (explicit !== void 0 && !existsSync(abs)) throw new ConfigError([`${explicit}: no such configuration file`]);
  const shown = displayPath(abs, cwd);
  const source = await loadFile(shown, cwd, true);
  const unreadable = source.problems.find((p) => p.code === "UNREADABLE");
  if (unreadable) throw new ConfigError([`${shown}: ${unreadable.message}`]);
  const parsed = parseConfig(source);
  if ("problems" in parsed) throw new ConfigError(formatProblems(source, parsed.problems));
  const dir = dirname(abs);
  return {
    config: parsed.config,
    file: abs,
    policy: { config: parsed.config, baseDir: dir, cwd: resolve(cwd) },
    pools: (parsed.config.data.pools ?? []).map((p) => displayPath(resolve(dir, p), cwd))
  };
}
function configRequest(config) {
  if (!config) return {};
  const data = config.config.data;
  return {
    ...data?.podCidrs ? { podCidrs: data.podCidrs } : {},
    ...data?.cni ? { cni: data.cni } : {},
    ...data?.rules ? { rules: data.rules } : {},
    policy: config.policy,
    settings: settingsFrom(config),
    context: config.pools,
    ...data?.clusters ? { layout: { clusters: data.clusters, clustersBase: dirname(config.file) } } : {}
  };
}
function settingsFrom(cfg) {
  const d = cfg?.config.data;
  if (!d) return {};
  return {
    ...d.featureFlags ? { featureFlags: { ...d.featureFlags } } : {},
    ...d.calicoVersion ? { calicoVersion: d.calicoVersion } : {},
    ...d.calicoEdition ? { calicoEdition: d.calicoEdition } : {},
    ...d.poolsComplete !== void 0 ? { poolsComplete: d.poolsComplete } : {},
    ...d.ipam?.strictAffinity !== void 0 ? { strictAffinity: d.ipam.strictAffinity } : {},
    ...d.ipam?.maxBlocksPerHost !== void 0 ? { maxBlocksPerHost: d.ipam.maxBlocksPerHost } : {},
    ...d.nodes !== void 0 ? { nodes: d.nodes } : {}
  };
}

// src/render/index.ts
import { availableParallelism } from "node:os";
import { existsSync as existsSync2, readdirSync as readdirSync2, readFileSync as readFileSync2 } from "node:fs";
import { basename, dirname as dirname3, join as join4, resolve as resolve2, sep as sep2 } from "node:path";

// src/layout/relocate.ts
function offsetOf(text, line, column) {
  let off = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf("\n", off);
    if (nl === -1) return text.length;
    off = nl + 1;
  }
  return Math.min(text.length, off + column - 1);
}
var KEY = /^\s*(?:-\s+)*(?:"([^"]+)"|'([^']+)'|([^\s:#][^:#]*?))\s*:(?:\s|$)/;
function keyOfLine(line) {
  const m = KEY.exec(line);
  return m ? (m[1] ?? m[2] ?? m[3])?.trim() : void 0;
}
function lineAt(text, offset) {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const nl = text.indexOf("\n", offset);
  return { start, text: text.slice(start, nl === -1 ? text.length : nl) };
}
function search(text, key, token) {
  let off = 0;
  for (const line of text.split("\n")) {
    const k = keyOfLine(line);
    if ((key === void 0 || k === key) && token !== "") {
      const at = line.indexOf(token, key === void 0 ? 0 : line.indexOf(":") + 1);
      if (at !== -1 && !line.trimStart().startsWith("#")) return { start: off + at, end: off + at + token.length };
    }
    off += line.length + 1;
  }
  return null;
}
function keyLine(text, key) {
  let off = 0;
  for (const line of text.split("\n")) {
    if (keyOfLine(line) === key) {
      const s = line.length - line.trimStart().length;
      return { start: off + s, end: off + line.length };
    }
    off += line.length + 1;
  }
  return null;
}
function valueAt(file, path) {
  for (const doc of file.documents) {
    let n = doc.root;
    for (const k of path) {
      if (!n || n.kind !== "map") {
        n = null;
        break;
      }
      n = n.entries.find((e) => e.key === k)?.value ?? null;
    }
    if (n) return n;
  }
  return null;
}
function renderedName(file, index) {
  const root = file.documents.find((d) => d.index === index)?.root;
  const meta = root?.kind === "map" ? root.entries.find((e) => e.key === "metadata")?.value : void 0;
  const name = meta?.kind === "map" ? meta.entries.find((e) => e.key === "name")?.value : void 0;
  return name?.kind === "scalar" ? String(name.value) : void 0;
}
function embeddedNode(f, e) {
  return nodeAt(f.documents[e.doc]?.root ?? null, e.path);
}
function embeddedAt(f, e, path, token) {
  const node = embeddedNode(f, e);
  if (!node) return null;
  const narrow = (span) => {
    const at = token ? f.text.slice(span.start, span.end).indexOf(token) : -1;
    return at >= 0 ? { start: span.start + at, end: span.start + at + token.length } : span;
  };
  if (e.targetPath) return e.targetPath.length === path.length && e.targetPath.every((k, i) => path[i] === k) ? narrow(node.span) : null;
  if (!e.yaml) {
    const inner2 = nodeAt(node, path);
    return inner2 ? narrow(inner2.span) : null;
  }
  if (e.encoded || node.kind !== "scalar" || typeof node.value !== "string") return null;
  const inner = valueAt(parseSource(f.path, node.value), path);
  return inner ? narrow(innerSpan(node, inner.span.start, inner.span.end)) : null;
}
function nodeAt(root, path) {
  let n = root;
  for (const k of path) {
    if (n?.kind === "seq" && typeof k === "number") n = n.items[k] ?? null;
    else if (n?.kind === "map") n = n.entries.find((x) => x.key === String(k))?.value ?? null;
    else return null;
  }
  return n;
}
function embeddedToken(f, e, token) {
  const node = embeddedNode(f, e);
  if (!node || e.encoded) return null;
  const at = f.text.slice(node.span.start, node.span.end).indexOf(token);
  return at >= 0 ? { start: node.span.start + at, end: node.span.start + at + token.length } : null;
}
function documentAt(file, offset) {
  let best = 0;
  for (const d of file.documents) if (d.root && d.root.span.start <= offset) best = d.index;
  return best;
}
var PLACEHOLDER = /\$\{([_A-Za-z][_A-Za-z0-9]*)/g;
function relocate(src, at, files) {
  const found = relocateIn(src, at, files);
  const moved = src.params ? byParameter(src, src.params, at, found, files) ?? found : found;
  if (!src.variables || src.variables.size === 0) return moved;
  const renderedLine = src.rendered.text.split("\n")[at.line - 1] ?? "";
  if (renderedLine.includes("${")) return moved;
  const f = files(moved.file);
  const line = f?.text.split("\n")[moved.line - 1] ?? "";
  for (const m of line.matchAll(PLACEHOLDER)) {
    const v = src.variables.get(m[1] ?? "");
    const vf = v ? files(v.file) : void 0;
    if (v && vf) return { file: v.file, ...new LineIndex(vf.text).location(v.span) };
  }
  return moved;
}
function holds(token, value) {
  if (value === "" || value === token) return value !== "";
  if (value.length < 4 || !/[^\d\s]/.test(value)) return false;
  const edge = /[\w.-]/;
  for (let at = token.indexOf(value); at !== -1; at = token.indexOf(value, at + 1)) {
    if (!edge.test(token[at - 1] ?? " ") && !edge.test(token[at + value.length] ?? " ")) return true;
  }
  return false;
}
function templateNames(line) {
  const names = /* @__PURE__ */ new Set();
  for (const m of line.matchAll(/\{\{-?\s*(.*?)\s*-?\}\}/g)) {
    const body = m[1] ?? "";
    names.add(body.trim());
    for (const c of body.matchAll(/(?:^|[\s(|$])\.([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)/g)) names.add(c[1] ?? "");
  }
  return names;
}
function byParameter(src, params, at, found, files) {
  const text = src.rendered.text;
  const start = offsetOf(text, at.line, at.column);
  const end = at.endLine === at.line ? offsetOf(text, at.endLine, at.endColumn) : start;
  const token = text.slice(start, end).trim().replace(/^(["'])(.*)\1$/, "$2");
  if (token === "") return null;
  const tf = files(params.template);
  if (!tf) return null;
  let names;
  if (found.file === params.template) names = templateNames(tf.text.split("\n")[found.line - 1] ?? "");
  else if (found.file === src.fallback || src.templates.size > 0 && [...src.templates.values()].includes(found.file)) names = templateNames(tf.text);
  else return null;
  for (const p of params.sources) {
    if (!names.has(p.name) || !holds(token, p.value)) continue;
    const f = files(p.file);
    const node = f ? nodeAt(f.documents[p.doc]?.root ?? null, p.path) : null;
    if (!f || !node) continue;
    const inner = f.text.slice(node.span.start, node.span.end).indexOf(p.value);
    const span = inner >= 0 ? { start: node.span.start + inner, end: node.span.start + inner + p.value.length } : node.span;
    return { file: p.file, ...new LineIndex(f.text).location(span) };
  }
  return null;
}
function relocateIn(src, at, files) {
  const text = src.rendered.text;
  const start = offsetOf(text, at.line, at.column);
  const end = at.endLine === at.line ? offsetOf(text, at.endLine, at.endColumn) : lineAt(text, start).start + lineAt(text, start).text.length;
  const line = lineAt(text, start);
  const token = text.slice(start, end).trim();
  const key = keyOfLine(line.text);
  const doc = documentAt(src.rendered, start);
  const place = (file, span) => {
    const f = files(file);
    return f ? { file, ...new LineIndex(f.text).location(span) } : null;
  };
  const tryIn = (file, k, t) => {
    if (!file) return null;
    const f = files(file);
    const span = f ? search(f.text, k, t) : null;
    return span ? place(file, span) : null;
  };
  const distinctive = token.length >= 4 && /[^\d\s]/.test(token);
  if (src.how === "kustomize") {
    const origin = src.origins.get(doc);
    const hints = src.options ?? [];
    const inPatch = (k) => {
      for (const h of hints) {
        const f = h.patch ? files(h.file) : void 0;
        const span = f ? search(f.text.slice(h.span.start, h.span.end), k, token) : null;
        if (span) return place(h.file, { start: h.span.start + span.start, end: h.span.start + span.end });
      }
      return null;
    };
    const byOption = key !== void 0 ? inPatch(key) : null;
    if (byOption) return byOption;
    const name = renderedName(src.rendered, doc);
    const forThis = (h) => h.object === void 0 || (name ?? "").includes(h.object);
    for (const h of hints) if (!h.patch && key !== void 0 && h.key === key && h.value && token !== "" && (token.includes(h.value) || h.value.includes(token)) && forThis(h)) return place(h.file, h.span) ?? fallback(src, files);
    const bare = token.replace(/^(["'])(.*)\1$/, "$2");
    for (const h of hints) if (h.keySpan && h.key === key && bare === key) return place(h.file, h.keySpan) ?? fallback(src, files);
    const byPatchText = distinctive ? inPatch(void 0) : null;
    if (byPatchText) return byPatchText;
    for (const p of src.patches) {
      const got = key !== void 0 ? tryIn(p, key, token) : null;
      if (got) return got;
    }
    const fromOrigin = (key !== void 0 ? tryIn(origin, key, token) : null) ?? (distinctive ? tryIn(origin, void 0, token) : null);
    if (fromOrigin) return fromOrigin;
    for (const k of src.kustomizations) {
      const got = key !== void 0 ? tryIn(k, key, token) : null;
      if (got) return got;
    }
    if (origin && key !== void 0) {
      const f = files(origin);
      const span = f ? keyLine(f.text, key) : null;
      if (span) return place(origin, span) ?? fallback(src, files);
    }
    if (origin && files(origin)) return { ...place(origin, { start: 0, end: 0 }), note: `as rendered by ${src.label}` };
    return fallback(src, files);
  }
  if (src.rendered.documents.some((d) => d.root === null && d.problems.some((p) => p.span.start <= start && start <= p.span.end))) {
    const mark = sourceAt(src, start);
    if (!mark) return fallback(src, files);
    const same = sameLine(src, mark, at, files);
    if (same) return same;
    if (files(mark.file)) return { ...place(mark.file, { start: 0, end: 0 }), note: `as rendered by ${src.label}` };
    return fallback(src, files);
  }
  const template = src.sources ? sourceAt(src, start)?.file : src.templates.get(doc);
  const tf = template ? files(template) : void 0;
  if (tf && key !== void 0) {
    const keyLines = tf.text.split("\n").filter((l) => keyOfLine(l) === key);
    for (const l of keyLines) {
      for (const m of l.matchAll(/\.Values((?:\.[A-Za-z_][\w-]*)+)/g)) {
        const path = (m[1] ?? "").slice(1).split(".");
        for (const e of [...src.embedded ?? []].reverse()) {
          const f = files(e.file);
          const span = f ? embeddedAt(f, e, path, token) : null;
          if (span) return place(e.file, span) ?? fallback(src, files);
        }
        for (const vf of [...src.valueFiles].reverse()) {
          const f = files(vf);
          const node = f ? valueAt(f, path) : null;
          if (!f || !node) continue;
          const nodeText = f.text.slice(node.span.start, node.span.end);
          const inner = token ? nodeText.indexOf(token) : -1;
          return place(vf, inner >= 0 ? { start: node.span.start + inner, end: node.span.start + inner + token.length } : node.span) ?? fallback(src, files);
        }
      }
    }
  }
  if (distinctive) {
    for (const e of [...src.embedded ?? []].reverse()) {
      const f = files(e.file);
      const span = f ? embeddedToken(f, e, token) : null;
      if (span) return place(e.file, span) ?? fallback(src, files);
    }
    for (const vf of [...src.valueFiles].reverse()) {
      const got = tryIn(vf, void 0, token);
      if (got) return got;
    }
  }
  if (tf && key !== void 0) {
    const span = search(tf.text, key, token) ?? keyLine(tf.text, key);
    if (span && template) return place(template, span) ?? fallback(src, files);
  }
  if (template && tf) return { ...place(template, { start: 0, end: 0 }), note: `as rendered by ${src.label}` };
  return fallback(src, files);
}
function sourceAt(src, offset) {
  let found;
  for (const m of src.sources ?? []) {
    if (m.at > offset) break;
    found = m;
  }
  return found?.file ? found : void 0;
}
function sameLine(src, mark, at, files) {
  const text = src.rendered.text;
  const start = offsetOf(text, at.line, 1);
  const line = lineAt(text, start);
  const wanted = line.text.trim();
  const tf = files(mark.file);
  if (!tf || wanted === "") return null;
  const occurrence = text.slice(mark.at, start).split("\n").filter((l) => l.trim() === wanted).length;
  let seen = 0;
  let off = 0;
  for (const l of tf.text.split("\n")) {
    if (l.trim() === wanted && seen++ === occurrence) {
      const shift = l.length - l.trimStart().length - (line.text.length - line.text.trimStart().length);
      const from = off + Math.max(0, at.column - 1 + shift);
      const to = at.endLine === at.line ? off + Math.max(0, at.endColumn - 1 + shift) : from;
      return { file: mark.file, ...new LineIndex(tf.text).location({ start: from, end: Math.max(from, to) }) };
    }
    off += l.length + 1;
  }
  return null;
}
function relocateComment(src, at, files) {
  if (src.how !== "helm") return null;
  const start = offsetOf(src.rendered.text, at.line, 1);
  if (!lineAt(src.rendered.text, start).text.trim().startsWith("#")) return null;
  const mark = sourceAt(src, start);
  return mark ? sameLine(src, mark, at, files) : null;
}
function fallback(src, files) {
  const f = files(src.fallback);
  const loc = f ? new LineIndex(f.text).location({ start: 0, end: 0 }) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { file: src.fallback, ...loc, note: `as rendered by ${src.label}` };
}

// src/layout/scopes.ts
import { dirname as dirname2, join as join2, normalize } from "node:path/posix";
function rootFiles(layout, root, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(root.dir)) return [];
  seen.add(root.dir);
  const out = [...root.resources];
  for (const b of root.bases) {
    const base = layout.roots.get(b);
    if (base) out.push(...rootFiles(layout, base, seen));
  }
  return out;
}
function rootInputs(layout, root, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(root.dir)) return [];
  seen.add(root.dir);
  const out = [root.file, ...root.resources, ...root.patches];
  for (const b of root.bases) {
    const base = layout.roots.get(b);
    if (base) out.push(...rootInputs(layout, base, seen));
  }
  return out;
}
function rootPatches(layout, root, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(root.dir)) return [];
  seen.add(root.dir);
  const out = [...root.patches];
  for (const b of root.bases) {
    const base = layout.roots.get(b);
    if (base) out.push(...rootPatches(layout, base, seen));
  }
  return out;
}
function planScopes(layout, files) {
  const isBase = /* @__PURE__ */ new Set();
  for (const r of layout.roots.values()) for (const b of r.bases) isBase.add(b);
  for (const d of layout.deploys) {
    const components = d.options?.block["components"];
    if (Array.isArray(components)) {
      for (const c of components) if (typeof c === "string") isBase.add(normalize(join2(d.dir, c)).replace(/\/$/, ""));
    }
  }
  const chartFiles = /* @__PURE__ */ new Map();
  const inChart = (f) => {
    for (let d = dirname2(f); ; d = dirname2(d)) {
      if (layout.charts.has(d)) return true;
      if (dirname2(d) === d) return false;
    }
  };
  if (layout.charts.size > 0) {
    for (const f of files) {
      for (let d = dirname2(f); ; d = dirname2(d)) {
        if (layout.charts.has(d)) {
          const l = chartFiles.get(d);
          if (l) l.push(f);
          else chartFiles.set(d, [f]);
        }
        if (dirname2(d) === d) break;
      }
    }
  }
  const below = /* @__PURE__ */ new Map();
  for (const f of files) {
    for (let d = dirname2(f); ; d = dirname2(d)) {
      const l = below.get(d);
      if (l) l.push(f);
      else below.set(d, [f]);
      if (dirname2(d) === d) break;
    }
  }
  const covered = /* @__PURE__ */ new Set();
  const cover = (unit) => {
    if (unit.kind === "files") unit.files.forEach((f) => covered.add(f));
    else if (unit.kind === "root") rootInputs(layout, unit.root).forEach((f) => covered.add(f));
    else {
      covered.add(unit.chart.file);
      for (const f of chartFiles.get(unit.chart.dir) ?? []) covered.add(f);
    }
  };
  const rootFor = (dir, file) => {
    let found;
    for (let d = dirname2(file); under(dir, d); d = dirname2(d)) {
      const r = layout.roots.get(d);
      if (r) found = r;
      if (d === dir || dirname2(d) === d) break;
    }
    return found;
  };
  const chartFor = (dir, file) => {
    for (let d = dirname2(file); under(dir, d); d = dirname2(d)) {
      const c = layout.charts.get(d);
      if (c) return c;
      if (d === dir || dirname2(d) === d) break;
    }
    return void 0;
  };
  const folderUnits = (dir, recurse, deploy) => {
    const units = /* @__PURE__ */ new Map();
    const plain2 = [];
    for (const f of below.get(dir) ?? []) {
      if (!recurse && dirname2(f) !== dir) continue;
      const root = rootFor(dir, f);
      if (root) {
        if (!units.has(`root:${root.dir}`)) units.set(`root:${root.dir}`, { kind: "root", root, files: rootFiles(layout, root), ...deploy && root.dir === dir ? { deploy } : {} });
        continue;
      }
      const chart = chartFor(dir, f);
      if (chart) {
        if (!units.has(`chart:${chart.dir}`)) units.set(`chart:${chart.dir}`, { kind: "chart", chart });
        continue;
      }
      if (layout.templates.has(f) || layout.patches.has(f)) continue;
      plain2.push(f);
    }
    const own = layout.roots.get(dir);
    if (own && !units.has(`root:${own.dir}`)) units.set(`root:${own.dir}`, { kind: "root", root: own, files: rootFiles(layout, own), ...deploy ? { deploy } : {} });
    return [...units.values(), ...plain2.length > 0 ? [{ kind: "files", files: plain2 }] : []];
  };
  const scopes = layout.clusters.map((c) => ({ cluster: c, units: [] }));
  const scopeOf = (name) => {
    let s = scopes.find((x) => x.cluster === name);
    if (!s) {
      s = { cluster: name, units: [] };
      scopes.push(s);
    }
    return s;
  };
  for (const [name, dirs] of layout.clusterDirs) for (const d of dirs) scopeOf(name).units.push(...folderUnits(d, true));
  const generatedRoot = (dir) => {
    const resources = [];
    const bases = /* @__PURE__ */ new Set();
    for (const f of below.get(dir) ?? []) {
      const root = rootFor(dir, f);
      if (root) bases.add(root.dir);
      else if (!chartFor(dir, f) && !layout.templates.has(f) && !layout.patches.has(f)) resources.push(f);
    }
    return { dir, file: `${dir}/kustomization.yaml`, resources, bases: [...bases], plainDirs: [], patches: [], remote: [], unsafe: [], generated: true };
  };
  for (const d of layout.deploys) {
    const generated = d.how === "directory" && d.options?.tool === "flux" ? generatedRoot(d.dir) : void 0;
    const units = d.how === "kustomize" && layout.roots.get(d.dir) ? [{ kind: "root", root: layout.roots.get(d.dir), deploy: d, files: rootFiles(layout, layout.roots.get(d.dir)) }] : generated ? [{ kind: "root", root: generated, deploy: d, files: rootFiles(layout, generated) }] : d.how === "helm" && layout.charts.get(d.dir) ? [{ kind: "chart", chart: layout.charts.get(d.dir), deploy: d }] : folderUnits(d.dir, d.recurse, d);
    scopeOf(d.cluster).units.push(...units);
  }
  for (const s of scopes) {
    s.units = dedupe(s.units);
    s.units.forEach(cover);
  }
  const rest = [];
  for (const r of layout.roots.values()) {
    if (isBase.has(r.dir) || covered.has(r.file)) continue;
    rest.push({ kind: "root", root: r, files: rootFiles(layout, r) });
  }
  for (const c of layout.charts.values()) {
    if (layout.roots.has(c.dir)) continue;
    if (!covered.has(c.file) && ![...layout.charts.keys()].some((d) => d !== c.dir && under(d, c.dir))) rest.push({ kind: "chart", chart: c });
  }
  rest.forEach(cover);
  const plain = files.filter((f) => !covered.has(f) && !layout.templates.has(f) && !layout.patches.has(f) && !inChart(f));
  if (plain.length > 0) rest.push({ kind: "files", files: plain });
  const named = scopes.filter((s) => s.cluster !== "");
  const unnamed = scopes.find((s) => s.cluster === "");
  if (named.length === 0) return [{ cluster: "", units: dedupe([...unnamed?.units ?? [], ...rest]) }];
  if (named.length === 1 && named[0]) return [{ cluster: named[0].cluster, units: dedupe([...named[0].units, ...unnamed?.units ?? [], ...rest]) }];
  const leftover = dedupe([...unnamed?.units ?? [], ...rest]);
  return [...named, ...leftover.length > 0 ? [{ cluster: "", units: leftover }] : []];
}
function dedupe(units) {
  const byKey = /* @__PURE__ */ new Map();
  const files = /* @__PURE__ */ new Set();
  for (const u of units) {
    if (u.kind === "files") {
      u.files.forEach((f) => files.add(f));
      continue;
    }
    const key = u.kind === "root" ? `root:${u.root.dir}:${u.deploy?.by.file ?? ""}:${u.deploy?.by.name ?? ""}` : `chart:${u.chart.dir}:${u.deploy?.releaseName ?? ""}:${u.deploy?.by.file ?? ""}`;
    const plainKey = u.kind === "root" ? `root:${u.root.dir}::` : `chart:${u.chart.dir}::`;
    if (u.deploy) byKey.delete(plainKey);
    else if ([...byKey.keys()].some((k) => k.startsWith(u.kind === "root" ? `root:${u.root.dir}:` : `chart:${u.chart.dir}:`))) continue;
    if (!byKey.has(key)) byKey.set(key, u);
  }
  const inRoots = /* @__PURE__ */ new Set();
  for (const u of byKey.values()) if (u.kind === "root") for (const f of u.files) inRoots.add(f);
  const chartDirs = new Set([...byKey.values()].flatMap((u) => u.kind === "chart" ? [u.chart.dir] : []));
  const inScopeChart = (f) => {
    for (let d = dirname2(f); ; d = dirname2(d)) {
      if (chartDirs.has(d)) return true;
      if (dirname2(d) === d) return false;
    }
  };
  const plain = [...files].filter((f) => !inRoots.has(f) && (chartDirs.size === 0 || !inScopeChart(f)));
  return [...byKey.values(), ...plain.length > 0 ? [{ kind: "files", files: plain.sort() }] : []];
}

// src/render/cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync as statSync2, writeFileSync } from "node:fs";
import { join as join3, relative, sep } from "node:path";
var SKIP = /* @__PURE__ */ new Set([".git", "node_modules"]);
function hashTree(h, dir, base) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    h.update(`unreadable ${relative(base, dir)}\0`);
    return;
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const e of entries) {
    if (SKIP.has(e.name)) continue;
    const p = join3(dir, e.name);
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
function renderKey(program, job, dirs, files) {
  const h = createHash("sha256");
  let mtime = 0;
  try {
    mtime = statSync2(program).mtimeMs;
  } catch {
  }
  h.update(JSON.stringify({ program, mtime, job }));
  for (const d of [...new Set(dirs)].sort()) {
    h.update(`dir ${d}\0`);
    hashTree(h, d, d);
  }
  for (const f of [...new Set(files)].sort()) {
    h.update(`file ${f}\0`);
    try {
      h.update(readFileSync(f));
    } catch {
      h.update("missing");
    }
  }
  return h.digest("hex");
}
function cached(dir, key) {
  try {
    const data = JSON.parse(readFileSync(join3(dir, `${key}.render`), "utf8"));
    return typeof data.text === "string" || typeof data.error === "string" ? data : null;
  } catch {
    return null;
  }
}
function store(dir, key, r) {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = join3(dir, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(r));
    renameSync(tmp, join3(dir, `${key}.render`));
  } catch {
  }
}
var RenderMemo = class {
  entries = /* @__PURE__ */ new Map();
  get(key) {
    return this.entries.get(key)?.rendered;
  }
  set(key, rendered, dirs, files) {
    this.entries.set(key, { rendered, dirs: dirs.map(posix), files: files.map(posix) });
  }
  /** Drop the renders that read `path` (absolute); every render without it. How many were dropped. */
  forget(path) {
    let dropped = 0;
    const p = path === void 0 ? void 0 : posix(path);
    for (const [key, e] of this.entries) {
      if (p === void 0 || e.files.includes(p) || e.dirs.some((d) => p === d || p.startsWith(d.endsWith("/") ? d : `${d}/`))) {
        this.entries.delete(key);
        dropped++;
      }
    }
    return dropped;
  }
};
var posix = (p) => p.split(sep).join("/");

// src/engine/plan.ts
function locator(model) {
  const texts = new Map(model.files.map((f) => [f.path, f.text]));
  const idx = /* @__PURE__ */ new Map();
  return (span) => {
    let i = idx.get(span.file);
    if (!i) {
      i = new LineIndex(texts.get(span.file) ?? "");
      idx.set(span.file, i);
    }
    return { file: span.file, line: i.location(span).line };
  };
}
function planFrom(model, a) {
  const at = locator(model);
  const owner = (o, namespace) => ({
    kind: o.ref.kind,
    ...namespace !== void 0 ? { namespace } : {},
    ...o.ref.name !== void 0 ? { name: o.ref.name } : {},
    ...at(o.ref.span)
  });
  const podOwner = (d) => owner(d.pod.object, d.pod.namespace);
  const pools = a.pools.map((u) => {
    const used = u.size - u.free;
    return {
      name: u.pool.name,
      cidr: u.cidr,
      family: u.family,
      origin: u.pool.origin,
      ...at(u.pool.cidrText?.span ?? u.pool.span),
      enabled: u.enabled,
      automatic: u.automatic,
      blockSize: u.pool.blockSize,
      blocks: String(u.blocks),
      size: String(u.size),
      reserved: String(u.reserved),
      static: String(u.statics),
      tunnel: String(u.tunnel),
      demand: String(u.demand + u.shortfall),
      free: String(u.free),
      shortfall: String(u.shortfall),
      usedPermille: u.size > 0n ? Number(used * 1000n / u.size) : 0
    };
  });
  const statics = a.statics.map((c) => ({
    ip: ipString(c.ip),
    annotation: c.key,
    owner: owner(c.pod.object, c.pod.namespace),
    ...c.pool ? { pool: c.pool.name || c.pool.cidrText?.value || "" } : {},
    reserved: c.reserved
  }));
  const sets = a.sets.map((s) => ({
    kind: s.kind,
    family: s.family,
    pools: s.pools.map((p) => p.name),
    demand: String(s.demand),
    shortfall: String(s.shortfall),
    consumers: s.consumers.map((c) => ({ ...podOwner(c), count: c.count.count === null ? null : String(c.count.count) }))
  }));
  const failures = a.exhausted.map((g) => ({
    family: g.family,
    pools: g.pools.map((p) => p.pool.name || p.cidr),
    demand: String(g.demand),
    capacity: String(g.capacity),
    shortfall: String(g.shortfall)
  }));
  const seen = /* @__PURE__ */ new Set();
  const unknown = a.demands.filter((d) => d.count.count === null && !seen.has(d.pod) && seen.add(d.pod)).map((d) => ({ ...podOwner(d), reason: d.count.unknown ?? "unknown" }));
  const blocked = [
    ...a.blocked.map((b) => ({ ...owner(b.pod.object, b.pod.namespace), reason: b.reason })),
    ...a.demands.filter((d) => !d.set && (d.noPool ?? a.defaultFailure[d.family])).map((d) => ({ ...podOwner(d), reason: (d.noPool ?? a.defaultFailure[d.family])?.message ?? "" }))
  ];
  const notes = [];
  if (a.nodes === null) {
    if (a.tunnelPools.length > 0) notes.push(`node tunnel addresses are not counted (${a.tunnelPools.map((t) => `${t.encapsulation} in ${t.pool.name}`).join(", ")}): give the node count with --nodes`);
    if (unknown.length > 0) notes.push("DaemonSets are not counted: give the node count with --nodes");
  }
  for (const u of a.pools) {
    if (!Number.isInteger(u.pool.blockSize)) continue;
    const perBlock = 1n << BigInt((u.family === 4 ? 32 : 128) - u.pool.blockSize);
    if (u.enabled && u.pool.blockSize >= (u.family === 4 ? 29 : 125) && perBlock > 0n) {
      notes.push(`${u.pool.name || u.cidr} has /${u.pool.blockSize} blocks: with the default limit of 20 blocks per node, a node takes at most ${20n * perBlock} pod addresses from it (cannot allocate new block due to per host block limit)`);
    }
  }
  if (a.pools.length === 0) notes.push("no IP pools in view: pass --pools FILE (kubectl get ippools.crd.projectcalico.org -o yaml) or --context PATH");
  return { pools, sets, statics, failures, unknown, blocked, nodes: a.nodes, notes };
}

// src/core-layout.ts
var notLintedLines = (reasons, max = 10) => [
  ...reasons.slice(0, max).map((r) => `not linted: ${r}`),
  ...reasons.length > max ? [`not linted: ${reasons.length - max} more charts or Kustomize roots (the first ${max} are named above)`] : []
];
var someOf = (names, max = 10) => names.length <= max ? names.join(", ") : `${names.slice(0, max).join(", ")} and ${names.length - max} more`;
function placeholderAt(f, files) {
  const src = files(f.file);
  if (!src) return false;
  const line = src.text.split("\n")[f.line - 1] ?? "";
  return /\$\{[A-Za-z_][A-Za-z0-9_]*(?::?[-=+?][^}]*)?\}/.test(line);
}

// src/render/index.ts
var RenderUnavailable = class extends Error {
};
var posixAbs = (p) => sep2 === "/" ? p : p.split(sep2).join("/");
var VALUES_KINDS = /\bkind["']?\s*:\s*["']?(?:ConfigMap|Secret)\b/;
var MARKERS = [
  ["argoproj.io", "j.io"],
  ["toolkit.fluxcd.io", "xcd.io"]
];
function mentions(text, needle, rare) {
  const at = needle.indexOf(rare);
  for (let i = text.indexOf(rare); i !== -1; i = text.indexOf(rare, i + 1)) if (i >= at && text.startsWith(needle, i - at)) return true;
  return false;
}
var UNUSED = "unused-suppression";
async function lintLayout(files, named, cwd, lintOptions, options) {
  const env = options.env ?? process.env;
  const abs = (p) => posixAbs(resolve2(cwd, p));
  const byAbs = /* @__PURE__ */ new Map();
  const fileDirs = /* @__PURE__ */ new Set();
  for (const f of files) {
    const p = abs(f.path);
    byAbs.set(p, f);
    fileDirs.add(dirname3(p));
  }
  for (const d of fileDirs) {
    const k = join4(d, "Kustomization");
    if (!byAbs.has(posixAbs(k)) && existsSync2(k)) byAbs.set(posixAbs(k), await loadFile(displayPath(k, cwd), cwd, false, parseSource));
  }
  for (const dir of fileDirs) {
    for (let d = dir; dirname3(d) !== d; d = dirname3(d)) {
      if (basename(d) !== "templates") continue;
      const chartFile = posixAbs(join4(dirname3(d), "Chart.yaml"));
      if (!byAbs.has(chartFile) && existsSync2(chartFile)) {
        byAbs.set(chartFile, await loadFile(displayPath(chartFile, cwd), cwd, false, parseSource));
      }
      if (basename(dirname3(dirname3(d))) === "roles") {
        for (const m of ["main.yml", "main.yaml"]) {
          const tasks = posixAbs(join4(dirname3(d), "tasks", m));
          if (!byAbs.has(tasks) && existsSync2(tasks)) byAbs.set(tasks, await loadFile(displayPath(tasks, cwd), cwd, false, parseSource));
        }
      }
    }
  }
  const layoutFiles = [];
  const valuesFrom = [...byAbs.values()].some((f) => mentions(f.text, "valuesFrom", "From"));
  for (const [p, f] of byAbs) {
    const name = basename(p);
    const wanted = name === "Chart.yaml" || KUSTOMIZATION_NAMES.includes(name) || MARKERS.some(([m, rare]) => mentions(f.text, m, rare)) || valuesFrom && VALUES_KINDS.test(f.text);
    layoutFiles.push({ path: p, docs: wanted ? f.documents.map((d) => toPlain(d.root ?? void 0)) : [] });
  }
  const top = gitTop(cwd);
  const repoRoots = [.../* @__PURE__ */ new Set([...[...named].map((n) => posixAbs(n)).filter((n) => !byAbs.has(n)), ...top ? [posixAbs(top)] : [], posixAbs(resolve2(cwd))])];
  const base = options.clustersBase ?? cwd;
  const plainDocs = /* @__PURE__ */ new Map();
  const docsOf = (p) => {
    let d = plainDocs.get(p);
    if (!d) plainDocs.set(p, d = byAbs.get(p)?.documents.map((x) => toPlain(x.root ?? void 0)) ?? []);
    return d;
  };
  const layout = discoverLayout({ files: layoutFiles, repoRoots, docsOf, configClusters: (options.clusters ?? []).map((cluster) => ({ cluster, baseDir: posixAbs(base) })) });
  if (layout.roots.size === 0 && layout.charts.size === 0 && layout.templates.size === 0 && layout.clusters.length === 0 && layout.deploys.length === 0) return null;
  const skipped = [...layout.templates].filter(([p]) => named.has(p)).map(([p, why]) => ({ path: displayPath(p, cwd), reason: `not read as a manifest: ${why}` }));
  const manifestFiles = [...byAbs.keys()].filter((p) => !KUSTOMIZATION_NAMES.includes(basename(p)));
  const scopes = planScopes(layout, manifestFiles);
  const mode = options.render ?? "auto";
  const tools = mode === "never" ? {} : findTools(env);
  const notices = [];
  const needKustomize = scopes.some((s) => s.units.some((u) => u.kind === "root"));
  const needHelm = scopes.some((s) => s.units.some((u) => u.kind === "chart"));
  if (mode === "always" && needKustomize && !tools.kustomize) throw new RenderUnavailable("--render always: neither kustomize nor kubectl is on PATH to build the Kustomize roots");
  if (mode === "always" && needHelm && !tools.helm) throw new RenderUnavailable("--render always: helm is not on PATH to render the charts");
  for (const n of layout.notFollowed) notices.push(`${displayPath(n.file, cwd)}: not followed: ${n.reason}`);
  const jobs = /* @__PURE__ */ new Map();
  for (const sc of scopes) for (const u of sc.units) if (u.kind !== "files") jobs.set(unitKey(u), { unit: u });
  const raw = [];
  const unrendered = [];
  const queue = [...jobs.values()];
  const stats = { rendered: 0, cached: 0 };
  const total = queue.length;
  const width = Math.max(1, Math.min(availableParallelism(), total));
  let done = 0;
  const said = sayProgress(options.progress, total, width, () => done);
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      job.result = await renderUnit(job.unit, layout, tools, env, mode, cwd, raw, unrendered, byAbs, { ...options.cacheDir ? { dir: resolve2(cwd, options.cacheDir) } : {}, ...options.renders ? { memo: options.renders } : {} }, stats);
      done++;
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  const seconds = said.stop();
  if (options.progress && (stats.rendered >= MANY_RENDERS || stats.rendered >= SOME_RENDERS && seconds >= SLOW_SECONDS)) {
    const ran = [...jobs.values()].filter((j) => j.result?.rendered || j.result?.failed);
    const roots = ran.filter((j) => j.unit.kind === "root").length;
    const charts = ran.length - roots;
    const failed = ran.filter((j) => j.result?.failed).length;
    const what = [roots > 0 ? `${roots} Kustomize root${roots === 1 ? "" : "s"}` : "", charts > 0 ? `${charts} chart${charts === 1 ? "" : "s"}` : ""].filter((x) => x !== "").join(" and ");
    const notes = [failed > 0 ? `${failed} did not render, reported as render-failed` : "", stats.cached > 0 ? `${stats.cached} from the cache` : ""].filter((x) => x !== "");
    notices.push(
      `rendered ${what} in ${duration(seconds)}, ${width} at a time${notes.length > 0 ? ` (${notes.join(", ")})` : ""}; ${options.cacheDir ? "" : "--cache DIR keeps renders between runs, "}--render never lints the files as they are`
    );
  }
  if (raw.length > 0) {
    const what = mode === "never" ? " (--render never)" : tools.kustomize ? "" : " (install kustomize or kubectl to lint what they deploy)";
    notices.push(`${raw.length} Kustomize root${raw.length === 1 ? " was" : "s were"} linted as raw files, without their patches: ${someOf(raw)}${what}`);
  }
  notices.push(...notLintedLines([...new Set(unrendered)]));
  const sourceCache = /* @__PURE__ */ new Map();
  const sourceOf = (display) => {
    if (sourceCache.has(display)) return sourceCache.get(display);
    const known = byAbs.get(abs(display));
    sourceCache.set(display, known);
    return known;
  };
  for (const job of jobs.values()) {
    for (const vf of job.result?.rendered?.valueFiles ?? []) {
      if (!sourceOf(vf)) {
        const f = await loadFile(vf, cwd, false, parseSource);
        sourceCache.set(vf, f);
      }
    }
    for (const t of /* @__PURE__ */ new Set([...job.result?.rendered?.templates.values() ?? [], ...(job.result?.rendered?.sources ?? []).map((m) => m.file).filter((f) => f !== "")])) {
      if (!sourceOf(t)) sourceCache.set(t, await loadFile(t, cwd, false, parseSource));
    }
  }
  const many = scopes.length > 1;
  const shared = [];
  const leftover = scopes.find((sc) => sc.cluster === "");
  if (many && leftover) {
    for (const u of leftover.units) if (u.kind === "files") {
      for (const p of u.files) if (byAbs.get(p)?.contextOnly) shared.push(byAbs.get(p));
    }
  }
  const sharedSet = new Set(shared);
  const outs = [];
  const clusterCfg = new Map((options.clusters ?? []).map((c) => [c.name, c]));
  for (const sc of scopes) {
    const sources = [];
    const added = /* @__PURE__ */ new Set();
    const add = (f) => {
      if (f && !added.has(f)) {
        added.add(f);
        sources.push(f);
      }
    };
    for (const u of sc.units) {
      if (u.kind === "files") u.files.forEach((p) => add(sharedSet.has(byAbs.get(p)) ? void 0 : byAbs.get(p)));
      else {
        const r = jobs.get(unitKey(u))?.result;
        if (r?.rendered) add(r.rendered.rendered);
        else if (r?.failed) add(r.failed);
        else if (u.kind === "root" && r?.raw) u.files.forEach((p) => add(byAbs.get(p)));
      }
    }
    const cfg = clusterCfg.get(sc.cluster);
    const extraContext = cfg?.pools ? await loadFiles(cfg.pools.map((p) => displayPath(resolve2(base, p), cwd)), cwd, true, parseSource) : [];
    const opts = {
      ...lintOptions,
      ...cfg?.podCidrs ? { podCidrs: cfg.podCidrs } : {},
      ...cfg?.cni ? { cni: cfg.cni } : {},
      ...cfg?.nodes !== void 0 ? { settings: { ...lintOptions.settings, nodes: cfg.nodes } } : {}
    };
    const inScope = [...sources, ...shared.filter((f) => !added.has(f)), ...extraContext];
    const out = { ...lintSources(inScope, opts), files: inScope };
    outs.push({ scope: sc, out, linted: new Set(sources.map((f) => f.path)) });
  }
  const rendered = /* @__PURE__ */ new Map();
  for (const job of jobs.values()) if (job.result?.rendered) rendered.set(job.result.rendered.rendered.path, job.result.rendered);
  const merged = /* @__PURE__ */ new Map();
  const moveRelated = (rel) => {
    const src = rendered.get(rel.file);
    if (!src) return rel;
    const m = relocate(src, rel, sourceOf);
    return { ...rel, file: m.file, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn };
  };
  const targets = /* @__PURE__ */ new Set();
  const paths = pathPolicy(lintOptions.rules, lintOptions.policy);
  const comments = /* @__PURE__ */ new Map();
  const readBy = /* @__PURE__ */ new Map();
  const commentIn = /* @__PURE__ */ new Map();
  const unusedIn = /* @__PURE__ */ new Map();
  outs.forEach(({ scope, linted }, i) => {
    for (const u of scope.units) {
      if (u.kind === "files") continue;
      const src = jobs.get(unitKey(u))?.result?.rendered;
      if (!src || !linted.has(src.rendered.path)) continue;
      const inline = [...(src.embedded ?? []).map((e) => e.file), ...(src.params?.sources ?? []).map((p) => p.file), ...(src.options ?? []).map((o) => o.file)];
      const inputs = [.../* @__PURE__ */ new Set([...u.kind === "root" ? rootInputs(layout, u.root).map((p) => displayPath(p, cwd)) : src.valueFiles, ...inline])];
      for (const p of inputs) {
        const file = sourceOf(p);
        if (!file) continue;
        if (!comments.has(file.path)) comments.set(file.path, sourceComments(file, paths, lintOptions.only));
        readBy.set(file.path, /* @__PURE__ */ new Set([...readBy.get(file.path) ?? [], scope.cluster]));
      }
      if (src.how !== "helm" || !src.rendered.text.includes("calico-ipam-lint-")) continue;
      src.rendered.text.split("\n").forEach((line, l) => {
        if (!/^\s*#\s*calico-ipam-lint-/.test(line)) return;
        const m = relocateComment(src, { line: l + 1, column: 1, endLine: l + 1, endColumn: 1 }, sourceOf);
        if (m) commentIn.set(`${m.file}:${m.line}`, /* @__PURE__ */ new Set([...commentIn.get(`${m.file}:${m.line}`) ?? [], `${i}\0${src.rendered.path}`]));
      });
    }
  });
  const unusedKinds = /* @__PURE__ */ new Set(["unused", "unusedAll"]);
  for (const [i, { scope, out }] of outs.entries()) {
    for (const r of out.results) {
      for (const f of r.findings) {
        let finding = f;
        const src = rendered.get(f.file);
        const comment = src && f.ruleId === UNUSED ? relocateComment(src, f, sourceOf) : null;
        if (src && f.ruleId === UNUSED && !comment && unusedKinds.has(f.messageId ?? "")) continue;
        if (comment && unusedKinds.has(f.messageId ?? "")) {
          const key2 = JSON.stringify([comment.file, comment.line, comment.column, f.messageId, f.value]);
          unusedIn.set(key2, /* @__PURE__ */ new Set([...unusedIn.get(key2) ?? [], `${i}\0${f.file}`]));
        }
        if (src) {
          const m = comment ?? relocate(src, f, sourceOf);
          const rest = { ...f };
          delete rest.fix;
          finding = { ...rest, file: m.file, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, ...m.note ? { message: `${f.message} (${m.note})` } : {} };
          if (paths.ignored(m.file)) continue;
          const setting = paths.setting(f.ruleId, m.file);
          if (setting === "off") continue;
          if (setting) finding = { ...finding, severity: setting === "error" ? "error" : "warning" };
          const written = sourceOf(m.file);
          if (written && comments.get(written.path)?.covers({ ...finding, file: written.path })) continue;
          targets.add(m.file);
        }
        if (finding.related) finding = { ...finding, related: finding.related.map(moveRelated) };
        if (layout.substitutes && placeholderAt(finding, sourceOf)) continue;
        const key = JSON.stringify([finding.ruleId, finding.file, finding.line, finding.column, finding.endLine, finding.endColumn, finding.message]);
        const prev = merged.get(key);
        if (prev) {
          if (!prev.clusters.includes(scope.cluster)) prev.clusters.push(scope.cluster);
        } else merged.set(key, { finding, clusters: [scope.cluster] });
      }
    }
  }
  for (const [p, c] of comments) {
    if (outs.some((o) => o.linted.has(p)) || paths.ignored(p) || byAbs.get(abs(p))?.contextOnly) continue;
    for (const finding of c.report()) {
      const key = JSON.stringify([finding.ruleId, finding.file, finding.line, finding.column, finding.endLine, finding.endColumn, finding.message]);
      if (!merged.has(key)) merged.set(key, { finding, clusters: [...readBy.get(p) ?? []] });
      targets.add(p);
    }
  }
  const findings = [];
  for (const { finding, clusters } of merged.values()) {
    if (finding.ruleId === UNUSED) {
      const readers = outs.filter((o) => o.linted.has(finding.file) || o.out.results.some((r) => r.file === finding.file));
      if (readers.some((o) => !clusters.includes(o.scope.cluster))) continue;
      if (comments.get(finding.file)?.usedHere(finding)) continue;
      const key = JSON.stringify([finding.file, finding.line, finding.column, finding.messageId, finding.value]);
      const found = unusedIn.get(key);
      if (found && [...commentIn.get(`${finding.file}:${finding.line}`) ?? []].some((r) => !found.has(r))) continue;
    }
    if (!many) {
      findings.push(finding);
      continue;
    }
    const names = clusters.map((c) => c || "(no cluster)");
    findings.push({ ...finding, cluster: names.join(", "), message: `${finding.message} [cluster ${names.join(", ")}]` });
  }
  const shown = /* @__PURE__ */ new Set();
  for (const { out } of outs) for (const r of out.results) if (!rendered.has(r.file)) shown.add(r.file);
  for (const t of targets) if (byAbs.get(abs(t))?.contextOnly !== true) shown.add(t);
  const results = groupResults(
    [...shown].map((path) => ({ path, text: "", documents: [], problems: [], contextOnly: false })),
    findings
  );
  const first = outs[0]?.out;
  const given = new Set(files);
  const allFiles = [...byAbs.values()].filter((f) => given.has(f));
  const sourceLine = (file, line) => {
    const src = rendered.get(file);
    if (!src) return { file, line };
    const text = src.rendered.text.split("\n")[line - 1] ?? "";
    const m = relocate(src, { line, column: 1, endLine: line, endColumn: text.length + 1 }, sourceOf);
    return { file: m.file, line: m.line };
  };
  let planned;
  if (lintOptions.plan) {
    const all = outs.map((o) => {
      const a = allocation(o.out.model, o.out.settings);
      return { cluster: o.scope.cluster || "(no cluster)", unnamed: o.scope.cluster === "", allocation: a, plan: sourcePlan(planFrom(o.out.model, a), sourceLine) };
    });
    const empty = (p) => p.pools.length + p.statics.length + p.sets.length + p.unknown.length + p.blocked.length === 0;
    const kept = all.length > 1 ? all.filter((p) => !p.unnamed || !empty(p.plan)) : all;
    const head = kept[0] ?? all[0];
    if (head) planned = { allocation: head.allocation, plan: head.plan, plans: kept.map((p) => ({ cluster: p.cluster, plan: p.plan })) };
  }
  return {
    results,
    model: first?.model,
    settings: first?.settings,
    files: allFiles,
    scopes: outs.map((o) => ({ cluster: o.scope.cluster, model: o.out.model, settings: o.out.settings })),
    notices,
    skipped,
    sourceLine,
    poolsKnown: outs.some((o) => poolsKnown(o.out.model)),
    ...planned ? { allocation: planned.allocation, plan: planned.plan, ...planned.plans.length > 1 ? { plans: planned.plans } : {} } : {}
  };
}
var MANY_RENDERS = 100;
var SOME_RENDERS = 10;
var SLOW_SECONDS = 10;
var QUIET_MS = 2e3;
function sayProgress(to, total, width, done) {
  const started = performance.now();
  if (!to || total < (to.tty ? 1 : SOME_RENDERS)) return { stop: () => (performance.now() - started) / 1e3 };
  let shown = false;
  const line = () => `calico-ipam-lint: rendering ${done()}/${total} roots and charts (${width} at a time)`;
  let ticker;
  const first = setTimeout(
    () => {
      shown = true;
      if (!to.tty) {
        to.write(`calico-ipam-lint: rendering ${total} Kustomize roots and charts, ${width} at a time (${done()} done so far)...
`);
        return;
      }
      to.write(`\r${line()}\x1B[K`);
      ticker = setInterval(() => to.write(`\r${line()}\x1B[K`), 250);
      ticker.unref();
    },
    to.tty ? QUIET_MS : SLOW_SECONDS * 1e3
  );
  first.unref();
  return {
    stop: () => {
      clearTimeout(first);
      if (ticker) clearInterval(ticker);
      if (shown && to.tty) to.write("\r\x1B[K");
      return (performance.now() - started) / 1e3;
    }
  };
}
function duration(seconds) {
  const s = Math.round(seconds);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}
function sourcePlan(plan, sourceLine) {
  const move = (o) => ({ ...o, ...sourceLine(o.file, o.line) });
  return {
    ...plan,
    pools: plan.pools.map(move),
    statics: plan.statics.map((s) => ({ ...s, owner: move(s.owner) })),
    sets: plan.sets.map((s) => ({ ...s, consumers: s.consumers.map(move) })),
    unknown: plan.unknown.map(move),
    blocked: plan.blocked.map(move)
  };
}
function unitKey(u) {
  if (u.kind === "root") {
    const how = u.deploy?.options ? [u.deploy.by.file, u.deploy.by.kind, u.deploy.by.name] : u.deploy?.by.kind === "Kustomization" ? "flux" : "";
    return `root\0${u.root.dir}\0${u.deploy?.namespace ?? ""}\0${JSON.stringify(how)}`;
  }
  if (u.kind === "chart") return `chart\0${u.chart.dir}\0${JSON.stringify([u.deploy?.releaseName, u.deploy?.namespace, u.deploy?.valueFiles, u.deploy?.values, u.deploy?.set, u.deploy?.setString])}`;
  return `files\0${u.files.join("\0")}`;
}
async function renderUnit(u, layout, tools, env, mode, cwd, raw, unrendered, byAbs, cache, stats) {
  const cacheDir = cache.dir;
  const run = async (program, job, dirs, files, render) => {
    const memoKey = cache.memo ? JSON.stringify([program, job, files]) : "";
    const remembered = cache.memo?.get(memoKey);
    if (remembered) {
      stats.cached++;
      return remembered;
    }
    const key = cacheDir ? renderKey(program, job, dirs, files) : "";
    const hit = cacheDir ? cached(cacheDir, key) : null;
    if (hit) {
      stats.cached++;
      cache.memo?.set(memoKey, hit, dirs, files);
      return hit;
    }
    const out = await render();
    stats.rendered++;
    if (cacheDir) store(cacheDir, key, out);
    cache.memo?.set(memoKey, out, dirs, files);
    return out;
  };
  const show = (p) => displayPath(p, cwd);
  if (u.kind === "root") {
    const blocked = [...u.root.remote.map((r) => `the remote base ${r}`), ...u.root.unsafe];
    for (const b of u.root.bases) {
      const base = layout.roots.get(b);
      if (base) blocked.push(...base.remote.map((r) => `the remote base ${r}`), ...base.unsafe);
    }
    const rootName = u.root.generated ? `the folder ${show(u.root.dir)}` : show(u.root.file);
    if (mode === "never" || !tools.kustomize || blocked.length > 0) {
      if (blocked.length > 0) unrendered.push(`${rootName} is not rendered: it uses ${blocked.join(", ")}; its files are linted as they are`);
      else raw.push(show(u.root.dir));
      return { raw: true };
    }
    const d = u.deploy;
    const opts = d?.options;
    const o = opts ? await import("./options-7B3AIKIH.js") : null;
    const flux = d?.by.kind === "Kustomization";
    const extra = flux ? ["--load-restrictor", "LoadRestrictionsNone"] : [];
    const inputs = rootInputs(layout, u.root);
    const patches = rootPatches(layout, u.root);
    const components = o && opts ? o.optionComponents(opts, u.root.dir) : [];
    for (const c of components) {
      const comp = layout.roots.get(c);
      if (comp) {
        inputs.push(...rootInputs(layout, comp));
        patches.unshift(...rootPatches(layout, comp));
      }
    }
    const dirs = [.../* @__PURE__ */ new Set([...inputs.map((p) => dirname3(p)), ...components])];
    let edited;
    if (o && opts && d) {
      const own = u.root.generated ? void 0 : toPlain(parseSource(u.root.file, textOf(u.root.file)).documents[0]?.root ?? void 0);
      const resources = u.root.generated ? [...u.root.resources, ...u.root.bases].map((p) => `./${p.slice(u.root.dir.length + 1)}`) : [];
      const e = o.editKustomization(opts, own && typeof own === "object" && !Array.isArray(own) ? own : u.root.generated ? void 0 : {}, u.root.dir, resources);
      if ("error" in e) {
        if (u.root.generated) {
          unrendered.push(`${rootName} as ${d.by.kind} ${d.by.name} builds it: ${e.error}; its files are linted as they are`);
          return { raw: true };
        }
        return { failed: failedSource(show(u.root.file), `${d.by.kind} ${d.by.name} cannot apply its kustomize options to ${show(u.root.dir)}: ${e.error}`, textOf(u.root.file), false) };
      }
      edited = e.kustomization;
    }
    const job = ["kustomize", tools.kustomize.args, u.root.dir, extra, edited ?? null];
    let out;
    try {
      out = await run(tools.kustomize.bin, job, dirs, [], () => edited && o ? o.buildEdited(tools, u.root, edited, dirs, flux, env) : renderKustomize(tools, u.root.dir, env, extra));
    } catch (err) {
      unrendered.push(`${rootName} with the kustomize options of ${d?.by.kind ?? ""} ${d?.by.name ?? ""}: ${err.message}; its files are linted as they are`);
      return { raw: true };
    }
    if ("error" in out) {
      if (u.root.generated) {
        unrendered.push(`${rootName} as ${d?.by.kind ?? "Flux"} ${d?.by.name ?? ""} builds it: kustomize failed: ${out.error}; its files are linted as they are`);
        return { raw: true };
      }
      return { failed: failedSource(show(u.root.file), `kustomize build ${show(u.root.dir)}${opts && d ? ` with the kustomize options of ${d.by.kind} ${d.by.name}` : ""} failed: ${out.error}`, textOf(u.root.file), !u.deploy) };
    }
    const label = show(u.root.dir);
    const path = `<rendered ${label}${d ? ` for ${d.by.kind} ${d.by.name}` : ""}>`;
    let parsed = parseSource(path, withoutDefinitions(out.text));
    const optionsFile = d ? byAbs.get(d.by.file) : void 0;
    const vars = o && opts?.tool === "flux" && d ? o.fluxVariables(
      opts,
      optionsFile,
      show(d.by.file),
      [...byAbs].filter(([, f]) => f.text.includes("ConfigMap") || f.text.includes("Secret")).map(([p, file]) => ({ display: show(p), file }))
    ) : void 0;
    if (o && opts?.tool === "flux") parsed = o.fluxPostBuild(parsed, opts, vars);
    parsed = withNamespace(parsed, d?.namespace);
    const candidates = [];
    for (const file of u.files) {
      for (const d2 of byAbs.get(file)?.documents ?? []) {
        const data = toPlain(d2.root ?? void 0);
        if (typeof data?.kind === "string" && typeof data.metadata?.name === "string") candidates.push({ file: show(file), kind: data.kind, name: data.metadata.name });
      }
    }
    const origins = /* @__PURE__ */ new Map();
    for (const d2 of parsed.documents) {
      const data = toPlain(d2.root ?? void 0);
      const name = typeof data?.metadata?.name === "string" ? data.metadata.name : "";
      const best = candidates.filter((c) => c.kind === data?.kind && name.includes(c.name)).sort((a, b) => b.name.length - a.name.length)[0];
      if (best) origins.set(d2.index, best.file);
    }
    const kustomizations = inputs.filter((p) => KUSTOMIZATION_NAMES.includes(basename(p)) && existsSync2(p));
    return {
      rendered: {
        rendered: parsed,
        how: "kustomize",
        patches: patches.map(show),
        kustomizations: kustomizations.map(show),
        origins,
        templates: /* @__PURE__ */ new Map(),
        valueFiles: [],
        embedded: [],
        fallback: show(u.deploy?.by.file ?? u.root.file),
        label,
        ...o && opts && d ? { options: o.optionHints(opts, opts.file ? byAbs.get(opts.file) : optionsFile, show(opts.file ?? d.by.file)) } : {},
        ...vars && vars.vars.size > 0 ? { variables: vars.vars } : {}
      }
    };
  }
  if (u.kind === "chart") {
    const label = show(u.chart.dir);
    if (mode === "never" || !tools.helm) {
      unrendered.push(`the chart ${label}${mode === "never" ? " (--render never)" : " (install helm to lint what it deploys)"}`);
      return {};
    }
    const d = u.deploy;
    const missing = u.chart.dependencies.filter((dep) => !existsSync2(join4(u.chart.dir, "charts", dep)) && !tgzIn(join4(u.chart.dir, "charts"), dep));
    if (missing.length > 0) {
      unrendered.push(`the chart ${label}: its dependencies ${someOf(missing)} are not vendored in charts/ (helm dependency build fetches them; this run uses no network)`);
      return {};
    }
    const valueFiles = (d?.valueFiles ?? []).filter((f) => existsSync2(f));
    const values = (d?.values ?? []).flatMap((v) => Object.entries(v).map(([k, x]) => [k, JSON.stringify(x)]));
    const job = { chart: u.chart.dir, release: d?.releaseName ?? basename(u.chart.dir), ...d?.namespace ? { namespace: d.namespace } : {}, valueFiles, values, set: d?.set ?? [], ...d?.setString?.length ? { setString: d.setString } : {} };
    const out = await run(tools.helm, ["helm", job], [u.chart.dir], valueFiles, () => renderHelm(tools, job, env));
    if ("error" in out) {
      const helm4Only = d !== void 0 && /\bunsupported chart version\b/.test(out.error);
      return { failed: failedSource(show(u.chart.file), `helm template ${label} failed: ${out.error}`, textOf(u.chart.file), !d, helm4Only ? "RENDER_FAILED_HELM4_ONLY" : void 0) };
    }
    const path = `<rendered ${label}${d ? ` for ${d.by.kind} ${d.by.name}` : ""}>`;
    const parsed = withNamespace(parseSource(path, out.text), d?.namespace);
    const templates = /* @__PURE__ */ new Map();
    const sources = [];
    for (const m of parsed.text.matchAll(/^# Source: [^/\n]+\/(.+)$/gm)) {
      const file = m[1] ?? "";
      sources.push({ at: m.index ?? 0, file: file.startsWith("charts/") ? "" : show(join4(u.chart.dir, file)) });
    }
    for (const doc of parsed.documents) {
      if (!doc.root) continue;
      const mark = sources.filter((m) => m.at <= doc.root.span.start).pop();
      if (mark?.file) templates.set(doc.index, mark.file);
    }
    const defaults = join4(u.chart.dir, "values.yaml");
    return {
      rendered: {
        rendered: parsed,
        how: "helm",
        patches: [],
        kustomizations: [],
        origins: /* @__PURE__ */ new Map(),
        templates,
        sources,
        valueFiles: [...existsSync2(defaults) ? [show(defaults)] : [], ...valueFiles.map(show)],
        embedded: (d?.embedded ?? []).map((e) => ({ ...e, file: show(e.file) })),
        ...d?.params && d.params.length > 0 ? { params: { template: show(d.by.file), sources: d.params.map((p) => ({ ...p, file: show(p.file) })) } } : {},
        fallback: show(d?.by.file ?? u.chart.file),
        label: d ? `${d.by.kind} ${d.by.name}` : label
      }
    };
  }
  return {};
}
function withoutDefinitions(text) {
  if (!text.includes("\nkind: CustomResourceDefinition\n")) return text;
  return text.split(/^---\n/m).filter((d) => !/^kind: CustomResourceDefinition$/m.test(d)).join("---\n");
}
var NAMESPACED = /* @__PURE__ */ new Set(["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "ReplicationController", "HorizontalPodAutoscaler", "ConfigMap"]);
function withNamespace(file, namespace) {
  if (!namespace) return file;
  const inserts = [];
  for (const d of file.documents) {
    const root = d.root;
    if (root?.kind !== "map") continue;
    const kind = root.entries.find((e) => e.key === "kind")?.value;
    if (kind?.kind !== "scalar" || !NAMESPACED.has(String(kind.value))) continue;
    const meta = root.entries.find((e) => e.key === "metadata")?.value;
    if (meta?.kind !== "map" || meta.entries.some((e) => e.key === "namespace")) continue;
    const first = meta.entries[0];
    if (!first) continue;
    const lineStart = file.text.lastIndexOf("\n", first.keySpan.start - 1) + 1;
    const indent = file.text.slice(lineStart, first.keySpan.start);
    if (!/^ +$/.test(indent)) continue;
    inserts.push({ at: lineStart, text: `${indent}namespace: ${JSON.stringify(namespace)}
` });
  }
  if (inserts.length === 0) return file;
  let text = file.text;
  for (const i of inserts.sort((a, b) => b.at - a.at)) text = text.slice(0, i.at) + i.text + text.slice(i.at);
  return parseSource(file.path, text);
}
function failedSource(path, message, text, undeployed, why) {
  const code = why ?? (undeployed ? "RENDER_FAILED_UNDEPLOYED" : "RENDER_FAILED");
  return { path, text, documents: [], problems: [{ code, message, span: { file: path, start: 0, end: 0 } }], contextOnly: false };
}
function tgzIn(dir, name) {
  try {
    return readdirSync2(dir).some((f) => f.startsWith(`${name}-`) && f.endsWith(".tgz"));
  } catch {
    return false;
  }
}
function textOf(p) {
  try {
    return readFileSync2(p, "utf8");
  } catch {
    return "";
  }
}
function gitTop(cwd) {
  for (let d = resolve2(cwd); ; d = dirname3(d)) {
    if (existsSync2(join4(d, ".git"))) return d;
    if (dirname3(d) === d) return null;
  }
}

// src/api.ts
import { resolve as resolve3, sep as sep3 } from "node:path";

// src/core.ts
function lintCore(inputs, options = {}) {
  const parse = options.precise ? parseSource : manifestReader();
  const files = [...inputs.sources ?? []];
  for (const t of inputs.texts ?? []) files.push(parse(t.path, t.text, t.contextOnly ?? false));
  const out = { ...lintSources(files, options), files };
  return withPlan({ ...out, poolsKnown: poolsKnown(out.model) }, options);
}
function withPlan(out, options) {
  if (!options.plan) return out;
  const a = allocation(out.model, out.settings);
  return { ...out, allocation: a, plan: planFrom(out.model, a) };
}

// src/api.ts
async function lint(given) {
  const cwd = resolve3(given.cwd ?? ".");
  const request = given.configFile === void 0 ? given : withConfig(given, configRequest(await loadConfig(given.configFile === true ? void 0 : given.configFile, cwd)));
  const main = await expandPaths(request.paths ?? [], cwd);
  const ctx = await expandPaths(request.context ?? [], cwd);
  const mainSet = new Set(main.files);
  const files = [...request.sources ?? []];
  const parse = request.precise ? parseSource : manifestReader();
  const budget = readBudget(request.maxInputBytes);
  for (const f of await loadFiles(main.files, cwd, false, parse, budget)) files.push(f);
  for (const f of await loadFiles(ctx.files.filter((p) => !mainSet.has(p)), cwd, true, parse, budget)) files.push(f);
  const unreadable = [
    ...main.unreadable,
    ...ctx.unreadable,
    ...files.filter((f) => f.problems.some((p) => p.code === "UNREADABLE" && /permission|cannot be read/.test(p.message) || p.code === "TOO_LARGE")).map((f) => f.path)
  ];
  const missing = [...main.missing, ...ctx.missing];
  for (const t of request.texts ?? []) files.push(parse(t.path, t.text, t.contextOnly ?? false));
  const out = await lintRead(files, request);
  return { ...out, missing, unreadable, skipped: [...main.skipped, ...ctx.skipped, ...out.skipped] };
}
async function lintRead(files, request) {
  const cwd = resolve3(request.cwd ?? ".");
  if (request.layout !== false) {
    const named = new Set((request.paths ?? []).map((p) => resolve3(cwd, p).split(sep3).join("/")));
    const laid = await lintLayout(files, named, cwd, request, request.layout ?? {});
    if (laid) return laid;
  }
  return { ...lintCore({ sources: files }, request), skipped: [] };
}
function withConfig(request, config) {
  return {
    ...config,
    ...request,
    ...request.podCidrs && request.podCidrs.length > 0 ? {} : config.podCidrs ? { podCidrs: config.podCidrs } : {},
    settings: { ...config.settings, ...request.settings },
    context: [...request.context ?? [], ...config.context ?? []],
    // The configuration's clusters under the request's own layout options; `false` stays flat.
    ...request.layout === false ? {} : config.layout || request.layout ? { layout: { ...config.layout, ...request.layout } } : {}
  };
}

export {
  ConfigError,
  loadConfig,
  configRequest,
  settingsFrom,
  RenderMemo,
  RenderUnavailable,
  lintCore,
  lint,
  lintRead
};
