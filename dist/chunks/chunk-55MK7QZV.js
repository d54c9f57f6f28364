import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);
import {
  configRequest,
  loadConfig,
  settingsFrom
} from "./chunk-OYFFFNQY.js";
import {
  applyBaseline,
  buildBaseline,
  parseBaseline,
  recount,
  serializeBaseline
} from "./chunk-4VNTBXCA.js";
import {
  MAX_IN_USE_BYTES,
  TooLargeError,
  decodeText,
  displayPath,
  readFileLimited
} from "./chunk-4NCXSX2F.js";
import {
  livePodsFrom,
  parseSource,
  toPlain
} from "./chunk-PJOHWLWG.js";

// src/node/write.ts
import { randomBytes } from "node:crypto";
import { constants, unlinkSync } from "node:fs";
import { access, lstat, mkdir, open, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var WriteError = class extends Error {
};
var WriteFailure = class extends WriteError {
  constructor(path, reason) {
    super(`cannot write ${path}: ${reason}`);
  }
};
var WRITE_FAILURES = {
  EROFS: "read-only file system",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  ENOENT: "its directory does not exist",
  ENOTDIR: "a part of its path is not a directory",
  EEXIST: "a part of its path is not a directory",
  // what mkdir -p meets at a file
  EISDIR: "it is a directory",
  EPIPE: "the reader closed it",
  ENXIO: "no such device",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "the path is too long"
};
var failure = (path, err) => {
  if (err instanceof WriteFailure) return err;
  const e = err;
  return new WriteFailure(path, (e.code && WRITE_FAILURES[e.code]) ?? e.message);
};
async function writeThrough(path, data, { createDirs = false } = {}) {
  try {
    if (createDirs) await mkdir(dirname(path), { recursive: true });
    const fh = await open(path, "w", 438);
    try {
      await fh.writeFile(data);
    } finally {
      await fh.close();
    }
  } catch (err) {
    throw failure(path, err);
  }
}
var pending = /* @__PURE__ */ new Set();
var SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
function onSignal(signal) {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
    }
  }
  pending.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}
function track(tmp) {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  pending.add(tmp);
}
function untrack(tmp) {
  pending.delete(tmp);
  if (pending.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
}
async function landing(path) {
  try {
    return (await lstat(path)).isSymbolicLink() ? await realpath(path) : path;
  } catch (err) {
    if (err.code === "ENOENT") return path;
    throw err;
  }
}
async function replaceFile(path, data, { createDirs = false } = {}) {
  let target = path;
  try {
    target = await landing(path);
    const st = await stat(target).catch((err) => {
      if (err.code === "ENOENT") return void 0;
      throw err;
    });
    if (st === void 0) {
      if (createDirs) await mkdir(dirname(target), { recursive: true });
      return await atomically(target, data, void 0);
    }
    if (st.isDirectory()) throw new WriteFailure(path, "it is a directory");
    if ((st.mode & 146) === 0) throw new WriteFailure(path, "the file is read-only (make it writable to let this run change it)");
    await access(target, constants.W_OK);
    if (!st.isFile()) return await writeThrough(target, data);
    if (st.nlink > 1) return await writeThrough(target, data);
    const root = process.getuid?.() === 0;
    if (!root && (process.getuid?.() !== st.uid || process.getgid?.() !== st.gid)) return await writeThrough(target, data);
    return await atomically(target, data, st);
  } catch (err) {
    throw failure(path, err);
  }
}
async function atomically(target, data, like) {
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  track(tmp);
  try {
    const fh = await open(tmp, "wx", 438);
    try {
      await fh.writeFile(data);
      if (like) {
        await fh.chmod(like.mode & 4095);
        if (process.getuid?.() === 0) await fh.chown(like.uid, like.gid);
        await fh.chmod(like.mode & 4095);
      }
    } finally {
      await fh.close();
    }
    await rename(tmp, target);
  } catch (err) {
    await unlink(tmp).catch(() => void 0);
    throw err;
  } finally {
    untrack(tmp);
  }
}
async function writeFileAtomic(path, data, { createDirs = false } = {}) {
  await replaceFile(path, data, { createDirs });
}

// src/node/setup.ts
import { readFile } from "node:fs/promises";
import { dirname as dirname2, relative, resolve, sep } from "node:path";
var SetupError = class extends Error {
};
var posix = (p) => p.split(sep).join("/");
function baselinePath(file, cwd) {
  const dir = dirname2(file);
  return (f) => f.startsWith("<") ? f : posix(relative(dir, resolve(cwd, f)));
}
async function readLiveState(file, cwd) {
  const shown = displayPath(resolve(cwd, file), cwd);
  let bytes;
  try {
    bytes = await readFileLimited(resolve(cwd, file), MAX_IN_USE_BYTES);
  } catch (err) {
    if (err instanceof TooLargeError) throw new SetupError(`--in-use ${file}: ${err.message}`);
    const code = err.code;
    throw new SetupError(`--in-use ${file}: ${code === "ENOENT" ? "no such file" : `cannot be read (${code ?? String(err)})`}`);
  }
  const decoded = decodeText(bytes);
  if ("error" in decoded) throw new SetupError(`--in-use ${shown}: ${decoded.error}`);
  const datas = [];
  try {
    datas.push(JSON.parse(decoded.text));
  } catch {
    const src = parseSource(shown, decoded.text, true);
    const problem = [...src.problems, ...src.documents.flatMap((d) => d.problems)][0];
    if (problem) throw new SetupError(`--in-use ${shown}: not valid JSON or YAML (${problem.message})`);
    for (const d of src.documents) if (d.root) datas.push(toPlain(d.root));
  }
  const pods = [];
  for (const data of datas) {
    const r = livePodsFrom(data, shown);
    if ("error" in r) throw new SetupError(`--in-use ${shown}: ${r.error}`);
    for (const p of r.pods) pods.push(p);
  }
  return { pods, source: shown };
}
async function prepareLint(flags, io) {
  const config = await loadConfig(flags.config, io.cwd);
  const settings = settingsFrom(config);
  const data = config?.config.data;
  const podCidrs = flags.podCidr.length > 0 ? flags.podCidr : data?.podCidrs ?? [];
  const live = flags.inUse !== void 0 ? await readLiveState(flags.inUse, io.cwd) : void 0;
  const compare = flags.changedSince ?? flags.impactSince ?? flags.pullRequestBase;
  const revisions = compare !== void 0 ? await import("./impact-O7I5E7WL.js") : void 0;
  const { changed, impact } = revisions ? await revisions.changesFor(flags, io.cwd).catch((err) => {
    throw err instanceof revisions.RevisionError ? new SetupError(err.message) : err;
  }) : {};
  let baseline;
  if (flags.baseline !== void 0) {
    const file = resolve(io.cwd, flags.baseline);
    let text;
    try {
      text = await readFile(file, "utf8");
    } catch (err) {
      const code = err.code;
      throw new SetupError(`--baseline ${flags.baseline}: ${code === "ENOENT" ? "no such file (create it with --write-baseline)" : `cannot be read (${code ?? String(err)})`}`);
    }
    const parsed = parseBaseline(text);
    if ("error" in parsed) throw new SetupError(`--baseline ${flags.baseline}: ${parsed.error}`);
    baseline = { data: parsed, path: baselinePath(file, io.cwd) };
  }
  const writeFile = flags.writeBaseline !== void 0 ? resolve(io.cwd, flags.writeBaseline) : void 0;
  const fromConfig = configRequest(config);
  const options = {
    ...fromConfig.cni ? { cni: fromConfig.cni } : {},
    ...fromConfig.rules ? { rules: fromConfig.rules } : {},
    ...fromConfig.policy ? { policy: fromConfig.policy } : {},
    ...fromConfig.layout ? { layout: fromConfig.layout } : {},
    podCidrs,
    ...live ? { live } : {},
    ...changed && flags.changedSince !== void 0 ? { changedSince: { ref: flags.changedSince, previous: changed.previous } } : {}
  };
  return {
    config,
    options,
    context: config?.pools ?? [],
    settings,
    ...baseline ? { baseline } : {},
    ...writeFile ? { writeBaseline: { file: writeFile, path: baselinePath(writeFile, io.cwd) } } : {},
    ...changed ? { inScope: changed.inScope } : {},
    ...impact ? { impact } : {}
  };
}
async function finishLint(out, setup, io, request) {
  let results = out.results;
  if (setup.writeBaseline) {
    const { file, path } = setup.writeBaseline;
    const b = buildBaseline(results, path);
    await writeFileAtomic(file, serializeBaseline(b), { createDirs: true });
    const n = b.findings.reduce((s, e) => s + e.count, 0);
    io.log?.(`calico-ipam-lint: wrote ${n} finding${n === 1 ? "" : "s"} to the baseline ${displayPath(file, io.cwd)}`);
    results = applyBaseline(results, b, path).results;
  } else if (setup.baseline) {
    results = applyBaseline(results, setup.baseline.data, setup.baseline.path).results;
  }
  const impact = setup.impact && request ? await import("./impact-O7I5E7WL.js") : void 0;
  const caused = impact && setup.impact && request ? impact.causedBy(out, results, setup.impact, request) : void 0;
  const inScope = setup.inScope;
  if (inScope) results = results.filter((r) => inScope(r.file)).map((r) => recount(r, r.findings));
  if (impact && caused) results = impact.withCaused(results, caused);
  return results === out.results ? out : { ...out, results };
}

export {
  WriteError,
  writeThrough,
  writeFileAtomic,
  SetupError,
  prepareLint,
  finishLint
};
