import { parseSource } from "../load/index.js";
import { toPlain } from "../model/index.js";
import type { EmbeddedValues } from "./types.js";

/**
 * A Flux HelmRelease's values: `spec.valuesFrom` (ConfigMaps and Secrets defined in this
 * repository) merged in order, then `spec.values`, as helm-controller composes them
 * (fluxcd/pkg chartutil/values.go `ChartValuesFromReferences`, chartutil/merge.go `MergeMaps`).
 */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

type Values = Record<string, unknown>;

/** A ConfigMap or Secret of the repository: its file, document index and data. */
export interface ValuesObject {
  readonly file: string;
  readonly doc: number;
  readonly kind: "ConfigMap" | "Secret";
  readonly name: string;
  readonly namespace?: string;
  readonly object: Record<string, unknown>;
}

/** The ConfigMaps and Secrets among a file's documents. */
export function valuesObjects(file: string, docs: readonly unknown[]): ValuesObject[] {
  const out: ValuesObject[] = [];
  docs.forEach((d, doc) => {
    if (!isRecord(d) || (d["kind"] !== "ConfigMap" && d["kind"] !== "Secret") || (str(d["apiVersion"]) ?? "v1") !== "v1") return;
    const meta = isRecord(d["metadata"]) ? d["metadata"] : {};
    const name = str(meta["name"]);
    if (!name) return;
    const ns = str(meta["namespace"]);
    out.push({ file, doc, kind: d["kind"], name, ...(ns ? { namespace: ns } : {}), object: d });
  });
  return out;
}

/** chartutil.MergeMaps: maps merge key by key; anything else replaces. */
export function mergeMaps(a: Values, b: Values): Values {
  const out: Values = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    out[k] = isRecord(v) && isRecord(cur) ? mergeMaps(cur, v) : v;
  }
  return out;
}

/** Helm's strvals typedVal: true, false, null, integers without a leading zero; else the string. */
function typed(value: string): unknown {
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  if (/^null$/i.test(value)) return null;
  if (value === "0") return 0;
  if (/^[-+]?[1-9]\d*$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  return value;
}

/** A targetPath's keys (`a.b`, `\.` escaping a dot); null for the list indexes and commas strvals would also read. */
export function targetKeys(path: string): string[] | null {
  if (/[[\]]/.test(path)) return null;
  const keys: string[] = [];
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

function setPath(values: Values, keys: readonly string[], value: unknown): Values {
  const [head, ...rest] = keys;
  if (head === undefined) return values;
  const cur = values[head];
  return { ...values, [head]: rest.length === 0 ? value : setPath(isRecord(cur) ? cur : {}, rest, value) };
}

export interface ReleaseValues {
  /** The values Helm is given (valuesFrom merged, then spec.values); empty when none. */
  readonly values: Values;
  /** Where they were written, lowest precedence first. */
  readonly sources: readonly EmbeddedValues[];
  readonly reasons: readonly string[];
}

/** A HelmRelease's values, with where each part was written. */
export function releaseValues(release: { file: string; doc: number; spec: Record<string, unknown>; name: string; namespace?: string }, objects: readonly ValuesObject[]): ReleaseValues {
  const spec = release.spec;
  const specValues = isRecord(spec["values"]) ? spec["values"] : {};
  let result: Values = {};
  const sources: EmbeddedValues[] = [];
  const reasons: string[] = [];
  for (const ref of list(spec["valuesFrom"]).filter(isRecord)) {
    const kind = str(ref["kind"]);
    const name = str(ref["name"]) ?? "";
    const key = str(ref["valuesKey"]) ?? "values.yaml";
    const optional = ref["optional"] === true;
    const what = `${kind ?? "(no kind)"} ${name}${key === "values.yaml" ? "" : ` (key ${key})`}`;
    const skip = (why: string): void => void reasons.push(`HelmRelease ${release.name}: values from ${what} ${why}; rendered without them`);
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
    let data: string | undefined;
    let path: string[] = [];
    let encoded = false;
    // A Secret's stringData is written over its data by the API server.
    if (kind === "Secret" && isRecord(o["stringData"]) && typeof o["stringData"][key] === "string") {
      data = o["stringData"][key];
      path = ["stringData", key];
    } else if (isRecord(o["data"]) && typeof o["data"][key] === "string") {
      data = kind === "Secret" ? Buffer.from(o["data"][key], "base64").toString("utf8") : o["data"][key];
      path = ["data", key];
      encoded = kind === "Secret";
    }
    if (data === undefined) {
      if (!optional) skip(`have no key ${key} (helm-controller fails: key not found)`);
      continue;
    }
    const target = str(ref["targetPath"]);
    if (target) {
      const keys = targetKeys(target);
      if (!keys || (ref["literal"] !== true && /(^|[^\\]),/.test(data))) {
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
    const plain = parsed.problems.length > 0 ? undefined : toPlain(parsed.documents[0]?.root ?? undefined);
    if (plain !== undefined && plain !== null && !isRecord(plain)) {
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

/** The object a reference names: the release's namespace when both say one, else the nearest file. */
function pick(objects: readonly ValuesObject[], kind: string, name: string, release: { file: string; namespace?: string }): ValuesObject | undefined {
  const found = objects.filter((o) => o.kind === kind && o.name === name && (!o.namespace || !release.namespace || o.namespace === release.namespace));
  const shared = (a: string, b: string): number => {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return i;
  };
  return found.sort((a, b) => Number(b.namespace === release.namespace) - Number(a.namespace === release.namespace) || shared(b.file, release.file) - shared(a.file, release.file))[0];
}
