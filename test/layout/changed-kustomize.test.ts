import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { committed, counted, lintJson, shown, toolsEnv, withTools } from "./helpers.js";

/**
 * A kustomization is not a manifest as written: an inline patch, a JSON 6902 patch file, its
 * `resources` decide what the root deploys. When one changes and the root builds IP pools, the
 * root is built again as it was at the revision (node/impact.ts `followRenders`, `rootAt`) and the
 * two builds compared, so that a pool the change moves away from addresses in untouched files is
 * reported where the value was written, as a run over the whole repository fails at the pod.
 */

const POOL = "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: main\nspec:\n  cidr: 10.0.0.0/16\n  blockSize: 26\n";
const POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: default\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.2.0.7\"]'\nspec:\n  containers: [{ name: web, image: nginx }]\n";
const inlinePatch = (cidr: string): string =>
  `resources:\n- ../../base\n- ../../apps\npatches:\n- target:\n    kind: IPPool\n    name: main\n  patch: |-\n    - op: replace\n      path: /spec/cidr\n      value: ${cidr}\n`;
const REPO = {
  "base/kustomization.yaml": "resources:\n- pool.yaml\n",
  "base/pool.yaml": POOL,
  "apps/kustomization.yaml": "resources:\n- web.yaml\n",
  "apps/web.yaml": POD,
  "overlays/prod/kustomization.yaml": inlinePatch("10.2.0.0/16"),
};

const env = toolsEnv;
const CAUSED = /^This change causes a new finding in `apps\/web\.yaml` at 7:39: 10\.2\.0\.7 lies in no enabled IPv4 pool: .*Pick an address inside main \(10\.3\.0\.0\/16\)/;

withTools("a run over the changes, with a Kustomize root's kustomization changed", () => {
  it("follows a pool an inline patch moves away from an address in a file the change did not touch, reported at the patch's value", async () => {
    const root = committed(REPO);
    expect(await lintJson(root, [".", "--changed-since", "HEAD"], env())).toMatchObject({ code: 0, findings: [] });
    // An edit that moves no pool: nothing caused, nothing said.
    writeFileSync(join(root, "overlays/prod/kustomization.yaml"), `${inlinePatch("10.2.0.0/16")}commonLabels:\n  team: net\n`);
    const label = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    expect(label).toMatchObject({ code: 0, findings: [] });
    expect(label.stderr).not.toMatch(/not followed/);
    // The patch moves the pool: the whole repository fails at the pod.
    writeFileSync(join(root, "overlays/prod/kustomization.yaml"), inlinePatch("10.3.0.0/16"));
    const whole = await lintJson(root, ["."], env());
    expect(shown(whole.findings)).toEqual(["apps/web.yaml:7:39 ip-outside-pool"]);
    // --changed-since: at the patch's value, naming the pod (it passed in silence before).
    const changed = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    expect(changed.code).toBe(1);
    expect(shown(changed.findings)).toEqual(["overlays/prod/kustomization.yaml:11:14 ip-outside-pool"]);
    expect(changed.findings[0]?.message).toMatch(CAUSED);
    expect(changed.stderr).not.toMatch(/not followed/);
    // The pre-commit hook, given the kustomization: the same.
    const hook = await lintJson(root, ["--context", ".", "--impact-since", "HEAD", "--no-default-path", "overlays/prod/kustomization.yaml"], env());
    expect(hook.code).toBe(1);
    expect(shown(hook.findings)).toEqual(["overlays/prod/kustomization.yaml:11:14 ip-outside-pool"]);
    // The copy of the root at the revision is removed.
    expect(readdirSync(process.env["TMPDIR"] ?? "/tmp").filter((n) => n.startsWith("cil-revision-"))).toEqual([]);
  });

  it("with --cache, the root as it was comes from the cache when that content was built before", async () => {
    const root = committed(REPO);
    const kubectl = counted("kubectl");
    const run = (): Promise<Awaited<ReturnType<typeof lintJson>>> => lintJson(root, [".", "--changed-since", "HEAD", "--cache", ".git/calico-ipam-lint-cache"], kubectl.env);
    // Before the edit: the overlay built (its bases with it), and kept.
    expect(await run()).toMatchObject({ code: 0, findings: [] });
    expect(kubectl.runs("kustomize")).toBe(1);
    // The patch moves the pool: the overlay builds as it is; as it was, from the cache.
    kubectl.reset();
    writeFileSync(join(root, "overlays/prod/kustomization.yaml"), inlinePatch("10.3.0.0/16"));
    const changed = await run();
    expect(kubectl.runs("kustomize")).toBe(1);
    expect(shown(changed.findings)).toEqual(["overlays/prod/kustomization.yaml:11:14 ip-outside-pool"]);
    expect(changed.findings[0]?.message).toMatch(CAUSED);
    // Without the cache: the overlay, and the overlay as it was.
    kubectl.reset();
    expect(shown((await lintJson(root, [".", "--changed-since", "HEAD"], kubectl.env)).findings)).toEqual(["overlays/prod/kustomization.yaml:11:14 ip-outside-pool"]);
    expect(kubectl.runs("kustomize")).toBe(2);
  });

  it("follows a JSON 6902 patch file, and reports in the whole run at the value the patch writes", async () => {
    const root = committed({
      ...REPO,
      "overlays/prod/kustomization.yaml": "resources:\n- ../../base\n- ../../apps\npatches:\n- path: cidr.yaml\n  target:\n    kind: IPPool\n    name: main\n",
      "overlays/prod/cidr.yaml": "- op: replace\n  path: /spec/cidr\n  value: 10.2.0.0/16\n",
      // A second pool, overlapping what the patch writes: the whole run's overlap finding is placed at the patch.
      "base/other.yaml": "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: other\nspec:\n  cidr: 10.3.128.0/17\n",
      "base/kustomization.yaml": "resources:\n- pool.yaml\n- other.yaml\n",
    });
    writeFileSync(join(root, "overlays/prod/cidr.yaml"), "- op: replace\n  path: /spec/cidr\n  value: 10.3.0.0/16\n");
    const whole = await lintJson(root, ["."], env());
    expect(shown(whole.findings)).toContain("apps/web.yaml:7:39 ip-outside-pool");
    // Each pool of the overlap is reported: main's (as patched) where the patch file writes it, not at base/pool.yaml's cidr line.
    expect(shown(whole.findings).filter((f) => f.endsWith("pool-overlap"))).toEqual(["base/other.yaml:6:9 pool-overlap", "overlays/prod/cidr.yaml:3:10 pool-overlap"]);
    const changed = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    expect(changed.code).toBe(1);
    expect(shown(changed.findings).filter((f) => f.endsWith("ip-outside-pool"))).toEqual(["overlays/prod/cidr.yaml:3:10 ip-outside-pool"]);
    expect(changed.findings.find((f) => f.ruleId === "ip-outside-pool")?.message).toMatch(CAUSED);
  });

  it("an overlay added since the revision: what it builds is new", async () => {
    // At the revision, base and apps are built alone, and the pod's address is in the base's pool.
    const root = committed({ ...Object.fromEntries(Object.entries(REPO).filter(([p]) => !p.startsWith("overlays/"))), "apps/web.yaml": POD.replace("10.2.0.7", "10.0.0.7") });
    expect(await lintJson(root, ["."], env())).toMatchObject({ code: 0 });
    mkdirSync(join(root, "overlays/prod"), { recursive: true });
    writeFileSync(join(root, "overlays/prod/kustomization.yaml"), inlinePatch("10.3.0.0/16"));
    const changed = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    expect(changed.code).toBe(1);
    // At the new pool's name: where the new kustomization's patch names it (the base, which writes it, the change did not edit).
    expect(shown(changed.findings)).toEqual(["overlays/prod/kustomization.yaml:7:11 ip-outside-pool"]);
    expect(changed.findings[0]?.message).toMatch(/^This change causes a new finding in `apps\/web\.yaml` at 7:39: 10\.0\.0\.7 lies in no enabled IPv4 pool/);
    expect(changed.stderr).not.toMatch(/not followed/);
  });

  it("says, and does not follow, a root that does not build as it was", async () => {
    const root = committed({ ...REPO, "overlays/prod/kustomization.yaml": "resources:\n- ../../base\n- ../../apps\n- missing.yaml\n" });
    // Fixed since the revision, and the fix moves the pool.
    writeFileSync(join(root, "overlays/prod/kustomization.yaml"), inlinePatch("10.3.0.0/16"));
    const changed = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    expect(changed.stderr).toMatch(/calico-ipam-lint: overlays\/prod\/kustomization\.yaml changed what the Kustomize root overlays\/prod builds, which holds IPPool main: what that does to files the change did not touch is not followed here \(the root as it was at HEAD did not build: .*missing\.yaml.*\); lint the whole repository to see it/);
  });

  it("follows a root whose deploy changed: a Flux Kustomization's patch, applied as it was", async () => {
    const flux = (cidr: string): string =>
      `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: infra\n  namespace: flux-system\nspec:\n  interval: 10m\n  path: ./base\n  prune: true\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n  patches:\n  - target:\n      kind: IPPool\n      name: main\n    patch: |-\n      - op: replace\n        path: /spec/cidr\n        value: ${cidr}\n`;
    const root = committed({
      "base/kustomization.yaml": "resources:\n- pool.yaml\n- ../apps/web.yaml\n",
      "base/pool.yaml": POOL,
      "apps/web.yaml": POD,
      "clusters/prod/infra.yaml": flux("10.2.0.0/16"),
    });
    writeFileSync(join(root, "clusters/prod/infra.yaml"), flux("10.3.0.0/16"));
    expect(shown((await lintJson(root, ["."], env())).findings)).toEqual(["apps/web.yaml:7:39 ip-outside-pool"]);
    const changed = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    // It passed in silence: now at the value the Flux Kustomization's patch writes.
    expect(shown(changed.findings)).toEqual(["clusters/prod/infra.yaml:20:16 ip-outside-pool"]);
    expect(changed.findings[0]?.message).toMatch(CAUSED);
    expect(changed.stderr).not.toMatch(/not followed/);
  });

  it("follows a kustomization's namespace: what it does to a base's pod is reported at the edit; what the pod had before is not new", async () => {
    const pools = `${POOL.replace("main", "pool-a").replace("10.0.0.0/16", "10.1.0.0/16")}---\n${POOL.replace("main", "pool-b").replace("10.0.0.0/16", "10.2.0.0/16")}`;
    const ns = (name: string, pool?: string): string => `---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n${pool ? `  annotations:\n    cni.projectcalico.org/ipv4pools: '["${pool}"]'\n` : ""}`;
    const deploy = (annotation: string): string =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata:\n      labels: {app: web}\n      annotations:\n        ${annotation}\n    spec:\n      containers: [{name: web, image: nginx}]\n`;
    const repo = (annotation: string, namespaces: string): Record<string, string> => ({
      "cluster/pools.yaml": pools + namespaces,
      "apps/base/kustomization.yaml": "resources:\n- web.yaml\n",
      "apps/base/web.yaml": deploy(annotation),
      "apps/overlay/kustomization.yaml": "namespace: team-a\nresources:\n- ../base\n",
    });
    const move = (root: string): void => writeFileSync(join(root, "apps/overlay/kustomization.yaml"), "namespace: team-b\nresources:\n- ../base\n");

    // The pod keeps pool-a; team-b draws from pool-b: a new warning in the base, which the change did not touch.
    const a = committed(repo(`cni.projectcalico.org/ipv4pools: '["pool-a"]'`, ns("team-a", "pool-a") + ns("team-b", "pool-b")));
    move(a);
    expect(shown((await lintJson(a, ["."], env())).findings)).toEqual(["apps/base/web.yaml:12:45 pod-namespace-conflict"]);
    const changed = await lintJson(a, [".", "--changed-since", "HEAD"], env());
    expect(shown(changed.findings)).toEqual(["apps/overlay/kustomization.yaml:1:1 pod-namespace-conflict"]);
    expect(changed.findings[0]?.message).toMatch(/^This change causes a new finding in `apps\/base\/web\.yaml` at 12:45: pool-a \(10\.1\.0\.0\/16\) is not one of the pools of namespace team-b/);

    // Three replicas asking for one address in a pool that hands addresses out: an error and a
    // warning in either namespace, which the move did not cause.
    const b = committed(repo(`cni.projectcalico.org/ipAddrs: '["10.1.0.5"]'`, ns("team-a") + ns("team-b")));
    move(b);
    expect(shown((await lintJson(b, ["."], env())).findings)).toEqual(["apps/base/web.yaml:6:13 static-ip-replicas", "apps/base/web.yaml:12:43 static-ip-auto-pool"]);
    expect(await lintJson(b, [".", "--changed-since", "HEAD"], env())).toMatchObject({ code: 0, findings: [] });
    // Nor does a change that renames the pod (a namePrefix): what it had is not new under its new name.
    writeFileSync(join(b, "apps/overlay/kustomization.yaml"), "namespace: team-a\nnamePrefix: prod-\nresources:\n- ../base\n");
    expect(await lintJson(b, [".", "--changed-since", "HEAD"], env())).toMatchObject({ code: 0, findings: [] });
  });

  it("a replica count the overlay's kustomization writes: found at `count`, in the whole run and as the change", async () => {
    const deploy =
      "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n  strategy: {type: Recreate}\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata:\n      labels: {app: web}\n      annotations:\n        cni.projectcalico.org/ipAddrs: '[\"10.0.0.5\"]'\n    spec:\n      containers: [{name: web, image: nginx}]\n";
    const overlay = (n: number): string => `namespace: web\nresources:\n- ../base\nreplicas:\n- name: web\n  count: ${n}\n`;
    const root = committed({ "cluster/pool.yaml": POOL, "base/kustomization.yaml": "resources:\n- web.yaml\n", "base/web.yaml": deploy, "overlay/kustomization.yaml": overlay(1) });
    expect(await lintJson(root, ["."], env())).toMatchObject({ code: 0 });
    writeFileSync(join(root, "overlay/kustomization.yaml"), overlay(3));
    // Not at the base's `replicas: 1`, which no one should edit: at the overlay's count.
    const whole = await lintJson(root, ["."], env());
    expect(shown(whole.findings.filter((f) => f.ruleId === "static-ip-replicas"))).toEqual(["overlay/kustomization.yaml:6:10 static-ip-replicas"]);
    const changed = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    expect(shown(changed.findings.filter((f) => f.ruleId === "static-ip-replicas"))).toEqual(["overlay/kustomization.yaml:6:10 static-ip-replicas"]);
    expect(changed.code).toBe(1);
  });

  it("follows a root whose Flux variables changed in the ConfigMap they come from", async () => {
    const kustomization = (name: string, path: string, post = ""): string =>
      `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: ${name}\n  namespace: flux-system\nspec:\n  interval: 10m\n  path: ${path}\n  prune: true\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n${post}`;
    const vars = (cidr: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cluster-vars\n  namespace: flux-system\ndata:\n  POOL_CIDR: ${cidr}\n`;
    const root = committed({
      "base/kustomization.yaml": "resources:\n- pool.yaml\n",
      "base/pool.yaml": POOL.replace("10.0.0.0/16", "${POOL_CIDR}"),
      "apps/web.yaml": POD,
      "clusters/prod/infra.yaml": `${kustomization("infra", "./base", "  postBuild:\n    substituteFrom:\n    - kind: ConfigMap\n      name: cluster-vars\n")}---\n${kustomization("apps", "./apps")}`,
      "clusters/prod/vars.yaml": vars("10.2.0.0/16"),
    });
    writeFileSync(join(root, "clusters/prod/vars.yaml"), vars("10.3.0.0/16"));
    expect(shown((await lintJson(root, ["."], env())).findings)).toEqual(["apps/web.yaml:7:39 ip-outside-pool"]);
    const changed = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    // It passed in silence: the ConfigMap is how the root is deployed, read as it was; reported at the variable's value.
    expect(shown(changed.findings)).toEqual(["clusters/prod/vars.yaml:7:14 ip-outside-pool"]);
    expect(changed.findings[0]?.message).toMatch(CAUSED);
  });

  it("follows a file a generator reads (not a manifest): kubeadm's pod CIDR from a configMapGenerator", async () => {
    const kubeadm = (cidr: string): string => `apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: ${cidr}\n`;
    const root = committed({
      "pools/pool.yaml": POOL,
      "cluster/ClusterConfiguration": kubeadm("10.0.0.0/16"),
      "cluster/kustomization.yaml": "namespace: kube-system\nconfigMapGenerator:\n- name: kubeadm-config\n  files:\n  - ClusterConfiguration\ngeneratorOptions:\n  disableNameSuffixHash: true\n",
    });
    expect(await lintJson(root, ["."], env())).toMatchObject({ code: 0, findings: [] });
    writeFileSync(join(root, "cluster/ClusterConfiguration"), kubeadm("10.100.0.0/16"));
    expect(shown((await lintJson(root, ["."], env())).findings)).toEqual(["pools/pool.yaml:6:9 pool-outside-pod-cidr"]);
    // It passed in silence (the generator's file is no manifest the run reads): at the file.
    const changed = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    expect(shown(changed.findings)).toEqual(["cluster/ClusterConfiguration:1:1 pool-outside-pod-cidr"]);
    expect(changed.findings[0]?.message).toMatch(/^This change causes a new finding in `pools\/pool\.yaml` at 6:9: Pool main \(10\.0\.0\.0\/16\) lies outside the cluster's pod CIDR 10\.100\.0\.0\/16/);
  });

  it("follows a root an Application builds with kustomize options: the options applied to the root as it was", async () => {
    const app =
      "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: net\n  namespace: argocd\nspec:\n  project: default\n  source:\n    repoURL: https://example.com/repo.git\n    path: overlays/prod\n    kustomize:\n      commonLabels:\n        team: net\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: kube-system\n";
    const root = committed({ ...REPO, "overlays/prod/kustomization.yaml": inlinePatch("10.2.0.0/16").replace("- ../../apps\n", ""), "argo/net.yaml": app });
    writeFileSync(join(root, "overlays/prod/kustomization.yaml"), inlinePatch("10.3.0.0/16").replace("- ../../apps\n", ""));
    expect(shown((await lintJson(root, ["."], env())).findings)).toEqual(["apps/web.yaml:7:39 ip-outside-pool"]);
    const changed = await lintJson(root, [".", "--changed-since", "HEAD"], env());
    expect(shown(changed.findings)).toEqual(["overlays/prod/kustomization.yaml:10:14 ip-outside-pool"]);
    expect(changed.findings[0]?.message).toMatch(CAUSED);
  });
});

