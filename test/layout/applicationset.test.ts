import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { cli, tempTree } from "../cli/helpers.js";
import { parseSource } from "../../src/load/index.js";
import { toPlain } from "../../src/model/index.js";
import { discoverLayout as discoverWith, type LayoutFile, type LayoutInput } from "../../src/layout/discover.js";
import * as applicationSets from "../../src/layout/applicationset.js";
import { goPathMatch, gitPathspecMatch, replace } from "../../src/layout/applicationset.js";
import { TOOLS_PATH, withTools, POOLS } from "./helpers.js";

/** The layout of the files, with the ApplicationSet code the CLI loads when they hold one. */
const discoverLayout = (input: LayoutInput): ReturnType<typeof discoverWith> => discoverWith({ applicationSets, ...input });

/**
 * ApplicationSet generators as Argo CD's ApplicationSet controller runs them
 * (argoproj/argo-cd applicationset/generators/{git,cluster,matrix,merge,list}.go,
 * applicationset/utils/utils.go Render.Replace), read from the repository's files.
 */

interface Message {
  ruleId: string;
  message: string;
  line: number;
  column: number;
  cluster?: string;
}

/** A temporary git repository holding the files. */
function repo(tree: Record<string, string>): string {
  const root = tempTree(tree);
  execFileSync("git", ["init", "-q", root]);
  return root;
}

async function lint(root: string, path = ""): Promise<{ code: number; findings: (Message & { file: string })[]; stderr: string }> {
  const r = await cli([".", "-f", "json"], { cwd: root, env: { PATH: path } });
  const results = JSON.parse(r.stdout || "[]") as { filePath: string; messages: Message[] }[];
  return { code: r.code, stderr: r.stderr, findings: results.flatMap((f) => f.messages.map((m) => ({ ...m, file: f.filePath.slice(root.length + 1) }))) };
}

function files(tree: Record<string, string>): LayoutFile[] {
  return Object.entries(tree).map(([path, text]) => ({ path: `/r/${path}`, docs: parseSource(path, text).documents.map((d) => toPlain(d.root ?? undefined)) }));
}


const deployment = (name: string, ip: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: dns
spec:
  replicas: 1
  strategy: {type: Recreate}
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata:
      labels: {app: ${name}}
      annotations:
        cni.projectcalico.org/ipAddrs: '["${ip}"]'
    spec:
      containers: [{name: c, image: c}]
`;

/** An Argo CD cluster Secret (argo-cd docs: declarative setup, clusters). */
const clusterSecret = (name: string, labels: Record<string, string> = {}): string => `apiVersion: v1
kind: Secret
metadata:
  name: cluster-${name}
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: cluster
${Object.entries(labels)
  .map(([k, v]) => `    ${k}: ${v}\n`)
  .join("")}type: Opaque
stringData:
  name: ${name}
  server: https://${name}.example.com:6443
`;

const SECRETS = `${clusterSecret("east", { region: "east", env: "prod" })}---\n${clusterSecret("west", { region: "west", env: "staging" })}`;

describe("matrix of clusters × git directories", () => {
  const appset = (dirs: string, clusters = "{}"): string => `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: platform, namespace: argocd}
spec:
  generators:
  - matrix:
      generators:
      - clusters: ${clusters}
      - git:
          repoURL: https://example.com/platform.git
          revision: HEAD
          directories: [{path: '${dirs}'}]
  template:
    metadata: {name: '{{name}}-{{path.basename}}'}
    spec:
      project: default
      source: {repoURL: https://example.com/platform.git, path: '{{path}}'}
      destination: {name: '{{name}}', namespace: dns}
`;

  it("gives one Application per cluster and folder; in-cluster is not one when a Secret names every cluster", () => {
    const l = discoverLayout({
      files: files({ "argocd/appset.yaml": appset("apps/*"), "argocd/clusters.yaml": SECRETS, "apps/dns/d.yaml": "a: 1\n", "apps/gw/d.yaml": "a: 1\n" }),
      repoRoots: ["/r"],
    });
    expect(l.deploys.map((d) => [d.cluster, d.dir, d.by.name])).toEqual([
      ["east", "/r/apps/dns", "east-dns"],
      ["east", "/r/apps/gw", "east-gw"],
      ["west", "/r/apps/dns", "west-dns"],
      ["west", "/r/apps/gw", "west-gw"],
      // No Secret has server https://kubernetes.default.svc: Argo CD adds the local cluster (cluster.go).
      ["in-cluster", "/r/apps/dns", "in-cluster-dns"],
      ["in-cluster", "/r/apps/gw", "in-cluster-gw"],
    ]);
    expect(l.notFollowed).toEqual([]);
  });

  it("judges each cluster on its own (the git generator reads the cluster's labels): the same address in two clusters is no finding; twice in one cluster it is", async () => {
    const root = repo({
      "argocd/appset.yaml": appset("apps/{{metadata.labels.region}}/*"),
      "argocd/clusters.yaml": SECRETS,
      "apps/east/pools/pools.yaml": POOLS,
      "apps/east/dns/dns.yaml": deployment("dns", "10.244.64.53"),
      "apps/east/gw/gw.yaml": deployment("gw", "10.244.64.53"),
      "apps/west/pools/pools.yaml": POOLS,
      "apps/west/dns/dns.yaml": deployment("dns", "10.244.64.53"),
    });
    const r = await lint(root);
    expect(r.findings.map((f) => [f.file, f.ruleId, f.cluster])).toEqual([
      ["apps/east/dns/dns.yaml", "duplicate-static-ip", "east"],
      ["apps/east/gw/gw.yaml", "duplicate-static-ip", "east"],
    ]);
    expect(r.code).toBe(1);
    // Control: the clusters generator left out, every folder is one cluster's and west's address collides too.
    const flat = repo({
      "apps/east/pools/pools.yaml": POOLS,
      "apps/east/dns/dns.yaml": deployment("dns", "10.244.64.53"),
      "apps/east/gw/gw.yaml": deployment("gw", "10.244.64.53"),
      "apps/west/dns/dns.yaml": deployment("dns2", "10.244.64.53"),
    });
    expect((await lint(flat)).findings.filter((f) => f.ruleId === "duplicate-static-ip")).toHaveLength(3);
  });
});

describe("clusters generator", () => {
  const appset = (generator: string): string => `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: dns}
spec:
  goTemplate: true
  goTemplateOptions: ["missingkey=error"]
  generators:
  - ${generator}
  template:
    metadata: {name: 'dns-{{.nameNormalized}}'}
    spec:
      source: {path: apps/dns}
      destination: {server: '{{.server}}', namespace: dns}
`;

  it("picks the Secrets its selector matches (matchLabels, matchExpressions); a selector leaves in-cluster out", () => {
    const run = (gen: string): string[] =>
      discoverLayout({ files: files({ "argocd/a.yaml": appset(gen), "argocd/c.yaml": SECRETS, "apps/dns/d.yaml": "a: 1\n" }), repoRoots: ["/r"] }).deploys.map((d) => d.cluster);
    expect(run("clusters: {selector: {matchLabels: {env: prod}}}")).toEqual(["east"]);
    expect(run("clusters: {selector: {matchExpressions: [{key: env, operator: NotIn, values: [prod]}]}}")).toEqual(["west"]);
    // The destination is given by server: the Secret's name names the cluster.
    expect(run("clusters: {}")).toEqual(["east", "west", "in-cluster"]);
  });

  it("without a cluster Secret in the files: in-cluster, said once; encrypted Secrets and unknown generators are said, not guessed", async () => {
    const root = repo({
      "argocd/a.yaml": appset("clusters: {}"),
      "argocd/b.yaml": appset("matrix: {generators: [{clusters: {}}, {list: {elements: [{a: b}]}}]}").replace("name: dns}", "name: dns-b}"),
      "apps/dns/d.yaml": deployment("dns", "10.244.64.53"),
      "apps/dns/pools.yaml": POOLS,
    });
    const r = await lint(root);
    expect(r.code).toBe(0);
    const said = r.stderr.split("\n").filter((l) => l.includes("no Argo CD cluster Secret"));
    expect(said).toEqual([
      "calico-ipam-lint: argocd/a.yaml: not followed: no Argo CD cluster Secret is defined in the files, so the clusters generator of ApplicationSet dns, dns-b gives in-cluster only; clusters registered with Argo CD otherwise (argocd cluster add) are not known",
    ]);
    const sealed = `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata: {name: cluster-east, namespace: argocd}
spec:
  encryptedData: {name: AgBy, server: AgBz}
  template:
    metadata:
      labels: {argocd.argoproj.io/secret-type: cluster}
`;
    const hidden = discoverLayout({ files: files({ "argocd/a.yaml": appset("clusters: {}"), "argocd/s.yaml": sealed, "apps/dns/d.yaml": "a: 1\n" }), repoRoots: ["/r"] });
    expect(hidden.deploys).toEqual([]);
    expect(hidden.notFollowed.map((n) => n.reason)).toEqual(["ApplicationSet dns: the clusters generator is not followed: the cluster Secrets SealedSecret cluster-east are not readable in the files"]);
    for (const gen of ["pullRequest: {github: {owner: o, repo: r}}", "scmProvider: {github: {organization: o}}", "plugin: {configMapRef: {name: p}}", "clusterDecisionResource: {configMapRef: c}"]) {
      const u = repo({
        "argocd/a.yaml": appset(`matrix: {generators: [{${gen}}, {clusters: {}}]}`),
        "apps/dns/kustomization.yaml": "resources: [d.yaml, pools.yaml]\n",
        "apps/dns/d.yaml": deployment("dns", "10.244.64.53"),
        "apps/dns/pools.yaml": POOLS,
      });
      const out = await lint(u);
      expect(out.code).toBe(0);
      expect(out.stderr.match(/and is not followed/g)).toHaveLength(1);
    }
  });
});

describe("git files generator", () => {
  it("reads each config.json: its keys flattened (a.b), path.* and values.*, without goTemplate", () => {
    const set = `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: gw}
spec:
  generators:
  - git:
      repoURL: https://example.com/r.git
      revision: HEAD
      files: [{path: "envs/**/config.json"}, {path: envs/old/config.json, exclude: true}]
      values: {release: 'gw-{{path.basename}}'}
  template:
    metadata: {name: '{{values.release}}'}
    spec:
      source:
        path: charts/gw
        helm:
          releaseName: '{{values.release}}'
          parameters: [{name: staticIP, value: '{{gw.staticIP}}'}, {name: replicaCount, value: '{{gw.replicas}}'}]
      destination: {name: '{{cluster.name}}', namespace: '{{namespace}}'}
`;
    const l = discoverLayout({
      files: files({
        "argocd/gw.yaml": set,
        "charts/gw/Chart.yaml": "name: gw\n",
        "envs/east/config.json": '{"cluster": {"name": "east"}, "namespace": "edge", "gw": {"staticIP": "10.244.64.60", "replicas": 1}}',
        "envs/lab/west/config.json": '{"cluster": {"name": "west"}, "namespace": "edge", "gw": {"staticIP": "10.244.64.61", "replicas": 1000000}}',
        "envs/old/config.json": '{"cluster": {"name": "old"}, "namespace": "edge"}',
      }),
      repoRoots: ["/r"],
    });
    // `git ls-files` pathspecs: * crosses folders; numbers print as Go's %v prints a float64.
    expect(l.deploys.map((d) => [d.cluster, d.namespace, d.releaseName, d.set])).toEqual([
      ["east", "edge", "gw-east", ["staticIP=10.244.64.60", "replicaCount=1"]],
      ["west", "edge", "gw-west", ["staticIP=10.244.64.61", "replicaCount=1e+06"]],
    ]);
  });

  it("with goTemplate: the file's own structure, .path.path, .path.segments and index", () => {
    const set = `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: dns}
spec:
  goTemplate: true
  generators:
  - git: {repoURL: r, revision: HEAD, files: [{path: "clusters/*/dns.yaml"}]}
  template:
    metadata: {name: 'dns-{{ index .path.segments 1 }}'}
    spec:
      source: {path: '{{.path.path}}/dns'}
      destination: {name: '{{ .cluster | lower }}', namespace: '{{ .dns.namespace | default "dns" }}'}
`;
    const l = discoverLayout({
      files: files({ "argocd/dns.yaml": set, "clusters/east/dns.yaml": "cluster: EAST\ndns: {namespace: resolvers}\n", "clusters/east/dns/d.yaml": "a: 1\n", "clusters/west/dns.yaml": "cluster: west\ndns: {}\n", "clusters/west/dns/d.yaml": "a: 1\n" }),
      repoRoots: ["/r"],
    });
    expect(l.deploys.map((d) => [d.by.name, d.cluster, d.dir, d.namespace])).toEqual([
      ["dns-east", "east", "/r/clusters/east/dns", "resolvers"],
      ["dns-west", "west", "/r/clusters/west/dns", "dns"],
    ]);
  });
});

describe("merge generator", () => {
  it("overrides the first generator's sets by mergeKeys; sets of later generators with no match are dropped", () => {
    const set = `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: dns}
spec:
  generators:
  - merge:
      mergeKeys: [name]
      generators:
      - clusters: {values: {ns: dns}}
      - list: {elements: [{name: west, values.ns: dns-west}, {name: nowhere, values.ns: x}]}
  template:
    metadata: {name: 'dns-{{name}}'}
    spec:
      source: {path: apps/dns}
      destination: {name: '{{name}}', namespace: '{{values.ns}}'}
`;
    const l = discoverLayout({ files: files({ "argocd/a.yaml": set, "argocd/c.yaml": SECRETS, "apps/dns/d.yaml": "a: 1\n" }), repoRoots: ["/r"] });
    expect(l.deploys.map((d) => [d.cluster, d.namespace])).toEqual([
      ["east", "dns"],
      ["west", "dns-west"],
      ["in-cluster", "dns"],
    ]);
  });

  it("is refused as Argo CD refuses it: duplicate merge keys, a missing key with missingkey=error", () => {
    const set = (gens: string, opts = ""): string =>
      `apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata: {name: s}\nspec:\n  goTemplate: true\n${opts}  generators:\n  - ${gens}\n  template:\n    metadata: {name: 'a-{{.name}}'}\n    spec:\n      source: {path: apps/dns}\n      destination: {name: '{{.name}}'}\n`;
    const run = (text: string): string[] => discoverLayout({ files: files({ "a.yaml": text, "apps/dns/d.yaml": "a: 1\n" }), repoRoots: ["/r"] }).notFollowed.map((n) => n.reason);
    expect(run(set("merge: {mergeKeys: [name], generators: [{list: {elements: [{name: a}, {name: a}]}}, {list: {elements: []}}]}"))[0]).toMatch(/^ApplicationSet s: Argo CD generates no Application from it: the parameters from a generator were not unique/);
    expect(run(set("list: {elements: [{other: a}]}", '  goTemplateOptions: ["missingkey=error"]\n'))[0]).toContain('map has no entry for key "name"');
    // Without the option, text/template prints <no value>.
    expect(discoverLayout({ files: files({ "a.yaml": set("list: {elements: [{other: a}]}"), "apps/dns/d.yaml": "a: 1\n" }), repoRoots: ["/r"] }).deploys.map((d) => d.cluster)).toEqual(["<no value>"]);
  });
});

describe("malformed ApplicationSets", () => {
  it("never throw: each is said on standard error or gives nothing", () => {
    const gens = [
      "[null, 5, {}]",
      "[{matrix: null}, {matrix: {generators: [{}, {}]}}, {matrix: {generators: [{list: {elements: [{a: b}]}}]}}]",
      "[{git: {files: [{path: '[z-a]'}]}}, {git: {directories: [{path: '[z-a]'}]}}, {git: {}}]",
      "[{list: {elements: [1, {a: 2}]}}, {list: {elementsYaml: 'a: [1'}}, {merge: {generators: x}}, {merge: {generators: [{list: {}}, {list: {}}]}}]",
      "[{list: {elements: [{a: '{{'}]}}, {clusters: {selector: {matchExpressions: [{key: a, operator: Bogus}]}, values: {x: '{{ .a \"\\q\" }}'}}}]",
      "[{matrix: {generators: [{matrix: {generators: [{list: {elements: [{a: x}]}}, {list: {elements: [{b: y}]}}]}}, {merge: {mergeKeys: [a], generators: [{list: {elements: [{a: x}]}}, {list: {elements: [{a: x, c: z}]}}]}}]}}]",
    ];
    for (const g of gens) {
      for (const go of ["false", "true"]) {
        const text = `apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata: {name: s}\nspec:\n  goTemplate: ${go}\n  generators: ${g}\n  template: {metadata: {name: '{{a}}{{ .a }}'}, spec: {source: {path: apps}, destination: {name: '{{b}}'}}}\n`;
        const l = discoverLayout({ files: files({ "s.yaml": text, "apps/d.yaml": "a: 1\n" }), repoRoots: ["/r"] });
        expect(l.notFollowed.length).toBeGreaterThan(0);
      }
    }
  });
});

describe("template rendering and path matching, as Argo CD's", () => {
  it("fasttemplate replaces string parameters only and keeps unknown tags; Go templates print like text/template", () => {
    expect(replace("{{ a }}-{{b}}-{{ c }}", { a: "x", b: 1 }, { goTemplate: false, options: [] }).text).toBe("x-{{b}}-{{ c }}");
    expect(replace("{{ .a.b }}/{{- .n }}/{{ .m | normalize }}", { a: { b: "x" }, n: 2.5, m: "My_App" }, { goTemplate: true, options: [] }).text).toBe("x/2.5/my-app");
  });

  it("git directories use Go's path.Match (no **); git files use git ls-files pathspecs (* crosses /)", () => {
    expect(goPathMatch("apps/*", "apps/a")).toBe(true);
    expect(goPathMatch("apps/*", "apps/a/b")).toBe(false);
    expect(goPathMatch("apps/**", "apps/a/b")).toBe(false);
    expect(goPathMatch("apps/[ab]", "apps/b")).toBe(true);
    expect(gitPathspecMatch("apps/*/config.json", "apps/a/b/config.json")).toBe(true);
    expect(gitPathspecMatch("apps", "apps/a/config.json")).toBe(true);
    expect(gitPathspecMatch("apps/*.json", "other/a.json")).toBe(false);
  });
});

const CHART = {
  "charts/gw/Chart.yaml": "apiVersion: v2\nname: gw\nversion: 0.1.0\n",
  "charts/gw/values.yaml": 'replicaCount: 1\nstaticIP: ""\n',
  "charts/gw/templates/deployment.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
spec:
  replicas: {{ .Values.replicaCount }}
  strategy: {type: Recreate}
  selector:
    matchLabels: {app: {{ .Release.Name }}}
  template:
    metadata:
      labels: {app: {{ .Release.Name }}}
      {{- with .Values.staticIP }}
      annotations:
        cni.projectcalico.org/ipAddrs: '["{{ . }}"]'
      {{- end }}
    spec:
      containers: [{name: gw, image: gw}]
`,
};

withTools("rendered with the real helm", () => {
  it("git files generator: config.json gives each cluster its release, namespace and address; collisions only within a cluster", async () => {
    const set = `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: gw}
spec:
  generators:
  - git: {repoURL: r, revision: HEAD, files: [{path: "envs/*/config.json"}]}
  template:
    metadata: {name: 'gw-{{path.basename}}'}
    spec:
      source:
        path: charts/gw
        helm:
          parameters: [{name: staticIP, value: '{{staticIP}}'}]
      destination: {name: '{{cluster}}', namespace: '{{namespace}}'}
`;
    const root = repo({
      ...CHART,
      "argocd/gw.yaml": set,
      "envs/east-a/config.json": '{"cluster": "east", "namespace": "edge", "staticIP": "10.244.64.60"}\n',
      "envs/east-b/config.json": '{"cluster": "east", "namespace": "edge-b", "staticIP": "10.244.64.60"}\n',
      "envs/west/config.json": '{"cluster": "west", "namespace": "edge", "staticIP": "10.244.64.60"}\n',
      "argocd/pools.yaml": `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: pools}
spec:
  generators: [{list: {elements: [{cluster: east}, {cluster: west}]}}]
  template:
    metadata: {name: 'pools-{{cluster}}'}
    spec:
      source: {path: pools}
      destination: {name: '{{cluster}}'}
`,
      "pools/pools.yaml": POOLS,
    });
    const r = await lint(root, TOOLS_PATH);
    const dup = r.findings.filter((f) => f.ruleId === "duplicate-static-ip");
    expect(dup.map((f) => f.cluster)).toEqual(["east", "east"]);
    // The two releases are named after their folders and live in the namespaces config.json gives.
    expect(dup.map((f) => f.message).join("\n")).toMatch(/edge\/gw-east-a|edge-b\/gw-east-b/);
    expect(r.findings.filter((f) => f.cluster === "west")).toEqual([]);
  });

  // fluxcd/pkg chartutil/values.go ChartValuesFromReferences: references merged in order (MergeMaps),
  // valuesKey defaulting to values.yaml (apis/meta GetValuesKey), targetPath set with strvals, spec.values last.
  it("valuesFrom: a ConfigMap of the repository sets staticIP; the finding points at its line in the ConfigMap", async () => {
    const release = (valuesFrom: string, values = ""): string => `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata: {name: gw, namespace: edge}
spec:
  chart:
    spec: {chart: ./charts/gw, sourceRef: {kind: GitRepository, name: flux-system, namespace: flux-system}}
  valuesFrom:
${valuesFrom}${values}`;
    const configMap = `apiVersion: v1
kind: ConfigMap
metadata: {name: gw-values, namespace: edge}
data:
  values.yaml: |
    replicaCount: 1
    staticIP: 10.244.64.53
  ip: 10.244.64.53
`;
    const base = {
      ...CHART,
      "clusters/lab/pools.yaml": POOLS,
      "clusters/lab/resolver.yaml": deployment("resolver", "10.244.64.53"),
      "clusters/lab/gw-values.yaml": configMap,
    };
    const r = await lint(repo({ ...base, "clusters/lab/gw.yaml": release("    - {kind: ConfigMap, name: gw-values}\n") }), TOOLS_PATH);
    const inMap = r.findings.filter((f) => f.file === "clusters/lab/gw-values.yaml");
    expect(inMap.map((f) => [f.ruleId, f.line, f.column])).toEqual([["duplicate-static-ip", 7, 15]]);
    expect(r.stderr).not.toContain("valuesFrom");

    // targetPath with valuesKey: the data key's value itself.
    const t = await lint(repo({ ...base, "clusters/lab/gw.yaml": release("    - {kind: ConfigMap, name: gw-values, valuesKey: ip, targetPath: staticIP}\n") }), TOOLS_PATH);
    expect(t.findings.filter((f) => f.file === "clusters/lab/gw-values.yaml").map((f) => [f.ruleId, f.line, f.column])).toEqual([["duplicate-static-ip", 8, 7]]);

    // spec.values is merged last: its address wins, and the finding points into the HelmRelease.
    const v = await lint(repo({ ...base, "clusters/lab/gw.yaml": release("    - {kind: ConfigMap, name: gw-values}\n", "  values:\n    staticIP: 10.244.64.53\n") }), TOOLS_PATH);
    expect(v.findings.filter((f) => f.ruleId === "duplicate-static-ip" && f.file !== "clusters/lab/resolver.yaml").map((f) => [f.file, f.line, f.column])).toEqual([["clusters/lab/gw.yaml", 10, 15]]);

    // A ConfigMap not in the files: said, and rendered without it (the chart's empty staticIP).
    const missing = await lint(repo({ ...base, "clusters/lab/gw.yaml": release("    - {kind: ConfigMap, name: elsewhere, optional: true}\n") }), TOOLS_PATH);
    expect(missing.findings).toEqual([]);
    expect(missing.stderr).toContain("HelmRelease gw: values from ConfigMap elsewhere (optional) are not defined in the files; rendered without them");
  });
});
