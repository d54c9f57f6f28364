import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/load/index.js";
import { buildModel, DEFAULT_BLOCK_SIZE, ipPoolsIn, type Span } from "../../src/model/index.js";

const at = (text: string, s: Span | undefined): string => (s ? text.slice(s.start, s.end) : "<none>");

describe("a pool's fields as written", () => {
  const text = [
    "apiVersion: projectcalico.org/v3",
    "kind: IPPool",
    "metadata: {name: p}",
    "spec:",
    "  cidr: 10.0.0.0/24",
    '  blockSize: "28"',
    "  ipipMode: Always",
    "  allowedUses: [Workload, 7]",
    "  nodeSelector: all()",
    "  disableBGPExport: true",
    "",
  ].join("\n");
  const [pool] = buildModel([parseSource("p.yaml", text)]).pools;

  it("locate each field and read it as its type", () => {
    const w = pool?.written;
    expect(at(text, w?.cidr?.span)).toBe("10.0.0.0/24");
    expect(w?.cidr?.value).toBe("10.0.0.0/24");
    expect(at(text, w?.ipipMode?.span)).toBe("Always");
    expect(w?.allowedUses?.value?.map((u) => [u.value, at(text, u.span)])).toEqual([["Workload", "Workload"], ["7", "7"]]);
    expect(w?.disableBGPExport?.value).toBe(true);
    expect(at(text, w?.name?.span)).toBe("p");
    expect(w?.vxlanMode).toBeUndefined();
    expect(pool?.fieldPath).toBe("spec");
  });

  it("keep a value of the wrong type located but unread, and the block size in force defaulted", () => {
    // A quoted blockSize is a string: the CRD refuses it, and Calico's default applies meanwhile.
    expect(at(text, pool?.written.blockSize?.span)).toBe('"28"');
    expect(pool?.written.blockSize?.value).toBeUndefined();
    expect(pool?.blockSize).toBe(DEFAULT_BLOCK_SIZE[4]);
  });

  it("name an Installation entry by its path, and give the operator's implicit pool no written fields", () => {
    const inst = (pools: string) => `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\nspec:\n  calicoNetwork:\n${pools}`;
    const listed = buildModel([parseSource("i.yaml", inst("    ipPools:\n    - cidr: 10.1.0.0/16\n    - cidr: fd00::/48\n      blockSize: 120\n"))]).pools;
    expect(listed.map((p) => [p.fieldPath, p.written.blockSize?.value, p.blockSize])).toEqual([
      ["spec.calicoNetwork.ipPools[0]", undefined, 26],
      ["spec.calicoNetwork.ipPools[1]", 120, 120],
    ]);
    const implicit = buildModel([parseSource("i.yaml", inst("    mtu: 1440\n"))]).pools;
    expect(implicit.map((p) => [p.implicit, p.written.cidr])).toEqual([[true, undefined]]);
  });

  it("reads the IPPools of one file alone (a file at --changed-since)", () => {
    expect(ipPoolsIn(parseSource("p.yaml", text)).map((p) => p.name)).toEqual(["p"]);
  });
});

describe("a namespace's labels", () => {
  const ns = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team\n  labels: {tier: web}\n";

  it("are known when no kustomization in view adds labels", () => {
    const m = buildModel([parseSource("apps/ns.yaml", ns), parseSource("apps/kustomization.yaml", "resources: [ns.yaml]\n")]);
    expect(m.namespaceList.map((n) => [n.labels, n.labelsKnown])).toEqual([[{ tier: "web" }, true]]);
  });

  it("are not fully known below a kustomization that adds labels (commonLabels, labels)", () => {
    for (const k of ["commonLabels: {env: prod}\n", "labels:\n- pairs: {env: prod}\n"]) {
      const m = buildModel([parseSource("apps/ns.yaml", ns), parseSource("apps/kustomization.yaml", `resources: [ns.yaml]\n${k}`)]);
      expect(m.namespaceList.map((n) => n.labelsKnown)).toEqual([false]);
    }
    const beside = buildModel([parseSource("apps/ns.yaml", ns), parseSource("other/kustomization.yaml", "commonLabels: {env: prod}\n")]);
    expect(beside.namespaceList.map((n) => n.labelsKnown)).toEqual([true]);
  });
});
