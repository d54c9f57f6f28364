import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/load/index.js";
import { toPlain } from "../../src/model/index.js";
import { basename, dirname } from "node:path/posix";
import { dirOf, discoverLayout as discoverWith, layoutDocs, nameOf, type LayoutFile, type LayoutInput } from "../../src/layout/discover.js";
import * as applicationSets from "../../src/layout/applicationset.js";
import { planScopes } from "../../src/layout/scopes.js";

/** The layout of the files, with the ApplicationSet code the CLI loads when they hold one. */
const discoverLayout = (input: LayoutInput): ReturnType<typeof discoverWith> => discoverWith({ applicationSets, ...input });

/** The layout read from files alone (docs/gitops-layouts.md): no disk, no programs. */

function files(tree: Record<string, string>): LayoutFile[] {
  return Object.entries(tree).map(([path, text]) => ({ path: `/r/${path}`, docs: parseSource(path, text).documents.map((d) => toPlain(d.root ?? undefined)) }));
}

const DEPLOY = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n";

describe("layoutDocs", () => {
  const text = [
    "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: applications.argoproj.io}\nspec: {group: argoproj.io}\n",
    "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: a}\nspec: {source: {path: x}}\n",
    DEPLOY,
    "apiVersion: v1\nkind: Secret\nmetadata: {name: c, labels: {argocd.argoproj.io/secret-type: cluster}}\n",
    "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: v}\ndata: {values.yaml: 'a: 1'}\n",
    "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata: {name: h}\n",
    "'apiVersion': \"source.toolkit.fluxcd.io/v1\"\nkind: GitRepository\nmetadata: {name: g}\n",
    "- a list\n",
  ].join("---\n");
  const file = parseSource("apps.yaml", text);
  const whole = file.documents.map((d) => toPlain(d.root ?? undefined));

  it("gives the documents discoverLayout reads (Argo CD and Flux objects, Secrets, ConfigMaps), the rest null, in place", () => {
    expect(layoutDocs(file, false)).toEqual(whole.map((d, i) => ([1, 3, 4, 5, 6].includes(i) ? d : null)));
  });

  it("gives every document of a chart's or a kustomization's file", () => {
    expect(layoutDocs(file, true)).toEqual(whole);
  });

  it("finds the same layout as the documents given whole", () => {
    const given = (w: boolean): LayoutFile[] => [
      { path: "/r/apps.yaml", docs: layoutDocs(file, w) },
      { path: "/r/x/d.yaml", docs: [toPlain(parseSource("d.yaml", DEPLOY).documents[0]?.root ?? undefined)] },
    ];
    const layout = discoverLayout({ files: given(false), repoRoots: ["/r"] });
    expect(layout.deploys.length + layout.notFollowed.length).toBeGreaterThan(0);
    expect(layout).toEqual(discoverLayout({ files: given(true), repoRoots: ["/r"] }));
  });
});

describe("discoverLayout", () => {
  it("finds a chart, and its templates and .tpl files as templates", () => {
    const l = discoverLayout({
      files: files({ "c/Chart.yaml": "name: c\nversion: 1.0.0\n", "c/values.yaml": "a: 1\n", "c/templates/d.yaml": "{{ .Values.a }}\n", "c/templates/_h.tpl": "", "x.tpl": "" }),
      repoRoots: ["/r"],
    });
    expect([...l.charts.keys()]).toEqual(["/r/c"]);
    expect([...l.templates.keys()].sort()).toEqual(["/r/c/templates/_h.tpl", "/r/c/templates/d.yaml", "/r/x.tpl"]);
    expect(l.templates.has("/r/c/values.yaml")).toBe(false);
  });

  it("reads a kustomization's resources, bases, patches (all three forms) and remote bases", () => {
    const l = discoverLayout({
      files: files({
        "base/kustomization.yaml": "resources: [d.yaml]\n",
        "base/d.yaml": DEPLOY,
        "o/kustomization.yaml":
          "resources: [../base, https://github.com/x/y//z?ref=v1, extra.yaml]\npatches:\n- path: p1.yaml\n- patch: |-\n    inline: true\npatchesStrategicMerge: [p2.yaml]\npatchesJson6902:\n- path: p3.yaml\n  target: {kind: Deployment, name: web}\n",
        "o/extra.yaml": DEPLOY,
        "o/p1.yaml": DEPLOY,
        "o/p2.yaml": DEPLOY,
        "o/p3.yaml": "- op: add\n  path: /x\n  value: 1\n",
      }),
      repoRoots: ["/r"],
    });
    const o = l.roots.get("/r/o");
    expect(o?.bases).toEqual(["/r/base"]);
    expect(o?.resources).toEqual(["/r/o/extra.yaml"]);
    expect(o?.remote).toEqual(["https://github.com/x/y//z?ref=v1"]);
    expect([...l.patches.keys()].sort()).toEqual(["/r/o/p1.yaml", "/r/o/p2.yaml", "/r/o/p3.yaml"]);
  });

  it("reads Argo CD Applications: path, Helm valueFiles, values, valuesObject, parameters, destination name or server", () => {
    const app = `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: gw}
spec:
  source:
    path: c
    helm:
      valueFiles: [values-prod.yaml]
      values: |
        a: 2
      valuesObject: {b: 3}
      parameters: [{name: c, value: "4"}]
  destination: {server: "https://kubernetes.default.svc", namespace: edge}
---
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: plain}
spec:
  source: {path: apps, directory: {recurse: true}}
  destination: {name: prod}
`;
    const l = discoverLayout({ files: files({ "argo.yaml": app, "c/Chart.yaml": "name: c\n", "c/values-prod.yaml": "a: 1\n", "apps/a.yaml": DEPLOY }), repoRoots: ["/r"] });
    expect(l.clusters).toEqual(["in-cluster", "prod"]);
    const gw = l.deploys.find((d) => d.by.name === "gw");
    // valuesObject, when given, replaces values (argo-cd ApplicationSourceHelm.ValuesYAML).
    expect(gw).toMatchObject({ cluster: "in-cluster", dir: "/r/c", how: "helm", valueFiles: ["/r/c/values-prod.yaml"], values: [{ b: 3 }], set: ["c=4"], namespace: "edge", releaseName: "gw" });
    expect(gw?.values).toHaveLength(1);
    // util/helm/cmd.go template: Set and SetString are maps (the last of a name wins), commas escaped
    // unless the value is a `{…}` list (cleanSetParameters); forceString gives --set-string.
    const params = discoverLayout({
      files: files({
        "argo.yaml": `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: p}
spec:
  source:
    path: c
    helm:
      parameters:
      - {name: a, value: "x,y"}
      - {name: b, value: "{1,2}"}
      - {name: c, value: "5", forceString: true}
      - {name: a, value: 'z\\,w,v'}
`,
        "c/Chart.yaml": "name: c\n",
      }),
      repoRoots: ["/r"],
    }).deploys[0];
    expect(params).toMatchObject({ set: ["a=z\\,w\\,v", "b={1,2}"], setString: ["c=5"] });
    expect(l.deploys.find((d) => d.by.name === "plain")).toMatchObject({ cluster: "prod", dir: "/r/apps", how: "directory", recurse: true });
  });

  it("keeps an Application source's kustomize options with where they are written and Argo CD's build environment", () => {
    const app = `apiVersion: v1
kind: ConfigMap
metadata: {name: other}
---
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: web}
spec:
  project: team
  sources:
    - {repoURL: https://example.com/values.git, ref: values}
    - repoURL: https://example.com/repo.git
      path: o
      kustomize: {namePrefix: blue-, version: v5}
  destination: {name: prod, namespace: edge}
---
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: bare}
spec:
  source: {path: o, kustomize: {version: v5}}
  destination: {name: prod}
`;
    const l = discoverLayout({ files: files({ "argo.yaml": app, "o/kustomization.yaml": "resources: [a.yaml]\n", "o/a.yaml": DEPLOY }), repoRoots: ["/r"] });
    const web = l.deploys.find((d) => d.by.name === "web");
    expect(web?.options).toMatchObject({ tool: "argocd", doc: 1, path: ["spec", "sources", 1, "kustomize"], block: { namePrefix: "blue-" } });
    expect(web?.options?.env).toMatchObject({ ARGOCD_APP_NAME: "web", ARGOCD_APP_NAMESPACE: "edge", ARGOCD_APP_PROJECT_NAME: "team", ARGOCD_APP_SOURCE_PATH: "o" });
    // `version` picks a kustomize binary and changes nothing that is built.
    expect(l.deploys.find((d) => d.by.name === "bare")?.options).toBeUndefined();
  });

  it("expands an ApplicationSet's list and git-directory generators", () => {
    const set = `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: dns}
spec:
  generators:
  - git:
      directories: [{path: "overlays/*"}, {path: overlays/skip, exclude: true}]
  - list:
      elements: [{path: overlays/a, path.basename: lab}]
  - pullRequest: {github: {owner: o, repo: r}}
  template:
    metadata: {name: 'dns-{{path.basename}}'}
    spec:
      source: {path: '{{path}}'}
      destination: {name: '{{path.basename}}'}
`;
    const l = discoverLayout({
      files: files({ "set.yaml": set, "overlays/a/kustomization.yaml": "resources: []\n", "overlays/b/kustomization.yaml": "resources: []\n", "overlays/skip/kustomization.yaml": "resources: []\n" }),
      repoRoots: ["/r"],
    });
    expect(l.deploys.map((d) => [d.cluster, d.dir, d.how])).toEqual([
      ["a", "/r/overlays/a", "kustomize"],
      ["b", "/r/overlays/b", "kustomize"],
      ["lab", "/r/overlays/a", "kustomize"],
    ]);
    expect(l.notFollowed.map((n) => n.reason)).toEqual(["ApplicationSet dns: the pullRequest generator asks an SCM provider's API and is not followed"]);
  });

  it("reads Flux's clusters/<name>/ folders, Kustomizations (postBuild) and HelmReleases from a GitRepository", () => {
    const sync = `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata: {name: apps}
spec:
  path: ./apps/NAME
  postBuild: {substitute: {IP: 10.0.0.1}}
---
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata: {name: gw, namespace: edge}
spec:
  chart: {spec: {chart: ./charts/gw, sourceRef: {kind: GitRepository, name: flux-system}, valuesFiles: [charts/gw/values-NAME.yaml]}}
  values: {replicaCount: 2}
`;
    const l = discoverLayout({
      files: files({
        "clusters/lab/sync.yaml": sync.replaceAll("NAME", "lab"),
        "clusters/prod/sync.yaml": sync.replaceAll("NAME", "prod"),
        "apps/lab/a.yaml": DEPLOY,
        "apps/prod/a.yaml": DEPLOY,
        "charts/gw/Chart.yaml": "name: gw\n",
        "charts/gw/values-lab.yaml": "a: 1\n",
        "charts/gw/values-prod.yaml": "a: 1\n",
      }),
      repoRoots: ["/r"],
    });
    expect(l.clusters).toEqual(["lab", "prod"]);
    expect(l.substitutes).toBe(true);
    expect(l.deploys.map((d) => [d.cluster, d.by.kind, d.dir])).toEqual([
      ["lab", "Kustomization", "/r/apps/lab"],
      ["lab", "HelmRelease", "/r/charts/gw"],
      ["prod", "Kustomization", "/r/apps/prod"],
      ["prod", "HelmRelease", "/r/charts/gw"],
    ]);
    expect(l.deploys[1]).toMatchObject({ valueFiles: ["/r/charts/gw/values-lab.yaml"], values: [{ replicaCount: 2 }], namespace: "edge" });
    const scopes = planScopes(l, ["/r/clusters/lab/sync.yaml", "/r/clusters/prod/sync.yaml", "/r/apps/lab/a.yaml", "/r/apps/prod/a.yaml"]);
    expect(scopes.map((s) => s.cluster)).toEqual(["lab", "prod"]);
    // With postBuild, the plain folder is built as Flux builds it: a kustomization generated over its manifests.
    const lab = scopes[0]?.units.flatMap((u) => (u.kind === "files" ? u.files : u.kind === "chart" ? [`chart ${u.chart.dir}`] : [`root ${u.root.dir} ${u.root.resources.join(",")}`]));
    expect(lab?.sort()).toEqual(["/r/clusters/lab/sync.yaml", "chart /r/charts/gw", "root /r/apps/lab /r/apps/lab/a.yaml"]);
    expect(l.deploys[0]?.options).toMatchObject({ tool: "flux", doc: 0, path: ["spec"], block: { postBuild: { substitute: { IP: "10.0.0.1" } } } });
  });

  it("follows no patch of a Flux Kustomization (a partial object)", () => {
    const l = discoverLayout({
      files: files({
        "tenants/prod/kustomization.yaml": "resources: [../base]\npatches: [{path: patch.yaml}]\n",
        "tenants/prod/patch.yaml": "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: dev}\nspec: {path: ./prod}\n",
      }),
      repoRoots: ["/r"],
    });
    expect(l.deploys).toEqual([]);
    expect(l.notFollowed).toEqual([]);
  });

  it("takes the configuration's clusters and their paths", () => {
    const l = discoverLayout({
      files: files({ "east/a.yaml": DEPLOY, "west/a.yaml": DEPLOY, "shared/ns.yaml": "apiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n" }),
      repoRoots: ["/r"],
      configClusters: [
        { cluster: { name: "east", paths: ["east", "shared"] }, baseDir: "/r" },
        { cluster: { name: "west", paths: ["west/", "shared"] }, baseDir: "/r" },
      ],
    });
    const scopes = planScopes(l, ["/r/east/a.yaml", "/r/west/a.yaml", "/r/shared/ns.yaml"]);
    expect(scopes.map((s) => [s.cluster, s.units.flatMap((u) => (u.kind === "files" ? u.files : []))])).toEqual([
      ["east", ["/r/east/a.yaml", "/r/shared/ns.yaml"]],
      ["west", ["/r/shared/ns.yaml", "/r/west/a.yaml"]],
    ]);
  });

  it("is one cluster, with everything, when no cluster is declared", () => {
    const l = discoverLayout({ files: files({ "k/kustomization.yaml": "resources: [a.yaml]\npatches: [{path: p.yaml}]\n", "k/a.yaml": DEPLOY, "k/p.yaml": DEPLOY, "b.yaml": DEPLOY }), repoRoots: ["/r"] });
    const scopes = planScopes(l, ["/r/k/a.yaml", "/r/k/p.yaml", "/r/b.yaml"]);
    expect(scopes).toHaveLength(1);
    expect(scopes[0]?.cluster).toBe("");
    expect(scopes[0]?.units.map((u) => (u.kind === "root" ? `root ${u.root.dir} ${u.files.join(",")}` : u.kind === "files" ? u.files.join(",") : u.kind))).toEqual(["root /r/k /r/k/a.yaml", "/r/b.yaml"]);
  });
});

describe("dirOf and nameOf", () => {
  it("are path.posix's dirname and basename, for every kind of path", () => {
    const paths = ["/a.yaml", "/r/a.yaml", "/r/apps/a.yaml", "/r//a.yaml", "/r/a/", "/r/a//", "/", "//", "//a", "a.yaml", "apps/a.yaml", "", ".", "..", "/r/.a", "C:/a.yaml", "C:/r/a.yaml", "/r/a b/c.yaml", "/r\\x/a.yaml"];
    for (const p of paths) {
      expect(dirOf(p), p).toBe(dirname(p));
      expect(nameOf(p), p).toBe(basename(p));
    }
  });
});
