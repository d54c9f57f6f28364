import { describe, expect, it } from "vitest";
import { manifestReader, parseSource, type SourceFile } from "../../src/load/index.js";
import { buildModel, cidrString, type Model, type ModelOptions } from "../../src/model/index.js";

/**
 * `buildModel` with `reuse` (what `--changed-since` does when it lints the repository again as it
 * was: engine/impact.ts) takes the objects and pod sources of the files it shares with the earlier
 * model from it. The model must be the one a build from nothing gives, whatever changed: a pool, a
 * workload, an HPA that now scales an unchanged workload, the CNI setup, the default namespace.
 */

const deployment = (name: string, extra = "") =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: apps\nspec:\n  replicas: 2\n  template:\n    metadata:\n      annotations:\n        cni.projectcalico.org/ipv4pools: '["a"]'\n        cni.projectcalico.org/ipAddrs: '["10.0.0.5"]'${extra}\n`;
const pool = (cidr: string) => `apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: a\nspec:\n  cidr: ${cidr}\n`;
const hpa = (target: string) =>
  `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: h\n  namespace: apps\nspec:\n  scaleTargetRef: {kind: Deployment, name: ${target}}\n  maxReplicas: 5\n`;
const installation = (ipam: string) => `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n  cni:\n    type: Calico\n    ipam:\n      type: ${ipam}\n`;
const list = `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: p, namespace: apps}\n- apiVersion: v1\n  kind: Namespace\n  metadata: {name: apps}\n`;

/** What a model holds, as plain data: its objects, pod sources and pools. */
const summary = (m: Model) => ({
  objects: m.objects.map((o) => [o.ref.file, o.ref.kind, o.ref.namespace, o.ref.name, o.contextOnly]),
  pods: m.podSources.map((p) => [
    p.object.ref.file,
    p.object.ref.name,
    p.namespace,
    p.hpas.map((h) => h.maxReplicas?.value),
    p.replicas?.value,
    p.calico.all.map((e) => e.key),
    p.cniUnread?.all.map((e) => e.key) ?? null,
  ]),
  pools: m.pools.map((p) => [p.name, p.cidr ? cidrString(p.cidr) : null]),
  namespaces: [...m.namespaces.keys()],
});

const read = (files: Record<string, string>, reader = parseSource): SourceFile[] => Object.entries(files).map(([path, text]) => reader(path, text, false));

/** A pod that names no namespace: in the model's default one. */
const bare = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: bare\n  annotations:\n    cni.projectcalico.org/ipAddrs: '["10.0.0.9"]'\n`;
const BASE = { "apps/a.yaml": deployment("a"), "apps/b.yaml": deployment("b"), "apps/bare.yaml": bare, "apps/list.yaml": list, "cluster/pools.yaml": pool("10.0.0.0/24") };

/** The base files, then `changes` (new texts; null: deleted) over the same SourceFiles for the rest. */
function changed(base: SourceFile[], changes: Record<string, string | null>, reader = parseSource): SourceFile[] {
  const out = base.filter((f) => !(f.path in changes));
  for (const [path, text] of Object.entries(changes)) if (text !== null) out.push(reader(path, text, false));
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

describe("buildModel with an earlier model to reuse", () => {
  const cases: Record<string, { changes: Record<string, string | null>; options?: ModelOptions; earlierOptions?: ModelOptions; extra?: Record<string, string> }> = {
    "a pool's CIDR changed": { changes: { "cluster/pools.yaml": pool("10.0.0.0/25") } },
    "a workload changed, another added, one deleted": { changes: { "apps/a.yaml": deployment("a", "\n        cni.projectcalico.org/ipv6pools: '[\"b\"]'"), "apps/c.yaml": deployment("c"), "apps/b.yaml": null } },
    "an HPA that now scales an unchanged workload": { changes: { "apps/hpa.yaml": hpa("b") } },
    "an HPA that no longer does": { changes: { "apps/hpa.yaml": null }, extra: { "apps/hpa.yaml": hpa("a") } },
    "the CNI setup changed to host-local IPAM": { changes: { "cluster/installation.yaml": installation("HostLocal") }, extra: { "cluster/installation.yaml": installation("Calico") } },
    "another default namespace": { changes: {}, options: { defaultNamespace: "other" } },
  };
  for (const reader of [parseSource, manifestReader()]) {
    for (const [name, c] of Object.entries(cases)) {
      it(`${name} (${reader === parseSource ? "precise" : "fast"} reader): the model a build from nothing gives`, () => {
        const base = read({ ...BASE, ...c.extra }, reader);
        const earlier = buildModel(base, c.earlierOptions ?? {});
        const files = changed(base, c.changes, reader);
        const again = buildModel(files, { ...c.options, reuse: earlier });
        expect(summary(again)).toEqual(summary(buildModel(files, c.options ?? {})));
      });
    }
  }

  it("takes the unchanged files' objects and pod sources from it, and not those an HPA now scales", () => {
    const base = read(BASE);
    const earlier = buildModel(base);
    const again = buildModel(changed(base, { "apps/hpa.yaml": hpa("b") }), { reuse: earlier });
    const podOf = (m: Model, name: string) => m.podSources.find((p) => p.object.ref.name === name);
    expect(podOf(again, "a")).toBe(podOf(earlier, "a"));
    expect(podOf(again, "b")).not.toBe(podOf(earlier, "b"));
    expect(podOf(again, "b")?.hpas.map((h) => h.maxReplicas?.value)).toEqual([5]);
    expect(again.objects.filter((o) => o.ref.file === "apps/list.yaml")).toEqual(earlier.objects.filter((o) => o.ref.file === "apps/list.yaml"));
    expect(again.objects.find((o) => o.ref.file === "apps/list.yaml")).toBe(earlier.objects.find((o) => o.ref.file === "apps/list.yaml"));
  });

  it("reads a path named twice again rather than give one file's objects to the other", () => {
    const twice = [parseSource("x.yaml", deployment("a"), false), parseSource("x.yaml", deployment("b"), false)];
    const earlier = buildModel(twice);
    const files = [twice[1] as SourceFile, parseSource("y.yaml", deployment("c"), false)];
    expect(summary(buildModel(files, { reuse: earlier }))).toEqual(summary(buildModel(files)));
  });
});
