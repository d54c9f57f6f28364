import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);
import {
  recount
} from "./chunk-4VNTBXCA.js";
import {
  compareFindings,
  decodeText,
  displayPath,
  lintSources
} from "./chunk-4NCXSX2F.js";
import {
  LazySources,
  LineIndex,
  buildModel,
  get,
  manifestReader,
  toPlain
} from "./chunk-PJOHWLWG.js";
import "./chunk-KFKEVZ4F.js";
import "./chunk-UZMCNIHN.js";

// src/node/impact.ts
import { realpath } from "node:fs/promises";
import { isAbsolute, resolve, sep } from "node:path";

// src/engine/impact.ts
var MAX_PROBES = 8;
var CLUSTER_WIDE_WORDS = /\b(?:Namespace|IPPool|IPReservation|IPAMConfig|IPAMConfiguration|Installation|ClusterConfiguration|KubeProxyConfiguration|Cluster|Network|ConfigMap|CALICO_IPV[46]POOL_[A-Z_]+|NO_DEFAULT_POOLS)\b/;
function sameClusterWideText(now, before) {
  const docs = (t) => t.split(/^---(?=[ \t\r\n]|$)/m).filter((d) => CLUSTER_WIDE_WORDS.test(d)).sort();
  const a = docs(now);
  const b = docs(before);
  return a.length === b.length && a.every((d, i) => d === b[i]);
}
function clusterWide(file) {
  if (!CLUSTER_WIDE_WORDS.test(file.text)) return [];
  const m = buildModel([{ ...file, contextOnly: false }]);
  const set = /* @__PURE__ */ new Set();
  for (const n of m.namespaceList) set.add(n.object);
  for (const p of m.pools) if (p.object) set.add(p.object);
  for (const r of m.reservations) set.add(r.object);
  for (const c of m.ipamConfigs) set.add(c.object);
  for (const c of m.podCidrs) if (c.object) set.add(c.object);
  if (m.cni?.object) set.add(m.cni.object);
  return [...set];
}
var identity = (o) => JSON.stringify([o.ref.apiVersion.split("/")[0], o.ref.kind, o.ref.namespace ?? "", o.ref.name ?? ""]);
var plain = (o) => JSON.stringify(toPlain(o.node));
function changedField(now, before) {
  const found = [];
  const walk = (n, b, path) => {
    if (JSON.stringify(toPlain(n)) === JSON.stringify(b)) return;
    if (n.kind === "map" && b !== null && typeof b === "object" && !Array.isArray(b)) {
      const bm = b;
      const keys = new Set(n.entries.map((e) => e.key));
      for (const e of n.entries) {
        if (!(e.key in bm)) found.push({ path: [...path, e.key], span: e.value.span });
        else walk(e.value, bm[e.key], [...path, e.key]);
      }
      if (Object.keys(bm).some((k) => !keys.has(k))) found.push({ path, span: n.span });
      return;
    }
    if (n.kind === "seq" && Array.isArray(b)) {
      n.items.forEach((item, i) => i < b.length ? walk(item, b[i], [...path, String(i)]) : found.push({ path: [...path, String(i)], span: item.span }));
      if (b.length > n.items.length) found.push({ path, span: n.span });
      return;
    }
    found.push({ path, span: n.span });
  };
  walk(now, before, []);
  const pick = found.find((f) => f.path[0] === "spec") ?? found.find((f) => f.path[0] === "metadata" && f.path[1] === "annotations") ?? found[0];
  return pick?.span ?? now.span;
}
function reverted(path, nowFile, beforeFile, now, before) {
  const docOf = (f, o) => f && o ? f.documents.findIndex((d) => d.root !== null && d.root.span.start <= o.node.span.start && o.node.span.end <= d.root.span.end) : -1;
  const i = docOf(nowFile, now);
  const j = docOf(beforeFile, before);
  const documents = [...nowFile.documents];
  if (i >= 0 && j >= 0 && beforeFile) documents[i] = beforeFile.documents[j];
  else if (i >= 0) documents.splice(i, 1);
  else if (j >= 0 && beforeFile) documents.push(beforeFile.documents[j]);
  const swapped = { ...nowFile, documents };
  return (files) => files.map((f) => f.path === path ? swapped : f);
}
function changesIn(input) {
  const out = [];
  for (const file of input.files) {
    if (!input.changed(file.path)) continue;
    const beforeText = input.previous.text?.(file.path);
    const mayBefore = beforeText === void 0 ? input.previous.has(file.path) : CLUSTER_WIDE_WORDS.test(beforeText);
    if (!CLUSTER_WIDE_WORDS.test(file.text) && !mayBefore) continue;
    if (beforeText !== void 0 && sameClusterWideText(file.text, beforeText)) continue;
    const beforeFile = mayBefore ? input.previous.get(file.path) : void 0;
    const nowObjs = clusterWide(file);
    const beforeObjs = beforeFile ? clusterWide(beforeFile) : [];
    const byId = new Map(beforeObjs.map((o) => [identity(o), o]));
    const seen = /* @__PURE__ */ new Set();
    const nowIds = new Set(nowObjs.map(identity));
    const gone = beforeObjs.filter((b) => !nowIds.has(identity(b)));
    for (const o of nowObjs) {
      const id = identity(o);
      let b = byId.get(id);
      if (!b) {
        const i = gone.findIndex((g) => g.ref.kind === o.ref.kind && g.ref.apiVersion === o.ref.apiVersion);
        if (i >= 0) [b] = gone.splice(i, 1);
      }
      if (b) seen.add(identity(b));
      if (b && plain(b) === plain(o)) continue;
      const at = b ? changedField(o.node, toPlain(b.node)) : get(o.node, "metadata", "name")?.span ?? o.ref.span;
      out.push({ file: file.path, at, object: ref(o), revert: reverted(file.path, file, beforeFile, o, b) });
    }
    for (const b of beforeObjs) {
      if (seen.has(identity(b))) continue;
      out.push({ file: file.path, at: { file: file.path, start: 0, end: 0 }, object: ref(b), revert: reverted(file.path, file, beforeFile, void 0, b) });
    }
  }
  for (const gone of input.deleted ?? []) {
    for (const b of clusterWide(gone)) {
      out.push({ file: gone.path, object: ref(b), revert: (files) => [...files, { ...gone, contextOnly: false }] });
    }
  }
  return out;
}
var ref = (o) => ({ kind: o.ref.kind, ...o.ref.namespace !== void 0 ? { namespace: o.ref.namespace } : {}, ...o.ref.name !== void 0 ? { name: o.ref.name } : {} });
var placeOf = (f) => JSON.stringify([f.ruleId, f.file, f.line, f.column, f.endLine, f.endColumn, f.severity]);
var exactOf = (f) => JSON.stringify([placeOf(f), f.message]);
function missingFrom(list, other) {
  const exact = /* @__PURE__ */ new Map();
  const place = /* @__PURE__ */ new Map();
  for (const f of other) {
    exact.set(exactOf(f), (exact.get(exactOf(f)) ?? 0) + 1);
    place.set(placeOf(f), (place.get(placeOf(f)) ?? 0) + 1);
  }
  const left = [];
  for (const f of list) {
    const n = exact.get(exactOf(f)) ?? 0;
    if (n > 0) {
      exact.set(exactOf(f), n - 1);
      place.set(placeOf(f), (place.get(placeOf(f)) ?? 1) - 1);
    } else left.push(f);
  }
  return left.filter((f) => {
    const n = place.get(placeOf(f)) ?? 0;
    if (n <= 0) return true;
    place.set(placeOf(f), n - 1);
    return false;
  });
}
var NONE = { atChanges: [], inPlace: [] };
function changeImpact(input) {
  const changes = changesIn(input);
  if (changes.length === 0) return NONE;
  const counts = (f) => !input.changed(f.path) && !input.skip?.(f.path) && (input.contextCounts || !f.contextOnly);
  const counting = new Set(input.files.filter(counts).map((f) => f.path));
  const asLinted = (files) => files.map((f) => f.contextOnly && counting.has(f.path) ? { ...f, contextOnly: false } : f);
  const { changedSince: changedSince2, strict, ...options } = input.options;
  void changedSince2;
  void strict;
  const untouched = (results) => results.filter((r) => counting.has(r.file)).flatMap((r) => r.findings);
  const run2 = (files, only) => untouched(lintSources(asLinted(files), only ? { ...options, only: options.only ? only.filter((r) => options.only?.includes(r)) : only } : options).results);
  const rulesOf = (list) => [...new Set(list.map((f) => f.ruleId))];
  const nowResults = input.now ?? lintSources(asLinted(input.files), options).results;
  const now = untouched(nowResults);
  if (now.length === 0) return NONE;
  const beforeFiles = [...(input.deleted ?? []).map((f) => ({ ...f, contextOnly: false }))];
  for (const f of input.files) {
    if (!input.changed(f.path)) beforeFiles.push(f);
    else {
      const b = input.previous.get(f.path);
      if (b) beforeFiles.push({ ...b, contextOnly: f.contextOnly });
    }
  }
  const own = /* @__PURE__ */ new Set();
  for (const r of nowResults) if (input.changed(r.file)) for (const f of r.findings) own.add(JSON.stringify([f.ruleId, f.file, f.line]));
  const mirrored = (f) => (f.related ?? []).some((rel) => input.changed(rel.file) && own.has(JSON.stringify([f.ruleId, rel.file, rel.line])));
  const confirmed = input.confirm ? new Set(input.confirm.flatMap((r) => r.findings.map((f) => JSON.stringify([f.ruleId, f.file, f.line])))) : void 0;
  const fresh = missingFrom(now, run2(beforeFiles, rulesOf(now))).filter((f) => !mirrored(f) && (!confirmed || confirmed.has(JSON.stringify([f.ruleId, f.file, f.line]))));
  if (fresh.length === 0) return NONE;
  const causes = /* @__PURE__ */ new Map();
  if (changes.length > 1 && changes.length <= MAX_PROBES) {
    for (const c of changes) {
      for (const f of missingFrom(fresh, run2(c.revert(input.files), rulesOf(fresh)))) causes.set(f, [...causes.get(f) ?? [], c]);
    }
  }
  const byFile = new Map(input.files.map((f) => [f.path, f]));
  const index = /* @__PURE__ */ new Map();
  const locate = (s) => {
    let idx = index.get(s.file);
    if (!idx) index.set(s.file, idx = new LineIndex(byFile.get(s.file)?.text ?? ""));
    return idx.location(s);
  };
  const out = [];
  const inPlace = [];
  const what = (c) => `${c.object.kind}${c.object.name !== void 0 ? ` ${c.object.namespace !== void 0 ? `${c.object.namespace}/` : ""}${c.object.name}` : ""}`;
  for (const f of fresh) {
    for (const c of causes.get(f) ?? changes) {
      if (!c.at) {
        inPlace.push({ ...f, message: `This change deletes \`${c.file}\` (${what(c)}), which causes this: ${f.message}` });
        continue;
      }
      out.push({
        ruleId: f.ruleId,
        severity: f.severity,
        message: `This change causes a new finding in \`${f.file}\` at ${f.line}:${f.column}: ${f.message}`,
        ...f.messageId !== void 0 ? { messageId: f.messageId } : {},
        file: c.file,
        ...locate(c.at),
        related: [{ file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, message: `the finding this change causes: ${f.message}` }, ...f.related ?? []].slice(0, 50),
        object: c.object,
        ...f.value !== void 0 ? { value: `${f.file}: ${f.value}` } : {},
        ...f.cluster !== void 0 ? { cluster: f.cluster } : {}
      });
    }
  }
  return { atChanges: out, inPlace };
}

// src/node/git.ts
import { spawn } from "node:child_process";
import { join } from "node:path";
var GitError = class extends Error {
};
var SAFE = ["-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null", "-c", "protocol.allow=never", "-c", "core.sshCommand=false", "-c", "credential.helper="];
var SAFE_ENV = { GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C", GIT_NO_LAZY_FETCH: "1", GIT_TERMINAL_PROMPT: "0" };
var filterOverrides = /* @__PURE__ */ new Map();
function noFilters(cwd) {
  let hit = filterOverrides.get(cwd);
  if (!hit) {
    hit = run(["config", "-z", "--name-only", "--get-regexp", "^filter\\..*\\.(clean|smudge|process)$"], cwd, []).then((b) => {
      const drivers = new Set(b.toString("utf8").split("\0").filter(Boolean).map((k) => k.replace(/^filter\.(.*)\.[a-z]+$/, "$1")));
      return [...drivers].flatMap((d) => ["-c", `filter.${d}.clean=cat`, "-c", `filter.${d}.smudge=cat`, "-c", `filter.${d}.process=`, "-c", `filter.${d}.required=false`]);
    }).catch(() => []);
    filterOverrides.set(cwd, hit);
  }
  return hit;
}
async function git(args, cwd, input) {
  return run(args, cwd, await noFilters(cwd), input);
}
function run(args, cwd, extra, input) {
  return new Promise((resolvePromise, reject) => {
    let child;
    try {
      child = spawn("git", [...SAFE, ...extra, ...args], { cwd, stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...SAFE_ENV } });
    } catch (err2) {
      reject(new GitError(`could not run git: ${err2.message}`));
      return;
    }
    const out = [];
    const err = [];
    child.stdout.on("data", (c) => out.push(c));
    child.stderr.on("data", (c) => err.push(c));
    child.on("error", (e) => reject(new GitError(`could not run git: ${e.message}`)));
    child.on("close", (code) => {
      if (code === 0) resolvePromise(Buffer.concat(out));
      else reject(new GitError(Buffer.concat(err).toString("utf8").trim().split("\n")[0] || `git ${args[0] ?? ""} exited with ${String(code)}`));
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(input ?? "");
  });
}
async function gitToplevel(cwd) {
  return (await git(["rev-parse", "--show-toplevel"], cwd)).toString("utf8").trim();
}
async function hasCommit(ref2, cwd) {
  return git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref2}^{commit}`], cwd).then(
    () => true,
    () => false
  );
}
async function changedSince(ref2, top) {
  await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref2}^{commit}`], top).catch(() => {
    throw new GitError(`${ref2} is not a commit in this repository`);
  });
  const diff = (await git(["diff", "--name-status", "-z", "-M", "--no-ext-diff", ref2, "--"], top)).toString("utf8").split("\0");
  const out = [];
  for (let i = 0; i < diff.length; ) {
    const status = diff[i++] ?? "";
    if (status === "") continue;
    if (status.startsWith("R") || status.startsWith("C")) {
      const from = diff[i++] ?? "";
      const to = diff[i++] ?? "";
      out.push(status.startsWith("R") ? { path: join(top, to), before: from } : { path: join(top, to) });
    } else {
      const p = diff[i++] ?? "";
      if (status.startsWith("D")) {
        out.push({ path: join(top, p), before: p, deleted: true });
        continue;
      }
      out.push(status.startsWith("A") ? { path: join(top, p) } : { path: join(top, p), before: p });
    }
  }
  const untracked = (await git(["ls-files", "--others", "--exclude-standard", "-z"], top)).toString("utf8").split("\0");
  for (const p of untracked) if (p) out.push({ path: join(top, p) });
  return out;
}
async function filesAt(ref2, paths, top) {
  const result = /* @__PURE__ */ new Map();
  if (paths.length === 0) return result;
  const asked = paths.filter((p) => !p.includes("\n"));
  const buf = await git(["cat-file", "--batch"], top, asked.map((p) => `${ref2}:${p}
`).join(""));
  let at = 0;
  for (const p of asked) {
    const nl = buf.indexOf(10, at);
    if (nl < 0) break;
    const header = buf.subarray(at, nl).toString("utf8");
    at = nl + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) continue;
    const size = Number(m[2]);
    if (m[1] === "blob") result.set(p, buf.subarray(at, at + size));
    at += size + 1;
  }
  return result;
}

// src/node/impact.ts
function causedBy(out, results, impact, request) {
  const given = new Set(out.files.filter((f) => !f.contextOnly).map((f) => f.path));
  const changed = impact.givenOnly ? (p) => given.has(p) && impact.changed(p) : impact.changed;
  const cwd = resolve(request.cwd ?? ".");
  const roots = [...request.paths ?? [], ...request.context ?? []].map((p) => resolve(cwd, p));
  const read = new Set(out.files.map((f) => f.path));
  const deleted = [...impact.deleted.keys()].filter((p) => !read.has(p) && roots.some((r) => resolve(cwd, p) === r || resolve(cwd, p).startsWith(r.endsWith(sep) ? r : r + sep))).map((p) => impact.deleted.get(p)).filter((f) => f !== void 0);
  const flat = out.scopes === void 0 && out.files.every((f) => !f.contextOnly);
  return changeImpact({
    files: out.files,
    changed,
    previous: impact.previous,
    deleted,
    contextCounts: impact.contextCounts,
    ...impact.skip ? { skip: impact.skip } : {},
    options: request,
    ...flat ? { now: results } : {},
    // Read through the layout: what the run itself reports decides (the hooks' context is not in it).
    ...out.scopes !== void 0 && !impact.contextCounts ? { confirm: results } : {}
  });
}
function merged(results, caused) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of caused) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  const out = results.map((r) => {
    const more = byFile.get(r.file);
    if (!more) return r;
    byFile.delete(r.file);
    return recount(r, [...r.findings, ...more].sort(compareFindings));
  });
  for (const [file, list] of byFile) out.push(recount({ file, findings: [], errorCount: 0, warningCount: 0 }, list.sort(compareFindings)));
  return out.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
function withCaused(results, caused) {
  const key = (f) => JSON.stringify([f.ruleId, f.file, f.line, f.column, f.endLine, f.endColumn]);
  const shown = new Set(results.flatMap((r) => r.findings.map(key)));
  const more = [...caused.atChanges, ...caused.inPlace.filter((f) => !shown.has(key(f)))];
  return more.length > 0 ? merged(results, more) : results;
}
var RevisionError = class extends Error {
};
async function changedSetup(ref2, cwd, stdinName, flag = "--changed-since") {
  let top;
  try {
    top = await gitToplevel(cwd);
  } catch (err) {
    throw new RevisionError(`${flag} needs a git work tree: ${err.message}`);
  }
  let changed;
  try {
    changed = await changedSince(ref2, top);
  } catch (err) {
    throw new RevisionError(`${flag} ${ref2}: ${err instanceof GitError ? err.message : String(err)}`);
  }
  const realCwd = await realpath(cwd).catch(() => resolve(cwd));
  const scope = new Set(changed.filter((c) => !c.deleted).map((c) => c.path));
  const manifests = changed.filter((c) => c.before !== void 0 && /\.(ya?ml|json)$/i.test(c.path));
  const texts = /* @__PURE__ */ new Map();
  const gone = /* @__PURE__ */ new Map();
  const blobs = await filesAt(ref2, manifests.map((c) => c.before ?? ""), top).catch((err) => {
    throw new RevisionError(`${flag} ${ref2}: ${err.message}`);
  });
  for (const c of manifests) {
    const blob = blobs.get(c.before ?? "");
    if (!blob) continue;
    const decoded = decodeText(blob);
    if ("error" in decoded) continue;
    const shown = displayPath(c.path, realCwd);
    (c.deleted ? gone : texts).set(shown, decoded.text);
  }
  const previous = new LazySources(texts, manifestReader());
  const inScope = (file) => {
    if (file === stdinName) return true;
    const abs = isAbsolute(file) ? file : resolve(realCwd, file);
    return scope.has(abs);
  };
  return { inScope, previous, deleted: new LazySources(gone, manifestReader()) };
}
async function changesFor(flags, cwd) {
  const stdinName = flags.stdinFilename ?? "<stdin>";
  if (flags.changedSince !== void 0) {
    const changed = await changedSetup(flags.changedSince, cwd, stdinName);
    const impact = { ref: flags.changedSince, changed: (f) => f !== stdinName && changed.inScope(f), skip: (f) => f === stdinName, previous: changed.previous, deleted: changed.deleted, givenOnly: false, contextCounts: false };
    return { changed, impact };
  }
  const ref2 = flags.impactSince ?? flags.pullRequestBase;
  if (ref2 === void 0 || flags.impactSince === "HEAD" && !await hasCommit("HEAD", cwd)) return {};
  const hooks = flags.impactSince !== void 0;
  const since = await changedSetup(ref2, cwd, "", hooks ? "--impact-since" : "the pull request's base");
  return { impact: { ref: ref2, changed: since.inScope, previous: since.previous, deleted: since.deleted, givenOnly: hooks, contextCounts: hooks } };
}
export {
  RevisionError,
  causedBy,
  changesFor,
  withCaused
};
