import { expect, it } from "vitest";
import { tempTree } from "../cli/helpers.js";
import { KUBECTL_ONLY_PATH, TOOLS_PATH, withTools, lintJson, POOLS, type JsonMessage } from "./helpers.js";

/**
 * `# calico-ipam-lint-disable-next-line` comments written where a rendered finding is moved to: a
 * Kustomize base, an overlay's patch, a Helm values file, a template. `kubectl kustomize` drops every
 * comment of the files it reads and `helm template` drops those of values files (it prints a
 * template's own lines, comments included), so these comments are matched after the finding is moved
 * back (src/render/index.ts, src/engine/suppress.ts `sourceComments`). Through the real CLI with
 * the real kubectl (kustomize built in) and Helm 4.
 */

type Message = JsonMessage;
const lint = (root: string, args: string[], path = TOOLS_PATH): ReturnType<typeof lintJson> => lintJson(root, args, { PATH: path });
const brief = (r: { findings: (Message & { file: string })[] }): string[] => r.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}${f.cluster ? ` [${f.cluster}]` : ""}`);


const deployment = (opts: { replicas?: number; comment?: string; replicasComment?: string } = {}): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: resolver
spec:
${opts.replicasComment ? `  # calico-ipam-lint-disable-next-line ${opts.replicasComment}\n` : ""}  replicas: ${opts.replicas ?? 1}
  strategy:
    type: Recreate
  selector: {matchLabels: {app: resolver}}
  template:
    metadata:
      labels: {app: resolver}
      annotations:
${opts.comment ? `        # calico-ipam-lint-disable-next-line ${opts.comment}\n` : ""}        cni.projectcalico.org/ipAddrs: '["10.244.64.53"]'
    spec:
      containers: [{name: r, image: r}]
`;

const CHART = {
  "chart/Chart.yaml": "apiVersion: v2\nname: gw\nversion: 0.1.0\n",
  "chart/values.yaml": "replicaCount: 1\nstaticIP: \"\"\n",
  "chart/templates/deployment.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
spec:
  replicas: {{ .Values.replicaCount }}
  strategy: {type: Recreate}
  selector:
    matchLabels: {app: gw}
  template:
    metadata:
      labels: {app: gw}
      {{- with .Values.staticIP }}
      annotations:
        cni.projectcalico.org/ipAddrs: '["{{ . }}"]'
      {{- end }}
    spec:
      containers: [{name: gw, image: gw}]
`,
};
const app = (name: string, values: string): string =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: gw-${name}}\nspec:\n  source:\n    path: chart\n    helm:\n      releaseName: gw\n      valueFiles: [${values}]\n  destination: {name: ${name}, namespace: edge}\n`;
const TWO_CLUSTERS = "clusters:\n  - name: prod\n    pools: [pools.yaml]\n  - name: lab\n    pools: [pools.yaml]\n";

withTools("suppression comments in the sources of rendered output", () => {
  it("a base's comment covers the finding moved into the base from both overlays; without it, both findings are there", async () => {
    const files = (base: string): Record<string, string> => ({
      "pools.yaml": POOLS,
      "base/kustomization.yaml": "resources: [resolver.yaml]\n",
      "base/resolver.yaml": base,
      "overlays/blue/kustomization.yaml": "resources: [../../base]\nnamespace: blue\n",
      "overlays/green/kustomization.yaml": "resources: [../../base]\nnamespace: green\nnamePrefix: green-\n",
    });
    const control = await lint(tempTree(files(deployment())), ["."], KUBECTL_ONLY_PATH);
    expect(brief(control)).toEqual(["base/resolver.yaml:14:43 duplicate-static-ip", "base/resolver.yaml:14:43 duplicate-static-ip"]);
    const r = await lint(tempTree(files(deployment({ comment: "duplicate-static-ip -- the resolver's address, shared on purpose" }))), ["."], KUBECTL_ONLY_PATH);
    expect(r.findings).toEqual([]);
    expect(r.code).toBe(0);
    // The comment no longer covers anything once the address is different in the base: unused, in the base.
    const unused = await lint(tempTree(files(deployment({ comment: "static-ip-replicas" }))), ["."], KUBECTL_ONLY_PATH);
    expect(brief(unused)).toEqual([
      "base/resolver.yaml:14:46 unused-suppression",
      "base/resolver.yaml:15:43 duplicate-static-ip",
      "base/resolver.yaml:15:43 duplicate-static-ip",
    ]);
    expect(unused.findings[0]?.message).toContain("This calico-ipam-lint-disable-next-line comment suppresses static-ip-replicas, but no static-ip-replicas finding is located under it");
  });

  it("an overlay's patch: its comment covers the finding moved into the patch", async () => {
    const patch = (comment: string): string =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: resolver\nspec:\n${comment ? `  # calico-ipam-lint-disable-next-line ${comment}\n` : ""}  replicas: 2\n`;
    const files = (comment: string): Record<string, string> => ({
      "pools.yaml": POOLS,
      "base/kustomization.yaml": "resources: [resolver.yaml]\n",
      "base/resolver.yaml": deployment(),
      "overlays/prod/kustomization.yaml": "resources: [../../base]\nnamespace: dns\npatches:\n  - path: replicas.yaml\n",
      "overlays/prod/replicas.yaml": patch(comment),
    });
    const control = await lint(tempTree(files("")), ["."], KUBECTL_ONLY_PATH);
    expect(brief(control)).toEqual(["overlays/prod/replicas.yaml:6:13 static-ip-replicas"]);
    expect((await lint(tempTree(files("static-ip-replicas")), ["."], KUBECTL_ONLY_PATH)).findings).toEqual([]);
    expect(brief(await lint(tempTree(files("static-ip-replicas, duplicate-static-ip")), ["."], KUBECTL_ONLY_PATH))).toEqual([
      "overlays/prod/replicas.yaml:6:60 unused-suppression",
    ]);
    // Not rendered (--render never): the patch is not read, so its comment is not judged either.
    const raw = await lint(tempTree(files("duplicate-static-ip")), [".", "--render", "never"], KUBECTL_ONLY_PATH);
    expect(raw.findings).toEqual([]);
  });

  it("a values file's comment covers the finding moved to the values line; the other cluster's values file has none to report", async () => {
    const files = (prod: string): Record<string, string> => ({
      ...CHART,
      "chart/values-prod.yaml": prod,
      "chart/values-lab.yaml": "replicaCount: 1\nstaticIP: 10.244.64.30\n",
      "apps/prod.yaml": app("prod", "values-prod.yaml"),
      "apps/lab.yaml": app("lab", "values-lab.yaml"),
      ".calico-ipam-lint.yaml": TWO_CLUSTERS,
      "pools.yaml": POOLS,
    });
    const control = await lint(tempTree(files("replicaCount: 2\nstaticIP: 10.244.64.30\n")), ["apps", "chart"]);
    expect(brief(control)).toEqual(["chart/values-prod.yaml:1:15 static-ip-replicas [prod]"]);
    const r = await lint(tempTree(files("# calico-ipam-lint-disable-next-line static-ip-replicas -- two gateways behind one address, by design\nreplicaCount: 2\nstaticIP: 10.244.64.30\n")), ["apps", "chart"]);
    expect(r.findings).toEqual([]);
    expect(r.stderr).toBe("");
    const unused = await lint(tempTree(files("replicaCount: 1\n# calico-ipam-lint-disable-next-line static-ip-replicas\nstaticIP: 10.244.64.30\n")), ["apps", "chart"]);
    expect(brief(unused)).toEqual(["chart/values-prod.yaml:2:38 unused-suppression [prod]"]);
    // After the value on its line, a directive is read by nobody: said where it is, and the finding stays.
    const trailing = await lint(tempTree(files("replicaCount: 2  # calico-ipam-lint-disable-line static-ip-replicas\nstaticIP: 10.244.64.30\n")), ["apps", "chart"]);
    expect(brief(trailing)).toEqual(["chart/values-prod.yaml:1:15 static-ip-replicas [prod]", "chart/values-prod.yaml:1:18 unused-suppression [prod]"]);
    expect(trailing.findings[1]?.message).toContain("This calico-ipam-lint-disable-line comment follows YAML on its line, so it suppresses nothing");
  });

  it("a values file: judged only where some render reads it, as ESLint judges only the files it lints", async () => {
    const files = {
      ...CHART,
      // No Application deploys the chart: it is rendered with its values.yaml, which is read.
      "chart/values.yaml": "# calico-ipam-lint-disable-next-line static-ip-replicas\nreplicaCount: 1\nstaticIP: 10.244.64.30\n",
      // No render reads this one.
      "chart/values-unused.yaml": "# calico-ipam-lint-disable-next-line static-ip-replicas\nreplicaCount: 1\n",
      "pools.yaml": POOLS,
    };
    const r = await lint(tempTree(files), ["."]);
    expect(brief(r)).toEqual(["chart/values.yaml:1:38 unused-suppression"]);
    // Not rendered: values.yaml is not read, so nothing is said about its comment.
    expect((await lint(tempTree(files), [".", "--render", "never"])).findings).toEqual([]);
  });

  it("a template's comment covers what that template renders; unused only when no render uses it, reported at the template's line", async () => {
    const withComment = CHART["chart/templates/deployment.yaml"].replace("  replicas:", "  # calico-ipam-lint-disable-next-line static-ip-replicas\n  replicas:");
    const files = (prod: string): Record<string, string> => ({
      ...CHART,
      "chart/templates/deployment.yaml": withComment,
      "chart/values-prod.yaml": prod,
      "chart/values-lab.yaml": "replicaCount: 1\nstaticIP: 10.244.64.30\n",
      "apps/prod.yaml": app("prod", "values-prod.yaml"),
      "apps/lab.yaml": app("lab", "values-lab.yaml"),
      ".calico-ipam-lint.yaml": TWO_CLUSTERS,
      "pools.yaml": POOLS,
    });
    // prod runs 2 replicas (covered); lab runs 1 (nothing to cover there): used, so nothing.
    expect((await lint(tempTree(files("replicaCount: 2\nstaticIP: 10.244.64.30\n")), ["apps", "chart"])).findings).toEqual([]);
    // Neither runs 2: unused in every render, reported once at the template's comment.
    const unused = await lint(tempTree(files("replicaCount: 1\nstaticIP: 10.244.64.30\n")), ["apps", "chart"]);
    expect(brief(unused)).toEqual(["chart/templates/deployment.yaml:6:40 unused-suppression [prod, lab]"]);
    expect(unused.findings[0]?.message).not.toContain("as rendered by");
  });

  it("two overlays in two clusters: a base comment used by one overlay only is used; used by none, it is reported once, naming both", async () => {
    const files = (rule: string): Record<string, string> => ({
      ".calico-ipam-lint.yaml": "clusters:\n  - name: blue\n    paths: [overlays/blue]\n    pools: [pools.yaml]\n  - name: green\n    paths: [overlays/green]\n    pools: [pools.yaml]\n",
      "pools.yaml": POOLS,
      "base/kustomization.yaml": "resources: [resolver.yaml]\n",
      "base/resolver.yaml": deployment({ replicas: 2, replicasComment: rule }),
      "overlays/blue/kustomization.yaml": "resources: [../../base]\nnamespace: blue\n",
      // green runs one replica: no static-ip-replicas there.
      "overlays/green/kustomization.yaml": "resources: [../../base]\nnamespace: green\npatches:\n  - path: one.yaml\n",
      "overlays/green/one.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: resolver\nspec:\n  replicas: 1\n",
    });
    const control = await lint(tempTree(files("")), ["overlays", "base"], KUBECTL_ONLY_PATH);
    expect(brief(control)).toEqual(["base/resolver.yaml:6:13 static-ip-replicas [blue]"]);
    expect((await lint(tempTree(files("static-ip-replicas")), ["overlays", "base"], KUBECTL_ONLY_PATH)).findings).toEqual([]);
    const unused = await lint(tempTree(files("duplicate-static-ip")), ["overlays", "base"], KUBECTL_ONLY_PATH);
    expect(brief(unused)).toEqual(["base/resolver.yaml:6:40 unused-suppression [blue, green]", "base/resolver.yaml:7:13 static-ip-replicas [blue]"]);
  });
});
