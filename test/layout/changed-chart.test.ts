import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { cli, tempTree } from "../cli/helpers.js";
import { TOOLS_PATH, withTools } from "./helpers.js";

/**
 * A run over the changes reads files as written (node/impact.ts, docs/changed-only.md Limits): a
 * value in a chart's values.yaml that moves a rendered pool is not followed into untouched files.
 * Such a run says so, instead of passing in silence where the whole repository's run fails.
 */

const CHART = {
  "charts/net/Chart.yaml": "apiVersion: v2\nname: net\nversion: 0.1.0\n",
  "charts/net/values.yaml": "pool:\n  cidr: 10.10.0.0/16\n",
  "charts/net/templates/pool.yaml": "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: main\nspec:\n  cidr: {{ .Values.pool.cidr }}\n",
  "charts/cm/Chart.yaml": "apiVersion: v2\nname: cm\nversion: 0.1.0\n",
  "charts/cm/values.yaml": "greeting: hello\n",
  "charts/cm/templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  greeting: {{ .Values.greeting }}\n",
  "apps/web.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.10.0.5\"]'\nspec:\n  containers: [{ name: web, image: nginx }]\n",
};

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
}

const NOTE = /charts\/net\/values\.yaml changed what the chart charts\/net renders, which holds IPPool main: what that does to files the change did not touch is not followed here/;

withTools("a run over the changes, with a chart's values changed", () => {
  it("says that what a chart's rendered pool change does to untouched files is not followed", async () => {
    const root = tempTree(CHART);
    git(root, "init", "-q");
    git(root, "add", "-A");
    git(root, "commit", "-q", "-m", "base");
    const env = { PATH: `${TOOLS_PATH}:${process.env["PATH"] ?? ""}` };
    // Nothing changed: nothing to say.
    expect((await cli([".", "--changed-since", "HEAD"], { cwd: root, env })).stderr).not.toMatch(/not followed/);
    // A chart without pools changed: nothing to say.
    writeFileSync(join(root, "charts/cm/values.yaml"), "greeting: bye\n");
    expect((await cli([".", "--changed-since", "HEAD"], { cwd: root, env })).stderr).not.toMatch(/not followed/);
    // The pool moved: the whole repository fails; the runs over the changes say what they do not follow.
    writeFileSync(join(root, "charts/net/values.yaml"), "pool:\n  cidr: 10.20.0.0/16\n");
    const whole = await cli(["."], { cwd: root, env });
    expect(whole.code).toBe(1);
    expect(whole.stdout).toMatch(/ip-outside-pool/);
    expect(whole.stderr).not.toMatch(/not followed/);
    const changed = await cli([".", "--changed-since", "HEAD"], { cwd: root, env });
    expect(changed.stderr).toMatch(NOTE);
    const hook = await cli(["--context", ".", "--impact-since", "HEAD", "--no-default-path", "charts/net/values.yaml"], { cwd: root, env });
    expect(hook.stderr).toMatch(NOTE);
    // The hook given only the pod file: the chart's change is not among the changes it judges.
    const other = await cli(["--context", ".", "--impact-since", "HEAD", "--no-default-path", "apps/web.yaml"], { cwd: root, env });
    expect(other.stderr).not.toMatch(/not followed/);
  });
});
