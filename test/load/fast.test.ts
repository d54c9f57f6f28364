import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintSources } from "../../src/engine/run.js";
import { parseFast, resolvePlain } from "../../src/load/fast/index.js";
import { entryAt, isFastSource, manifestReader, parseManifest, parseSource, sameTree, valueAt, type MapNode, type SourceFile } from "../../src/load/index.js";
import { OTHER } from "../../src/load/fast/scanner.js";
import { textKind } from "../../src/load/read.js";
import { get, toPlain } from "../../src/model/index.js";
import { fileSpec, render } from "../property/manifests.js";
import { randomYaml } from "./random-yaml.js";

/**
 * The fast reader (src/load/fast/) must give exactly the tree parseSource gives for every text it
 * accepts, and decline the rest. Checked here on cases picked by hand, then on random YAML built
 * from the constructs manifests use (with random indentation, comments, blank lines and quoting
 * slips), and on the random manifests of the property suite. test/load/equivalence.test.ts checks
 * the real corpora.
 */

/** Runs per property (about 5 s on two cores). PROPERTY_RUNS=20000 to search longer. */
const NUM_RUNS = Number(process.env["PROPERTY_RUNS"] ?? 1000);

function accepted(text: string): SourceFile {
  const fast = parseFast("a.yaml", text);
  if (!fast) throw new Error(`declined: ${JSON.stringify(text)}`);
  return fast;
}

/**
 * The fast reading is the precise one (trees, spans, values, documents, problems), and the precise
 * one has no problem but duplicate keys (which the fast reader reports as it does).
 */
function expectSameAsPrecise(fast: SourceFile, text: string): void {
  const precise = parseSource(fast.path, text);
  expect(precise.documents.flatMap((d) => d.problems).filter((p) => p.code !== "DUPLICATE_KEY"), text).toEqual([]);
  expect(sameTree(fast, precise), text).toBe(true);
}

const expectSame = (text: string): void => expectSameAsPrecise(accepted(text), text);

describe("parseFast accepts manifests and reads them as parseSource does", () => {
  const cases: Record<string, string> = {
    "a Deployment": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  annotations:
    cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'
spec:
  replicas: 3
  template:
    spec:
      containers:
      - name: web
        image: nginx:1.27
        args: ["--port", "8080"]
        env:
          - name: A
            value: "x\\ty"
`,
    "several documents, empty ones and comments": "# head\n---\na: 1\n--- # second\n---\n\nb: [1, {c: d}]   # tail\n...\n".replace("...\n", ""),
    "core schema values": "a: [~, null, Null, true, FALSE, 0o17, -0, +12, 0x1F, 1e3, .5, 1., .inf, -.Inf, .nan, 1_000, yes, 2001-12-14, '1', \"0x1\"]\n",
    "keys that are not strings": "1: a\ntrue: b\nnull: c\n1.5: d\n0x10: e\n",
    "block scalars": "a: |\n  x\n   y\n\nb: >-\n  folded\n  text\n\n  para\nc: |+\n  keep\n\n\nd: >\n  more\n    indented\n  back\n",
    "multi-line plain and quoted scalars": "a: one\n  two\n\n  three\nb: 'x  \n  y'\nc: \"p\\\n   q \\u00e9 \\x41\"\n",
    "an indentless sequence and compact mappings": "a:\n- x\n- k: v\n  l: w\n-\n- [1, 2]\nb: c\n",
    "trailing comments at every depth": "a:\n  - b: 1\n    # c\n  # d\n # e\nf:\n  g:\n    h: 1\n   # i\n     # j\nk: 2\n",
    "JSON": '{\n  "kind": "List",\n  "items": [\n    {"a": 1, "b": [true, null, "x\\"y"]},\n    {}\n  ]\n}\n',
    "no line break at the end": "a: b\nc: |\n  d",
    "empty values": "a:\nb:   # c\n  # d\nc:\n- \n-   # e\n",
    "a comma after the last entry of a flow collection": 'verbs: ["get", "list",]\nb: {k: v, }\nc: [[1,], {x: [y,]},]   # c\nd: [x,\n  ]\n',
    // GKE's samples: a flag commented out in a container's command.
    "comments in a flow collection": 'command: ["/proxy", "-port=1",\n  # If running on a VPC:\n  # "-ip=PRIVATE",\n  "-key=k.json"]\nb: { # c\n  x: 1,  # d\n  y: # e\n    [2,   # f\n     3] }\n---\n[ # g\n# h\n  1]\n',
    // A scheduler policy of the Kubernetes examples: JSON with some lines indented by a tab.
    "tabs between a flow collection's entries": '{\n"kind" : "Policy",\n"extenders" : [\n\t{\n        "urlPrefix": "http://x",\n\t"weight":\t5\n\t}\n    ]\n}\n---\na: [1,\t2, {b: c,\tD: e},\n    \t3]\n',
    "compact sequences in a sequence (Cluster API's mounts)": "mounts:\n- - LABEL=etcd_disk\n  - /var/lib/etcddisk\n- - - x\n    - y\n  - a: 1\n    b: 2\n  -\n- - |\n    lit\n  - [1, 2] # c\n  # d\n- -   far\n  - near\n",
    // The yaml package gives an alias its anchor's node (that span); the fast reader copies its records.
    "anchors and aliases": "a: &x 1\nb: *x\nlabels: &l # c\n  app: x\n  tier: [1, 2]\nsel:\n  matchLabels: *l # d\n# e\nt: &t\n- k: v\n- &i \"q\"\nu: *t\nv:\n- *i\n- &b |\n  lit\n- *b\nw: &x 2\nx: *x\ny: &m one\n  two\nz: *m\n",
    "an anchor whose name a node inside it takes over": "a: &x\n  b: &x 1\n  c: 2\nd: *x\ne: &y\n- &y [1]\n- 2\nf: *y\n",
    // A checkout on Windows: read with LF ends, spans in the file's own text (past each CR).
    "CRLF line ends": "a: b\r\nc: |\r\n  x\r\n\r\n  y\r\nd: 'p\r\n  q'\r\ne: \"r\\\r\n  s\"\r\nf: [1,\r\n  2]\r\ng: plain  \r\n  more\r\nh: |+\r\n  keep\r\n\r\n",
    "a byte order mark at the start": "\ufeffa: b\nc:\n  - d\n",
    "a byte order mark and CRLF line ends": "\ufeff# c\r\n---\r\na: b\r\n",
    "CRLF and LF line ends in one file": "a: b\r\nc:\n  - d\r\n  - e\n---\r\nf: g",
  };
  for (const [name, text] of Object.entries(cases)) it(name, () => expectSame(text));

  it("a CRLF file's spans are told in its own text: a value's span ends before its CR", () => {
    const text = "a: b\r\nc:\r\n  d: e\r\n";
    const root = accepted(text).documents[0]?.root as MapNode;
    const d = valueAt(valueAt(root, "c") as MapNode, "d");
    expect(d?.span).toEqual({ file: "a.yaml", start: text.indexOf("e\r"), end: text.indexOf("e\r") + 1 });
    expect(entryAt(root, "c")?.keySpan.start).toBe(text.indexOf("c:"));
  });

  it("records that do not pack into fewer words (long scalars, large collections, past 2^20 units of text) read the same", () => {
    const long = "x".repeat(70);
    const many = Array.from({ length: 600 }, (_, i) => `k${i}: v${i}`).join("\n");
    const items = Array.from({ length: 600 }, (_, i) => `- ${i}`).join("\n");
    expectSame(`a: ${long}\n"${long}": '${long}'\nb:\n  ${many.replace(/\n/g, "\n  ")}\nc:\n${items}\n`);
    // A block scalar carries the rest past 2^20: packed records before it, records as written after.
    const block = `  ${"y".repeat(1000)}\n`.repeat(1100);
    expectSame(`a:\n  b: [1, {c: d}]\ne: |\n${block}f:\n  g: [1, {h: ${long}}]\n  i:\n  - j\n---\nk: l\n`);
  });

  it("reads values on demand: a lookup does not list the mapping's entries, and views of one collection are equal", () => {
    const f = accepted("a:\n  b: 1\n  c: [x]\nd: 2\n");
    const root = f.documents[0]!.root as MapNode;
    // Made on each access (nothing keeps them), so equal rather than the same object.
    const a1 = valueAt(root, "a") as MapNode;
    const a2 = valueAt(root, "a") as MapNode;
    expect(a1.span).toEqual(a2.span);
    expect(a1.entries.map((e) => [e.key, e.keySpan, e.value.span])).toEqual(a2.entries.map((e) => [e.key, e.keySpan, e.value.span]));
    const c = get(root, "a", "c");
    expect(c?.kind).toBe("seq");
    expect(c?.span).toEqual(root.entries[0]!.value.kind === "map" ? get(root.entries[0]!.value, "c")?.span : undefined);
    expect(valueAt(root, "zz")).toBeUndefined();
    expect(isFastSource(f)).toBe(true);
    expect(isFastSource(parseSource("a.yaml", "a: 1\n"))).toBe(false);
  });

  it("finds a quoted key by lookup as listing the entries does, escaped or not (JSON quotes every key)", () => {
    const texts = ['{"name": 1, "a\\x62": 2, "it\\"s": 3, "n\\\\a": 4, "": 5, "x\\ty": 6}\n', "'name': 1\n'it''s': 2\n'': 3\n'a\\b': 4\n"];
    const lookups = ["name", "nam", "names", "ab", "a\\x62", 'it"s', 'it\\"s', "it's", "it''s", "n\\a", "n\\\\a", "", "x\ty", "x\\ty", "a\\b"];
    for (const text of texts) {
      const root = accepted(text).documents[0]!.root as MapNode;
      const precise = parseSource("a.yaml", text).documents[0]!.root as MapNode;
      expect(root.entries.map((e) => e.key)).toEqual(precise.entries.map((e) => e.key));
      for (const key of lookups) {
        const expected = precise.entries.find((e) => e.key === key);
        expect(entryAt(root, key)?.keySpan, `${text} / ${key}`).toEqual(expected?.keySpan);
        expect(valueAt(root, key)?.span, `${text} / ${key}`).toEqual(expected?.value.span);
      }
    }
  });

  it("finds a key by lookup as listing the entries does, short keys and null or boolean words included", () => {
    const keys = ["a", "n", "t", "f", "na", "nam", "name", "names", "Name", "NaMe", "type", "typ", "true", "True", "TRUE", "tRue", "null", "Null", "NULL", "nul", "false", "False", "FALSE", "fals", "spec", "kind", "falsey"];
    const lookups = [...keys, "", "0", "1"];
    for (const present of [keys.filter((k) => !/^(true|null|false)$/i.test(k)), ["Null", "ab"], ["True", "ab"], ["FALSE", "ab"], ["null", "ab"], ["true", "x"], ["false", "y"], ["NULL", "TRUE", "False"]]) {
      const f = accepted(`${present.map((k, i) => `${k}: v${i}`).join("\n")}\n`);
      const root = f.documents[0]!.root as MapNode;
      const precise = parseSource("a.yaml", f.text).documents[0]!.root as MapNode;
      for (const key of lookups) {
        const listed = root.entries.find((e) => e.key === key);
        const expected = precise.entries.find((e) => e.key === key);
        expect(listed?.keySpan, `${present.join(",")} / ${key}`).toEqual(expected?.keySpan);
        expect(entryAt(root, key)?.keySpan, `${present.join(",")} / ${key}`).toEqual(expected?.keySpan);
        expect(valueAt(root, key)?.span, `${present.join(",")} / ${key}`).toEqual(expected?.value.span);
      }
    }
  });

  describe("a duplicate key: the document has no root and a problem at each key repeated, as parseSource reads it", () => {
    const many = Array.from({ length: 20 }, (_, i) => `k${i}: ${i}`).join("\n");
    const dups: Record<string, string> = {
      "a duplicate key": "a: 1\na: 2\n",
      "a key equal to another once resolved": "0x1: a\n1: b\n1.0: c\n",
      "a plain key that a quoted key repeats": 'name: a\n"name": b\n',
      "a quoted key that a plain key repeats": "'name': a\nname: b\n",
      "null keys written two ways": "~: a\nnull: b\n",
      "a duplicate key after a nested mapping": "a:\n  b: 1\n  c: 2\nb: 3\nc: 4\na: 5\n",
      "a duplicate key past the sixteenth key": `${many}\nk3: again\n`,
      "a duplicate key past the sixteenth key, quoted": `${many}\n"k19": again\n`,
      "a duplicate key in a flow mapping": "a: {name: 1, 'name': 2}\n",
      "a duplicate key in a JSON object": '{"a": 1, "b": {"a": 2}, "a": 3}\n',
      "a quoted key with an escape that a plain key spells out": '"a\\x62": 1\nab: 2\n',
      "a single-quoted key with a doubled quote that a double-quoted key repeats": "'it''s': 1\n\"it's\": 2\n",
      "duplicate keys in nested mappings, and in the next document": "a:\n  b: 1\n  b: 2\nc: 3\nc: [4]\n---\nd: 1\n---\ne: {f: 1, f: 2}\n",
      "a duplicate key in an anchor's node, its alias after": "a: &x\n  b: 1\n  b: 2\nc: *x\n",
      "a duplicate key with CRLF line ends": "a: 1\r\nb:\r\n  c: 2\r\n  c: 3\r\n",
      "a duplicate key after a byte order mark": "\ufeffa: 1\na: 2\n",
    };
    for (const [name, text] of Object.entries(dups)) {
      it(name, () => {
        const fast = accepted(text);
        const precise = parseSource("a.yaml", text);
        expect(precise.documents.some((d) => d.problems.some((p) => p.code === "DUPLICATE_KEY"))).toBe(true);
        expect(fast.documents.map((d) => d.problems)).toEqual(precise.documents.map((d) => d.problems));
        expect(sameTree(fast, precise)).toBe(true);
      });
    }
  });

  it("checks duplicate keys per mapping: a nested or a sibling mapping may repeat its parent's keys", () => {
    const many = Array.from({ length: 20 }, (_, i) => `k${i}: ${i}`);
    const text = `a:\n  a: 1\n  b: {a: 1, b: 2}\nb:\n${many.map((l) => `  ${l}`).join("\n")}\n  sub:\n${many.map((l) => `    ${l}`).join("\n")}\nc:\n${many.map((l) => `  ${l}`).join("\n")}\n${many.join("\n")}\n`;
    const f = accepted(text);
    expect(sameTree(f, parseSource("a.yaml", text))).toBe(true);
  });

  it("resolves plain scalars with the yaml package's core schema", () => {
    for (const [s, v] of [["", null], ["~", null], ["True", true], ["tRue", "tRue"], ["0o10", 8], ["-0", -0], ["0x_1", "0x_1"], ["1e2", 100], ["+.5", 0.5], ["-.INF", -Infinity], ["nullish", "nullish"]] as const) {
      expect(Object.is(resolvePlain(s), v)).toBe(true);
    }
  });
});

describe("parseFast declines what it does not read exactly, and parseManifest reads that precisely", () => {
  const declined: Record<string, string> = {
    "an alias with no anchor before it": "a: *x\n",
    "an alias to an anchor of an earlier document": "a: &x 1\n---\nb: *x\n",
    "an alias inside its anchor's node": "a: &x\n  b: *x\n",
    "two anchors on a node": "a: &x &y 1\n",
    "an anchor on an alias": "a: &x *y\n",
    "an anchor on a key": "&a k: v\n",
    "an anchor on a compact mapping's key": "- &a k: v\n",
    "an anchor on an empty value": "a: &x\nb: *x\n",
    "an alias in a flow collection": "a: &x 1\nb: [*x]\n",
    "an alias followed by more": "a: &x 1\nb: *x y\n",
    "aliases that copy more than 100 nodes": `a: &x\n${Array.from({ length: 30 }, (_, i) => `  k${i}: ${i}`).join("\n")}\nb: *x\nc: *x\n`,
    "an anchor in a mapping of 512 entries or more": `${Array.from({ length: 600 }, (_, i) => `k${i}: &a${i} ${i}`).join("\n")}\nz: *a1\n`,
    "a tag": "a: !!str 1\n",
    "a merge key": "a: {x: 1}\nb:\n  <<: {x: 2}\n",
    "a merge key quoted": 'a: {x: 1}\nb: {"<<": {x: 2}}\n',
    "a duplicate key with another error after it": "a: 1\na: 2\nb: [c\n",
    "a quoted key that starts with a NUL": '"\\0number:1": a\n1: b\n',
    "a tab": "a:\tb\n",
    "a tab in a plain scalar in a flow collection": "a: [b\tc]\n",
    "a tab after a plain scalar in a flow collection": "a: [b\t, c]\n",
    "a tab in a quoted scalar in a flow collection": 'a: ["b\tc"]\n',
    "a tab after a flow collection": "a: [b]\t\n",
    "a tab in a comment in a flow collection": "a: [b, # c\td\n  e]\n",
    "a tab indenting a flow collection's line": "a:\n  b: [1,\n\t2]\n",
    "a sequence on the line of its key": "a: - b\n",
    "a carriage return not before a line feed": "a: b\rc: d\n",
    "a carriage return at the end": "a: b\r\nc: d\r",
    "CRLF line ends and a tab": "a: b\r\nc:\td\r\n",
    "a BOM past the start": "a: b\n---\n\ufeffc: d\n",
    "a BOM and a tab": "\ufeffa:\tb\n",
    "a directive": "%YAML 1.2\n---\na: b\n",
    "a document end marker": "a: b\n...\n",
    "an explicit key": "? a\n: b\n",
    "a syntax error": "a: [b\n",
    "a mapping in a plain scalar": "a: b: c\n",
    "bad indentation": "a:\n  b: 1\n c: 2\n",
    "a block scalar with an indentation indicator": "a: |2\n   x\n",
    "a scalar document": "just text\n",
    "a comment in a flow collection not separated from what is before it": "a: [1,# c\n  2]\n",
    "a comment after a plain scalar in a flow collection": "a: [1 # c\n  , 2]\n",
    "a comment line in a flow collection not indented": "a:\n  b: [1,\n# c\n    2]\n",
    "an empty flow entry": "a: [x,,]\n",
    "a flow collection of a comma alone": "a: [,]\n",
    "a multi-line flow collection not indented": "a: [\n1]\n",
    "a bad escape": 'a: "\\q"\n',
    "deep nesting": `${Array.from({ length: 120 }, (_, i) => `${" ".repeat(i)}a:`).join("\n")} 1\n`,
  };
  for (const [name, text] of Object.entries(declined)) {
    it(name, () => {
      expect(parseFast("a.yaml", text)).toBeNull();
      const read = parseManifest("a.yaml", text);
      expect(isFastSource(read)).toBe(false);
      expect(sameTree(read, parseSource("a.yaml", text))).toBe(true);
    });
  }
});

describe("parseFast over random YAML", () => {
  it("reads every text it accepts exactly as parseSource does (and accepts a good share)", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const text = randomYaml(seed);
        const fast = parseFast("r.yaml", text);
        if (!fast) return;
        accepted++;
        expectSameAsPrecise(fast, text);
      }),
      { numRuns: NUM_RUNS * 4 },
    );
    expect(accepted).toBeGreaterThan(NUM_RUNS / 2);
  });

  it("reads them written as JSON (with kubectl's indents or none) exactly as parseSource does, and declines none", () => {
    let tried = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.constantFrom(0, 2, 4), (seed, indent) => {
        const yaml = parseSource("r.yaml", randomYaml(seed));
        const root = yaml.documents[0]?.root;
        if (yaml.documents.some((d) => d.problems.length > 0) || !root || root.kind === "scalar") return;
        // JSON escapes what needs it (quotes, backslashes, control characters) in keys and values:
        // some of each get one.
        let n = seed;
        const marks = ['"', "\\", '\\"', "\t", "\u0001", "'"];
        const spice = (s: string): string => {
          const c = n++;
          return c % 3 === 0 ? `${s}${marks[Math.floor(c / 3) % marks.length]}${s}` : s;
        };
        const spiced = (v: unknown): unknown =>
          typeof v === "string" ? spice(v) : Array.isArray(v) ? v.map(spiced) : v !== null && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [spice(k), spiced(x)])) : v;
        const text = `${JSON.stringify(spiced(toPlain(root)), null, indent)}\n`;
        tried++;
        expectSame(text);
      }),
      { numRuns: NUM_RUNS * 2 },
    );
    expect(tried).toBeGreaterThan(NUM_RUNS / 4);
  });

  it("reads them with CRLF line ends, and some lines' ends CRLF, a byte order mark or none, exactly as parseSource does", () => {
    let accepted = 0;
    let told = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.boolean(), fc.boolean(), (seed, every, bom) => {
        const lf = randomYaml(seed);
        const ends = every ? lf.replace(/\n/g, "\r\n") : lf.split("\n").map((l, i, all) => (i % 2 === 1 && i < all.length - 1 ? `${l}\r` : l)).join("\n");
        const text = bom ? `\ufeff${ends}` : ends;
        const fast = parseFast("r.yaml", text);
        // The same texts as with LF ends are declined.
        if (!fast) return void expect(parseFast("r.yaml", lf), text).toBeNull();
        accepted++;
        expectSameAsPrecise(fast, text);
        // Told from the bytes that the text is ASCII with CRLF ends, the reader searches it for nothing else.
        const kind = textKind(Buffer.from(text));
        if (kind === OTHER) return;
        told++;
        const read = manifestReader()("r.yaml", text, false, kind);
        expect(isFastSource(read), text).toBe(true);
        expectSameAsPrecise(read, text);
      }),
      { numRuns: NUM_RUNS * 4 },
    );
    expect(accepted).toBeGreaterThan(NUM_RUNS / 2);
    expect(told).toBeGreaterThan(NUM_RUNS / 4);
  });

  it("the random manifests of the property suite: same tree, same findings", () => {
    fc.assert(
      fc.property(fileSpec, (spec) => {
        const text = render(spec);
        const fast = parseFast("m.yaml", text);
        if (!fast) return;
        const precise = parseSource("m.yaml", text);
        expect(sameTree(fast, precise), text).toBe(true);
        const options = { strict: true, podCidrs: ["10.0.0.0/8"] };
        expect(lintSources([fast], options).results, text).toEqual(lintSources([precise], options).results);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe("linting fast-read files", () => {
  const pool = "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: p}\nspec: {cidr: 10.0.0.0/24}\n";
  const pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.9.9.9\"]'\nspec: {}\n";

  it("reports what the precise path reports", () => {
    const fast = [parseManifest("pool.yaml", pool), parseManifest("pod.yaml", pod)];
    expect(fast.every(isFastSource)).toBe(true);
    const precise = [parseSource("pool.yaml", pool), parseSource("pod.yaml", pod)];
    const out = lintSources(fast, { strict: true });
    expect(out.results).toEqual(lintSources(precise, { strict: true }).results);
    expect(out.results.flatMap((r) => r.findings).length).toBeGreaterThan(0);
  });
});
