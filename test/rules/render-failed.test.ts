import { describe, expect, it } from "vitest";
import { cli, tempTree } from "../cli/helpers.js";
import { KUBECTL_ONLY_PATH, TOOLS_PATH, withTools } from "../layout/helpers.js";

/**
 * render-failed: a Kustomize root or chart that the real kustomize (kubectl's) or Helm refuses is a
 * finding at its kustomization or Chart.yaml, with the program's own words (Argo CD and Flux show
 * the same error and deploy nothing). No manifest alone makes it fire, so it has no golden fixtures.
 */

const findings = (stdout: string): { file: string; ruleId: string; message: string; severity: number }[] =>
  (JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; message: string; severity: number }[] }[]).flatMap((r) =>
    r.messages.map((m) => ({ file: r.filePath.split("/").slice(-2).join("/"), ...m })),
  );

withTools("render-failed", () => {
  it("reports a kustomization that an Application deploys and whose resource is missing, with kustomize's message", async () => {
    const app = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: k}\nspec:\n  source: {path: k}\n  destination: {name: prod}\n";
    const root = tempTree({ "k/kustomization.yaml": "resources: [gone.yaml]\n", "apps/k.yaml": app });
    const r = await cli([".", "-f", "json"], { cwd: root, env: { PATH: KUBECTL_ONLY_PATH } });
    const f = findings(r.stdout);
    expect(f.map((x) => [x.file, x.ruleId, x.severity])).toEqual([["k/kustomization.yaml", "render-failed", 2]]);
    expect(f[0]?.message).toMatch(/^kustomize build k failed: .*gone\.yaml.*Argo CD and Flux fail the same way/s);
    expect(r.code).toBe(1);
  });

  it("warns only, when nothing in view deploys the root (a config management plugin may build it)", async () => {
    const root = tempTree({ "k/kustomization.yaml": "resources: [gone.yaml]\n" });
    const r = await cli([".", "-f", "json"], { cwd: root, env: { PATH: KUBECTL_ONLY_PATH } });
    const f = findings(r.stdout);
    expect(f.map((x) => [x.file, x.ruleId, x.severity])).toEqual([["k/kustomization.yaml", "render-failed", 1]]);
    expect(f[0]?.message).toContain("No Argo CD Application or Flux object in view deploys it");
    expect(r.code).toBe(0);
  });

  it("reports a chart whose template does not parse, with Helm's message", async () => {
    const root = tempTree({ "c/Chart.yaml": "apiVersion: v2\nname: c\nversion: 0.1.0\n", "c/templates/x.yaml": "kind: {{ .Values.x | nosuchfunction }}\n" });
    const r = await cli([".", "-f", "json"], { cwd: root, env: { PATH: TOOLS_PATH } });
    const f = findings(r.stdout);
    expect(f.map((x) => [x.file, x.ruleId])).toEqual([["c/Chart.yaml", "render-failed"]]);
    expect(f[0]?.message).toMatch(/helm template c failed: .*nosuchfunction/s);
  });

  it("is silent for roots that build, and can be turned off", async () => {
    const root = tempTree({ "k/kustomization.yaml": "resources: [gone.yaml]\n", "ok/kustomization.yaml": "resources: []\n", ".calico-ipam-lint.yaml": "rules: {render-failed: off}\n" });
    const r = await cli([".", "-f", "json"], { cwd: root, env: { PATH: KUBECTL_ONLY_PATH } });
    expect(findings(r.stdout)).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe("render-failed without the programs", () => {
  it("says nothing when nothing is rendered (the roots are linted as files)", async () => {
    const root = tempTree({ "k/kustomization.yaml": "resources: [gone.yaml]\n" });
    const r = await cli([".", "-f", "json"], { cwd: root, env: {} });
    expect(findings(r.stdout)).toEqual([]);
    expect(r.stderr).toContain("install kustomize or kubectl");
  });
});
