import { execFileSync } from "node:child_process";
import { expect, it } from "vitest";
import { tempTree } from "../cli/helpers.js";
import { TOOLS_PATH, withTools, lintJson, type JsonMessage } from "./helpers.js";

/**
 * Findings on a value an Argo CD Application writes inline (helm.values, helm.valuesObject,
 * helm.parameters), an ApplicationSet's parameter substitutes, or a `.argocd-source.yaml` override
 * sets, point at the line that writes it, not at the chart's template (issue #13). Rendered with
 * the real Helm 4.
 */

type Message = JsonMessage;
async function lint(tree: Record<string, string>): ReturnType<typeof lintJson> {
  const root = tempTree(tree);
  execFileSync("git", ["init", "-q", root]);
  return lintJson(root, ["."], { PATH: TOOLS_PATH });
}

/** The duplicate-static-ip findings not on the plain Deployment that holds the address too. */
const where = (r: { findings: (Message & { file: string })[] }): [string, number, number][] =>
  r.findings.filter((f) => f.ruleId === "duplicate-static-ip" && f.file !== "infra/resolver.yaml").map((f) => [f.file, f.line, f.column]);

const INFRA = {
  "infra/pools.yaml": `apiVersion: crd.projectcalico.org/v1
kind: IPPool
metadata: {name: static}
spec: {cidr: 10.244.64.0/24, ipipMode: Never, nodeSelector: "!all()", assignmentMode: Manual}
---
apiVersion: crd.projectcalico.org/v1
kind: IPPool
metadata: {name: pods}
spec: {cidr: 10.244.0.0/18, ipipMode: Never}
`,
  "infra/resolver.yaml": `apiVersion: apps/v1
kind: Deployment
metadata: {name: resolver, namespace: dns}
spec:
  replicas: 1
  strategy: {type: Recreate}
  selector: {matchLabels: {app: resolver}}
  template:
    metadata:
      labels: {app: resolver}
      annotations:
        cni.projectcalico.org/ipAddrs: '["10.244.64.53"]'
    spec:
      containers: [{name: c, image: c}]
`,
  "argocd/infra.yaml": `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: infra}
spec:
  source: {repoURL: r, path: infra}
  destination: {name: in-cluster}
`,
  "charts/gw/Chart.yaml": "apiVersion: v2\nname: gw\nversion: 0.1.0\n",
  "charts/gw/values.yaml": 'replicaCount: 1\nstaticIP: ""\nnet:\n  ip: ""\n',
  "charts/gw/templates/deployment.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
  namespace: edge
spec:
  replicas: {{ .Values.replicaCount }}
  strategy: {type: Recreate}
  selector:
    matchLabels: {app: {{ .Release.Name }}}
  template:
    metadata:
      labels: {app: {{ .Release.Name }}}
      {{- with (.Values.staticIP | default .Values.net.ip) }}
      annotations:
        cni.projectcalico.org/ipAddrs: '["{{ . }}"]'
      {{- end }}
    spec:
      containers: [{name: gw, image: gw}]
`,
};

/** An Application installing charts/gw with the given helm block (indented under `helm:`). */
const app = (helm: string, name = "gw"): string => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: ${name}}
spec:
  source:
    repoURL: r
    path: charts/gw
    helm:
${helm}  destination: {name: in-cluster}
`;

withTools("findings on inline values point where they are written", () => {
  // argo-cd reposerver/repository/repository.go helmTemplate: values files (-f), then
  // ApplicationSourceHelm.ValuesYAML (valuesObject when set, else values) as one more values file,
  // then each parameter with --set.
  it("helm.values, valuesObject and parameters of an Application; a values file as the control", async () => {
    const values = await lint({ ...INFRA, "argocd/gw.yaml": app("      values: |\n        replicaCount: 1\n        staticIP: 10.244.64.53\n") });
    expect(where(values)).toEqual([["argocd/gw.yaml", 11, 19]]);

    const object = await lint({ ...INFRA, "argocd/gw.yaml": app("      valuesObject:\n        net: {ip: 10.244.64.53}\n") });
    expect(where(object)).toEqual([["argocd/gw.yaml", 10, 19]]);

    const params = await lint({ ...INFRA, "argocd/gw.yaml": app("      parameters:\n      - name: replicaCount\n        value: '1'\n      - name: net.ip\n        value: 10.244.64.53\n") });
    expect(where(params)).toEqual([["argocd/gw.yaml", 13, 16]]);
    // A suppression comment above the line where the finding now points applies there.
    const suppressed = await lint({
      ...INFRA,
      "argocd/gw.yaml": app("      parameters:\n      - name: net.ip\n        # calico-ipam-lint-disable-next-line duplicate-static-ip\n        value: 10.244.64.53\n"),
    });
    expect(where(suppressed)).toEqual([]);
    expect(suppressed.findings.filter((f) => f.ruleId === "unused-suppression")).toEqual([]);
    // Inside `values: |` a `#` line is the string's text: the comment goes above the key, and covers its entry.
    const block = await lint({
      ...INFRA,
      "argocd/gw.yaml": app("      # calico-ipam-lint-disable-next-line duplicate-static-ip\n      values: |\n        replicaCount: 1\n        staticIP: 10.244.64.53\n"),
    });
    expect(where(block)).toEqual([]);
    expect(block.findings.filter((f) => f.ruleId === "unused-suppression")).toEqual([]);

    // The control: the value is written in a values file the Application names.
    const file = await lint({ ...INFRA, "charts/gw/values-prod.yaml": "staticIP: 10.244.64.53\n", "argocd/gw.yaml": app("      valueFiles: [values-prod.yaml]\n") });
    expect(where(file)).toEqual([["charts/gw/values-prod.yaml", 1, 11]]);

    // Parameters win over values (--set after the values file): the parameter's line.
    const both = await lint({ ...INFRA, "argocd/gw.yaml": app("      values: |\n        staticIP: 10.244.64.9\n      parameters:\n      - {name: staticIP, value: 10.244.64.53}\n") });
    expect(where(both)).toEqual([["argocd/gw.yaml", 12, 33]]);
  });

  // argo-cd applicationset/generators/list.go and git.go give the parameters; utils.go Render.Replace
  // substitutes them into the template, so the address is written in the element or the file.
  it("ApplicationSet: the list element or the git files generator's config.json that gave the address", async () => {
    const set = (generator: string, helm: string): string => `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: gw}
spec:
  generators:
${generator}  template:
    metadata: {name: 'gw-{{name}}'}
    spec:
      source:
        repoURL: r
        path: charts/gw
        helm:
${helm}      destination: {name: in-cluster}
`;
    const listed = await lint({
      ...INFRA,
      "argocd/gw.yaml": set("  - list:\n      elements:\n      - {name: a, ip: 10.244.64.7}\n      - name: b\n        ip: 10.244.64.53\n", "          values: |\n            staticIP: '{{ip}}'\n"),
    });
    expect(where(listed)).toEqual([["argocd/gw.yaml", 10, 13]]);

    // Text the parameter only makes part of (`{{ip}}3`): not moved to the element; the chart's template line stays.
    const part = await lint({
      ...INFRA,
      "argocd/gw.yaml": set("  - list:\n      elements:\n      - {name: b, ip: 10.244.64.5}\n", "          values: |\n            staticIP: '{{ip}}3'\n"),
    });
    expect(where(part)).toEqual([["charts/gw/templates/deployment.yaml", 16, 9]]);

    // Parameters, and a git files generator: each app's own config.json.
    const files = await lint({
      ...INFRA,
      "envs/a/config.json": '{"name": "a", "net": {"ip": "10.244.64.7"}}\n',
      "envs/b/config.json": '{\n  "name": "b",\n  "net": {"ip": "10.244.64.53"}\n}\n',
      "argocd/gw.yaml": set("  - git: {repoURL: r, revision: HEAD, files: [{path: envs/*/config.json}]}\n", "          parameters: [{name: net.ip, value: '{{net.ip}}'}]\n"),
    });
    expect(where(files)).toEqual([["envs/b/config.json", 3, 18]]);

    // goTemplate, a matrix of a git files generator and a list: the list's element inside the matrix.
    const matrix = await lint({
      ...INFRA,
      "envs/b/config.json": '{"name": "b"}\n',
      "argocd/gw.yaml": set(
        "  - matrix:\n      generators:\n      - git: {repoURL: r, revision: HEAD, files: [{path: envs/*/config.json}]}\n      - list:\n          elements:\n          - net: {ip: 10.244.64.53}\n",
        "          valuesObject:\n            staticIP: '{{ .net.ip }}'\n",
      ).replace("spec:\n  generators:", "spec:\n  goTemplate: true\n  generators:").replace("'gw-{{name}}'", "'gw-{{ .name }}'"),
    });
    expect(where(matrix)).toEqual([["argocd/gw.yaml", 12, 23]]);

    // The control: a values file named by the template; the element's address is not used.
    const control = await lint({
      ...INFRA,
      "charts/gw/values-b.yaml": "staticIP: 10.244.64.53\n",
      "argocd/gw.yaml": set("  - list:\n      elements:\n      - {name: b, ip: 10.244.64.53}\n", "          valueFiles: ['values-{{name}}.yaml']\n"),
    });
    expect(where(control)).toEqual([["charts/gw/values-b.yaml", 1, 11]]);
  });

  // argo-cd reposerver/repository/repository.go mergeSourceParameters: .argocd-source.yaml, then
  // .argocd-source-<appName>.yaml, in the source's path, each a JSON merge patch of the source.
  it(".argocd-source.yaml and .argocd-source-<appName>.yaml override the Application's helm block", async () => {
    const base = { ...INFRA, "argocd/gw.yaml": app("      parameters:\n      - {name: staticIP, value: 10.244.64.9}\n") };
    const one = await lint({ ...base, "charts/gw/.argocd-source.yaml": "helm:\n  parameters:\n  - name: staticIP\n    value: 10.244.64.53\n" });
    expect(where(one)).toEqual([["charts/gw/.argocd-source.yaml", 4, 12]]);
    // The override is no manifest: nothing else is said about it.
    expect(one.findings.filter((f) => f.ruleId !== "duplicate-static-ip")).toEqual([]);
    expect(one.stderr).toBe("");

    // The app's own file is merged last and wins; values given there point there.
    const own = await lint({
      ...base,
      "charts/gw/.argocd-source.yaml": "helm:\n  parameters:\n  - {name: staticIP, value: 10.244.64.8}\n",
      "charts/gw/.argocd-source-gw.yaml": "helm:\n  values: |\n    staticIP: 10.244.64.99\n  parameters: null\n",
    });
    expect(own.findings.filter((f) => f.ruleId === "duplicate-static-ip")).toEqual([]);
    const ownHit = await lint({
      ...base,
      "charts/gw/.argocd-source.yaml": "helm:\n  parameters:\n  - {name: staticIP, value: 10.244.64.8}\n",
      "charts/gw/.argocd-source-gw.yaml": "helm:\n  values: |\n    staticIP: 10.244.64.53\n  parameters: null\n",
    });
    expect(where(ownHit)).toEqual([["charts/gw/.argocd-source-gw.yaml", 3, 15]]);

    // An Application outside the controller's namespace is `<namespace>_<name>` (Application.InstanceName).
    const spaced = await lint({
      ...base,
      "argocd/gw.yaml": base["argocd/gw.yaml"].replace("metadata: {name: gw}", "metadata: {name: gw, namespace: team}"),
      "charts/gw/.argocd-source-team_gw.yaml": "helm:\n  parameters:\n  - {name: staticIP, value: 10.244.64.53}\n",
    });
    expect(where(spaced)).toEqual([["charts/gw/.argocd-source-team_gw.yaml", 3, 29]]);

    // Another application's override is not read.
    const other = await lint({ ...base, "charts/gw/.argocd-source-other.yaml": "helm:\n  parameters:\n  - {name: staticIP, value: 10.244.64.53}\n" });
    expect(other.findings.filter((f) => f.ruleId === "duplicate-static-ip")).toEqual([]);
  });

  // mergeSourceParameters patches the whole source: a kustomize block in the override is applied as
  // the Application's own would be (util/kustomize/kustomize.go Build), and its patch is where the address is.
  it(".argocd-source.yaml: kustomize patches are applied and located in the override", async () => {
    const tree = {
      ...INFRA,
      "apps/gw/kustomization.yaml": "resources: [deployment.yaml]\n",
      "apps/gw/deployment.yaml": `apiVersion: apps/v1
kind: Deployment
metadata: {name: gw, namespace: edge}
spec:
  replicas: 1
  strategy: {type: Recreate}
  selector: {matchLabels: {app: gw}}
  template:
    metadata:
      labels: {app: gw}
    spec:
      containers: [{name: gw, image: gw}]
`,
      "argocd/gw.yaml": `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: gw}
spec:
  source: {repoURL: r, path: apps/gw}
  destination: {name: in-cluster}
`,
    };
    const patched = await lint({
      ...tree,
      "apps/gw/.argocd-source.yaml": `kustomize:
  patches:
  - target: {kind: Deployment, name: gw}
    patch: |
      - op: add
        path: /spec/template/metadata/annotations
        value:
          cni.projectcalico.org/ipAddrs: '["10.244.64.53"]'
`,
    });
    expect(where(patched)).toEqual([["apps/gw/.argocd-source.yaml", 8, 45]]);
    expect(patched.findings.filter((f) => f.ruleId !== "duplicate-static-ip")).toEqual([]);
    // The same patch in the Application's own kustomize block, a comment above it: covered.
    const own = await lint({
      ...tree,
      "argocd/gw.yaml": `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: gw}
spec:
  source:
    repoURL: r
    path: apps/gw
    kustomize:
      patches:
      - target: {kind: Deployment, name: gw}
        # calico-ipam-lint-disable-next-line duplicate-static-ip
        patch: |
          - op: add
            path: /spec/template/metadata/annotations
            value:
              cni.projectcalico.org/ipAddrs: '["10.244.64.53"]'
  destination: {name: in-cluster}
`,
    });
    expect(where(own)).toEqual([]);
    expect(own.findings.filter((f) => f.ruleId === "unused-suppression")).toEqual([]);
    // Without the override, nothing collides.
    expect(where(await lint(tree))).toEqual([]);
  });

  // A HelmRelease's valuesFrom ConfigMap: the comment above the data key covers the values in it.
  it("a suppression comment above a ConfigMap's values.yaml key covers the finding moved inside it", async () => {
    const tree = (comment: string): Record<string, string> => ({
      "clusters/lab/pools.yaml": INFRA["infra/pools.yaml"],
      "clusters/lab/resolver.yaml": INFRA["infra/resolver.yaml"],
      "charts/gw/Chart.yaml": INFRA["charts/gw/Chart.yaml"],
      "charts/gw/values.yaml": INFRA["charts/gw/values.yaml"],
      "charts/gw/templates/deployment.yaml": INFRA["charts/gw/templates/deployment.yaml"],
      "clusters/lab/gw.yaml": `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata: {name: gw, namespace: edge}
spec:
  chart:
    spec: {chart: ./charts/gw, sourceRef: {kind: GitRepository, name: flux-system, namespace: flux-system}}
  valuesFrom: [{kind: ConfigMap, name: gw-values}]
`,
      "clusters/lab/gw-values.yaml": `apiVersion: v1
kind: ConfigMap
metadata: {name: gw-values, namespace: edge}
data:
${comment}  values.yaml: |
    staticIP: 10.244.64.53
`,
    });
    const open = await lint(tree(""));
    expect(open.findings.filter((f) => f.ruleId === "duplicate-static-ip" && f.file.endsWith("gw-values.yaml")).map((f) => [f.line, f.column])).toEqual([[6, 15]]);
    const covered = await lint(tree("  # calico-ipam-lint-disable-next-line duplicate-static-ip\n"));
    expect(covered.findings.filter((f) => f.file.endsWith("gw-values.yaml"))).toEqual([]);
  });
});

withTools("a syntax error in Helm's output is placed in the template that wrote it", () => {
  // Helm's own YAML reading (sigs.k8s.io/yaml, not strict) takes a key written twice; kubectl refuses it.
  const chart = (b: string): Record<string, string> => ({
    "charts/two/Chart.yaml": "apiVersion: v2\nname: two\nversion: 0.1.0\n",
    "charts/two/templates/a.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n",
    "charts/two/templates/b.yaml": b,
    "argocd/two.yaml": `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: two, namespace: argocd}
spec:
  source: {repoURL: r, path: charts/two}
  destination: {name: in-cluster, namespace: edge}
`,
  });
  it("at the broken line when the template writes it as it is, else at the template's first line; never in the template before", async () => {
    const verbatim = await lint(chart("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\ndata:\n  k: one\n  k: two\n"));
    expect(verbatim.findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([["yaml-syntax", "charts/two/templates/b.yaml", 7, 3]]);

    const filled = await lint(chart('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\ndata:\n  k: one\n  {{- if true }}\n  k: {{ "two" }}\n  {{- end }}\n'));
    expect(filled.findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([["yaml-syntax", "charts/two/templates/b.yaml", 1, 1]]);
    expect(filled.findings[0]?.message).toContain("(as rendered by Application two)");
  });
});

withTools("a value a template writes as it is, the same text as in a values file", () => {
  it("is placed in the template, not at the values file's line that happens to read the same", async () => {
    // Pool main's CIDR comes from values.yaml; pool second's is written in its template, and reads
    // the same: each overlap finding is placed where its own CIDR was written (layout/relocate.ts).
    const r = await lint({
      "net/Chart.yaml": "apiVersion: v2\nname: net\nversion: 0.1.0\n",
      "net/values.yaml": "pool:\n  cidr: 10.10.0.0/16\n",
      "net/templates/a.yaml": "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: main\nspec:\n  cidr: {{ .Values.pool.cidr }}\n",
      "net/templates/b.yaml": "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: second\nspec:\n  cidr: 10.10.0.0/16\n",
    });
    const overlaps = r.findings.filter((f) => f.ruleId === "pool-overlap").map((f) => `${f.file}:${f.line}:${f.column} ${/^Pool (\w+)/.exec(f.message)?.[1] ?? ""}`);
    expect(overlaps.sort()).toEqual(["net/templates/b.yaml:6:9 second", "net/values.yaml:2:9 main"]);
  });
});
