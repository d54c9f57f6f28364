import { describe, expect, it } from "vitest";
import { lintSources, MAX_RELATED } from "../../src/engine/run.js";
import { parseSource, type Node, type SourceFile } from "../../src/load/index.js";
import { expectSibling, lint, messagesOf, tempDir, writeTree } from "./helpers.js";

/**
 * Collections far larger than any manifest has, past the point where spreading a list into a call's
 * arguments overflows the stack (about 130000 elements), and repeated objects whose pairwise
 * findings grew quadratically. The big trees are built directly (no YAML to parse), so the test
 * spends its time in the model and the rules.
 */

const FILE = "big.yaml";

/** A located tree for a plain value; every node at offset 0 of an empty file. */
function tree(v: unknown): Node {
  const span = { file: FILE, start: 0, end: 0 };
  if (Array.isArray(v)) return { kind: "seq", items: v.map(tree), span };
  if (v !== null && typeof v === "object") return { kind: "map", entries: Object.entries(v).map(([key, value]) => ({ key, keySpan: span, value: tree(value) })), span };
  return { kind: "scalar", value: v as string | number | boolean | null, style: "plain", span };
}

function source(docs: unknown[]): SourceFile {
  return { path: FILE, text: "", contextOnly: false, problems: [], documents: docs.map((d, index) => ({ index, root: tree(d), problems: [] })) };
}

const N = 140_000;
const pool = { apiVersion: "projectcalico.org/v3", kind: "IPPool", metadata: { name: "wide" }, spec: { cidr: "10.0.0.0/8" } };

describe(`${N} of a kind`, () => {
  it("pod sources drawing from one pool (the allocator spread them into a call)", () => {
    const pods = Array.from({ length: N }, (_, i) => ({ apiVersion: "v1", kind: "Pod", metadata: { name: `p${i}` }, spec: { containers: [] } }));
    const { results } = lintSources([source([pool, ...pods])], { strict: true });
    expect(results[0]?.file).toBe(FILE);
  }, 60_000);

  it("unknown fields in one IPPool spec: one warning each, at its key (copying the spec per error was quadratic)", () => {
    const spec: Record<string, unknown> = { cidr: "10.0.0.0/8" };
    for (let i = 0; i < N; i++) spec[`x${i}`] = 1;
    const { results } = lintSources([source([{ ...pool, spec }])], { strict: true, only: ["pool-invalid"] });
    const findings = results[0]?.findings ?? [];
    expect(findings).toHaveLength(N);
    expect(findings.every((f) => f.severity === "warning" && f.messageId === "unknownField")).toBe(true);
  }, 60_000);

  it("pod CIDR blocks of one Cluster API Cluster, and pools of one Installation", () => {
    const blocks = Array.from({ length: N }, (_, i) => `10.${(i >> 8) & 255}.${i & 255}.0/24`);
    const cluster = { apiVersion: "cluster.x-k8s.io/v1beta1", kind: "Cluster", metadata: { name: "c" }, spec: { clusterNetwork: { pods: { cidrBlocks: blocks } } } };
    const ipPools = Array.from({ length: N }, (_, i) => ({ cidr: `10.${(i >> 8) & 255}.${i & 255}.0/24`, disableNewAllocations: true }));
    const installation = { apiVersion: "operator.tigera.io/v1", kind: "Installation", metadata: { name: "default" }, spec: { calicoNetwork: { ipPools } } };
    const { model } = lintSources([source([cluster])], { strict: true, only: ["yaml-syntax"] });
    expect(model.podCidrs.length).toBe(N);
    const out = lintSources([source([installation])], { strict: true, only: ["yaml-syntax"] });
    expect(out.model.pools.length).toBe(N);
  }, 60_000);
});

describe(`${N} live pods`, () => {
  it("--in-use with the pods of a big cluster (they were spread into a call)", async () => {
    const items = Array.from({ length: N }, (_, i) => ({ kind: "Pod", metadata: { name: `p${i}`, namespace: "apps" }, spec: {}, status: { phase: "Running", podIP: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` } }));
    const dir = writeTree(tempDir(), { "pods.json": JSON.stringify({ apiVersion: "v1", kind: "List", items }) });
    const r = await lint(dir, ["sibling.yaml", "--in-use", "pods.json"]);
    expect(r.code).toBe(1);
    expectSibling(r);
  }, 60_000);
});

/** A `kind: List` of `n` flow-style objects, one per line. */
const list = (items: string[]) => `apiVersion: v1\nkind: List\nitems:\n${items.map((i) => `- ${i}\n`).join("")}`;

describe("many copies of one thing, through the CLI", () => {
  it("2000 identical pools: each pool's overlaps are reported, capped per pool (all pairs of 4000 ran out of memory)", async () => {
    const pools = Array.from({ length: 2000 }, (_, i) => `{apiVersion: projectcalico.org/v3, kind: IPPool, metadata: {name: p${i}}, spec: {cidr: 10.0.0.0/16}}`);
    const dir = writeTree(tempDir(), { "pools.yaml": list(pools) });
    const r = await lint(dir, ["."]);
    expect(r.code).toBe(1);
    expectSibling(r);
    const overlaps = messagesOf(r, "pools.yaml").filter((m) => m.ruleId === "pool-overlap");
    // Every pool has overlaps reported at it, none more than ten.
    const perLine = new Map<number, number>();
    for (const m of overlaps) perLine.set(m.line, (perLine.get(m.line) ?? 0) + 1);
    expect(perLine.size).toBe(2000);
    expect(Math.max(...perLine.values())).toBe(10);
  }, 60_000);

  it(`1000 pods claiming one address: a finding at each, with at most ${MAX_RELATED} related locations`, () => {
    const pods = Array.from({ length: 1000 }, (_, i) => `{apiVersion: v1, kind: Pod, metadata: {name: p${i}, annotations: {cni.projectcalico.org/ipAddrs: '["10.0.0.5"]'}}, spec: {containers: []}}`);
    const text = list([`{apiVersion: projectcalico.org/v3, kind: IPPool, metadata: {name: p}, spec: {cidr: 10.0.0.0/16}}`, ...pods]);
    const { results } = lintSources([parseSource("dups.yaml", text)], { strict: true, only: ["duplicate-static-ip"] });
    const findings = results[0]?.findings ?? [];
    expect(findings).toHaveLength(1000);
    expect(Math.max(...findings.map((f) => f.related?.length ?? 0))).toBe(MAX_RELATED);
  }, 60_000);
});
