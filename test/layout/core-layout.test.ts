import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { lintLayoutCore } from "../../src/core-layout.js";
import { cli, tempTree } from "../cli/helpers.js";

/**
 * The layout stage over texts (src/core-layout.ts, what the playground runs) gives the findings of
 * `calico-ipam-lint --render never -f json` on the same files: templates not read, patches not
 * whole objects, clusters judged apart, Flux placeholders, unused suppressions across clusters.
 */

const POOLS = `apiVersion: crd.projectcalico.org/v1
kind: IPPool
metadata: {name: static}
spec: {cidr: 10.244.64.0/24, ipipMode: Never, nodeSelector: "!all()", assignmentMode: Manual}
`;
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: resolver
spec:
  replicas: 2
  selector: {matchLabels: {app: resolver}}
  template:
    metadata:
      labels: {app: resolver}
      annotations:
        # calico-ipam-lint-disable-next-line duplicate-static-ip
        cni.projectcalico.org/ipAddrs: '["10.244.64.53"]'
    spec:
      containers: [{name: r, image: r}]
`;
const app = (name: string, path: string): string =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: ${name}}\nspec:\n  source: {path: ${path}}\n  destination: {name: ${name}, namespace: edge}\n`;

function texts(root: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ya?ml|json)$/.test(n)) out.push({ path: relative(root, p).split(sep).join("/"), text: readFileSync(p, "utf8") });
    }
  };
  walk(root);
  return out;
}

async function both(files: Record<string, string>): Promise<{ cli: string[]; core: string[]; notices: readonly string[]; stderr: string }> {
  const root = tempTree(files);
  const r = await cli([".", "--render", "never", "-f", "json"], { cwd: root, env: {} });
  const cliFindings = (JSON.parse(r.stdout) as { filePath: string; messages: { line: number; column: number; ruleId: string; message: string }[] }[]).flatMap((f) =>
    f.messages.map((m) => `${relative(root, f.filePath)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`),
  );
  const out = lintLayoutCore({ texts: texts(root) }, { precise: true });
  if (!out) throw new Error("no layout found");
  const core = out.results.flatMap((f) => f.findings.map((m) => `${f.file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
  return { cli: cliFindings.sort(), core: core.sort(), notices: out.notices, stderr: r.stderr };
}

describe("lintLayoutCore is --render never over texts", () => {
  it("two clusters by Argo CD, a chart, an overlay with a patch, a shared base with a suppression comment", async () => {
    const r = await both({
      "argocd/a.yaml": app("a", "overlays/a"),
      "argocd/b.yaml": app("b", "overlays/b"),
      "argocd/gw.yaml": app("a", "chart").replace("name: a}", "name: gw}"),
      "overlays/a/kustomization.yaml": "resources: [../../base, pools.yaml]\npatches:\n  - path: patch.yaml\n",
      "overlays/a/pools.yaml": POOLS,
      "overlays/a/patch.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: resolver\nspec:\n  replicas: 1\n",
      "overlays/b/kustomization.yaml": "resources: [../../base]\n",
      "base/kustomization.yaml": "resources: [resolver.yaml]\n",
      "base/resolver.yaml": DEPLOYMENT,
      "chart/Chart.yaml": "apiVersion: v2\nname: gw\nversion: 0.1.0\n",
      "chart/values.yaml": "replicas: 2\n",
      "chart/templates/d.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  replicas: {{ .Values.replicas }}\n",
      "loose.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.244.64.300\"]'\nspec: {containers: [{name: c, image: c}]}\n",
    });
    expect(r.core).toEqual(r.cli);
    expect(r.cli.length).toBeGreaterThan(2);
    expect(r.cli.some((f) => f.includes("[cluster a, b]"))).toBe(true);
    expect(r.cli.some((f) => f.includes("yaml-syntax") || f.includes("templates/") || f.includes("patch.yaml"))).toBe(false);
    expect(r.notices).toEqual([
      "2 Kustomize roots were linted as raw files, without their patches: overlays/a, overlays/b (--render never)",
      "not linted: the chart chart (--render never)",
    ]);
    for (const n of r.notices) expect(r.stderr).toContain(n);
  });

  it("Flux clusters and ${VAR} placeholders", async () => {
    const sync = "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: apps}\nspec:\n  path: ./apps\n  postBuild:\n    substitute: {STATIC_IP: 10.244.64.9}\n";
    const pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"${STATIC_IP}\"]'\nspec: {containers: [{name: c, image: c}]}\n";
    const r = await both({ "clusters/lab/apps.yaml": sync, "clusters/lab/pools.yaml": POOLS, "apps/pod.yaml": pod, "apps/bad.yaml": pod.replace("${STATIC_IP}", "10.244.64.300") });
    expect(r.core).toEqual(r.cli);
    expect(r.cli.length).toBeGreaterThan(0);
  });

  it("no layout: null, and the caller lints flat", () => {
    expect(lintLayoutCore({ texts: [{ path: "a.yaml", text: POOLS }] })).toBeNull();
  });
});
