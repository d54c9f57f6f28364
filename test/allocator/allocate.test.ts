import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/load/index.js";
import { buildModel, DEFAULT_SETTINGS, type Settings } from "../../src/model/index.js";
import { allocate, allocation, solveFlow } from "../../src/allocator/index.js";
import { covers, union, total } from "../../src/allocator/intervals.js";

const pool = (name: string, cidr: string, extra = ""): string =>
  `apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n${extra}`;
const deploy = (name: string, replicas: number | null, ann = ""): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n${replicas === null ? "" : `  replicas: ${replicas}\n`}  template:\n    metadata:\n      annotations: {${ann}}\n    spec: {}\n`;
const reservation = (...cidrs: string[]): string =>
  `apiVersion: crd.projectcalico.org/v1\nkind: IPReservation\nmetadata:\n  name: r\nspec:\n  reservedCIDRs: [${cidrs.map((c) => `"${c}"`).join(", ")}]\n`;

function run(docs: string[], settings: Partial<Settings> = {}) {
  const model = buildModel([parseSource("t.yaml", docs.join("---\n"))]);
  return allocate(model, { ...DEFAULT_SETTINGS, ...settings });
}

describe("intervals", () => {
  it("unions overlapping and nested ranges once", () => {
    const m = union([{ lo: 10n, hi: 20n }, { lo: 15n, hi: 30n }, { lo: 12n, hi: 13n }, { lo: 31n, hi: 31n }, { lo: 40n, hi: 41n }]);
    expect(m).toEqual([{ lo: 10n, hi: 31n }, { lo: 40n, hi: 41n }]);
    expect(total(m)).toBe(24n);
    expect(covers(m, 31n)).toBe(true);
    expect(covers(m, 35n)).toBe(false);
  });
});

describe("allocate", () => {
  it("fits 16 pods in a /28 exactly and is short by one at 17", () => {
    const ok = run([pool("p", "10.0.0.0/28", "  blockSize: 28\n"), deploy("a", 16)]);
    expect(ok.pools[0]).toMatchObject({ size: 16n, capacity: 16n, demand: 16n, free: 0n, shortfall: 0n });
    expect(ok.exhausted).toEqual([]);
    const bad = run([pool("p", "10.0.0.0/28", "  blockSize: 28\n"), deploy("a", 17)]);
    expect(bad.pools[0]).toMatchObject({ demand: 16n, shortfall: 1n, free: 0n });
    expect(bad.exhausted).toHaveLength(1);
    expect(bad.exhausted[0]).toMatchObject({ demand: 17n, capacity: 16n, shortfall: 1n });
  });

  it("subtracts the union of reservations and unreserved static addresses", () => {
    const a = run([
      pool("p", "10.0.0.0/26"),
      reservation("10.0.0.1/32", "10.0.0.32/30", "10.0.0.17", "10.0.0.33", "11.0.0.0/30"),
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: s\n  annotations:\n    cni.projectcalico.org/ipAddrs: '["10.0.0.40"]'\n`,
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: r\n  annotations:\n    cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'\n`,
    ]);
    // Calico's own case: 64 − 6 reserved (one overlap) = 58; minus one unreserved static address.
    expect(a.pools[0]).toMatchObject({ size: 64n, reserved: 6n, statics: 2n, staticsUnreserved: 1n, capacity: 57n });
  });

  it("costs nothing extra for an IPv6 /48 and 100,000 replicas", () => {
    const a = run([pool("v6", "fd00:1::/48"), deploy("big", 100000)]);
    const p = a.pools[0];
    expect(p?.size).toBe(1n << 80n);
    expect(p?.demand).toBe(100000n);
    expect(p?.free).toBe((1n << 80n) - 100000n);
  });

  it("spills requested pools in order and reroutes when another set needs the first pool", () => {
    const a = run([
      pool("a", "10.0.0.0/28", "  blockSize: 28\n"),
      pool("b", "10.0.1.0/28", "  blockSize: 28\n"),
      deploy("both", 20, `cni.projectcalico.org/ipv4pools: '["a","b"]'`),
      deploy("only-a", 10, `cni.projectcalico.org/ipv4pools: '["a"]'`),
    ]);
    expect(a.exhausted).toEqual([]);
    const both = a.sets.find((s) => s.pools.length === 2);
    expect(both?.assigned).toEqual([6n, 14n]);
  });

  it("finds the competing group when the pools are too small in any order", () => {
    const a = run([
      pool("a", "10.0.0.0/28", "  blockSize: 28\n"),
      pool("b", "10.0.1.0/28", "  blockSize: 28\n"),
      pool("c", "10.0.2.0/28", "  blockSize: 28\n"),
      deploy("both", 20, `cni.projectcalico.org/ipv4pools: '["a","b"]'`),
      deploy("only-a", 13, `cni.projectcalico.org/ipv4pools: '["a"]'`),
      deploy("only-c", 3, `cni.projectcalico.org/ipv4pools: '["c"]'`),
    ]);
    expect(a.exhausted).toHaveLength(1);
    expect(a.exhausted[0]?.pools.map((p) => p.pool.name)).toEqual(["a", "b"]);
    expect(a.exhausted[0]).toMatchObject({ demand: 33n, capacity: 32n, shortfall: 1n });
  });

  it("treats pods without annotations as one shared set over the automatic Workload pools", () => {
    const a = run([
      pool("z", "10.0.0.0/28", "  blockSize: 28\n"),
      pool("y", "10.0.1.0/28", "  blockSize: 28\n"),
      pool("manual", "10.0.2.0/24", "  assignmentMode: Manual\n"),
      pool("hidden", "10.0.3.0/24", '  nodeSelector: "!all()"\n'),
      pool("off", "10.0.4.0/24", "  disabled: true\n"),
      deploy("a", 32),
    ]);
    expect(a.sets).toHaveLength(1);
    expect(a.sets[0]?.pools.map((p) => p.name)).toEqual(["y", "z"]);
    expect(a.exhausted).toEqual([]);
  });

  describe("namespace selectors", () => {
    const nsPool = (name: string, cidr: string, selector: string) => pool(name, cidr, `  blockSize: 28\n  allowedUses: [Workload]\n  namespaceSelector: ${selector}\n`);
    const ns = (name: string, env?: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n${env ? `  labels:\n    env: ${env}\n` : ""}`;
    const deployIn = (name: string, namespace: string, replicas: number) => deploy(name, replicas).replace(`name: ${name}\n`, `name: ${name}\n  namespace: ${namespace}\n`);
    const docs = (prod: number, dev: number, withNamespaces = true) => [
      nsPool("prod-pool", "10.0.0.0/28", "env == 'prod'"),
      pool("any", "10.0.1.0/28", "  blockSize: 28\n"),
      ...(withNamespaces ? [ns("prod", "prod"), ns("dev", "dev")] : []),
      deployIn("a", "prod", prod),
      deployIn("b", "dev", dev),
    ];

    it("draws a namespace's pods only from the pools that select it", () => {
      const a = run(docs(16, 16));
      const sets = Object.fromEntries(a.sets.map((s) => [s.consumers[0]?.pod.object.ref.name ?? "", s.pools.map((p) => p.name)]));
      expect(sets).toEqual({ a: ["any", "prod-pool"], b: ["any"] });
      expect(a.exhausted).toEqual([]);
    });

    it("does not count excluded pods against the pool, and counts included ones", () => {
      // dev: 17 pods for the 16 addresses of `any`; prod could take 32 but leaves room for nobody.
      expect(run(docs(0, 17)).exhausted).toHaveLength(1);
      expect(run(docs(20, 12)).exhausted).toEqual([]);
      expect(run(docs(20, 13)).exhausted[0]).toMatchObject({ demand: 33n, capacity: 32n });
      // Without the Namespace objects, dev's labels are unknown: its pods may use both pools.
      expect(run(docs(0, 17, false)).exhausted).toEqual([]);
    });

    it("fails a namespace with no pool left with P6, and keeps the namespace-free default", () => {
      const a = run([nsPool("prod-pool", "10.0.0.0/28", "env == 'prod'"), ns("dev", "dev"), deployIn("b", "dev", 2), deployIn("c", "elsewhere", 2)]);
      expect(a.defaultFailure[4]).toBeUndefined();
      const dev = a.demands.find((d) => d.pod.object.ref.name === "b");
      expect(dev?.set).toBeUndefined();
      expect(dev?.noPool?.code).toBe("P6");
      expect(a.demands.find((d) => d.pod.object.ref.name === "c")?.set?.pools.map((p) => p.name)).toEqual(["prod-pool"]);
    });
  });

  it("says which failure pods without annotations get when no pool qualifies", () => {
    expect(run([pool("p", "10.0.0.0/24", "  disabled: true\n"), deploy("a", 1)]).defaultFailure[4]?.code).toBe("P4");
    expect(run([pool("p", "10.0.0.0/24", "  assignmentMode: Manual\n"), deploy("a", 1)]).defaultFailure[4]?.code).toBe("P6");
    expect(run([pool("p", "10.0.0.0/24", "  allowedUses: [Tunnel]\n"), deploy("a", 1)]).defaultFailure[4]?.code).toBe("P5");
  });

  it("leaves DaemonSets unknown without a node count, and counts them and tunnels with one", () => {
    const ds = `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: d\nspec:\n  template:\n    spec: {}\n`;
    const docs = [pool("p", "10.0.0.0/28", "  blockSize: 28\n  ipipMode: Always\n"), ds];
    const unknown = run(docs);
    expect(unknown.sets[0]?.unknown).toHaveLength(1);
    expect(unknown.sets[0]?.demand).toBe(0n);
    expect(unknown.pools[0]?.tunnel).toBe(0n);
    const known = run(docs, { nodes: 8 });
    expect(known.pools[0]).toMatchObject({ tunnel: 8n, demand: 8n, free: 0n });
    expect(run(docs, { nodes: 9 }).exhausted).toHaveLength(1);
  });

  it("counts HPA maxReplicas, Job parallelism and skips hostNetwork pods", () => {
    const docs = [
      pool("p", "10.0.0.0/24"),
      deploy("web", 2),
      `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {kind: Deployment, name: web}\n  maxReplicas: 30\n`,
      `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  parallelism: 5\n  template:\n    spec: {}\n`,
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: h\nspec:\n  hostNetwork: true\n`,
      `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  jobTemplate:\n    spec:\n      parallelism: 9\n      completions: 2\n      template:\n        spec: {}\n`,
    ];
    expect(run(docs).pools[0]?.demand).toBe(37n);
  });

  it("counts a pool exported from the cluster and its Installation entry once", () => {
    const inst = `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n  calicoNetwork:\n    ipPools:\n    - cidr: 10.0.0.0/24\n`;
    expect(run([pool("default-ipv4-ippool", "10.0.0.0/24"), inst]).pools).toHaveLength(1);
  });

  it("does not let a partial manifest without a cidr shadow the pool it patches", () => {
    const patch = `apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: p\nspec:\n  natOutgoing: true\n`;
    const a = run([patch, pool("p", "10.0.0.0/28", "  blockSize: 28\n"), deploy("a", 17)]);
    expect(a.pools.map((u) => u.cidr)).toEqual(["10.0.0.0/28"]);
    expect(a.exhausted).toHaveLength(1);
  });

  it("runs once per model and settings", () => {
    const model = buildModel([parseSource("t.yaml", pool("p", "10.0.0.0/24"))]);
    const s = { ...DEFAULT_SETTINGS };
    expect(allocation(model, s)).toBe(allocation(model, s));
  });
});

describe("solveFlow", () => {
  it("serves every set when some order does", () => {
    const r = solveFlow([10n, 10n], [{ demand: 15n, pools: [0, 1] }, { demand: 5n, pools: [0] }]);
    expect(r.shortfall).toEqual([0n, 0n]);
    expect(r.groups).toEqual([]);
  });
  it("reports disjoint groups separately", () => {
    const r = solveFlow([1n, 1n], [{ demand: 2n, pools: [0] }, { demand: 3n, pools: [1] }]);
    expect(r.groups).toEqual([{ sets: [0], pools: [0] }, { sets: [1], pools: [1] }]);
  });
});
