import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { tempTree } from "../cli/helpers.js";
import { KUBECTL_ONLY_PATH, withTools, lintJson, POOLS, type JsonMessage } from "./helpers.js";

/**
 * The kustomize options of Argo CD Applications (`source.kustomize`) and Flux Kustomizations
 * applied as each applies them, through the real CLI and the real kubectl (kustomize built in):
 * argoproj/argo-cd util/kustomize/kustomize.go `Build` (kustomize edit in the root before the
 * build), controller/state.go `NormalizeTargetObjects` (the destination namespace only for objects
 * with none); fluxcd/pkg kustomize/kustomize_generator.go `GenerateManifest` (targetNamespace is the
 * root's namespace: every namespaced object), kustomize_varsub.go `SubstituteVariables`.
 */

type Message = JsonMessage;
const lint = (root: string, args: string[] = ["."], tmp?: string): ReturnType<typeof lintJson> => lintJson(root, args, { PATH: KUBECTL_ONLY_PATH, ...(tmp ? { TMPDIR: tmp } : {}) });

const where = (r: { findings: (Message & { file: string })[] }): unknown[] => r.findings.map((f) => [f.file, f.line, f.ruleId]);


const deployment = (annotations = "", namespace = ""): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: resolver
${namespace ? `  namespace: ${namespace}\n` : ""}spec:
  replicas: 1
  strategy:
    type: Recreate
  selector: {matchLabels: {app: resolver}}
  template:
    metadata:
      labels: {app: resolver}
${annotations ? `      annotations:\n        cni.projectcalico.org/ipAddrs: '["${annotations}"]'\n` : ""}    spec:
      containers: [{name: r, image: r}]
`;

const TAKEN = `apiVersion: v1
kind: Pod
metadata:
  name: taken
  namespace: dns
  annotations:
    cni.projectcalico.org/ipAddrs: '["10.244.64.54"]'
spec: {containers: [{name: c, image: c}]}
`;

const TINY = `apiVersion: crd.projectcalico.org/v1
kind: IPPool
metadata: {name: tiny}
spec: {cidr: 10.251.0.0/29, blockSize: 29}
---
apiVersion: crd.projectcalico.org/v1
kind: IPPool
metadata: {name: pods}
spec: {cidr: 10.244.0.0/18}
---
apiVersion: v1
kind: Namespace
metadata:
  name: edge
  annotations:
    cni.projectcalico.org/ipv4pools: '["tiny"]'
`;

const app = (name: string, kustomize: string, namespace = "dns"): string => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: ${name}, namespace: argocd}
spec:
  project: default
  source:
    repoURL: https://example.com/repo.git
    path: base
${kustomize ? `    kustomize:\n${kustomize.replace(/^/gm, "      ")}\n` : ""}  destination: {name: lab, namespace: ${namespace}}
`;

const flux = (spec: string): string => `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata: {name: dns, namespace: flux-system}
spec:
  interval: 10m
  sourceRef: {kind: GitRepository, name: flux-system}
${spec.replace(/^/gm, "  ")}
`;

withTools("kustomize options of Argo CD and Flux, with the real kubectl", () => {
  it("Flux patches: a patch that adds a taken static address is reported at the patch's line in the Kustomization", async () => {
    const spec = `path: ./apps
patches:
  - target: {kind: Deployment, name: resolver}
    patch: |
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: resolver}
      spec:
        template:
          metadata:
            annotations:
              cni.projectcalico.org/ipAddrs: '["10.244.64.54"]'
targetNamespace: dns`;
    const root = tempTree({
      "clusters/lab/apps.yaml": flux(spec),
      "clusters/lab/pools.yaml": POOLS,
      "clusters/lab/taken.yaml": TAKEN,
      "apps/kustomization.yaml": "resources: [resolver.yaml]\n",
      "apps/resolver.yaml": deployment(),
    });
    // The edited kustomization is built in a folder of TMPDIR, removed after; the tree is not written.
    const tmp = mkdtempSync(join(tmpdir(), "options-tmp-"));
    const before = readFileSync(join(root, "apps/kustomization.yaml"), "utf8");
    const r = await lint(root, ["."], tmp);
    expect(readdirSync(tmp)).toEqual([]);
    expect(readFileSync(join(root, "apps/kustomization.yaml"), "utf8")).toBe(before);
    expect(readdirSync(join(root, "apps")).sort()).toEqual(["kustomization.yaml", "resolver.yaml"]);
    // A TMPDIR that cannot hold the folder: said once, the files linted as they are, no crash.
    const nowhere = await lint(root, ["."], join(tmp, "missing"));
    expect(nowhere.stderr).toContain("not linted: apps/kustomization.yaml with the kustomize options of Kustomization dns: ENOENT");
    expect(nowhere.findings).toEqual([]);
    expect(where(r)).toEqual([
      ["clusters/lab/apps.yaml", 18, "duplicate-static-ip"],
      ["clusters/lab/taken.yaml", 7, "duplicate-static-ip"],
    ]);
    expect(r.findings[0]?.column).toBe(51);
    expect(r.findings[1]?.message).toContain("Deployment dns/resolver");
    expect(r.stderr).toBe("");
    // Without the patch the Deployment takes no static address: nothing.
    const none = await lint(tempTree({ "clusters/lab/apps.yaml": flux("path: ./apps\ntargetNamespace: dns"), "clusters/lab/pools.yaml": POOLS, "clusters/lab/taken.yaml": TAKEN, "apps/kustomization.yaml": "resources: [resolver.yaml]\n", "apps/resolver.yaml": deployment() }));
    expect(none.findings).toEqual([]);
  });

  it("Flux patches apply to a plain folder too (Flux generates its kustomization)", async () => {
    const spec = `path: ./apps
patches:
  - target: {kind: Deployment}
    patch: |
      - op: add
        path: /spec/template/metadata/annotations
        value: {cni.projectcalico.org/ipAddrs: '["10.244.64.54"]'}
targetNamespace: dns`;
    const root = tempTree({ "clusters/lab/apps.yaml": flux(spec), "clusters/lab/pools.yaml": POOLS, "clusters/lab/taken.yaml": TAKEN, "apps/resolver.yaml": deployment() });
    const r = await lint(root);
    expect(where(r)).toEqual([
      ["clusters/lab/apps.yaml", 13, "duplicate-static-ip"],
      ["clusters/lab/taken.yaml", 7, "duplicate-static-ip"],
    ]);
  });

  it("Flux targetNamespace moves every namespaced object, even one that names its own; Argo CD's destination namespace only fills in", async () => {
    // Namespace edge draws from a pool of 8 addresses: 20 replicas moved into it exhaust it.
    const web = deployment("", "default").replace("replicas: 1", "replicas: 20");
    const files = { "pools.yaml": TINY, "apps/kustomization.yaml": "resources: [resolver.yaml]\n", "apps/resolver.yaml": web };
    const exhausted = [
      ["apps/resolver.yaml", 7, "pool-exhausted"],
      ["pools.yaml", 4, "pool-exhausted"],
    ];
    const fluxed = await lint(tempTree({ ...files, "clusters/lab/apps.yaml": flux("path: ./apps\ntargetNamespace: edge") }));
    expect(where(fluxed)).toEqual(exhausted);
    expect(fluxed.findings[0]?.message).toContain("Deployment edge/resolver");
    const argo = (kustomize: string): Record<string, string> => ({ ...files, "apps.yaml": app("resolver", kustomize, "edge").replace("path: base", "path: apps") });
    // destination.namespace: the Deployment keeps its own namespace.
    expect((await lint(tempTree(argo("")))).findings).toEqual([]);
    // source.kustomize.namespace: kustomize edit set namespace, for every object; the finding names it.
    const moved = await lint(tempTree(argo("namespace: edge")));
    expect(where(moved)).toEqual(exhausted);
    expect(moved.findings[0]?.message).toContain("Deployment edge/resolver");
  });

  it("Argo CD namePrefix makes one root deployed twice two objects: their static address clashes", async () => {
    const files = {
      "pools.yaml": POOLS,
      "base/kustomization.yaml": "resources: [resolver.yaml]\n",
      "base/resolver.yaml": deployment("10.244.64.53"),
    };
    // The same object twice is one object.
    expect((await lint(tempTree({ ...files, "blue.yaml": app("blue", ""), "green.yaml": app("green", "") }))).findings).toEqual([]);
    const r = await lint(tempTree({ ...files, "blue.yaml": app("blue", "namePrefix: blue-"), "green.yaml": app("green", "") }));
    expect(where(r)).toEqual([
      ["base/resolver.yaml", 14, "duplicate-static-ip"],
      ["base/resolver.yaml", 14, "duplicate-static-ip"],
    ]);
    expect(r.findings.map((f) => f.message).join("\n")).toContain("Deployment dns/blue-resolver");
  });

  it("Argo CD replicas and patches: findings at the option's line in the Application", async () => {
    const files = {
      "pools.yaml": POOLS,
      "base/kustomization.yaml": "resources: [resolver.yaml]\n",
      "base/resolver.yaml": deployment("10.244.64.53"),
    };
    const replicas = await lint(tempTree({ ...files, "app.yaml": app("resolver", "replicas:\n  - name: resolver\n    count: 3") }));
    expect(where(replicas)).toEqual([["app.yaml", 12, "static-ip-replicas"]]);
    const patch = `patches:
  - target: {kind: Deployment, name: resolver}
    patch: |-
      - op: replace
        path: /spec/template/metadata/annotations/cni.projectcalico.org~1ipAddrs
        value: '["10.244.99.1"]'`;
    const patched = await lint(tempTree({ ...files, "app.yaml": app("resolver", patch) }));
    expect(where(patched)).toEqual([["app.yaml", 15, "ip-outside-pool"]]);
  });

  it("kustomize edit's refusals are Argo CD's: a label the root already sets (without forceCommonLabels), an image with nothing to set", async () => {
    const files = {
      "pools.yaml": POOLS,
      "base/kustomization.yaml": "resources: [resolver.yaml]\ncommonLabels: {team: a}\n",
      "base/resolver.yaml": deployment("10.244.64.53"),
    };
    const r = await lint(tempTree({ ...files, "app.yaml": app("resolver", "commonLabels: {team: b}") }));
    expect(where(r)).toEqual([["base/kustomization.yaml", 1, "render-failed"]]);
    expect(r.findings[0]?.message).toContain("label team already in kustomization file");
    const forced = await lint(tempTree({ ...files, "app.yaml": app("resolver", "commonLabels: {team: b}\nforceCommonLabels: true") }));
    expect(forced.findings).toEqual([]);
    // `kustomize edit set image` refuses an image with nothing to set (setimage.go, `parse`)…
    const image = await lint(tempTree({ ...files, "app.yaml": app("resolver", "images: [r]") }));
    expect(where(image)).toEqual([["base/kustomization.yaml", 1, "render-failed"]]);
    expect(image.findings[0]?.message).toContain('invalid format of image "r"');
    // …and takes one with Argo CD's build variables substituted.
    expect((await lint(tempTree({ ...files, "app.yaml": app("resolver", "images: ['r=registry/${ARGOCD_APP_NAME}:1']") }))).findings).toEqual([]);
  });

  it("Flux postBuild: a variable from substitute or from a ConfigMap of the repository is substituted, and a finding is placed at its value", async () => {
    const tree = (post: string, extra: Record<string, string> = {}): string =>
      tempTree({
        "clusters/lab/apps.yaml": flux(`path: ./apps\ntargetNamespace: dns\npostBuild:\n${post.replace(/^/gm, "  ")}`),
        "clusters/lab/pools.yaml": POOLS,
        "clusters/lab/taken.yaml": TAKEN,
        "apps/kustomization.yaml": "resources: [resolver.yaml]\n",
        "apps/resolver.yaml": deployment("${STATIC_IP}"),
        ...extra,
      });
    const inline = await lint(tree("substitute:\n  STATIC_IP: 10.244.64.54"));
    expect(where(inline)).toEqual([
      ["clusters/lab/apps.yaml", 11, "duplicate-static-ip"],
      ["clusters/lab/taken.yaml", 7, "duplicate-static-ip"],
    ]);
    const cm = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: vars, namespace: flux-system}\ndata:\n  STATIC_IP: 10.244.64.54\n";
    const from = await lint(tree("substituteFrom:\n  - kind: ConfigMap\n    name: vars", { "clusters/lab/vars.yaml": cm }));
    expect(where(from)).toEqual([
      ["clusters/lab/taken.yaml", 7, "duplicate-static-ip"],
      ["clusters/lab/vars.yaml", 5, "duplicate-static-ip"],
    ]);
    // An object that disables substitution keeps its placeholder (kustomize_varsub.go): a line with a
    // placeholder is not judged, and nothing is placed at the variable.
    const disabled = await lint(
      tree("substitute:\n  STATIC_IP: 10.244.64.54", { "apps/resolver.yaml": deployment("${STATIC_IP}").replace("  name: resolver\n", "  name: resolver\n  annotations: {kustomize.toolkit.fluxcd.io/substitute: disabled}\n") }),
    );
    expect(disabled.findings).toEqual([]);
    // A source that is not in the repository: the placeholder stays, and says nothing.
    const unknown = await lint(tree("substituteFrom:\n  - kind: Secret\n    name: elsewhere"));
    expect(unknown.findings).toEqual([]);
  });

  it("Flux commonMetadata is set on each object's own metadata, not on pod templates", async () => {
    const spec = `path: ./apps
commonMetadata:
  annotations:
    cni.projectcalico.org/ipAddrs: '["10.244.64.54"]'`;
    const pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: dns}\nspec: {containers: [{name: c, image: c}]}\n";
    const root = tempTree({ "clusters/lab/apps.yaml": flux(spec), "clusters/lab/pools.yaml": POOLS, "clusters/lab/taken.yaml": TAKEN, "apps/pod.yaml": pod, "apps/resolver.yaml": deployment("", "dns") });
    const r = await lint(root);
    // The Pod takes the address (a clash with taken); on the Deployment it is where Calico never reads it.
    expect(where(r)).toEqual([
      ["clusters/lab/apps.yaml", 10, "annotation-placement"],
      ["clusters/lab/apps.yaml", 10, "duplicate-static-ip"],
      ["clusters/lab/taken.yaml", 7, "duplicate-static-ip"],
    ]);
  });

  it("components an Application adds are built from where the root names them; a Flux root may read files outside its folder", async () => {
    const component = `apiVersion: kustomize.config.k8s.io/v1alpha1
kind: Component
patches:
  - path: address.yaml
`;
    const address = `apiVersion: apps/v1
kind: Deployment
metadata: {name: resolver}
spec:
  template:
    metadata:
      annotations:
        cni.projectcalico.org/ipAddrs: '["10.244.64.54"]'
`;
    const files = {
      "pools.yaml": POOLS,
      "taken.yaml": TAKEN,
      "base/kustomization.yaml": "resources: [resolver.yaml]\n",
      "base/resolver.yaml": deployment(),
      "components/static/kustomization.yaml": component,
      "components/static/address.yaml": address,
    };
    const argo = await lint(tempTree({ ...files, "app.yaml": app("resolver", "components: [../components/static]") }));
    expect(where(argo)).toEqual([
      ["components/static/address.yaml", 8, "duplicate-static-ip"],
      ["taken.yaml", 7, "duplicate-static-ip"],
    ]);
    // kustomize refuses a resource outside the root; Flux builds with LoadRestrictionsNone.
    const outside = { "pools.yaml": POOLS, "apps/kustomization.yaml": "resources: [../shared/resolver.yaml]\n", "shared/resolver.yaml": deployment("10.244.99.1") };
    const plain = await lint(tempTree({ ...outside, "app.yaml": app("resolver", "").replace("path: base", "path: apps") }));
    expect(where(plain)).toEqual([["apps/kustomization.yaml", 1, "render-failed"]]);
    const fluxed = await lint(tempTree({ ...outside, "clusters/lab/apps.yaml": flux("path: ./apps") }));
    expect(where(fluxed)).toEqual([["shared/resolver.yaml", 14, "ip-outside-pool"]]);
  });
});
