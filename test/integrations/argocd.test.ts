import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { noMountNamespace, readableInstall } from "../cli/helpers.js";

/**
 * `calico-ipam-lint gate` as Argo CD's config management plugin server runs it: the generate
 * command of argocd/plugin.yaml through `sh -c`, in the Application's source directory, with the
 * build environment (ARGOCD_APP_NAME, ARGOCD_APP_NAMESPACE, ARGOCD_ENV_*), the CLI installed as
 * the image installs it (bin/calico-ipam-lint.js linked onto PATH, running dist/cli.js), and
 * scripts standing in for kustomize and helm. Standard output is compared byte for byte.
 */

const ROOT = resolve(import.meta.dirname, "../..");
const plugin = parse(readFileSync(join(ROOT, "argocd/plugin.yaml"), "utf8")) as {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec: { generate: { command: string[]; args: string[] }; discover?: unknown };
};

/** A rendered stream with everything that must survive: CRLF, BOM-less UTF-8, comments, JSON, no final newline. */
const CLEAN = Buffer.from(
  [
    "# Source: shop/templates/cm.yaml\r\n",
    "apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: greeting   # trailing comment\r\ndata:\r\n  text: \"héllo wörld ✓ \\t\"\r\n",
    "---\n",
    "# Source: shop/templates/web.yaml\n",
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: c, image: nginx}]\n",
    "---\n",
    '{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web"}, "spec": {"ports": [{"port": 80}]}}\n',
    "---\n",
    "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: big\nspec:\n  cidr: 10.0.0.0/16",
  ].join(""),
);

/** Pools and a namespace whose pool is too small for web's 10 replicas: only when web lands in `shop`. */
const NAMESPACED = Buffer.from(
  "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: big\nspec:\n  cidr: 10.0.0.0/16\n---\n" +
    "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: tiny\nspec:\n  cidr: 10.1.0.0/30\n  blockSize: 30\n  nodeSelector: '!all()'\n---\n" +
    "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  annotations:\n    cni.projectcalico.org/ipv4pools: '[\"tiny\"]'\n---\n" +
    "# Source: shop/templates/web.yaml\n" +
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 10\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: c, image: nginx}]\n",
);

const BAD = Buffer.from("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[10.0.0.5]'\nspec:\n  containers: []\n");

let bin = "";

function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "cil-argocd-app-"));
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
  return dir;
}

function script(name: string, body: string): void {
  writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
  chmodSync(join(bin, name), 0o755);
}

interface Run {
  status: number | null;
  stdout: Buffer;
  stderr: string;
}

/** The environment the CMP server gives the generate command. */
function cmpEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin`,
    HOME: mkdtempSync(join(tmpdir(), "cil-argocd-home-")),
    ARGOCD_APP_NAME: "shop",
    ARGOCD_APP_NAMESPACE: "shop",
    ARGOCD_APP_PROJECT_NAME: "default",
    ARGOCD_APP_REVISION: "0123456789abcdef0123456789abcdef01234567",
    ARGOCD_APP_SOURCE_PATH: "apps/shop",
    ARGOCD_APP_SOURCE_REPO_URL: "https://git.example.com/gitops.git",
    KUBE_VERSION: "1.33.0",
    ...extra,
  };
}

/** The plugin's generate command, exactly as plugin.yaml states it. */
function generate(cwd: string, env: Record<string, string>): Run {
  const [cmd, ...args] = [...plugin.spec.generate.command, ...plugin.spec.generate.args] as [string, ...string[]];
  const r = spawnSync(cmd, args, { cwd, env, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString("utf8") };
}

function gate(cwd: string, args: string[], env: Record<string, string>, input?: Buffer): Run {
  const r = spawnSync("calico-ipam-lint", ["gate", ...args], { cwd, env, timeout: 60_000, ...(input ? { input } : {}) });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString("utf8") };
}

beforeAll(() => {
  bin = mkdtempSync(join(tmpdir(), "cil-argocd-bin-"));
  // As the image installs it: the bin script linked onto PATH, running the committed bundle; a
  // copy of it, since the sidecar case runs it as user 999, who may not enter the clone's folder.
  symlinkSync(readableInstall(ROOT), join(bin, "calico-ipam-lint"));
  // Stand-ins for the generators: print a file of the source dir, or fail as kustomize does.
  script(
    "kustomize",
    `[ "$1" = build ] && [ "$2" = . ] || { echo "kustomize stand-in: unexpected arguments $*" >&2; exit 64; }
if [ -f BROKEN ]; then echo "Error: accumulating resources: accumulation err='accumulating resources from 'missing.yaml': open missing.yaml: no such file or directory'" >&2; exit 1; fi
cat rendered.out`,
  );
  script(
    "helm",
    `[ "$1" = template ] || { echo "helm stand-in: unexpected arguments $*" >&2; exit 64; }
echo "# helm $*"
cat rendered.out`,
  );
});

describe("argocd/plugin.yaml", () => {
  it("is a v2 sidecar plugin that Applications must name, whose generate command runs the gate", () => {
    expect(plugin.apiVersion).toBe("argoproj.io/v1alpha1");
    expect(plugin.kind).toBe("ConfigManagementPlugin");
    expect(plugin.metadata.name).toBe("calico-ipam-lint");
    expect(plugin.spec.discover).toBeUndefined();
    expect(plugin.spec.generate.command).toEqual(["sh", "-c"]);
    expect(plugin.spec.generate.args.join("\n")).toContain("calico-ipam-lint gate");
  });

  it("kustomize source: clean manifests come out byte for byte, and nothing else is on stdout", () => {
    const app = tree({ "kustomization.yaml": "resources: [web.yaml]\n", "rendered.out": CLEAN });
    const r = generate(app, cmpEnv());
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.equals(CLEAN)).toBe(true);
  });

  it("kustomize source: a finding fails generation, named on stderr with file, line, column and rule; stdout stays empty", () => {
    const app = tree({ "kustomization.yaml": "resources: [pod.yaml]\n", "rendered.out": BAD });
    const r = generate(app, cmpEnv());
    expect(r.status).toBe(1);
    expect(r.stdout.length).toBe(0);
    expect(r.stderr).toMatch(/^<generated>:6:42 annotation-json .+\[error, Pod web\]$/m);
    expect(r.stderr).toContain("calico-ipam-lint gate: 1 error and 0 warnings in the manifests; no manifests written");
  });

  it("a failing generator fails the gate with the generator's own error shown; stdout stays empty", () => {
    const app = tree({ "kustomization.yaml": "resources: [missing.yaml]\n", BROKEN: "", "rendered.out": CLEAN });
    const r = generate(app, cmpEnv());
    expect(r.status).toBe(2);
    expect(r.stdout.length).toBe(0);
    expect(r.stderr).toContain("Error: accumulating resources: accumulation err=");
    expect(r.stderr).toContain("calico-ipam-lint gate: `kustomize build .` failed (exit status 1); no manifests written");
  });

  it("objects without a namespace take ARGOCD_APP_NAMESPACE, and findings name the Helm template they came from", () => {
    const app = tree({ "kustomization.yaml": "", "rendered.out": NAMESPACED });
    const elsewhere = generate(app, cmpEnv({ ARGOCD_APP_NAMESPACE: "web" }));
    expect(elsewhere.status).toBe(0);
    expect(elsewhere.stdout.equals(NAMESPACED)).toBe(true);
    const inShop = generate(app, cmpEnv({ ARGOCD_APP_NAMESPACE: "shop" }));
    expect(inShop.status).toBe(1);
    expect(inShop.stdout.length).toBe(0);
    expect(inShop.stderr).toMatch(/^<generated>:\d+:\d+ pool-exhausted Deployment shop\/web draws 10 IPv4 addresses from pool tiny .*\[error, Deployment web, from shop\/templates\/web\.yaml\]$/m);
  });

  it("helm source: renders with the app's name, namespace and HELM_VALUES from the Application's plugin env", () => {
    const app = tree({ "Chart.yaml": "apiVersion: v2\nname: shop\nversion: 1.0.0\n", "rendered.out": CLEAN });
    const r = generate(app, cmpEnv({ ARGOCD_ENV_HELM_VALUES: "values.yaml values-prod.yaml" }));
    expect(r.status).toBe(0);
    const expected = Buffer.concat([Buffer.from("# helm template shop . --namespace shop --include-crds --values=values.yaml --values=values-prod.yaml\n"), CLEAN]);
    expect(r.stdout.equals(expected)).toBe(true);
  });

  it("LINT_ARGS reach the gate: --max-warnings 0 fails on a warning", () => {
    const warn = Buffer.from(
      "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: big\nspec:\n  cidr: 10.0.0.0/16\n---\n" +
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.0.0.5\"]'\nspec:\n  containers: []\n",
    );
    const app = tree({ "kustomization.yaml": "", "rendered.out": warn });
    const lenient = generate(app, cmpEnv());
    expect(lenient.status).toBe(0);
    expect(lenient.stdout.equals(warn)).toBe(true);
    expect(lenient.stderr).toMatch(/static-ip-auto-pool .*\[warning, Pod p\]/);
    const strict = generate(app, cmpEnv({ ARGOCD_ENV_LINT_ARGS: "--max-warnings 0" }));
    expect(strict.status).toBe(1);
    expect(strict.stdout.length).toBe(0);
  });

  it("LINT_ARGS can hold options only: a setting that would make the gate run a program is refused", () => {
    const app = tree({ "kustomization.yaml": "resources: [web.yaml]\n", "rendered.out": CLEAN });
    const marker = join(app, "ran");
    for (const args of [`--quiet touch ${marker}`, `-- touch ${marker}`, `--max-warnings 0 - touch ${marker}`, "--help", `--extra-options=-- touch ${marker}`]) {
      const r = generate(app, cmpEnv({ ARGOCD_ENV_LINT_ARGS: args }));
      expect(r.status, args).toBe(2);
      expect(r.stdout.length, args).toBe(0);
      expect(r.stderr, args).toMatch(/^calico-ipam-lint: --extra-options ".*" must hold options and their values only/);
    }
    // A value that looks like a helm flag stays a values file.
    const helm = generate(tree({ "Chart.yaml": "name: shop\n", "rendered.out": CLEAN }), cmpEnv({ ARGOCD_ENV_HELM_VALUES: "--post-renderer=./x" }));
    expect(helm.stdout.toString()).toMatch(/^# helm template shop \. --namespace shop --include-crds --values=--post-renderer=\.\/x\n/);
    expect(existsSync(marker)).toBe(false);
  });

  it("reads the repository's .calico-ipam-lint.yaml (found upward from the app directory) as the CLI does", () => {
    const warn = Buffer.from(
      "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: big\nspec:\n  cidr: 10.0.0.0/16\n---\n" +
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.0.0.5\"]'\nspec:\n  containers: []\n",
    );
    const repo = tree({ ".calico-ipam-lint.yaml": "rules:\n  static-ip-auto-pool: error\n", "apps/shop/kustomization.yaml": "", "apps/shop/rendered.out": warn });
    const r = generate(join(repo, "apps/shop"), cmpEnv());
    expect(r.status).toBe(1);
    expect(r.stdout.length).toBe(0);
    expect(r.stderr).toMatch(/static-ip-auto-pool .*\[error, Pod p\]/);
  });

  it("plain directory: the top-level manifests, each file as it is, `---` between files, other YAML left out", () => {
    const app = tree({
      "b-service.yml": "\uFEFFapiVersion: v1\r\nkind: Service\r\nmetadata:\r\n  name: web\r\n",
      "a-deploy.yaml": "# the web app\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b",
      "c.json": '{"apiVersion":"v1","kind":"Secret","metadata":{"name":"c"}}',
      "nested/d.yaml": BAD,
      "values.yaml": "replicaCount: 3\n",
      "README.md": "# not yaml\n",
    });
    const r = generate(app, cmpEnv());
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    // nested/ is not read (Argo CD: directory.recurse is false by default), so its bad pod neither fails nor is applied.
    expect(r.stdout.toString("utf8")).toBe(
      "# the web app\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n" +
        "---\n" +
        "apiVersion: v1\r\nkind: Service\r\nmetadata:\r\n  name: web\r\n" +
        "---\n" +
        '{"apiVersion":"v1","kind":"Secret","metadata":{"name":"c"}}\n',
    );
  });

  // argoproj/argo-cd reposerver/repository/repository.go getPotentiallyValidManifests: filepath.Walk
  // with SkipDir unless recurse; exclude then include matched with util/glob (gobwas/glob, no
  // separators, so `*` crosses `/`) against the path relative to the source directory.
  const cm = (name: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;
  const names = (r: Run): string[] => [...r.stdout.toString("utf8").matchAll(/"?name"?: ?"?([\w-]+)/g)].map((m) => m[1] ?? "");
  const layout = (): string =>
    tree({
      "a.yaml": cm("a"),
      "b/c.yaml": cm("b-c"),
      "b/deeper/d.yml": cm("b-deeper-d"),
      "c.yaml": cm("c"),
      "old/e.yaml": cm("old-e"),
      "config.json": '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"config"}}',
      "skipped.yaml": `# +argocd:skip-file-rendering\n${cm("skipped")}`,
      ".git/x.yaml": cm("git"),
    });

  it("plain directory: DIRECTORY_RECURSE reads subdirectories in Argo CD's walk order; the skip marker is honoured", () => {
    const r = generate(layout(), cmpEnv({ ARGOCD_ENV_DIRECTORY_RECURSE: "true" }));
    expect(r.stderr).toBe("");
    expect(names(r)).toEqual(["a", "b-c", "b-deeper-d", "c", "config", "old-e"]);
    expect(names(generate(layout(), cmpEnv()))).toEqual(["a", "c", "config"]);
    const bad = generate(layout(), cmpEnv({ ARGOCD_ENV_DIRECTORY_RECURSE: "yes" }));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('DIRECTORY_RECURSE must be true or false, not "yes"');
  });

  it("plain directory: DIRECTORY_INCLUDE and DIRECTORY_EXCLUDE are Argo CD's globs (`*` crosses `/`, {a,b} alternatives)", () => {
    const run = (env: Record<string, string>): string[] => {
      const r = generate(layout(), cmpEnv({ ARGOCD_ENV_DIRECTORY_RECURSE: "true", ...env }));
      expect(r.status, r.stderr).toBe(0);
      return names(r);
    };
    expect(run({ ARGOCD_ENV_DIRECTORY_INCLUDE: "*.yaml" })).toEqual(["a", "b-c", "c", "old-e"]);
    expect(run({ ARGOCD_ENV_DIRECTORY_INCLUDE: "{*.yml,*.yaml}" })).toEqual(["a", "b-c", "b-deeper-d", "c", "old-e"]);
    expect(run({ ARGOCD_ENV_DIRECTORY_EXCLUDE: "{config.json,old/*}" })).toEqual(["a", "b-c", "b-deeper-d", "c"]);
    expect(run({ ARGOCD_ENV_DIRECTORY_INCLUDE: "b/*", ARGOCD_ENV_DIRECTORY_EXCLUDE: "*deeper*" })).toEqual(["b-c"]);
    expect(run({ ARGOCD_ENV_DIRECTORY_INCLUDE: "?.yaml" })).toEqual(["a", "c"]);
    expect(run({ ARGOCD_ENV_DIRECTORY_INCLUDE: "[!a].yaml" })).toEqual(["c"]);
    // A glob with a space stays one argument.
    const spaced = tree({ "my app.yaml": cm("spaced"), "other.yaml": cm("other") });
    const r = generate(spaced, cmpEnv({ ARGOCD_ENV_DIRECTORY_INCLUDE: "my app.yaml" }));
    expect(names(r)).toEqual(["spaced"]);
  });

  it("plain directory: a pattern that cannot be read, and Jsonnet the gate cannot render, fail generation", () => {
    const broken = generate(layout(), cmpEnv({ ARGOCD_ENV_DIRECTORY_INCLUDE: "{a.yaml" }));
    expect(broken.status).toBe(2);
    expect(broken.stdout.length).toBe(0);
    expect(broken.stderr).toContain('--include: "{a.yaml": a { without its }');
    const jsonnet = tree({ "a.yaml": cm("a"), "lib/app.jsonnet": "{}" });
    const j = generate(jsonnet, cmpEnv({ ARGOCD_ENV_DIRECTORY_RECURSE: "true" }));
    expect(j.status).toBe(2);
    expect(j.stdout.length).toBe(0);
    expect(j.stderr).toContain("lib/app.jsonnet: Argo CD would evaluate Jsonnet here, which the gate does not");
    expect(generate(jsonnet, cmpEnv({ ARGOCD_ENV_DIRECTORY_RECURSE: "true", ARGOCD_ENV_DIRECTORY_EXCLUDE: "*.jsonnet" })).status).toBe(0);
  });

  it("--recurse, --include and --exclude go with the directory only", () => {
    const r = gate(layout(), ["--recurse", "-"], cmpEnv(), Buffer.from(cm("x")));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--recurse, --include and --exclude choose the files of a directory");
  });

  it("plain directory: an empty result fails rather than letting Argo CD prune the application", () => {
    const app = tree({ "values.yaml": "replicaCount: 3\n" });
    const r = generate(app, cmpEnv());
    expect(r.status).toBe(2);
    expect(r.stdout.length).toBe(0);
    expect(r.stderr).toContain("no Kubernetes objects to apply");
    expect(gate(app, ["--allow-empty"], cmpEnv()).status).toBe(0);
  });

  it("an unknown GENERATOR is refused", () => {
    const app = tree({ "a.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n" });
    const r = generate(app, cmpEnv({ ARGOCD_ENV_GENERATOR: "jsonnet" }));
    expect(r.status).toBe(2);
    expect(r.stdout.length).toBe(0);
    expect(r.stderr).toContain('GENERATOR must be kustomize, helm or directory, not "jsonnet"');
  });
});

describe("gate as a Helm post-renderer (manifests on standard input)", () => {
  it("passes standard input through byte for byte, or fails with nothing on stdout", () => {
    const cwd = tree({});
    const ok = gate(cwd, ["-"], cmpEnv(), CLEAN);
    expect(ok.status).toBe(0);
    expect(ok.stdout.equals(CLEAN)).toBe(true);
    const bad = gate(cwd, ["--stdin-filename", "helm-output.yaml", "-"], cmpEnv(), BAD);
    expect(bad.status).toBe(1);
    expect(bad.stdout.length).toBe(0);
    expect(bad.stderr).toMatch(/^helm-output\.yaml:6:42 annotation-json /m);
    const binary = gate(cwd, ["-"], cmpEnv(), Buffer.from([0x61, 0x3a, 0x20, 0xff, 0x0a]));
    expect(binary.status).toBe(2);
    expect(binary.stdout.length).toBe(0);
    expect(binary.stderr).toMatch(/calico-ipam-lint gate: <stdin>: .*UTF-8.*; no manifests written/);
  });

  it("writes reports to files only: a --format without --output-file is refused", () => {
    const cwd = tree({});
    const r = gate(cwd, ["-f", "json", "-"], cmpEnv(), CLEAN);
    expect(r.status).toBe(2);
    expect(r.stdout.length).toBe(0);
    const withFile = gate(cwd, ["-f", "sarif", "-o", "gate.sarif", "-"], cmpEnv(), BAD);
    expect(withFile.status).toBe(1);
    expect(JSON.parse(readFileSync(join(cwd, "gate.sarif"), "utf8")).runs[0].results[0].ruleId).toBe("annotation-json");
  });
});

/**
 * The sidecar as argocd/repo-server-patch.yaml runs it: as user 999, with a read-only root
 * filesystem and an emptyDir on /tmp. There is no container engine here, so the same conditions
 * are made with a private mount namespace: every mount remounted read-only, a fresh tmpfs for the
 * scratch directory (HOME and TMPDIR point there, as the image's ENV points them under /tmp), then
 * the plugin's generate command run as 999:999. That needs root and unshare(1).
 */
const SANDBOX = noMountNamespace();
if (SANDBOX) console.warn(`argocd: the read-only sidecar case is skipped: ${SANDBOX}`);

describe("argocd sidecar security", () => {
  const patch = parse(readFileSync(join(ROOT, "argocd/repo-server-patch.yaml"), "utf8")) as {
    spec: { template: { spec: { containers: { name: string; securityContext: Record<string, unknown>; volumeMounts: { name: string; mountPath: string }[] }[]; volumes: { name: string; emptyDir?: unknown }[] } } };
  };
  const pod = patch.spec.template.spec;
  const sidecar = pod.containers.find((c) => c.name === "calico-ipam-lint");
  const dockerfile = readFileSync(join(ROOT, "argocd/Dockerfile"), "utf8");

  it("the patch runs the sidecar as non-root, read-only, without privileges, with /tmp an emptyDir", () => {
    expect(sidecar?.securityContext).toMatchObject({
      runAsNonRoot: true,
      runAsUser: 999,
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ["ALL"] },
    });
    const tmp = sidecar?.volumeMounts.find((m) => m.mountPath === "/tmp");
    expect(pod.volumes.find((v) => v.name === tmp?.name)?.emptyDir).toEqual({});
  });

  it("the image's user is that non-root user, and everything that wants a writable home is sent to /tmp", () => {
    const users = [...dockerfile.matchAll(/^USER\s+(\S+)/gm)].map((m) => m[1]);
    expect(users.at(-1)).toBe("999:999");
    for (const v of ["HOME=/tmp", "XDG_CACHE_HOME=/tmp/", "XDG_CONFIG_HOME=/tmp/", "XDG_DATA_HOME=/tmp/"]) expect(dockerfile).toContain(v);
  });

  it.skipIf(SANDBOX !== "")("the generate command works as user 999 with every filesystem read-only but the scratch tmpfs", () => {
    const root = mkdtempSync(join(tmpdir(), "cil-argocd-ro-"));
    const app = join(root, "app");
    const scratch = join(root, "scratch");
    mkdirSync(app);
    mkdirSync(scratch);
    writeFileSync(join(app, "kustomization.yaml"), "resources: [web.yaml]\n");
    writeFileSync(join(app, "rendered.out"), CLEAN);
    for (const d of [root, app, scratch, bin]) chmodSync(d, 0o755);
    const wrapper = join(root, "sidecar.sh");
    writeFileSync(
      wrapper,
      `set -e
for m in $(awk '{print $2}' /proc/self/mounts | sort -u); do mount -o remount,bind,ro "$m" 2>/dev/null || true; done
mount -t tmpfs -o mode=1777 tmpfs "${scratch}"
# The conditions hold: the source directory cannot be written, the scratch directory can.
if touch "${app}/probe" 2>/dev/null; then echo "sidecar.sh: the source directory is writable" >&2; exit 90; fi
exec setpriv --reuid 999 --regid 999 --clear-groups -- "$@"
`,
    );
    const [cmd, ...args] = [...plugin.spec.generate.command, ...plugin.spec.generate.args] as [string, ...string[]];
    const env = { ...cmpEnv(), HOME: scratch, TMPDIR: scratch, XDG_CACHE_HOME: `${scratch}/.cache` };
    // `sh -c <script>`, the script first checking that it runs as 999.
    expect([cmd, args[0], args.length]).toEqual(["sh", "-c", 2]);
    const r = spawnSync("unshare", ["-m", "--propagation", "private", "--", "sh", wrapper, cmd, "-c", `[ "$(id -u)" = 999 ] || exit 91\n${args[1] ?? ""}`], {
      cwd: app,
      env,
      timeout: 60_000,
    });
    expect({ status: r.status, stderr: r.stderr.toString() }).toEqual({ status: 0, stderr: "" });
    expect(r.stdout.equals(CLEAN)).toBe(true);
    // The same run with a finding: it fails, reports, and writes nothing (it could not anyway).
    writeFileSync(join(app, "rendered.out"), BAD);
    const bad = spawnSync("unshare", ["-m", "--propagation", "private", "--", "sh", wrapper, cmd, ...args], { cwd: app, env, timeout: 60_000 });
    expect(bad.status).toBe(1);
    expect(bad.stdout.length).toBe(0);
    expect(bad.stderr.toString()).toMatch(/annotation-json/);
    // A report file asked for where nothing can be written: a plain error, exit 2, no manifests.
    const report = spawnSync("unshare", ["-m", "--propagation", "private", "--", "sh", wrapper, cmd, ...args], {
      cwd: app,
      env: { ...env, ARGOCD_ENV_LINT_ARGS: "-f sarif -o report.sarif" },
      timeout: 60_000,
    });
    expect(report.status).toBe(2);
    expect(report.stdout.length).toBe(0);
    expect(report.stderr.toString()).toMatch(/^<generated>:6:42 annotation-json /);
    expect(report.stderr.toString().endsWith(`calico-ipam-lint: cannot write ${join(app, "report.sarif")}: read-only file system\n`)).toBe(true);
  });
});
