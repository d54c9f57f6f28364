import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_DEPTH } from "../../src/load/parse.js";
import { expectSibling, lint, lineCol, messagesOf, tempDir, writeTree, type JsonMessage } from "./helpers.js";

/**
 * Hostile YAML through the CLI, each file beside a known-bad sibling: the run finishes, the hostile
 * file gets a located finding (or none, when it is valid), the exit code is the documented one, no
 * stack trace is printed, and the sibling is still linted.
 */

/** No finding of a run lies outside [start, end) of `text` (1-based lines and columns). */
function within(text: string, start: number, end: number, messages: JsonMessage[]): void {
  const a = lineCol(text, start);
  const b = lineCol(text, end);
  for (const m of messages) {
    const from = m.line * 1e9 + m.column;
    const to = m.endLine * 1e9 + m.endColumn;
    expect(from, `${m.ruleId} ${m.line}:${m.column}`).toBeGreaterThanOrEqual(a.line * 1e9 + a.column);
    expect(to, `${m.ruleId} ${m.endLine}:${m.endColumn}`).toBeLessThanOrEqual(b.line * 1e9 + b.column);
  }
}

const podWith = (annotation: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    cni.projectcalico.org/ipAddrs: ${annotation}\nspec:\n  containers: []\n`;

/** The billion laughs: `levels` anchors, each a list of `fanout` aliases of the one before. */
function laughs(levels: number, fanout: number, indent: string): string {
  let text = `${indent}a0: &a0 [${Array(fanout).fill('"lol"').join(", ")}]\n`;
  for (let l = 1; l < levels; l++) text += `${indent}a${l}: &a${l} [${Array(fanout).fill(`*a${l - 1}`).join(", ")}]\n`;
  return text;
}

describe("alias bombs and nesting", () => {
  it("the billion laughs is the error kubectl gives it, at the alias being expanded; memory stays flat", async () => {
    const bomb = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lol\ndata:\n${laughs(9, 9, "  ")}`;
    const dir = writeTree(tempDir(), { "bomb.yaml": bomb });
    const before = process.memoryUsage().heapUsed;
    const r = await lint(dir, ["."]);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(256 * 2 ** 20); // expanded, it is 387 million nodes
    expect(r.code).toBe(1);
    expectSibling(r);
    const [m, ...rest] = messagesOf(r, "bomb.yaml");
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: "yaml-syntax", line: expect.any(Number), message: expect.stringContaining("`yaml: document contains excessive aliasing`") });
    expect(bomb.split("\n")[m!.line - 1]?.slice(m!.column - 1)).toMatch(/^\*a\d/);
  });

  it("the billion laughs inside an IPPool spec (copied for schema validation, it ran out of memory)", async () => {
    const pool = `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: lol\nspec:\n  cidr: 10.1.0.0/16\n${laughs(9, 9, "  ")}`;
    const dir = writeTree(tempDir(), { "pool.yaml": pool });
    const r = await lint(dir, ["."]);
    expect(r.code).toBe(1);
    expectSibling(r);
    expect(messagesOf(r, "pool.yaml").map((m) => m.ruleId)).toEqual(["yaml-syntax"]);
  });

  it(`nesting 100000 levels deep: a finding where level ${MAX_DEPTH + 1} opens; the documents before it are linted`, async () => {
    const before = "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: first\nspec:\n  cidr: 10.2.0.1/16\n";
    const deep = `${before}---\nx: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`;
    const dir = writeTree(tempDir(), { "deep.yaml": deep });
    const r = await lint(dir, ["."]);
    expect(r.code).toBe(1);
    expectSibling(r);
    expect(messagesOf(r, "deep.yaml")).toEqual([
      expect.objectContaining({ ruleId: "pool-invalid", line: 6, column: 9 }),
      expect.objectContaining({ ruleId: "yaml-syntax", line: 8, column: 3 + MAX_DEPTH, message: expect.stringMatching(/^Collections nested more than 500 levels deep: calico-ipam-lint reads no further/) }),
    ]);
  });
});

describe("size", () => {
  it("a 50 MB file: linted to its end, the finding on its last lines located exactly", async () => {
    const line = `    ${"x".repeat(95)}\n`;
    const blobLines = Math.ceil((50 * 2 ** 20) / line.length);
    const head = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: blob\ndata:\n  blob: |\n";
    const tail = "---\napiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: last\nspec:\n  cidr: 10.3.0.1/16\n";
    const dir = writeTree(tempDir(), {});
    writeFileSync(join(dir, "big.yaml"), head + line.repeat(blobLines) + tail);
    const r = await lint(dir, ["."]);
    expect(r.code).toBe(1);
    expectSibling(r);
    expect(messagesOf(r, "big.yaml")).toEqual([expect.objectContaining({ ruleId: "pool-invalid", line: 6 + blobLines + 7, column: 9, endColumn: 20 })]);
  }, 60_000);

  it("a single line of 10 MB: columns stay exact", async () => {
    const pad = "x".repeat(10 * 2 ** 20);
    const json = `{"apiVersion":"projectcalico.org/v3","kind":"IPPool","metadata":{"name":"wide","annotations":{"pad":"${pad}"}},"spec":{"cidr":"10.4.0.1/16","disabled":true}}`;
    const dir = writeTree(tempDir(), { "line.json": json });
    const r = await lint(dir, ["."]);
    expect(r.code).toBe(1);
    expectSibling(r);
    const column = json.indexOf('"10.4.0.1/16"') + 1;
    expect(messagesOf(r, "line.json")).toEqual([expect.objectContaining({ ruleId: "pool-invalid", line: 1, column, endLine: 1, endColumn: column + 13 })]);
  }, 60_000);
});

describe("syntax", () => {
  it("duplicate keys, tabs: located syntax findings", async () => {
    const dir = writeTree(tempDir(), {
      "dup.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\n",
      "tabs.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n\tname: foo\n",
    });
    const r = await lint(dir, ["."]);
    expect(r.code).toBe(1);
    expectSibling(r);
    expect(messagesOf(r, "dup.yaml")).toEqual([expect.objectContaining({ ruleId: "yaml-syntax", line: 5, column: 3, message: expect.stringMatching(/^Map keys must be unique: /) })]);
    expect(messagesOf(r, "tabs.yaml")).toEqual([expect.objectContaining({ ruleId: "yaml-syntax", line: 4, column: 1 })]);
  });

  it("documents of only ---, ... or nothing are valid and clean (exit 0 on their own)", async () => {
    const files = { "dashes.yaml": "---\n", "many.yaml": "---\n---\n---\n", "ends.yaml": "---\n...\n", "empty.yaml": "", "comment.yaml": "# nothing\n" };
    const dir = writeTree(tempDir(), files);
    const r = await lint(dir, ["."]);
    expect(r.code).toBe(1);
    expectSibling(r);
    for (const f of Object.keys(files)) expect(messagesOf(r, f), f).toEqual([]);
    const alone = await lint(dir, Object.keys(files));
    expect(alone.code).toBe(0);
  });
});

describe("annotation values", () => {
  it("a 1 MB ipAddrs value: findings inside the value, messages of bounded length", async () => {
    const big = "9".repeat(2 ** 20);
    const texts = {
      "long-item.yaml": podWith(`'["10.0.0.1", "${big}"]'`),
      "not-json.yaml": podWith(`'["${big}'`),
      "escaped.yaml": podWith(`"[\\"10.0.0.1\\", \\"${big}\\"]"`),
    };
    const dir = writeTree(tempDir(), texts);
    const r = await lint(dir, ["."]);
    expect(r.code).toBe(1);
    expectSibling(r);
    for (const [f, text] of Object.entries(texts)) {
      const messages = messagesOf(r, f);
      expect(messages.length, f).toBeGreaterThan(0);
      const start = text.indexOf("ipAddrs: ") + "ipAddrs: ".length;
      within(text, start, text.indexOf("\nspec:"), messages);
      for (const m of messages) expect(m.message.length, `${f} ${m.ruleId}`).toBeLessThan(4000);
    }
    expect(messagesOf(r, "long-item.yaml").map((m) => m.ruleId)).toContain("invalid-ip");
    expect(messagesOf(r, "not-json.yaml").map((m) => m.ruleId)).toContain("annotation-json");
  }, 60_000);

  it("100000 addresses in ipAddrs: the too-many finding, every finding inside the value", async () => {
    const addrs = Array.from({ length: 100_000 }, (_, i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
    const text = podWith(`'${JSON.stringify(addrs)}'`);
    const dir = writeTree(tempDir(), { "many.yaml": text });
    const r = await lint(dir, ["."]);
    expect(r.code).toBe(1);
    expectSibling(r);
    const messages = messagesOf(r, "many.yaml");
    expect(messages.map((m) => m.ruleId)).toContain("multiple-ip-addrs");
    within(text, text.indexOf("'["), text.indexOf("\nspec:"), messages);
    for (const m of messages) expect(m.message.length, m.ruleId).toBeLessThan(4000);
  }, 60_000);
});

describe("keys named __proto__ and constructor", () => {
  it("stay plain fields: reported where unknown, and Object.prototype is untouched", async () => {
    const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    const pool = [
      "apiVersion: projectcalico.org/v3",
      "kind: IPPool",
      "metadata:",
      "  name: proto",
      "  __proto__: {polluted: yes}",
      "  labels: {__proto__: x, constructor: y, toString: z}",
      "  annotations:",
      "    __proto__: {polluted: yes}",
      "    constructor: {prototype: {polluted: yes}}",
      "spec:",
      "  cidr: 10.9.0.0/16",
      "  __proto__: {polluted: yes}",
      "  constructor: {prototype: {polluted: yes}}",
      "",
    ].join("\n");
    const json = '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","__proto__":{"polluted":true},"annotations":{"constructor":"x"}},"__proto__":{"polluted":true}}';
    const dir = writeTree(tempDir(), { "pool.yaml": pool, "pod.json": json });
    const r = await lint(dir, ["."]);
    expect(r.code).toBe(1);
    expectSibling(r);
    expect(messagesOf(r, "pool.yaml").map((m) => [m.ruleId, m.line, m.column, /`unknown field "([^"]+)"`/.exec(m.message)?.[1]])).toEqual([
      ["pool-invalid", 12, 3, "spec.__proto__"],
      ["pool-invalid", 13, 3, "spec.constructor"],
    ]);
    expect(messagesOf(r, "pod.json")).toEqual([]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
