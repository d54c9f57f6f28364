import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { htmlReportNote } from "../../src/action/main.js";

/**
 * The Action's `html` input: the step writes the HTML report there, the step says where (output
 * html-path) and the job summary points at the run's artifacts. Run from the sources, bundled as
 * scripts/build.mjs bundles dist/action/index.js (the committed bundle is rebuilt on release).
 */

const ROOT = resolve(import.meta.dirname, "../..");
const POOL = "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: main\nspec:\n  cidr: 10.0.0.0/16\n";
const POD = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: "<i>p</i>"\n  annotations:\n    cni.projectcalico.org/ipAddrs: '["10.0.0.7"]'\nspec:\n  containers: []\n`;

describe("Action html input", () => {
  it("links the summary to the run's artifacts", () => {
    const env = { GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "acme/gitops", GITHUB_RUN_ID: "42" };
    expect(htmlReportNote("out/report.html", env)).toContain("(https://github.com/acme/gitops/actions/runs/42#artifacts)");
    expect(htmlReportNote("out/report.html", {})).toContain("this run's artifacts");
  });

  describe("the step, run as the runner runs it", () => {
    let dir: string;
    let bundle: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "cil-action-html-"));
      bundle = join(dir, "action.mjs");
      await build({
        entryPoints: [join(ROOT, "src/action/index.ts")],
        outfile: bundle,
        bundle: true,
        platform: "node",
        format: "esm",
        target: "node20",
        banner: { js: "import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);" },
        logLevel: "warning",
      });
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    /** Run the bundled step in a fresh workspace; `html` is the input (none when undefined). */
    const runStep = (name: string, html?: string) => {
      const ws = join(dir, name);
      mkdirSync(join(ws, ".git"), { recursive: true });
      writeFileSync(join(ws, "pool.yaml"), POOL);
      writeFileSync(join(ws, "pod.yaml"), POD);
      const temp = join(dir, `${name}-runner`);
      mkdirSync(temp);
      writeFileSync(join(temp, "out"), "");
      writeFileSync(join(temp, "summary"), "");
      const env: Record<string, string> = {
        PATH: process.env["PATH"] ?? "",
        GITHUB_ACTIONS: "true",
        GITHUB_OUTPUT: join(temp, "out"),
        GITHUB_STEP_SUMMARY: join(temp, "summary"),
        GITHUB_SERVER_URL: "https://github.com",
        GITHUB_REPOSITORY: "acme/gitops",
        GITHUB_RUN_ID: "7",
        RUNNER_TEMP: temp,
        INPUT_PATHS: ".",
        "INPUT_FAIL-LEVEL": "error",
        INPUT_FORMAT: "none",
        ...(html !== undefined ? { INPUT_HTML: html } : {}),
      };
      const r = spawnSync(process.execPath, [bundle], { cwd: ws, env, encoding: "utf8", timeout: 60_000 });
      expect(r.status, r.stdout + r.stderr).toBe(0);
      return { ws, outputs: readFileSync(join(temp, "out"), "utf8"), summary: readFileSync(join(temp, "summary"), "utf8") };
    };

    it("writes the report, says where, and the summary points to it", () => {
      const { ws, outputs, summary } = runStep("ws", "reports/calico-ipam-lint.html");
      expect(outputs).toContain(join(ws, "reports/calico-ipam-lint.html"));
      const page = readFileSync(join(ws, "reports/calico-ipam-lint.html"), "utf8");
      expect(page).toContain("static-ip-auto-pool");
      expect(page).toContain("Pod default/&lt;i&gt;p&lt;/i&gt;");
      // The pools' address space, from the same in-process run's allocation.
      expect(page).toContain('<span class="pool-name">main</span> <code>10.0.0.0/16</code>');
      expect(summary).toContain("`reports/calico-ipam-lint.html` ([this run's artifacts](https://github.com/acme/gitops/actions/runs/7#artifacts))");
    });

    it("writes no HTML report, sets no html-path and says nothing of one without the input", () => {
      const { ws, outputs, summary } = runStep("plain");
      expect(outputs).not.toContain("html-path");
      expect(existsSync(join(ws, "reports"))).toBe(false);
      expect(summary).not.toContain("HTML report");
      expect(summary).toContain("static-ip-auto-pool");
    });
  });
});
