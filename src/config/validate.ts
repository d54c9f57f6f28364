import AjvModule, { type ErrorObject, type ValidateFunction } from "ajv";
import { LineIndex, type Node, type SourceFile, type Span } from "../load/index.js";
import { asSeq, atPointer, entry, get, parseCIDR, toPlain } from "../model/index.js";
import { RULES } from "../rules/index.js";
import { configSchema, type RuleDoc } from "./schema.js";
import type { Config, ConfigData, ConfigProblem } from "./types.js";

/**
 * Validation of `.calico-ipam-lint.yaml`: pure, from an already parsed file, so that every problem
 * has the line and column where it is written. Data only: YAML tags other than the core schema's
 * are refused, and nothing in the file is ever fetched or run.
 */

const registryDocs = (): RuleDoc[] => RULES.map((r) => ({ id: r.id, description: r.meta.description }));

const compiled = new Map<string, ValidateFunction>();
function validator(rules: readonly RuleDoc[]): ValidateFunction {
  const key = rules.map((r) => r.id).join(",");
  let v = compiled.get(key);
  if (!v) {
    const ajv = new AjvModule.default({ allErrors: true, strict: false, verbose: true });
    v = ajv.compile(configSchema(rules));
    compiled.set(key, v);
  }
  return v;
}

/** Tags a configuration may spell out: the YAML core schema's own, which construct nothing. */
const CORE_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));

/** Visit every node once, iteratively (aliases can make paths far deeper than the text). */
function walk(root: Node, visit: (n: Node) => void): void {
  const seen = new Set<Node>();
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (seen.has(n)) continue;
    seen.add(n);
    visit(n);
    if (n.kind === "map") for (let i = n.entries.length - 1; i >= 0; i--) stack.push((n.entries[i] as { value: Node }).value);
    else if (n.kind === "seq") for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i] as Node);
  }
}

/** `/suppress/0/rules` → `suppress[0].rules`. */
export function fieldPath(pointer: string): string {
  let out = "";
  for (const raw of pointer === "" ? [] : pointer.slice(1).split("/")) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    out += /^\d+$/.test(part) ? `[${part}]` : out === "" ? part : `.${part}`;
  }
  return out || "the configuration";
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

/** The closest candidate, when it is close enough to be what was meant. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

const article = (t: string): string => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);

function schemaProblems(root: Node, schema: ValidateFunction, rules: readonly RuleDoc[]): ConfigProblem[] {
  if (schema(toPlain(root))) return [];
  const errors = (schema.errors ?? []) as ErrorObject[];
  const out: ConfigProblem[] = [];
  // oneOf/anyOf report every branch; say it once, where it helps most.
  const deeper = (path: string): boolean => errors.some((e) => e.instancePath.startsWith(`${path}/`));
  // A value of the wrong type also fails its enum; the list of values says more.
  const enums = new Set(errors.filter((e) => e.keyword === "enum" && !/\/(oneOf|anyOf)\/\d+\//.test(e.schemaPath)).map((e) => e.instancePath));
  for (const err of errors) {
    const branch = /\/(oneOf|anyOf)\/\d+\//.test(err.schemaPath);
    const { node } = atPointer(root, err.instancePath);
    const path = fieldPath(err.instancePath);
    const at: Span = node.span;
    switch (err.keyword) {
      case "additionalProperties": {
        const key = String((err.params as { additionalProperty: string }).additionalProperty);
        const e = entry(node, key);
        const schemaAt = err.schemaPath.replace(/\/additionalProperties$/, "");
        const isRules = /\/rules$/.test(err.instancePath) && !schemaAt.includes("/suppress");
        const known = isRules
          ? rules.map((r) => r.id)
          : Object.keys(((err.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {}) as Record<string, unknown>);
        const near = nearest(key, known);
        const what = isRules ? `unknown rule "${key}"` : `unknown key "${key}" in ${path}`;
        out.push({ span: e?.keySpan ?? at, message: `${what}${near ? `; did you mean "${near}"?` : ""}` });
        break;
      }
      case "enum": {
        if (branch) {
          // The list branch of `rules: all | [ids]`: an unknown id in the list.
          if (/\/\d+$/.test(err.instancePath)) {
            const v = toPlain(node);
            const near = typeof v === "string" ? nearest(v, rules.map((r) => r.id)) : undefined;
            out.push({ span: at, message: `${path}: unknown rule ${JSON.stringify(v)}${near ? `; did you mean "${near}"?` : ""}` });
          }
          break;
        }
        const allowed = (err.params as { allowedValues: unknown[] }).allowedValues.map((a) => JSON.stringify(a)).join(", ");
        out.push({ span: at, message: `${path} is ${JSON.stringify(toPlain(node))}; it must be one of ${allowed}` });
        break;
      }
      case "type":
        if (branch || enums.has(err.instancePath)) break;
        out.push({ span: at, message: `${path} must be ${article(String((err.params as { type: string }).type))}` });
        break;
      case "oneOf":
        if (!deeper(err.instancePath)) out.push({ span: at, message: `${path} must be "all" or a list of rule ids` });
        break;
      case "anyOf":
        out.push({ span: at, message: `${path} must name at least one of kind, namespace, name` });
        break;
      case "required":
        if (branch) break;
        out.push({ span: at, message: `${path} needs "${String((err.params as { missingProperty: string }).missingProperty)}"` });
        break;
      default:
        if (branch) break;
        out.push({ span: at, message: `${path} ${err.message ?? "is not valid"}` });
    }
  }
  return out;
}

/** Why a pod CIDR (from `podCidrs` or `--pod-cidr`) cannot be used, or undefined when it can. */
export function podCidrProblem(value: string): string | undefined {
  return parseCIDR(value.trim()) ? undefined : `${JSON.stringify(value)} is not a CIDR (write it as address/prefix, e.g. 10.244.0.0/16)`;
}

function semanticProblems(root: Node): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  const cidrs = (node: Node, where: string): void => {
    for (const item of asSeq(get(node, "podCidrs"))?.items ?? []) {
      const problem = item.kind === "scalar" && typeof item.value === "string" ? podCidrProblem(item.value) : undefined;
      if (problem) out.push({ span: item.span, message: `${where}podCidrs: ${problem}` });
    }
  };
  cidrs(root, "");
  // Each cluster's pod CIDRs too; and two clusters of one name would be judged as one.
  const names = new Set<string>();
  for (const [i, c] of (asSeq(get(root, "clusters"))?.items ?? []).entries()) {
    cidrs(c, `clusters[${i}].`);
    const name = get(c, "name");
    if (name?.kind === "scalar" && typeof name.value === "string") {
      if (names.has(name.value)) out.push({ span: name.span, message: `clusters[${i}].name: another cluster is already named ${JSON.stringify(name.value)}` });
      names.add(name.value);
    }
  }
  return out;
}

export type ParseConfigResult = { readonly config: Config } | { readonly problems: readonly ConfigProblem[] };

/** Validate a parsed configuration file. An empty file is an empty configuration. */
export function parseConfig(source: SourceFile, rules: readonly RuleDoc[] = registryDocs()): ParseConfigResult {
  const fileSpan = { file: source.path, start: 0, end: 0 };
  const problems: ConfigProblem[] = source.problems.map((p) => ({ span: p.span, message: p.message }));
  for (const d of source.documents) problems.push(...d.problems.map((p) => ({ span: p.span, message: p.message })));
  if (problems.length > 0) return { problems };
  const docs = source.documents.filter((d) => d.root !== null);
  if (docs.length > 1) {
    const second = docs[1]?.root;
    return { problems: [{ span: second ? second.span : fileSpan, message: "the configuration must be one YAML document" }] };
  }
  const root = docs[0]?.root;
  if (!root) return { config: { data: {}, source, suppressSpans: [] } };
  if (root.kind !== "map") return { problems: [{ span: root.span, message: "the configuration must be a mapping of keys (podCidrs, rules, …)" }] };
  walk(root, (n) => {
    if (n.tag !== undefined && !CORE_TAGS.has(n.tag)) {
      problems.push({ span: n.span, message: `the tag ${n.tag.replace(/^tag:yaml\.org,2002:/, "!!")} is not allowed: the configuration is plain data` });
    }
    // 1e400 reads as Infinity, which every numeric check of the schema would let through.
    if (n.kind === "scalar" && typeof n.value === "number" && !Number.isFinite(n.value)) {
      problems.push({ span: n.span, message: `${source.text.slice(n.span.start, n.span.end)} is not a finite number` });
    }
  });
  problems.push(...schemaProblems(root, validator(rules), rules), ...semanticProblems(root));
  if (problems.length > 0) {
    problems.sort((a, b) => a.span.start - b.span.start);
    return { problems: problems.filter((p, i) => i === 0 || p.message !== problems[i - 1]?.message || p.span.start !== problems[i - 1]?.span.start) };
  }
  const suppressSpans = (asSeq(get(root, "suppress"))?.items ?? []).map((n) => n.span);
  return { config: { data: toPlain(root) as ConfigData, source, suppressSpans } };
}

/** `file:line:col: message`, one line per problem. */
export function formatProblems(source: SourceFile, problems: readonly ConfigProblem[]): string[] {
  const index = new LineIndex(source.text);
  return problems.map((p) => {
    const { line, column } = index.position(p.span.start);
    return `${source.path}:${line}:${column}: ${p.message}`;
  });
}
