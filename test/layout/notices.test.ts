import { describe, expect, it } from "vitest";
import { cli, tempTree } from "../cli/helpers.js";
import { KUBECTL_ONLY_PATH, POOLS, lintJson, withTools } from "./helpers.js";

/** What the layout stage did not lint is said on standard error one line each, ten at most (a repository had dozens of charts on one 7 kB line). */

const chart = (name: string, deps: string[] = []): Record<string, string> => ({
  [`charts/${name}/Chart.yaml`]: `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n${deps.length > 0 ? `dependencies:\n${deps.map((d) => `  - name: ${d}\n    version: 1.0.0\n    repository: https://charts.example.com\n`).join("")}` : ""}`,
  [`charts/${name}/templates/pod.yaml`]: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}\n",
});

describe("what was not linted", () => {
  it("is one line per chart, the first ten, then how many more", async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 12; i++) Object.assign(files, chart(`c${String(i).padStart(2, "0")}`));
    const r = await cli([".", "--render", "never"], { cwd: tempTree(files) });
    const lines = r.stderr.split("\n").filter((l) => l.includes("not linted:"));
    expect(lines).toHaveLength(11);
    expect(lines[0]).toMatch(/^calico-ipam-lint: not linted: the chart charts\/c01 /);
    expect(lines[10]).toBe("calico-ipam-lint: not linted: 2 more charts or Kustomize roots (the first 10 are named above)");
  });
});

withTools("what rendering cost", () => {
  // A repository of add-ons had 880 Kustomize roots: a first run rendered for minutes and said nothing.
  it("a hundred roots rendered: one line after the report with how many, how long, how many at a time, and what makes it cheaper", async () => {
    const files: Record<string, string> = { "pools.yaml": POOLS };
    for (let i = 100; i < 200; i++) {
      files[`addons/v${i}/kustomization.yaml`] = "resources: [cm.yaml]\n";
      files[`addons/v${i}/cm.yaml`] = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: v${i}\n`;
    }
    files["addons/v100/kustomization.yaml"] = "resources: [missing.yaml]\n";
    const r = await lintJson(tempTree(files), ["."], { PATH: KUBECTL_ONLY_PATH });
    expect(r.findings.map((f) => [f.ruleId, f.file])).toEqual([["render-failed", "addons/v100/kustomization.yaml"]]);
    const said = r.stderr.split("\n").filter((l) => l.includes("rendered "));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^calico-ipam-lint: rendered 100 Kustomize roots in \d+ (s|min \d+ s), \d+ at a time \(1 did not render, reported as render-failed\); --cache DIR keeps renders between runs, --render never lints the files as they are$/);
  });
});
