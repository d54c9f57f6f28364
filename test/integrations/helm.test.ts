import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { binary } from "../helpers/binaries.js";

/**
 * `calico-ipam-lint gate -` as Helm's post-renderer, run by the real Helm: Helm 4 takes a
 * post-renderer only as a plugin (`postrenderer/v1`; helm-plugin/), Helm 3 runs an executable with
 * --post-renderer-args. The CLI runs as installed: bin/calico-ipam-lint.js and the committed bundle.
 */

const ROOT = resolve(import.meta.dirname, "../..");

function chart(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "cil-chart-"));
  const all = { "Chart.yaml": "apiVersion: v2\nname: shop\nversion: 0.1.0\n", ...files };
  for (const [p, t] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
  return dir;
}

const CM = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: greeting\ndata:\n  text: hello\n";
const BAD_POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[10.0.0.5]'\nspec:\n  containers: []\n";
const WARN_POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.0.0.5\"]'\nspec:\n  containers: []\n";
// A pool too small for ten replicas, the pool of namespace team-a (as in test/integrations/argocd.test.ts).
const TEAM_NS =
  "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: tiny\nspec:\n  cidr: 10.1.0.0/30\n  blockSize: 30\n  nodeSelector: '!all()'\n---\n" +
  "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n  annotations:\n    cni.projectcalico.org/ipv4pools: '[\"tiny\"]'\n";
const PLAIN_POD = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 10\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: c, image: nginx}]\n";
const POOL = "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: big\nspec:\n  cidr: 10.0.0.0/16\n";

/** A private Helm home and a PATH with node (and, for Helm 3, the CLI as `npm install -g` puts it). */
function helmEnv(): NodeJS.ProcessEnv {
  const home = mkdtempSync(join(tmpdir(), "cil-helm-home-"));
  const bin = join(home, "bin");
  mkdirSync(bin);
  writeFileSync(join(bin, "calico-ipam-lint"), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, "bin/calico-ipam-lint.js")}" "$@"\n`);
  chmodSync(join(bin, "calico-ipam-lint"), 0o755);
  return {
    PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin`,
    HOME: home,
    HELM_CONFIG_HOME: join(home, "config"),
    HELM_CACHE_HOME: join(home, "cache"),
    HELM_DATA_HOME: join(home, "data"),
  };
}

/**
 * Run Helm with its standard error a pipe, as in a terminal session or a CI step's shell (bash's
 * process substitution makes one; Node's own stdio would be a socket).
 */
function helm(path: string, args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync("bash", ["-c", 'exec "$0" "$@" 2> >(cat >&2)', path, ...args], { cwd, env, encoding: "utf8", timeout: 120_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("helm-plugin/plugin.yaml", () => {
  it("is a postrenderer/v1 plugin with the package's version, shipped in the npm package", () => {
    const text = readFileSync(join(ROOT, "helm-plugin/plugin.yaml"), "utf8");
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string; files: string[] };
    expect(text).toMatch(/^type: postrenderer\/v1$/m);
    expect(text).toContain(`version: "${pkg.version}"`);
    expect(pkg.files).toContain("helm-plugin");
  });
});

const helm4 = binary("helm4");
const helm3 = binary("helm3");
for (const [name, b] of [["Helm 4", helm4], ["Helm 3", helm3]] as const) {
  if ("missing" in b) {
    if (process.env["CI"]) throw new Error(`${name} must run in CI: ${b.missing}`);
    console.warn(`skipping the ${name} post-renderer tests: ${b.missing}`);
  }
}

(("path" in helm4) ? describe : describe.skip)("Helm 4: the post-renderer plugin (helm-plugin/)", () => {
  const h = (helm4 as { path: string }).path;
  const installed = (): NodeJS.ProcessEnv => {
    const env = helmEnv();
    const r = helm(h, ["plugin", "install", join(ROOT, "helm-plugin")], env);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    return env;
  };

  it("is Helm 4", () => {
    expect(helm(h, ["version", "--short"], helmEnv()).stdout).toMatch(/^v4\./);
  });

  it("installs as a postrenderer/v1 plugin", () => {
    const env = installed();
    expect(helm(h, ["plugin", "list"], env).stdout).toMatch(/calico-ipam-lint\s+0\.1\.0\s+postrenderer\/v1/);
  });

  it("passes a clean chart's manifests through unchanged", () => {
    const env = installed();
    const c = chart({ "templates/cm.yaml": CM, "templates/pool.yaml": POOL });
    const plain = helm(h, ["template", "shop", c], env);
    const gated = helm(h, ["template", "shop", c, "--post-renderer", "calico-ipam-lint"], env);
    expect(gated.status, gated.stderr).toBe(0);
    expect(gated.stdout).toBe(plain.stdout);
  });

  it("fails the render on a finding, and the finding reaches Helm's standard error", () => {
    const env = installed();
    const r = helm(h, ["template", "shop", chart({ "templates/pod.yaml": BAD_POD }), "--post-renderer", "calico-ipam-lint"], env);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/annotation-json .*\[error, Pod web\]/);
    expect(r.stderr).toContain('failed to invoke post-renderer plugin "calico-ipam-lint"');
  });

  it("takes gate options from --post-renderer-args, and the namespace from HELM_NAMESPACE", () => {
    const env = installed();
    const c = chart({ "templates/pod.yaml": WARN_POD, "templates/pool.yaml": POOL });
    expect(helm(h, ["template", "shop", c, "--post-renderer", "calico-ipam-lint"], env).status).toBe(0);
    const strict = helm(h, ["template", "shop", c, "--post-renderer", "calico-ipam-lint", "--post-renderer-args=--max-warnings=0"], env);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/static-ip-auto-pool .*\[warning, Pod web\]/);
    // Namespace team-a draws from a pool that does not exist: only a pod placed in team-a fails.
    const team = chart({ "templates/pool.yaml": POOL, "templates/ns.yaml": TEAM_NS, "templates/pod.yaml": PLAIN_POD });
    expect(helm(h, ["template", "shop", team, "--post-renderer", "calico-ipam-lint"], env).status).toBe(0);
    const placed = helm(h, ["template", "shop", team, "--post-renderer", "calico-ipam-lint"], { ...env, HELM_NAMESPACE: "team-a" });
    expect(placed.status).toBe(1);
    expect(placed.stderr).toMatch(/pool-exhausted .*Deployment/);
  });

  it("with Helm's standard error a file or a socket, where the findings cannot be shown, writes them where asked", () => {
    const env = installed();
    const report = join(mkdtempSync(join(tmpdir(), "cil-helm-report-")), "findings.txt");
    const c = chart({ "templates/pod.yaml": BAD_POD });
    const args = ["template", "shop", c, "--post-renderer", "calico-ipam-lint", "--post-renderer-args=--format=stylish", `--post-renderer-args=--output-file=${report}`];
    // Node's stdio are sockets: /proc/<helm>/fd/2 cannot be opened, so Helm keeps the plugin's standard error to itself.
    const r = spawnSync(h, args, { cwd: ROOT, env, encoding: "utf8", timeout: 120_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain("annotation-json");
    expect(readFileSync(report, "utf8")).toContain("annotation-json");
  });

  it("refuses the Helm 3 recipe (an executable as --post-renderer): the reason for the plugin", () => {
    const env = helmEnv();
    const r = helm(h, ["template", "shop", chart({ "templates/cm.yaml": CM }), "--post-renderer", "calico-ipam-lint", "--post-renderer-args=gate", "--post-renderer-args=-"], env);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/plugin/i);
  });
});

(("path" in helm3) ? describe : describe.skip)("Helm 3: an executable post-renderer with --post-renderer-args", () => {
  const h = (helm3 as { path: string }).path;
  const recipe = ["--post-renderer", "calico-ipam-lint", "--post-renderer-args=gate", "--post-renderer-args=--namespace=shop", "--post-renderer-args=-"];

  it("is Helm 3", () => {
    expect(helm(h, ["version", "--short"], helmEnv()).stdout).toMatch(/^v3\./);
  });

  it("passes a clean chart through unchanged and fails on a finding with it in Helm's error", () => {
    const env = helmEnv();
    const c = chart({ "templates/cm.yaml": CM, "templates/pool.yaml": POOL });
    const plain = helm(h, ["template", "shop", c], env);
    const gated = helm(h, ["template", "shop", c, ...recipe], env);
    expect(gated.status, gated.stderr).toBe(0);
    expect(gated.stdout).toBe(plain.stdout);
    const bad = helm(h, ["template", "shop", chart({ "templates/pod.yaml": BAD_POD }), ...recipe], env);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe("");
    // Helm 3 shows the post-renderer's standard error in its own error; the template is named too.
    expect(bad.stderr).toMatch(/annotation-json .*\[error, Pod web, from shop\/templates\/pod\.yaml\]/);
  });
});
