import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintSources } from "../../src/engine/run.js";
import { fixSources, isEditFix } from "../../src/fix/index.js";
import { parseFast } from "../../src/load/fast/index.js";
import { parseManifest, parseSource, type SourceFile } from "../../src/load/index.js";
import type { FileResult } from "../../src/report/index.js";
import { yaml } from "../rule-tester.js";

/**
 * `--fix` on text: every case gives the whole file before and after, so everything around the edits
 * is checked byte for byte. Each case also runs with CRLF line endings (expecting the same output
 * with CRLF), is fixed a second time (expecting no change), and the fixed findings must be gone.
 */

async function fix(text: string, name = "test.yaml", only?: readonly string[], read: (path: string, text: string) => SourceFile = parseSource) {
  const lint = async (files: Parameters<typeof lintSources>[0]): Promise<readonly FileResult[]> =>
    lintSources(files, { strict: true, ...(only ? { only } : {}) }).results;
  const run = await fixSources([read(name, text)], lint);
  return { output: run.files[0]?.text ?? "", run, findings: run.results.flatMap((r) => r.findings) };
}

const crlf = (s: string): string => s.replace(/\n/g, "\r\n");

interface Case {
  name: string;
  input: string;
  output: string;
  /** Rules to run (default: the rule of the describe block). */
  only?: readonly string[];
  file?: string;
  /** Reasons printed for findings left unfixed. */
  refused?: RegExp[];
  /** Skip the CRLF variant (JSON files keep their own line endings anyway). */
  lfOnly?: boolean;
}

function cases(ruleId: string, list: Case[]): void {
  describe(ruleId, () => {
    for (const c of list) {
      const only = c.only ?? [ruleId];
      const check = async (input: string, output: string, read?: (path: string, text: string) => SourceFile) => {
        const r = await fix(input, c.file, only, read);
        expect(r.output).toBe(output);
        expect(r.run.broken).toEqual([]);
        // Fixed findings are gone: what remains of the rule has no fix to apply.
        expect(r.findings.filter((f) => isEditFix(f.fix))).toEqual([]);
        const refused = r.findings.flatMap((f) => (f.fix && !isEditFix(f.fix) ? [f.fix.refused] : []));
        expect(refused).toHaveLength((c.refused ?? []).length);
        (c.refused ?? []).forEach((re, i) => expect(refused[i]).toMatch(re));
        // Idempotent: a second run changes nothing.
        const again = await fix(r.output, c.file, only);
        expect(again.output).toBe(r.output);
        expect(again.run.fixed).toBe(0);
      };
      it(c.name, () => check(c.input, c.output));
      if (!c.lfOnly) it(`${c.name} (CRLF)`, () => check(crlf(c.input), crlf(c.output)));
      // As the command reads files: the fast reader where it takes the text (aliases are copies there).
      if (parseFast("test.yaml", c.input)) it(`${c.name} (fast reader)`, () => check(c.input, c.output, parseManifest));
      if (!c.lfOnly && parseFast("test.yaml", crlf(c.input))) it(`${c.name} (fast reader, CRLF)`, () => check(crlf(c.input), crlf(c.output), parseManifest));
    }
  });
}

const pod = (annotations: string, name = "foo") => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  annotations:\n${annotations}`;

cases("annotation-json", [
  {
    name: "a single-quoted value stays single-quoted",
    input: pod(`    cni.projectcalico.org/ipAddrs: '[''10.0.0.1'']'  # static\n`),
    output: pod(`    cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'  # static\n`),
  },
  {
    name: "a double-quoted value stays double-quoted, its quotes escaped",
    input: pod(`    cni.projectcalico.org/ipAddrs: "['10.0.0.1', '10.0.0.2']"\n`),
    output: pod(`    cni.projectcalico.org/ipAddrs: "[\\"10.0.0.1\\", \\"10.0.0.2\\"]"\n`),
  },
  {
    name: "a plain value that cannot stay plain is single-quoted",
    input: pod(`    cni.projectcalico.org/ipv4pools: default-ipv4-ippool\n`),
    output: pod(`    cni.projectcalico.org/ipv4pools: '["default-ipv4-ippool"]'\n`),
  },
  {
    name: "inside a flow mapping",
    input: "apiVersion: v1\nkind: Pod\nmetadata: {name: foo, annotations: {cni.projectcalico.org/ipv6pools: pool-a pool-b, team: x}}\n",
    output: `apiVersion: v1\nkind: Pod\nmetadata: {name: foo, annotations: {cni.projectcalico.org/ipv6pools: '["pool-a", "pool-b"]', team: x}}\n`,
  },
  {
    name: "a value over two lines becomes one",
    input: pod(`    cni.projectcalico.org/ipAddrs: "['10.0.0.1',\n      '10.0.0.2']"\n    team: x\n`),
    output: pod(`    cni.projectcalico.org/ipAddrs: "[\\"10.0.0.1\\", \\"10.0.0.2\\"]"\n    team: x\n`),
  },
  {
    name: "a YAML flow list becomes a string",
    input: pod(`    cni.projectcalico.org/ipAddrs: ["10.0.0.3"]\n`),
    output: pod(`    cni.projectcalico.org/ipAddrs: '["10.0.0.3"]'\n`),
  },
  {
    name: "a YAML block list becomes a string on the key's line",
    input: pod(`    cni.projectcalico.org/ipv4pools:\n    - pool-a\n    - "pool-b"\n    team: x\n`),
    output: pod(`    cni.projectcalico.org/ipv4pools: '["pool-a", "pool-b"]'\n    team: x\n`),
  },
  {
    name: "a Namespace's value, in a stream of documents with comments, anchors and aliases left alone",
    input: yaml`
      # namespaces
      apiVersion: v1
      kind: Namespace
      metadata:
        name: batch  # team batch
        labels: &labels {team: batch}
        annotations:
          # pools for batch jobs
          cni.projectcalico.org/ipv4pools: batch-pool, reports-pool
          other: *labels
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: foo, namespace: batch}
    `,
    output: yaml`
      # namespaces
      apiVersion: v1
      kind: Namespace
      metadata:
        name: batch  # team batch
        labels: &labels {team: batch}
        annotations:
          # pools for batch jobs
          cni.projectcalico.org/ipv4pools: '["batch-pool", "reports-pool"]'
          other: *labels
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: foo, namespace: batch}
    `,
  },
  {
    name: "an anchor and a tag on the value itself are kept",
    input: pod(`    cni.projectcalico.org/ipAddrs: &ip !!str "['10.0.0.1']"\n`),
    output: pod(`    cni.projectcalico.org/ipAddrs: &ip !!str "[\\"10.0.0.1\\"]"\n`),
  },
  {
    name: "a JSON manifest gets a JSON string",
    file: "pod.json",
    lfOnly: true,
    input: `{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {\n    "name": "foo",\n    "annotations": {"cni.projectcalico.org/ipAddrs": "['10.0.0.1']", "cni.projectcalico.org/ipv4pools": ["a"]}\n  }\n}\n`,
    output: `{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {\n    "name": "foo",\n    "annotations": {"cni.projectcalico.org/ipAddrs": "[\\"10.0.0.1\\"]", "cni.projectcalico.org/ipv4pools": "[\\"a\\"]"}\n  }\n}\n`,
  },
  {
    name: "refused: a value an alias repeats",
    input: `x: &v "['10.0.0.1']"\n${pod(`    cni.projectcalico.org/ipAddrs: *v\n`)}`,
    output: `x: &v "['10.0.0.1']"\n${pod(`    cni.projectcalico.org/ipAddrs: *v\n`)}`,
    refused: [/anchor and alias/],
  },
  {
    name: "refused: entries a merge key copies from another map",
    input: `x: &base {cni.projectcalico.org/ipv4pools: a}\n${pod(`    <<: *base\n    team: x\n`)}`,
    output: `x: &base {cni.projectcalico.org/ipv4pools: a}\n${pod(`    <<: *base\n    team: x\n`)}`,
    refused: [/merge key/],
  },
  {
    name: "refused: a block scalar",
    input: pod(`    cni.projectcalico.org/ipAddrs: |\n      ['10.0.0.1']\n`),
    output: pod(`    cni.projectcalico.org/ipAddrs: |\n      ['10.0.0.1']\n`),
    refused: [/block scalar/],
  },
  {
    name: "refused: a block list with a comment between its items",
    input: pod(`    cni.projectcalico.org/ipv4pools:\n    - a  # first\n    - b\n`),
    output: pod(`    cni.projectcalico.org/ipv4pools:\n    - a  # first\n    - b\n`),
    refused: [/comments or anchors/],
  },
]);

cases("annotation-unknown", [
  {
    name: "a misspelled key, plain",
    input: pod(`    cni.projectcalico.org/ipAddr: '["10.0.0.1"]' # static\n    cni.projectcalico.org/ipv4Pools: '["p"]'\n`),
    output: pod(`    cni.projectcalico.org/ipAddrs: '["10.0.0.1"]' # static\n    cni.projectcalico.org/ipv4pools: '["p"]'\n`),
  },
  {
    name: "quoted keys stay quoted",
    input: pod(`    'cni.projectcalico.org/ipFamily': '["IPv4"]'\n    "cni.projectcalico.io/floatingIPs": '["1.2.3.4"]'\n`),
    output: pod(`    'cni.projectcalico.org/ipFamilies': '["IPv4"]'\n    "cni.projectcalico.org/floatingIPs": '["1.2.3.4"]'\n`),
  },
  {
    name: "a JSON manifest's key",
    file: "pod.json",
    lfOnly: true,
    input: `{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "foo", "annotations": {"projectcalico.org/ipv6pools": "[\\"p\\"]"}}}\n`,
    output: `{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "foo", "annotations": {"cni.projectcalico.org/ipv6pools": "[\\"p\\"]"}}}\n`,
  },
  {
    name: "refused: two keys as near",
    input: pod(`    cni.projectcalico.org/ipv5pools: '["p"]'\n`),
    output: pod(`    cni.projectcalico.org/ipv5pools: '["p"]'\n`),
    refused: [/ipv4pools and cni\.projectcalico\.org\/ipv6pools are as near/],
  },
  {
    name: "refused: the key meant is there already",
    input: pod(`    cni.projectcalico.org/ipv4Pools: '["p"]'\n    cni.projectcalico.org/ipv4pools: '["q"]'\n`),
    output: pod(`    cni.projectcalico.org/ipv4Pools: '["p"]'\n    cni.projectcalico.org/ipv4pools: '["q"]'\n`),
    refused: [/already have cni\.projectcalico\.org\/ipv4pools/],
  },
]);

const deployment = (meta: string, template: string, extra = "") => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n${meta}spec:\n  replicas: 1\n  strategy: {type: Recreate}${extra}\n  template:\n${template}`;

cases("annotation-placement", [
  {
    name: "into the template's annotations, with the comment above it and the one after it",
    input: deployment(
      `  annotations:\n    team: web\n    # the address of web\n    cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'  # static\n    owner: ops\n`,
      `    metadata:\n      annotations:\n        prometheus.io/scrape: "true"\n      labels: {app: web}\n    spec:\n      containers: []\n`,
    ),
    output: deployment(
      `  annotations:\n    team: web\n    owner: ops\n`,
      `    metadata:\n      annotations:\n        prometheus.io/scrape: "true"\n        # the address of web\n        cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'  # static\n      labels: {app: web}\n    spec:\n      containers: []\n`,
    ),
  },
  {
    name: "the only annotation: the annotations key goes too; the template's metadata gets annotations at the file's indentation",
    input: yaml`
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
          name: db
          annotations:
              cni.projectcalico.org/ipv4pools: '["db-pool"]'
      spec:
          template:
              metadata:
                  labels:
                      app: db
                  # comment after the labels
              spec:
                  containers: []
    `,
    output: yaml`
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
          name: db
      spec:
          template:
              metadata:
                  labels:
                      app: db
                  annotations:
                      cni.projectcalico.org/ipv4pools: '["db-pool"]'
                  # comment after the labels
              spec:
                  containers: []
    `,
  },
  {
    name: "no metadata in the template: created before its first key (and the comments right above it)",
    input: deployment(`  annotations:\n    cni.projectcalico.org/ipv4pools: '["p"]'\n`, `    # the pods\n    spec:\n      containers: []\n`),
    output: deployment("", `    metadata:\n      annotations:\n        cni.projectcalico.org/ipv4pools: '["p"]'\n    # the pods\n    spec:\n      containers: []\n`),
  },
  {
    name: "several annotations, over several passes, keep their order; a comment on the annotations line keeps an empty mapping",
    input: deployment(`  annotations: # for the pods\n    cni.projectcalico.org/ipv4pools: '["p"]'\n    cni.projectcalico.org/ipFamilies: '["IPv4"]'\n`, `    spec:\n      containers: []\n`),
    output: deployment(`  annotations: {} # for the pods\n`, `    metadata:\n      annotations:\n        cni.projectcalico.org/ipv4pools: '["p"]'\n        cni.projectcalico.org/ipFamilies: '["IPv4"]'\n    spec:\n      containers: []\n`),
  },
  {
    name: "a CronJob's pod template, and a block scalar value re-indented",
    input: yaml`
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: nightly
        annotations:
          cni.projectcalico.org/ipv4pools: |
            ["batch-pool"]
          team: batch
      spec:
        schedule: "0 2 * * *"
        jobTemplate:
          spec:
            template:
              metadata:
                labels: {app: nightly}
              spec:
                restartPolicy: OnFailure
                containers: []
    `,
    output: yaml`
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: nightly
        annotations:
          team: batch
      spec:
        schedule: "0 2 * * *"
        jobTemplate:
          spec:
            template:
              metadata:
                labels: {app: nightly}
                annotations:
                  cni.projectcalico.org/ipv4pools: |
                    ["batch-pool"]
              spec:
                restartPolicy: OnFailure
                containers: []
    `,
  },
  {
    name: "a misspelled key on the controller: renamed, then moved (fixes that enable others)",
    only: ["annotation-unknown", "annotation-placement", "annotation-json"],
    input: deployment(`  annotations:\n    cni.projectcalico.org/ipv4Pools: default\n`, `    metadata:\n      labels: {app: web}\n    spec:\n      containers: []\n`),
    output: deployment("", `    metadata:\n      labels: {app: web}\n      annotations:\n        cni.projectcalico.org/ipv4pools: '["default"]'\n    spec:\n      containers: []\n`),
  },
  {
    name: "an identical copy on the controller is removed",
    input: deployment(`  annotations:\n    cni.projectcalico.org/ipv4pools: '["p"]'\n    team: web\n`, `    metadata:\n      annotations:\n        cni.projectcalico.org/ipv4pools: '["p"]'\n    spec: {}\n`),
    output: deployment(`  annotations:\n    team: web\n`, `    metadata:\n      annotations:\n        cni.projectcalico.org/ipv4pools: '["p"]'\n    spec: {}\n`),
  },
  {
    name: "at the end of a file without a final line break",
    input: deployment(`  annotations:\n    cni.projectcalico.org/ipv4pools: '["p"]'\n`, `    metadata:\n      labels:\n        app: web`),
    output: deployment("", `    metadata:\n      labels:\n        app: web\n      annotations:\n        cni.projectcalico.org/ipv4pools: '["p"]'`),
  },
  {
    name: "several documents: only the one with the problem changes",
    input: `${deployment(`  annotations:\n    cni.projectcalico.org/ipv4pools: '["p"]'\n`, `    spec: {}\n`)}---\n# next\n${deployment("", `    spec: {}\n`)}`,
    output: `${deployment("", `    metadata:\n      annotations:\n        cni.projectcalico.org/ipv4pools: '["p"]'\n    spec: {}\n`)}---\n# next\n${deployment("", `    spec: {}\n`)}`,
  },
  {
    name: "refused: a different copy in the template",
    input: deployment(`  annotations:\n    cni.projectcalico.org/ipv4pools: '["p"]'\n`, `    metadata:\n      annotations:\n        cni.projectcalico.org/ipv4pools: '["q"]'\n    spec: {}\n`),
    output: deployment(`  annotations:\n    cni.projectcalico.org/ipv4pools: '["p"]'\n`, `    metadata:\n      annotations:\n        cni.projectcalico.org/ipv4pools: '["q"]'\n    spec: {}\n`),
    refused: [/values differ/],
  },
  {
    name: "refused: flow mappings",
    input: `${deployment(`  annotations: {cni.projectcalico.org/ipv4pools: '["p"]'}\n`, `    spec: {}\n`)}---\n${deployment(`  annotations:\n    cni.projectcalico.org/ipv4pools: '["p"]'\n`, `    metadata: {labels: {app: web}}\n    spec: {}\n`)}`,
    output: `${deployment(`  annotations: {cni.projectcalico.org/ipv4pools: '["p"]'}\n`, `    spec: {}\n`)}---\n${deployment(`  annotations:\n    cni.projectcalico.org/ipv4pools: '["p"]'\n`, `    metadata: {labels: {app: web}}\n    spec: {}\n`)}`,
    refused: [/flow mapping/, /flow mapping/],
  },
  {
    name: "refused: a template that an alias repeats",
    input: yaml`
      apiVersion: v1
      kind: List
      items:
      - apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: a
          annotations:
            cni.projectcalico.org/ipv4pools: '["p"]'
        spec:
          strategy: {type: Recreate}
          template: &t
            spec:
              containers: []
      - apiVersion: apps/v1
        kind: Deployment
        metadata: {name: b}
        spec:
          template: *t
    `,
    output: yaml`
      apiVersion: v1
      kind: List
      items:
      - apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: a
          annotations:
            cni.projectcalico.org/ipv4pools: '["p"]'
        spec:
          strategy: {type: Recreate}
          template: &t
            spec:
              containers: []
      - apiVersion: apps/v1
        kind: Deployment
        metadata: {name: b}
        spec:
          template: *t
    `,
    refused: [/anchor and alias/],
  },
  {
    name: "refused: a JSON manifest",
    file: "d.json",
    lfOnly: true,
    input: `{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "annotations": {"cni.projectcalico.org/ipv4pools": "[\\"p\\"]"}}, "spec": {"template": {"spec": {}}}}\n`,
    output: `{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "annotations": {"cni.projectcalico.org/ipv4pools": "[\\"p\\"]"}}, "spec": {"template": {"spec": {}}}}\n`,
    refused: [/JSON manifests/],
  },
]);

describe("every golden fixture", () => {
  const root = join(import.meta.dirname, "../fixtures");
  const files = readdirSync(root)
    .filter((d) => d !== "projects" && statSync(join(root, d)).isDirectory())
    .flatMap((d) => ["valid", "invalid"].flatMap((k) => listed(join(root, d, k))));
  function listed(dir: string): string[] {
    try {
      return readdirSync(dir)
        .filter((n) => /\.(ya?ml|json)$/.test(n) && !n.endsWith(".options.json"))
        .map((n) => join(dir, n));
    } catch {
      return [];
    }
  }
  it.each(files.map((f) => [f.slice(root.length + 1), f]))("%s: fixes parse, are idempotent and leave no fixable finding", async (_, path) => {
    const text = readFileSync(path, "utf8");
    const r = await fix(text, path.endsWith(".json") ? "f.json" : "f.yaml");
    expect(r.run.broken).toEqual([]);
    expect(r.findings.filter((f) => isEditFix(f.fix))).toEqual([]);
    expect((await fix(r.output, path.endsWith(".json") ? "f.json" : "f.yaml")).run.fixed).toBe(0);
  });
});
