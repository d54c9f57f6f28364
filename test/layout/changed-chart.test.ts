import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { cli, tempTree } from "../cli/helpers.js";
import { committed, counted, git, lintJson, shown, toolsEnv, TOOLS_PATH, withTools } from "./helpers.js";

/**
 * A run over the changes compares what changed with the revision (engine/impact.ts). A chart's
 * files are not manifests as written: when one of them changes (its values.yaml, a template, a
 * values file an Application names) and the chart renders IP pools, the chart is rendered again as
 * it was at the revision (node/impact.ts `followRenders`) and the two renders are compared, so that
 * a moved pool's effect on untouched files is reported where the value was written.
 */

const POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.10.0.5\"]'\nspec:\n  containers: [{ name: web, image: nginx }]\n";
const POOL_TEMPLATE = "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: main\nspec:\n  cidr: {{ .Values.pool.cidr }}\n";
const CHART = {
  "charts/net/Chart.yaml": "apiVersion: v2\nname: net\nversion: 0.1.0\n",
  "charts/net/values.yaml": "pool:\n  cidr: 10.10.0.0/16\n",
  "charts/net/templates/pool.yaml": POOL_TEMPLATE,
  "charts/cm/Chart.yaml": "apiVersion: v2\nname: cm\nversion: 0.1.0\n",
  "charts/cm/values.yaml": "greeting: hello\n",
  "charts/cm/templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  greeting: {{ .Values.greeting }}\n",
  "apps/web.yaml": POD,
};

const env = toolsEnv;
const CAUSED = /^This change causes a new finding in `apps\/web\.yaml` at 6:39: 10\.10\.0\.5 lies in no enabled IPv4 pool: .*Pick an address inside main \(10\.20\.0\.0\/16\)/;

withTools("a run over the changes, with a chart's files changed", () => {
  it("follows a pool that values.yaml moves into the files it did not touch, reported at the value", async () => {
    const root = committed(CHART);
    // Nothing changed, or a chart without pools changed: nothing caused, nothing said.
    expect(await lintJson(root, [".", "--changed-since", "HEAD"], env())).toMatchObject({ code: 0, findings: [] });
    writeFileSync(join(root, "charts/cm/values.yaml"), "greeting: bye\n");
    const cm = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    expect(cm).toMatchObject({ code: 0, findings: [] });
    expect(cm.stderr).not.toMatch(/not followed/);
    // The pool moved: the whole repository fails at the pod.
    writeFileSync(join(root, "charts/net/values.yaml"), "pool:\n  cidr: 10.20.0.0/16\n");
    const whole = await lintJson(root, ["."], env());
    expect(shown(whole.findings)).toEqual(["apps/web.yaml:6:39 ip-outside-pool"]);
    // --changed-since: at the CIDR in values.yaml, naming the pod; the pod's file is not reported.
    const changed = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    expect(changed.code).toBe(1);
    expect(shown(changed.findings)).toEqual(["charts/net/values.yaml:2:9 ip-outside-pool"]);
    expect(changed.findings[0]?.message).toMatch(CAUSED);
    expect(changed.stderr).not.toMatch(/not followed/);
    // The pre-commit hook, given the values file: the same.
    const hook = await lintJson(root, ["--context", ".", "--impact-since", "HEAD", "--no-default-path", "charts/net/values.yaml"], env());
    expect(hook.code).toBe(1);
    expect(shown(hook.findings)).toEqual(["charts/net/values.yaml:2:9 ip-outside-pool"]);
    // The hook given only the pod file: the chart's change is not among the changes it judges (the pod's own finding is).
    const other = await lintJson(root, ["--context", ".", "--impact-since", "HEAD", "--no-default-path", "apps/web.yaml"], env());
    expect(shown(other.findings)).toEqual(["apps/web.yaml:6:39 ip-outside-pool"]);
    expect(other.findings[0]?.message).not.toMatch(/This change causes/);
    // Moved back: nothing caused. The chart's copy at the revision is removed.
    writeFileSync(join(root, "charts/net/values.yaml"), "pool:\n  cidr: 10.10.0.0/16\n");
    expect(await lintJson(root, [".", "--changed-since", "HEAD"], env())).toMatchObject({ code: 0, findings: [] });
    expect(readdirSync(process.env["TMPDIR"] ?? "/tmp").filter((n) => n.startsWith("cil-revision-"))).toEqual([]);
  });

  it("follows a template's edit, and a values file outside the chart that an Application names", async () => {
    const root = committed({
      ...CHART,
      "envs/prod/net.yaml": "pool:\n  cidr: 10.10.0.0/16\n",
      "argo/net.yaml":
        "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: net\n  namespace: argocd\nspec:\n  project: default\n  source:\n    repoURL: https://example.com/repo.git\n    path: charts/net\n    helm:\n      valueFiles: [../../envs/prod/net.yaml]\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: kube-system\n",
      "charts/net/values.yaml": "pool:\n  cidr: 10.99.0.0/16\n",
    });
    writeFileSync(join(root, "envs/prod/net.yaml"), "pool:\n  cidr: 10.20.0.0/16\n");
    const values = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    expect(shown(values.findings)).toEqual(["envs/prod/net.yaml:2:9 ip-outside-pool"]);
    expect(values.findings[0]?.message).toMatch(CAUSED);
    git(root, "checkout", "-q", ".");
    writeFileSync(join(root, "charts/net/templates/pool.yaml"), POOL_TEMPLATE.replace("{{ .Values.pool.cidr }}", "10.20.0.0/16"));
    const template = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    expect(shown(template.findings)).toEqual(["charts/net/templates/pool.yaml:6:9 ip-outside-pool"]);
    expect(template.findings[0]?.message).toMatch(CAUSED);
    // The Application itself changed (here its values files): the chart is rendered as the
    // Application deployed it then (the layout read with its text at the revision), and what the
    // new values file does is reported where it writes the pool.
    git(root, "checkout", "-q", ".");
    writeFileSync(join(root, "envs/prod/other.yaml"), "pool:\n  cidr: 10.20.0.0/16\n");
    writeFileSync(join(root, "argo/net.yaml"), readFileSync(join(root, "argo/net.yaml"), "utf8").replace("net.yaml]", "net.yaml, ../../envs/prod/other.yaml]"));
    const app = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    expect(shown(app.findings)).toEqual(["envs/prod/other.yaml:2:9 ip-outside-pool"]);
    expect(app.findings[0]?.message).toMatch(CAUSED);
    expect(app.stderr).not.toMatch(/not followed/);
  });

  it("follows an Application's inline values as they were; a HelmRelease's values from a ConfigMap too", async () => {
    const app = (cidr: string): string =>
      `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: net\n  namespace: argocd\nspec:\n  project: default\n  source:\n    repoURL: https://example.com/repo.git\n    path: charts/net\n    helm:\n      valuesObject:\n        pool:\n          cidr: ${cidr}\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: kube-system\n`;
    const root = committed({ ...CHART, "argo/net.yaml": app("10.10.0.0/16") });
    writeFileSync(join(root, "argo/net.yaml"), app("10.20.0.0/16"));
    expect(shown((await lintJson(root, ["."], env())).findings)).toEqual(["apps/web.yaml:6:39 ip-outside-pool"]);
    // It was said and not followed: now at the value in the Application.
    const changed = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    expect(shown(changed.findings)).toEqual(["argo/net.yaml:14:17 ip-outside-pool"]);
    expect(changed.findings[0]?.message).toMatch(CAUSED);
    expect(changed.stderr).not.toMatch(/not followed/);

    const release = `apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: net\n  namespace: flux-system\nspec:\n  interval: 10m\n  chart:\n    spec:\n      chart: ./charts/net\n      sourceRef:\n        kind: GitRepository\n        name: flux-system\n  valuesFrom:\n  - kind: ConfigMap\n    name: net-values\n`;
    const values = (cidr: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: net-values\n  namespace: flux-system\ndata:\n  values.yaml: |\n    pool:\n      cidr: ${cidr}\n`;
    const flux = committed({ ...CHART, "clusters/prod/net.yaml": release, "clusters/prod/values.yaml": values("10.10.0.0/16") });
    writeFileSync(join(flux, "clusters/prod/values.yaml"), values("10.20.0.0/16"));
    expect(shown((await lintJson(flux, ["."], env())).findings)).toEqual(["apps/web.yaml:6:39 ip-outside-pool"]);
    const moved = await lintJson(flux, [".", "--changed-since", "HEAD"], env());
    expect(shown(moved.findings)).toEqual(["clusters/prod/values.yaml:9:13 ip-outside-pool"]);
    expect(moved.findings[0]?.message).toMatch(CAUSED);
  });

  it("a chart not there at the revision: all it renders is new; one that did not render there is said, not followed", async () => {
    const root = committed({ "apps/web.yaml": POD, "charts/net/Chart.yaml": "apiVersion: v2\nname: net\nversion: 0.1.0\n", "charts/net/templates/pool.yaml": POOL_TEMPLATE.replace("{{ .Values.pool.cidr }}", '{{ required "pool.cidr" .Values.pool.cidr }}') });
    // The chart failed at the revision (no values): its change is said, as before.
    writeFileSync(join(root, "charts/net/values.yaml"), "pool:\n  cidr: 10.20.0.0/16\n");
    const broken = await cli([".", "--changed-since", "HEAD"], { cwd: root, env: env() });
    expect(broken.stderr).toMatch(/charts\/net\/values\.yaml changed what the chart charts\/net renders, which holds IPPool main: what that does to files the change did not touch is not followed here \(the chart as it was at HEAD did not render: Error: net\/templates\/pool\.yaml:6:39 executing .*\); lint the whole repository to see it$/m);
    // A chart added since the revision: its pool is new, and what it does to the pod is reported at the pool's name.
    rmSync(join(root, "charts"), { recursive: true });
    mkdirSync(join(root, "charts2/net/templates"), { recursive: true });
    writeFileSync(join(root, "charts2/net/Chart.yaml"), "apiVersion: v2\nname: net\nversion: 0.1.0\n");
    writeFileSync(join(root, "charts2/net/values.yaml"), "pool:\n  cidr: 10.20.0.0/16\n");
    writeFileSync(join(root, "charts2/net/templates/pool.yaml"), POOL_TEMPLATE);
    const added = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    expect(added.stderr).not.toMatch(/not followed/);
    expect(shown(added.findings.filter((f) => f.message.startsWith("This change causes")))).toEqual(["charts2/net/templates/pool.yaml:4:9 ip-outside-pool"]);
  });
  it("a pod the same chart renders: what the values change does to it is caused; lines the change moves are not", async () => {
    // The chart is the repository (its folder is git's top); its one template renders the pool and the pod.
    // The pool's and the pod's labels come from the values: more of them change the pool (a change
    // to compare) and move the pod's annotation down the rendered output.
    const labelled = (t: string, at: string): string => t.replace(at, `  labels:\n{{ toYaml .Values.labels | indent 4 }}\n${at}`);
    const template = `${labelled(POOL_TEMPLATE, "spec:")}---\n${labelled(POD, "  annotations:")}`;
    // In a folder named as a release may be (helm takes the folder's name when no deploy names one).
    const root = join(tempTree({ "net/Chart.yaml": "apiVersion: v2\nname: net\nversion: 0.1.0\n", "net/values.yaml": "labels: {}\npool:\n  cidr: 10.10.0.0/16\n", "net/templates/all.yaml": template }), "net");
    git(root, "init", "-q");
    git(root, "add", "-A");
    git(root, "commit", "-q", "-m", "base");
    const before = await lintJson(root, ["."], env());
    expect(shown(before.findings)).toEqual(["templates/all.yaml:17:39 static-ip-auto-pool"]);
    // Labels added: the rendered lines move, the pod's warning was there before: nothing caused.
    writeFileSync(join(root, "values.yaml"), "labels:\n  a: b\n  c: d\npool:\n  cidr: 10.10.0.0/16\n");
    expect(await lintJson(root, [".", "--changed-since", "HEAD"], env())).toMatchObject({ code: 0, findings: [] });
    // The pool moved: the pod's new error, at the CIDR, naming the template's line.
    writeFileSync(join(root, "values.yaml"), "labels: {}\npool:\n  cidr: 10.20.0.0/16\n");
    const moved = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    expect(shown(moved.findings)).toEqual(["values.yaml:3:9 ip-outside-pool"]);
    expect(moved.findings[0]?.message).toMatch(/^This change causes a new finding in `templates\/all\.yaml` at 17:39: 10\.10\.0\.5 lies in no enabled IPv4 pool/);
  });
  it("a chart in a submodule: its files are not this repository's, so a values file's change is said, not followed as a new chart", async () => {
    const sub = committed({ "Chart.yaml": "apiVersion: v2\nname: net\nversion: 0.1.0\n", "values.yaml": "pool:\n  cidr: 10.10.0.0/16\n", "templates/pool.yaml": POOL_TEMPLATE });
    const root = tempTree({
      "apps/web.yaml": POD,
      "envs/net.yaml": "pool:\n  cidr: 10.10.0.0/16\n",
      "argo/net.yaml":
        "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: net\n  namespace: argocd\nspec:\n  project: default\n  source:\n    repoURL: https://example.com/repo.git\n    path: charts/net\n    helm:\n      valueFiles: [../../envs/net.yaml]\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: kube-system\n",
    });
    git(root, "init", "-q");
    git(root, "-c", "protocol.file.allow=always", "submodule", "add", "-q", sub, "charts/net");
    git(root, "add", "-A");
    git(root, "commit", "-q", "-m", "base");
    // A narrower pool: the pod's address still in it, so nothing new, whatever is compared.
    writeFileSync(join(root, "envs/net.yaml"), "pool:\n  cidr: 10.10.0.0/24\n");
    const r = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    expect(r.findings).toEqual([]);
    expect(r.stderr).toMatch(/envs\/net\.yaml changed what the chart charts\/net renders, which holds IPPool main: .* not followed here \(git holds charts\/net at HEAD as a submodule, not as the chart's files\)/);
  });
  it("a pool the chart no longer renders: what that causes, at the first line edited in the values", async () => {
    const root = committed({
      ...CHART,
      "charts/net/values.yaml": "pool:\n  enabled: true\n  cidr: 10.10.0.0/16\n",
      "charts/net/templates/pool.yaml": `{{- if .Values.pool.enabled }}\n${POOL_TEMPLATE}{{- end }}\n`,
      // Another pool, so that pools stay in view when the chart's is gone.
      "cluster/pools.yaml": "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: other\nspec:\n  cidr: 10.50.0.0/16\n",
    });
    writeFileSync(join(root, "charts/net/values.yaml"), "pool:\n  enabled: false\n  cidr: 10.10.0.0/16\n");
    const r = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    expect(shown(r.findings)).toEqual(["charts/net/values.yaml:2:1 ip-outside-pool"]);
    expect(r.findings[0]?.message).toMatch(/^This change causes a new finding in `apps\/web\.yaml` at 6:39: 10\.10\.0\.5 lies in no enabled IPv4 pool/);
  });
  it("two Flux clusters each with a HelmRelease of one name: each cluster's render its own, in the full run and the run over the changes", async () => {
    const sync = (c: string): string =>
      `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: apps, namespace: flux-system}\nspec:\n  path: ./apps/${c}\n  sourceRef: {kind: GitRepository, name: flux-system}\n---\napiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata: {name: net, namespace: kube-system}\nspec:\n  chart: {spec: {chart: ./charts/net, sourceRef: {kind: GitRepository, name: flux-system}, valuesFiles: [charts/net/values-${c}.yaml]}}\n`;
    const pod = (ip: string): string => POD.replace("10.10.0.5", ip);
    const root = committed({
      "clusters/lab/sync.yaml": sync("lab"),
      "clusters/prod/sync.yaml": sync("prod"),
      "charts/net/Chart.yaml": "apiVersion: v2\nname: net\nversion: 0.1.0\n",
      "charts/net/values.yaml": "pool:\n  cidr: 10.0.0.0/8\n",
      "charts/net/values-lab.yaml": "pool:\n  cidr: 10.10.0.0/16\n",
      "charts/net/values-prod.yaml": "pool:\n  cidr: 10.20.0.0/16\n",
      "charts/net/templates/pool.yaml": POOL_TEMPLATE,
      "apps/lab/web.yaml": pod("10.10.0.5"),
      "apps/prod/web.yaml": pod("10.20.0.5"),
      "apps/lab/pool.yaml": "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: lab-extra\nspec:\n  cidr: 10.10.5.0/24\n",
    });
    // Lab's pool main overlaps lab-extra: placed in lab's values file, not prod's (the two renders shared a name).
    const whole = await lintJson(root, ["."], env());
    expect(whole.findings.filter((f) => f.ruleId === "pool-overlap").map((f) => `${f.file}:${f.line}:${f.column}`).sort()).toEqual(["apps/lab/pool.yaml:6:9", "charts/net/values-lab.yaml:2:9"]);
    // Prod's pool moved: what it causes in prod only.
    writeFileSync(join(root, "charts/net/values-prod.yaml"), "pool:\n  cidr: 10.30.0.0/16\n");
    const moved = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    expect(moved.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${/in `([^`]+)`/.exec(f.message)?.[1] ?? ""}`)).toEqual(["charts/net/values-prod.yaml:2:9 ip-outside-pool apps/prod/web.yaml"]);
  });

  it("a chart with no pool: a values change that moves its pod to another namespace is followed too", async () => {
    const root = committed({
      "cluster/pools.yaml":
        "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: pool-a\nspec:\n  cidr: 10.1.0.0/16\n---\napiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: pool-b\nspec:\n  cidr: 10.2.0.0/16\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-b\n  annotations:\n    cni.projectcalico.org/ipv4pools: '[\"pool-b\"]'\n",
      "charts/web/Chart.yaml": "apiVersion: v2\nname: web\nversion: 0.1.0\n",
      "charts/web/values.yaml": "team: team-a\n",
      "charts/web/templates/pod.yaml":
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: {{ .Values.team }}\n  annotations:\n    cni.projectcalico.org/ipv4pools: '[\"pool-a\"]'\nspec:\n  containers: [{ name: web, image: nginx }]\n",
    });
    writeFileSync(join(root, "charts/web/values.yaml"), "team: team-b\n");
    expect(shown((await lintJson(root, ["."], env())).findings)).toEqual(["charts/web/templates/pod.yaml:7:41 pod-namespace-conflict"]);
    // It passed in silence (the chart renders no pool): now at the value the change edited.
    const changed = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    expect(shown(changed.findings)).toEqual(["charts/web/values.yaml:1:1 pod-namespace-conflict"]);
    expect(changed.findings[0]?.message).toMatch(/^This change causes a new finding in `charts\/web\/templates\/pod\.yaml` at 7:41: pool-a \(10\.1\.0\.0\/16\) is not one of the pools of namespace team-b/);
  });

  it("a values file whose data did not change (a comment, a key's quoting) is not rendered again; one whose data did is", async () => {
    const root = committed(CHART);
    const helm = counted("helm");
    const runs = async (): Promise<number> => {
      helm.reset();
      await lintJson(root, [".", "--changed-since", "HEAD"], helm.env);
      return helm.runs("template");
    };
    // The run's own renders: both charts.
    expect(await runs()).toBe(2);
    writeFileSync(join(root, "charts/net/values.yaml"), "# the cluster's pool\npool:\n  cidr: '10.10.0.0/16'\n");
    expect(await runs()).toBe(2);
    writeFileSync(join(root, "charts/net/values.yaml"), "pool:\n  cidr: 10.10.0.0/17\n");
    expect(await runs()).toBe(3);
  });

  it("with --cache, the chart as it was comes from the cache when that content was rendered before (as the hook's run before the edit did)", async () => {
    const root = committed(CHART);
    const helm = counted("helm");
    const run = (): Promise<Awaited<ReturnType<typeof lintJson>>> => lintJson(root, [".", "--changed-since", "HEAD", "--cache", ".git/calico-ipam-lint-cache"], helm.env);
    // Before the edit: both charts rendered, and kept.
    expect(await run()).toMatchObject({ code: 0, findings: [] });
    expect(helm.runs("template")).toBe(2);
    // The pool moved: the chart renders as it is; as it was (the same files as before the edit), from the cache.
    helm.reset();
    writeFileSync(join(root, "charts/net/values.yaml"), "pool:\n  cidr: 10.20.0.0/16\n");
    const changed = await run();
    expect(helm.runs("template")).toBe(1);
    expect(shown(changed.findings)).toEqual(["charts/net/values.yaml:2:9 ip-outside-pool"]);
    expect(changed.findings[0]?.message).toMatch(CAUSED);
    // Without the cache, each is rendered: both charts, and the edited one as it was.
    helm.reset();
    expect(shown((await lintJson(root, [".", "--changed-since", "HEAD"], helm.env)).findings)).toEqual(["charts/net/values.yaml:2:9 ip-outside-pool"]);
    expect(helm.runs("template")).toBe(3);
  });

  it("a vendored dependency's archive that changed (not a file the run reads) is followed too", async () => {
    const src = tempTree({
      "pools/Chart.yaml": "apiVersion: v2\nname: pools\nversion: 0.1.0\n",
      "pools/templates/pool.yaml": "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: main\nspec:\n  cidr: 10.10.0.0/16\n",
    });
    const helm = (...args: string[]): void => {
      const r = spawnSync("helm", args, { encoding: "utf8", env: { ...process.env, PATH: `${TOOLS_PATH}:${process.env["PATH"] ?? ""}` } });
      if (r.status !== 0) throw new Error(r.stderr);
    };
    const root = tempTree({ "charts/net/Chart.yaml": "apiVersion: v2\nname: net\nversion: 0.1.0\ndependencies:\n- name: pools\n  version: 0.1.0\n", "apps/web.yaml": POD });
    helm("package", join(src, "pools"), "-d", join(root, "charts/net/charts"));
    git(root, "init", "-q");
    git(root, "add", "-A");
    git(root, "commit", "-q", "-m", "base");
    // The dependency's pool moved, in its archive alone.
    writeFileSync(join(src, "pools/templates/pool.yaml"), readFileSync(join(src, "pools/templates/pool.yaml"), "utf8").replace("10.10.0.0/16", "10.20.0.0/16"));
    helm("package", join(src, "pools"), "-d", join(root, "charts/net/charts"));
    expect(shown((await lintJson(root, ["."], env())).findings)).toEqual(["apps/web.yaml:6:39 ip-outside-pool"]);
    const changed = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    expect(shown(changed.findings)).toEqual(["charts/net/charts/pools-0.1.0.tgz:1:1 ip-outside-pool"]);
    expect(changed.findings[0]?.message).toMatch(CAUSED);
  });
});

