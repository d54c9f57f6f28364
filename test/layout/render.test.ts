import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempTree } from "../cli/helpers.js";
import { KUBECTL_ONLY_PATH, TOOLS_PATH, withTools, lintJson, POOLS } from "./helpers.js";

/**
 * Linting a repository as it is deployed (issue: Helm charts, Kustomize overlays, several
 * clusters), through the real CLI with the real kubectl (kustomize built in) and Helm 4.
 */

const lint = (root: string, args: string[], path = TOOLS_PATH): ReturnType<typeof lintJson> => lintJson(root, args, { PATH: path });


const BASE_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: resolver
spec:
  replicas: 1
  strategy:
    type: Recreate
  selector: {matchLabels: {app: resolver}}
  template:
    metadata:
      labels: {app: resolver}
      annotations:
        cni.projectcalico.org/ipAddrs: '["10.244.64.53"]'
    spec:
      containers: [{name: r, image: r}]
`;

const CHART = {
  "chart/Chart.yaml": "apiVersion: v2\nname: gw\nversion: 0.1.0\n",
  "chart/values.yaml": "replicaCount: 1\nstaticIP: \"\"\n",
  "chart/templates/_helpers.tpl": '{{- define "gw.name" -}}{{ .Release.Name }}{{- end -}}\n',
  "chart/templates/deployment.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "gw.name" . }}
spec:
  replicas: {{ .Values.replicaCount }}
  strategy: {type: Recreate}
  selector:
    matchLabels: {app: {{ include "gw.name" . }}}
  template:
    metadata:
      labels: {app: {{ include "gw.name" . }}}
      {{- with .Values.staticIP }}
      annotations:
        cni.projectcalico.org/ipAddrs: '["{{ . }}"]'
      {{- end }}
    spec:
      containers: [{name: gw, image: gw}]
`,
};

describe("without rendering, nothing false", () => {
  it("a chart's templates give no yaml-syntax, even named on the command line; .tpl files are skipped, and why is said", async () => {
    const root = tempTree({ ...CHART, "pools.yaml": POOLS });
    const r = await lint(root, ["."], "");
    expect(r.findings).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("not linted: the chart chart (install helm to lint what it deploys)");
    const named = await lint(root, ["chart/templates/deployment.yaml", "chart/templates/_helpers.tpl"], "");
    expect(named.findings).toEqual([]);
    expect(named.stderr).toContain("chart/templates/deployment.yaml: not linted: not read as a manifest: a template of the Helm chart in chart/");
    expect(named.stderr).toContain("chart/templates/_helpers.tpl: not linted: not read as a manifest: a Helm template helper (.tpl)");
  });

  it("a patch is not a whole object: no static-ip-replicas from a partial Deployment, no default namespace", async () => {
    const root = tempTree({
      "pools.yaml": POOLS,
      "base/kustomization.yaml": "resources: [resolver.yaml]\n",
      "base/resolver.yaml": BASE_DEPLOYMENT,
      "overlays/prod/kustomization.yaml": "resources: [../../base]\nnamespace: dns\npatches:\n  - path: address.yaml\n",
      // A partial Deployment: no strategy (the base says Recreate), no namespace (the overlay sets one).
      "overlays/prod/address.yaml":
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: resolver\nspec:\n  template:\n    metadata:\n      annotations:\n        cni.projectcalico.org/ipAddrs: '[\"10.244.64.54\"]'\n",
    });
    const raw = await lint(root, [".", "--render", "never"], "");
    expect(raw.findings).toEqual([]);
    expect(raw.stderr).toContain("1 Kustomize root was linted as raw files, without their patches: overlays/prod (--render never)");
  });

  it("many Kustomize roots linted raw: standard error names ten and counts the rest, on one short line", async () => {
    // A repository of add-ons, one Kustomize root per version, had 879: standard error was a 50 kB line.
    const files: Record<string, string> = { "pools.yaml": POOLS };
    for (let i = 10; i < 25; i++) files[`addons/v${i}/kustomization.yaml`] = "resources: [cm.yaml]\n";
    for (let i = 10; i < 25; i++) files[`addons/v${i}/cm.yaml`] = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: v${i}\n`;
    const root = tempTree(files);
    for (const path of ["", TOOLS_PATH]) {
      const r = await lint(root, [".", "--render", "never"], path);
      expect(r.findings).toEqual([]);
      expect(r.stderr).toContain("15 Kustomize roots were linted as raw files, without their patches: addons/v10, addons/v11,");
      expect(r.stderr).toContain("addons/v19 and 5 more (--render never)");
      expect(r.stderr).not.toContain("addons/v24");
    }
  });

  it("Flux ${VAR} placeholders are not errors where a Flux Kustomization substitutes them, and are elsewhere", async () => {
    const pod = `apiVersion: v1
kind: Pod
metadata:
  name: p
  namespace: a
  annotations:
    cni.projectcalico.org/ipAddrs: '["\${STATIC_IP}"]'
spec: {containers: [{name: c, image: c}]}
`;
    const sync = "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: apps}\nspec:\n  path: ./apps\n  postBuild:\n    substitute: {STATIC_IP: 10.244.64.9}\n";
    const flux = await lint(tempTree({ "clusters/lab/apps.yaml": sync, "apps/pod.yaml": pod, "clusters/lab/pools.yaml": POOLS }), ["."], "");
    expect(flux.findings).toEqual([]);
    const plain = await lint(tempTree({ "apps/pod.yaml": pod, "pools.yaml": POOLS }), ["."], "");
    expect(plain.findings.map((f) => f.ruleId)).toEqual(["invalid-ip"]);
  });
});

describe("clusters", () => {
  const cluster = (name: string): Record<string, string> => ({
    [`clusters/${name}/flux-system/gotk-sync.yaml`]: `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: flux-system}\nspec:\n  path: ./clusters/${name}\n`,
    [`clusters/${name}/pools.yaml`]: POOLS.replace("name: static", `name: static-${name}`),
    [`clusters/${name}/resolver.yaml`]: BASE_DEPLOYMENT,
  });

  it("the same pool CIDR and the same static address in two clusters give nothing; in one cluster they are errors", async () => {
    const two = await lint(tempTree({ ...cluster("east"), ...cluster("west") }), ["."], "");
    expect(two.findings).toEqual([]);
    expect(two.code).toBe(0);
    // Control: the same files in one folder (one cluster) overlap and collide.
    const one = tempTree({
      "all/pools-east.yaml": POOLS.replace("name: static", "name: static-east"),
      "all/pools-west.yaml": POOLS.replace("name: static", "name: static-west").replaceAll("name: pods", "name: pods-west"),
      "all/a.yaml": BASE_DEPLOYMENT,
      "all/b.yaml": BASE_DEPLOYMENT.replace("name: resolver", "name: resolver-b"),
    });
    const rules = new Set((await lint(one, ["."], "")).findings.map((f) => f.ruleId));
    expect(rules).toContain("pool-overlap");
    expect(rules).toContain("duplicate-static-ip");
  });

  it("the configuration's clusters: a finding names its cluster in the JSON and the message when there are several", async () => {
    const root = tempTree({
      ".calico-ipam-lint.yaml": "clusters:\n  - name: east\n    paths: [east]\n  - name: west\n    paths: [west]\n    podCidrs: [10.245.0.0/16]\n",
      "east/pools.yaml": POOLS,
      "west/pools.yaml": POOLS,
      "east/resolver.yaml": BASE_DEPLOYMENT,
      "west/resolver.yaml": BASE_DEPLOYMENT,
    });
    const r = await lint(root, ["."], "");
    // Only west's pod CIDR leaves the pools out.
    expect(r.findings.map((f) => [f.file, f.ruleId, f.cluster])).toEqual([
      ["west/pools.yaml", "pool-outside-pod-cidr", "west"],
      ["west/pools.yaml", "pool-outside-pod-cidr", "west"],
      ["west/resolver.yaml", "ip-outside-pod-cidr", "west"],
    ]);
    expect(r.findings[0]?.message).toMatch(/\[cluster west\]$/);
  });

  it("an object deployed to two clusters is judged in each: one finding naming both, or one per cluster where they differ", async () => {
    const root = tempTree({
      ".calico-ipam-lint.yaml": "clusters:\n  - name: east\n    paths: [east, shared]\n  - name: west\n    paths: [west, shared]\n",
      "east/pools.yaml": POOLS,
      "west/pools.yaml": POOLS,
      // Deployed to both: a typo Calico refuses everywhere, and an address only east also gives away.
      "shared/resolver.yaml": BASE_DEPLOYMENT.replace('["10.244.64.53"]', '["10.244.64.53", "10.244.64.054"]'),
      "east/taken.yaml": BASE_DEPLOYMENT.replace("name: resolver", "name: taken"),
    });
    const r = await lint(root, ["."], "");
    expect(r.findings.map((f) => [f.file, f.ruleId, f.cluster])).toEqual([
      ["east/taken.yaml", "duplicate-static-ip", "east"],
      ["shared/resolver.yaml", "duplicate-static-ip", "east"],
      ["shared/resolver.yaml", "invalid-ip", "east, west"],
    ]);
    expect(r.findings[2]?.message).toMatch(/\[cluster east, west\]$/);
  });

  it("clusters: in the configuration is checked by the schema", async () => {
    const root = tempTree({ ".calico-ipam-lint.yaml": "clusters:\n  - name: east\n    path: [east]\n", "a.yaml": POOLS });
    const r = await cli(["."], { cwd: root, env: {} });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(".calico-ipam-lint.yaml:3:5");
    const twice = tempTree({ ".calico-ipam-lint.yaml": "clusters:\n  - name: east\n    podCidrs: [10.0.0.0/33]\n  - name: east\n", "a.yaml": POOLS });
    const t = await cli(["."], { cwd: twice, env: {} });
    expect(t.code).toBe(2);
    expect(t.stderr).toContain('clusters[0].podCidrs: "10.0.0.0/33" is not a CIDR');
    expect(t.stderr).toContain('clusters[1].name: another cluster is already named "east"');
  });
});

withTools("rendered with the real kubectl and helm", () => {
  it("an operator's CustomResourceDefinitions beside its Deployment: the same findings, at the same lines of the base", async () => {
    // Kustomize's output is read without its CustomResourceDefinitions (no rule reads one; they are most of its bytes).
    const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  names: {kind: Widget, plural: widgets}
  scope: Namespaced
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          kind: {type: string, description: "kind: Deployment"}
`;
    const tree = (withCrd: boolean): string =>
      tempTree({
        "pools.yaml": POOLS,
        "base/kustomization.yaml": `resources: [${withCrd ? "crd.yaml, " : ""}resolver.yaml]\n`,
        "base/crd.yaml": crd,
        "base/resolver.yaml": BASE_DEPLOYMENT,
        "overlays/blue/kustomization.yaml": "resources: [../../base]\nnamespace: blue\n",
        "overlays/green/kustomization.yaml": "resources: [../../base]\nnamespace: green\nnamePrefix: green-\n",
      });
    const without = await lint(tree(false), ["."], KUBECTL_ONLY_PATH);
    const withCrd = await lint(tree(true), ["."], KUBECTL_ONLY_PATH);
    expect(without.findings.map((f) => [f.file, f.line, f.column, f.ruleId])).toEqual([
      ["base/resolver.yaml", 14, 43, "duplicate-static-ip"],
      ["base/resolver.yaml", 14, 43, "duplicate-static-ip"],
    ]);
    expect(withCrd.findings).toEqual(without.findings);
  });

  it("two overlays of one base deployed to one cluster give duplicate-static-ip located in the base file", async () => {
    const root = tempTree({
      "pools.yaml": POOLS,
      "base/kustomization.yaml": "resources: [resolver.yaml]\n",
      "base/resolver.yaml": BASE_DEPLOYMENT,
      "overlays/blue/kustomization.yaml": "resources: [../../base]\nnamespace: blue\n",
      "overlays/green/kustomization.yaml": "resources: [../../base]\nnamespace: green\nnamePrefix: green-\n",
    });
    const r = await lint(root, ["."], KUBECTL_ONLY_PATH);
    expect(r.findings.map((f) => [f.file, f.line, f.column, f.ruleId])).toEqual([
      ["base/resolver.yaml", 14, 43, "duplicate-static-ip"],
      ["base/resolver.yaml", 14, 43, "duplicate-static-ip"],
    ]);
    expect(r.findings.map((f) => f.message).join("\n")).toContain("10.244.64.53 is also claimed by Deployment green/green-resolver");
    expect(r.stderr).toBe("");
  });

  // src/layout/relocate.ts searched the origin file's text whole, so the second object's finding
  // went to the first's identical line.
  it("two objects of one file that read alike but for their names, under a namePrefix: each finding lands in its own document", async () => {
    const second = BASE_DEPLOYMENT.replace("name: resolver\n", "name: resolver2\n");
    const root = tempTree({
      "pools.yaml": POOLS,
      "base/kustomization.yaml": "resources: [resolver.yaml]\nnamePrefix: x-\n",
      "base/resolver.yaml": `${BASE_DEPLOYMENT}---\n${second}`,
    });
    const r = await lint(root, ["."], KUBECTL_ONLY_PATH);
    expect(r.findings.map((f) => [f.file, f.line, f.ruleId, f.message.split(":")[0]])).toEqual([
      ["base/resolver.yaml", 14, "duplicate-static-ip", "10.244.64.53 is also claimed by Deployment default/x-resolver2"],
      ["base/resolver.yaml", 31, "duplicate-static-ip", "10.244.64.53 is also claimed by Deployment default/x-resolver"],
    ]);
  });

  // A run over a few files named alone sees the layout only from what is beside them: a flat run
  // (src/render/index.ts deploysNothing) must not be taken for one that deploys nothing.
  it("files named alone: the Kustomization beside one, and the chart above a template, are found", async () => {
    const pod = (name: string, ip: string): string => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  annotations:\n    cni.projectcalico.org/ipAddrs: '["${ip}"]'\nspec:\n  containers: [{name: c, image: c}]\n`;
    const root = tempTree({
      "pools.yaml": POOLS,
      "base/Kustomization": "resources: [resolver.yaml]\nnamePrefix: x-\n",
      "base/resolver.yaml": pod("resolver", "10.244.64.9"),
      "pod.yaml": pod("other", "10.244.64.9"),
      "chart/Chart.yaml": "apiVersion: v2\nname: gw\nversion: 0.1.0\n",
      "chart/templates/pod.yaml": pod("{{ .Release.Name }}", "10.244.64.300"),
    });
    // The Kustomization (no extension, not named, no folder walked) renders base/: its pod is x-resolver.
    const kustomized = await lint(root, ["pools.yaml", "base/resolver.yaml", "pod.yaml"], KUBECTL_ONLY_PATH);
    expect(kustomized.findings.map((f) => `${f.file} ${f.message.split(":")[0]}`)).toEqual(["base/resolver.yaml 10.244.64.9 is also claimed by Pod default/other", "pod.yaml 10.244.64.9 is also claimed by Pod default/x-resolver"]);
    // The template is rendered by Helm (its chart's Chart.yaml, not named, says it is one), not read as a manifest.
    const template = await lint(root, ["chart/templates/pod.yaml"]);
    expect(template.stderr).toContain("chart/templates/pod.yaml: not linted: not read as a manifest: a template of the Helm chart in chart/");
    expect(template.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual(["chart/templates/pod.yaml:6:39 invalid-ip"]);
  });

  it("a kustomization named Kustomization (no extension) is a root, found by the walk and beside files named alone", async () => {
    const root = tempTree({
      "pools.yaml": POOLS,
      "base/Kustomization": "resources: [resolver.yaml]\n",
      "base/resolver.yaml": BASE_DEPLOYMENT,
      "overlays/blue/Kustomization": "resources: [../../base]\nnamespace: blue\n",
      "overlays/green/Kustomization": "resources: [../../base]\nnamespace: green\nnamePrefix: green-\n",
    });
    // Rendered: the overlays' objects (linted as they are, the base's one object collides with nothing).
    for (const paths of [["."], ["pools.yaml", "base/resolver.yaml", "overlays"]]) {
      const r = await lint(root, paths, KUBECTL_ONLY_PATH);
      expect(r.findings.map((f) => [f.file, f.line, f.ruleId]), paths.join(" ")).toEqual([
        ["base/resolver.yaml", 14, "duplicate-static-ip"],
        ["base/resolver.yaml", 14, "duplicate-static-ip"],
      ]);
      expect(r.findings.map((f) => f.message).join("\n"), paths.join(" ")).toContain("is also claimed by Deployment green/green-resolver");
    }
    // --fix lints the fixed texts laid out as the first run found them: the overlays still render.
    writeFileSync(join(root, "pod.yaml"), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    cni.projectcalico.org/ipAddrs: 10.244.64.60\nspec:\n  containers: [{name: c, image: c}]\n");
    const fixed = await cli([".", "--fix-dry-run", "-f", "json"], { cwd: root, env: { PATH: KUBECTL_ONLY_PATH } });
    expect(fixed.stderr).toContain("--fix would fix 1 problem in 1 file");
    // The diff on standard output, the report on the fixed texts on standard error.
    expect(fixed.stdout).toContain("+    cni.projectcalico.org/ipAddrs: '[\"10.244.64.60\"]'");
    const report = JSON.parse(fixed.stderr.split("\n").find((l) => l.startsWith("[")) ?? "[]") as { filePath: string; messages: { line: number; ruleId: string }[] }[];
    expect(report.flatMap((f) => f.messages.map((m) => [f.filePath.slice(root.length + 1), m.line, m.ruleId]))).toEqual([
      ["base/resolver.yaml", 14, "duplicate-static-ip"],
      ["base/resolver.yaml", 14, "duplicate-static-ip"],
    ]);
  });

  it("objects whose names hold one another (web, web-api) under a namePrefix: each rendered object's finding lands in its own file", async () => {
    const pod = (name: string, ip: string): string => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  annotations:\n    cni.projectcalico.org/ipAddrs: '["${ip}"]'\nspec:\n  containers: [{name: c, image: c}]\n`;
    const root = tempTree({
      // web-api first: `prod-web` holds only web; `prod-web-api` holds both, and the longer wins.
      "base/kustomization.yaml": "resources: [web-api.yaml, web.yaml]\n",
      "base/web.yaml": pod("web", "10.0.0.300"),
      "base/web-api.yaml": pod("web-api", "10.0.1.300"),
      "overlays/prod/kustomization.yaml": "resources: [../../base]\nnamePrefix: prod-\n",
    });
    const r = await lint(root, ["."], KUBECTL_ONLY_PATH);
    expect(r.findings.map((f) => [f.file, f.line, f.ruleId])).toEqual([
      ["base/web-api.yaml", 6, "invalid-ip"],
      ["base/web.yaml", 6, "invalid-ip"],
    ]);
    expect(r.findings.map((f) => f.message).join("\n")).toMatch(/10\.0\.1\.300[\s\S]*10\.0\.0\.300/);
  });

  it("an overlay's patch: the rendered object (the base's strategy, the overlay's namespace) is linted, and findings land in the patch", async () => {
    const root = tempTree({
      "pools.yaml": POOLS,
      "taken.yaml": "apiVersion: v1\nkind: Pod\nmetadata: {name: taken, namespace: dns}\nspec: {containers: [{name: c, image: c}]}\n".replace(
        "metadata: {name: taken, namespace: dns}",
        "metadata:\n  name: taken\n  namespace: dns\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.244.64.54\"]'",
      ),
      "base/kustomization.yaml": "resources: [resolver.yaml]\n",
      "base/resolver.yaml": BASE_DEPLOYMENT,
      "overlays/prod/kustomization.yaml": "resources: [../../base]\nnamespace: dns\nnamePrefix: prod-\npatches:\n  - path: address.yaml\n",
      "overlays/prod/address.yaml":
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: resolver\nspec:\n  template:\n    metadata:\n      annotations:\n        cni.projectcalico.org/ipAddrs: '[\"10.244.64.54\"]'\n",
    });
    const r = await lint(root, ["."], KUBECTL_ONLY_PATH);
    expect(r.findings.map((f) => [f.file, f.line, f.column, f.ruleId])).toEqual([
      ["overlays/prod/address.yaml", 9, 43, "duplicate-static-ip"],
      ["taken.yaml", 7, 39, "duplicate-static-ip"],
    ]);
    expect(r.findings[1]?.message).toContain("10.244.64.54 is also claimed by Deployment dns/prod-resolver");
  });

  it("a values file's replicas give static-ip-replicas at the values line; the address at the values line too", async () => {
    const app = (name: string, values: string): string =>
      `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: gw-${name}}\nspec:\n  source:\n    path: chart\n    helm:\n      releaseName: gw\n      valueFiles: [${values}]\n  destination: {name: ${name}, namespace: edge}\n`;
    const root = tempTree({
      ...CHART,
      "chart/values-prod.yaml": "# prod runs two gateways\nreplicaCount: 2\nstaticIP: 10.244.64.30\n",
      "chart/values-lab.yaml": "replicaCount: 1\nstaticIP: 10.244.64.30\n",
      "apps/prod.yaml": app("prod", "values-prod.yaml"),
      "apps/lab.yaml": app("lab", "values-lab.yaml"),
      ".calico-ipam-lint.yaml": "clusters:\n  - name: prod\n    pools: [pools.yaml]\n  - name: lab\n    pools: [pools.yaml]\n",
      "pools.yaml": POOLS,
    });
    const r = await lint(root, ["apps", "chart"]);
    expect(r.findings.map((f) => [f.file, f.line, f.column, f.ruleId, f.cluster])).toEqual([["chart/values-prod.yaml", 2, 15, "static-ip-replicas", "prod"]]);
    expect(r.findings[0]?.message).toContain("Deployment edge/gw runs 2 pods at once (replicas: 2)");
    expect(r.stderr).toBe("");
  });

  it("a chart apiVersion only Helm 4 refuses, deployed by an Application: a warning that names Helm 3, not an error", async () => {
    // Helm 3 (helm/helm pkg/chart/metadata.go Metadata.Validate) checks only that apiVersion is not
    // empty; Helm 4's loader takes v1, v2 or v3 ("unsupported chart version"). Argo CD runs Helm 3.
    const app = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: gw}\nspec:\n  source:\n    path: chart\n  destination: {name: in-cluster, namespace: edge}\n";
    const root = tempTree({ ...CHART, "chart/Chart.yaml": "apiVersion: 1.0.0\nname: gw\nversion: 0.1.0\n", "apps/gw.yaml": app, "pools.yaml": POOLS });
    const r = await lint(root, ["."]);
    expect(r.code).toBe(0);
    expect(r.findings.map((f) => [f.file, f.line, f.ruleId, f.severity])).toEqual([["chart/Chart.yaml", 1, "render-failed", 1]]);
    expect(r.findings[0]?.message).toContain("unsupported chart version");
    expect(r.findings[0]?.message).toContain("Helm 3, which Argo CD runs, takes any apiVersion");
    // Another failure of the same chart is still an error.
    const broken = tempTree({ ...CHART, "chart/Chart.yaml": "apiVersion: v2\nname: gw\nversion: not-semver\n", "apps/gw.yaml": app, "pools.yaml": POOLS });
    const e = await lint(broken, ["."]);
    expect(e.findings.map((f) => [f.file, f.ruleId, f.severity])).toEqual([["chart/Chart.yaml", "render-failed", 2]]);
  });

  it("the configuration's ignore and overrides apply where a rendered finding lands", async () => {
    const files = {
      ...CHART,
      "chart/values.yaml": "replicaCount: 3\nstaticIP: 10.244.64.30\n",
      "pools.yaml": POOLS,
    };
    const plain = await lint(tempTree(files), ["."]);
    expect(plain.findings.map((f) => [f.file, f.ruleId, f.severity])).toEqual([["chart/values.yaml", "static-ip-replicas", 2]]);
    const warn = await lint(tempTree({ ...files, ".calico-ipam-lint.yaml": "overrides:\n  - files: [chart/]\n    rules: {static-ip-replicas: warn}\n" }), ["."]);
    expect(warn.findings.map((f) => [f.file, f.ruleId, f.severity])).toEqual([["chart/values.yaml", "static-ip-replicas", 1]]);
    const ignored = await lint(tempTree({ ...files, ".calico-ipam-lint.yaml": "ignore: [chart/]\n" }), ["."]);
    expect(ignored.findings).toEqual([]);
  });

  it("a root that does not build is a render-failed finding at its kustomization, with kustomize's own words; the others still lint", async () => {
    const root = tempTree({
      "pools.yaml": POOLS,
      "broken/kustomization.yaml": "resources: [missing.yaml]\n",
      "good/kustomization.yaml": "resources: [resolver.yaml]\n",
      "good/resolver.yaml": BASE_DEPLOYMENT.replace("10.244.64.53", "10.244.64.053"),
    });
    const r = await lint(root, ["."], KUBECTL_ONLY_PATH);
    expect(r.findings.map((f) => [f.file, f.ruleId])).toEqual([
      ["broken/kustomization.yaml", "render-failed"],
      ["good/resolver.yaml", "invalid-ip"],
    ]);
    expect(r.findings[0]?.message).toMatch(/^kustomize build broken failed: .*missing\.yaml/s);
    expect(r.code).toBe(1);
  });

  it("a chart whose dependencies are not vendored is reported as not rendered, never a crash; a remote base is not fetched", async () => {
    const root = tempTree({
      ...CHART,
      "chart/Chart.yaml": "apiVersion: v2\nname: gw\nversion: 0.1.0\ndependencies:\n  - name: redis\n    version: 1.0.0\n    repository: https://charts.example.com\n",
      "remote/kustomization.yaml": "resources:\n  - https://github.com/example/base//dns?ref=v1\n  - resolver.yaml\n",
      "remote/resolver.yaml": BASE_DEPLOYMENT,
      "pools.yaml": POOLS,
    });
    const r = await lint(root, ["."]);
    expect(r.findings).toEqual([]);
    expect(r.stderr).toContain("the chart chart: its dependencies redis are not vendored in charts/");
    expect(r.stderr).toContain("remote/kustomization.yaml is not rendered: it uses the remote base https://github.com/example/base//dns?ref=v1; its files are linted as they are");
  });

  it("--render always without the program is an error; --render never renders nothing", async () => {
    const root = tempTree({ "k/kustomization.yaml": "resources: [a.yaml]\n", "k/a.yaml": BASE_DEPLOYMENT, "pools.yaml": POOLS });
    const r = await cli([".", "--render", "always"], { cwd: root, env: { PATH: "" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--render always: neither kustomize nor kubectl is on PATH");
    const never = await lint(root, [".", "--render", "never"]);
    expect(never.stderr).toContain("linted as raw files");
  });

  it("--cache keeps each render between runs, keyed by what it reads: after a one-file change only that root renders again", async () => {
    const { readdirSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const root = tempTree({
      "pools.yaml": POOLS,
      "base/kustomization.yaml": "resources: [resolver.yaml]\n",
      "base/resolver.yaml": BASE_DEPLOYMENT,
      "overlays/a/kustomization.yaml": "resources: [../../base]\nnamespace: a\n",
      "overlays/b/kustomization.yaml": "resources: [../../base]\nnamespace: b\n",
      "overlays/c/kustomization.yaml": "resources: [../../base]\nnamespace: c\n",
    });
    const cache = join(root, ".git/cil-cache");
    const first = await lint(root, [".", "--cache", cache], KUBECTL_ONLY_PATH);
    expect(readdirSync(cache)).toHaveLength(3);
    const again = await lint(root, [".", "--cache", cache], KUBECTL_ONLY_PATH);
    expect(again.findings).toEqual(first.findings);
    expect(readdirSync(cache)).toHaveLength(3);
    // One overlay changes: one new render; the others are taken from the cache, and the result is the new one.
    writeFileSync(join(root, "overlays/c/kustomization.yaml"), "resources: [../../base]\nnamespace: c\nnamePrefix: c-\n");
    const changed = await lint(root, [".", "--cache", cache], KUBECTL_ONLY_PATH);
    expect(readdirSync(cache)).toHaveLength(4);
    expect(changed.findings.map((f) => f.message).join("\n")).toContain("Deployment c/c-resolver");
    // The base changes: every overlay reads it, so all three render again.
    writeFileSync(join(root, "base/resolver.yaml"), BASE_DEPLOYMENT.replace("10.244.64.53", "10.244.64.54"));
    await lint(root, [".", "--cache", cache], KUBECTL_ONLY_PATH);
    expect(readdirSync(cache)).toHaveLength(7);
  });

  it("the example repository: findings in the overlay patch and the values file, none from the clean staging cluster", async () => {
    const { resolve } = await import("node:path");
    const root = resolve(import.meta.dirname, "../..");
    const r = await lint(root, ["examples/gitops-repo"]);
    const at = (file: string): string[] => r.findings.filter((f) => f.file === `examples/gitops-repo/${file}`).map((f) => `${f.line}:${f.column} ${f.ruleId}`);
    expect(at("workloads/dns-cache/overlays/prod-eu-1/address.yaml")).toEqual(["10:43 duplicate-static-ip"]);
    expect(at("charts/edge-gateway/values-prod-eu-1.yaml")).toEqual(["1:15 static-ip-replicas"]);
    expect(r.findings.filter((f) => f.cluster !== "prod-eu-1")).toEqual([]);
    expect(r.findings.some((f) => f.file.includes("/templates/"))).toBe(false);
  });
});
