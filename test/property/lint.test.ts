import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintSources, ruleInfo } from "../../src/engine/run.js";
import { parseSource, type Node, type ScalarNode, type SourceFile } from "../../src/load/index.js";
import { cidrString, ipString, parseCIDR, parseIP } from "../../src/model/index.js";
import { FORMATTERS, type Finding } from "../../src/report/index.js";
import { fileSpec, render } from "./manifests.js";

/**
 * Properties of the whole pipeline over random manifests (see manifests.ts), in strict mode so that
 * a rule reporting a position outside its file throws:
 *  - linting never throws;
 *  - every finding lies inside its file, starts and ends on character boundaries (not inside a
 *    surrogate pair or a CRLF), and inside the object it names: the document's root node, and for
 *    findings about a Calico annotation, that annotation's entry (key to end of value); and the
 *    text it points at is what it names (its `value`: an address, a pool, a key);
 *  - the report (json formatter) is the same whatever the order of the files, and the same bytes
 *    when linting again.
 */

/** Runs per property: about 7 s for both on two cores. PROPERTY_RUNS=20000 to search longer. */
const NUM_RUNS = Number(process.env["PROPERTY_RUNS"] ?? 1000);

/** Rules whose findings are about one annotation: they must lie within an annotation entry. */
const ANNOTATION_RULES = new Set([
  "annotation-json",
  "invalid-ip",
  "invalid-annotation-value",
  "multiple-ip-addrs",
  "static-ip-both-modes",
  "annotation-unknown",
  "feature-flag-required",
  "duplicate-static-ip",
  "ip-outside-pool",
  "ip-outside-pod-cidr",
  "unknown-pool",
  "pool-family-mismatch",
  "static-ip-pool-mismatch",
  "static-ip-auto-pool",
]);

const files = fc.array(fileSpec, { minLength: 1, maxLength: 3 }).map((specs) => specs.map((s, i) => ({ path: `m${i}.yaml`, text: render(s) })));

const parse = (fs: { path: string; text: string }[]): SourceFile[] => fs.map((f) => parseSource(f.path, f.text));

function lint(sources: SourceFile[]) {
  return lintSources(sources, { strict: true, podCidrs: ["10.0.0.0/8", "fd00::/48"] });
}

const rules = ruleInfo();
const asJson = (results: ReturnType<typeof lint>["results"]) => FORMATTERS["json"]!(results, { cwd: "/repo", rules, color: false });

/** Offsets of (line, column) pairs in `text`; throws for a line or column that is not there. */
function offsets(text: string): (line: number, column: number) => number {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (line, column) => {
    const s = starts[line - 1];
    if (s === undefined || column < 1) throw new Error(`${line}:${column} is not in the file (${starts.length} lines)`);
    const next = starts[line];
    const lineEnd = next === undefined ? text.length : next - 1; // the offset of its \n
    if (s + column - 1 > lineEnd) throw new Error(`${line}:${column} is past the end of its line`);
    return s + column - 1;
  };
}

/** [start, end) ranges of every annotation entry (key to end of value) in a file. */
function annotationEntries(f: SourceFile): [number, number][] {
  const out: [number, number][] = [];
  const stack: Node[] = f.documents.flatMap((d) => (d.root ? [d.root] : []));
  const seen = new Set<Node>();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    if (n.kind === "seq") stack.push(...n.items);
    if (n.kind !== "map") continue;
    for (const e of n.entries) {
      if (e.key === "annotations" && e.value.kind === "map") for (const a of e.value.entries) out.push([Math.min(a.keySpan.start, a.value.span.start), Math.max(a.keySpan.end, a.value.span.end)]);
      stack.push(e.value);
    }
  }
  return out;
}

/** Innermost scalar (or key) of a file whose source span holds [start, end). */
function holder(f: SourceFile, start: number, end: number): { node: ScalarNode } | { key: string } | null {
  let best: { node: ScalarNode } | { key: string } | null = null;
  let size = Infinity;
  const consider = (s: { start: number; end: number }, h: { node: ScalarNode } | { key: string }) => {
    if (s.start <= start && end <= s.end && s.end - s.start < size) {
      best = h;
      size = s.end - s.start;
    }
  };
  const stack: Node[] = f.documents.flatMap((d) => (d.root ? [d.root] : []));
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.kind === "scalar") consider(n.span, { node: n });
    else if (n.kind === "seq") stack.push(...n.items);
    else
      for (const e of n.entries) {
        consider(e.keySpan, { key: e.key });
        stack.push(e.value);
      }
  }
  return best;
}

/** The value of the source text [start, end) of a one-line quoted or plain scalar. */
function decodeInner(node: ScalarNode, raw: string): string | undefined {
  if (/[\r\n]/.test(raw)) return undefined;
  if (node.style === "plain" || node.style === "literal" || node.style === "folded") return raw;
  if (node.style === "single") return raw.replace(/''/g, "'");
  try {
    return JSON.parse(`"${raw.replace(/\\x([0-9a-fA-F]{2})/g, "\\u00$1").replace(/\\U([0-9a-fA-F]{8})/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))}"`) as string;
  } catch {
    return undefined; // an escape JSON does not have (\0, \e, \N, ...)
  }
}

/**
 * The text a finding points at is what it names: its `value` is the value of the scalar or key its
 * span covers (an address, a pool, a key), or, where the rule fell back to the whole scalar, a part
 * of that scalar's value.
 */
function valueProblem(f: Finding, src: SourceFile, start: number, end: number): string | null {
  if (typeof f.value !== "string" || f.value === "" || !VALUE_AT_SPAN.has(f.ruleId)) return null;
  const h = holder(src, start, end);
  if (!h) return `names ${JSON.stringify(f.value)} but lies in no scalar or key`;
  if ("key" in h) return h.key === f.value ? null : `names ${JSON.stringify(f.value)} at the key ${JSON.stringify(h.key)}`;
  const whole = String(h.node.value);
  if (VALUE_IS_CANONICAL.has(f.ruleId)) return null; // the value is rewritten (a masked CIDR): the scalar holding the span is the check
  if (start === h.node.span.start && end === h.node.span.end) return whole.includes(f.value) ? null : `names ${JSON.stringify(f.value)} at the whole scalar ${JSON.stringify(whole)}`;
  if (VALUE_IS_WHOLE_SCALAR.has(f.ruleId)) return whole === f.value ? null : `names ${JSON.stringify(f.value)} inside the scalar ${JSON.stringify(whole)}`;
  const inner = decodeInner(h.node, src.text.slice(start, end));
  if (inner === undefined) return null;
  // Annotation items are JSON strings inside the YAML value: their text may be JSON-escaped.
  const json = ((): string | undefined => {
    try {
      return JSON.parse(`"${inner}"`) as string;
    } catch {
      return undefined;
    }
  })();
  return [inner, json].some((t) => t !== undefined && sameText(t, f.value ?? "")) ? null : `names ${JSON.stringify(f.value)} but points at ${JSON.stringify(src.text.slice(start, end))}`;
}

/**
 * Rules whose `value` (the key baselines use) is what they point at: an annotation item, a key, a
 * pool's CIDR. Others key findings by something else (pool-exhausted by the pools' CIDRs, while it
 * points at the replicas that need them).
 */
const VALUE_AT_SPAN = new Set([
  "annotation-json",
  "annotation-unknown",
  "duplicate-static-ip",
  "invalid-annotation-value",
  "invalid-ip",
  "ip-outside-pod-cidr",
  "ip-outside-pool",
  "multiple-ip-addrs",
  "pod-namespace-conflict",
  "pool-family-mismatch",
  "pool-outside-pod-cidr",
  "pool-overlap",
  "static-ip-auto-pool",
  "static-ip-pool-mismatch",
  "unknown-pool",
]);
/** Equal, or the same address or CIDR (values name addresses canonically: `::ffff:10.0.0.1` is 10.0.0.1). */
function sameText(written: string, value: string): boolean {
  if (written === value) return true;
  const ip = parseIP(written);
  const other = parseIP(value);
  if (ip && other) return ipString(ip) === ipString(other);
  const cidr = parseCIDR(written);
  const otherCidr = parseCIDR(value);
  return cidr !== null && otherCidr !== null && cidrString(cidr) === cidrString(otherCidr);
}

/** Rules whose `value` is a canonical form of what they point at. */
const VALUE_IS_CANONICAL = new Set(["pool-overlap"]);
/** Rules whose `value` is the whole annotation value while their span marks a character in it. */
const VALUE_IS_WHOLE_SCALAR = new Set(["annotation-json"]);

/** What is wrong with one finding's position, or null. */
function positionProblem(f: Finding, byPath: Map<string, SourceFile>): string | null {
  const src = byPath.get(f.file);
  if (!src) return `names a file not linted: ${f.file}`;
  const at = offsets(src.text);
  let start: number;
  let end: number;
  try {
    start = at(f.line, f.column);
    end = at(f.endLine, f.endColumn);
  } catch (err) {
    return (err as Error).message;
  }
  const text = src.text;
  if (!(start >= 0 && start <= end && end <= text.length)) return `span ${start}..${end} is not inside the file (length ${text.length})`;
  for (const o of [start, end]) {
    const before = text.charCodeAt(o - 1);
    const after = text.charCodeAt(o);
    if (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) return `offset ${o} splits a surrogate pair`;
    if (text[o - 1] === "\r" && text[o] === "\n") return `offset ${o} splits a CRLF`;
  }
  if (f.ruleId === "yaml-syntax") return null;
  const docs = src.documents.flatMap((d) => (d.root ? [d.root.span] : []));
  if (!docs.some((s) => s.start <= start && end <= s.end)) return `span ${start}..${end} is in no document's object`;
  if (ANNOTATION_RULES.has(f.ruleId) && !annotationEntries(src).some(([a, b]) => a <= start && end <= b)) {
    return `span ${start}..${end} (${JSON.stringify(text.slice(start, end))}) is in no annotation entry`;
  }
  return valueProblem(f, src, start, end);
}

describe("lint over random manifests", () => {
  it("never throws, and every finding lies in its file, in its object, in its annotation", () => {
    fc.assert(
      fc.property(files, (fs) => {
        const sources = parse(fs);
        const { results } = lint(sources);
        const byPath = new Map(sources.map((s) => [s.path, s]));
        const problems = results.flatMap((r) => r.findings).flatMap((f) => {
          const p = positionProblem(f, byPath);
          const related = (f.related ?? []).flatMap((rel) => {
            const q = positionProblem({ ...f, ...rel, ruleId: "related", value: "" }, byPath);
            return q ? [`related: ${q}`] : [];
          });
          return [...(p ? [`${f.file}:${f.line}:${f.column} ${f.ruleId}: ${p}`] : []), ...related];
        });
        expect(problems.join("\n")).toBe("");
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("reports the same whatever the order of the files, and the same bytes twice", () => {
    fc.assert(
      fc.property(files, fc.nat(), (fs, seed) => {
        const first = asJson(lint(parse(fs)).results);
        // Another order: rotated, then the first two swapped.
        const other = fs.map((_, i) => fs[(i + seed) % fs.length]!);
        if (other.length > 1) [other[0], other[1]] = [other[1]!, other[0]!];
        expect(asJson(lint(parse(other)).results)).toBe(first);
        expect(asJson(lint(parse(fs)).results)).toBe(first);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
