import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/load/index.js";
import { buildModel, DEFAULT_SETTINGS, parseCIDR, parseIP, type CIDR, type IP, type Model, type PoolRequest } from "../../src/model/index.js";
import {
  allocate,
  effectivePools,
  inactivePoolsContaining,
  nearPools,
  poolContaining,
  poolsInPlay,
  resolveRequest,
  type PoolKey,
} from "../../src/allocator/index.js";

const pool = (name: string, cidr: string | null, extra = "", api = "crd.projectcalico.org/v1"): string =>
  `apiVersion: ${api}\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n${cidr === null ? "" : `  cidr: ${cidr}\n`}${extra}${cidr === null && !extra ? "  {}\n" : ""}`;
const INSTALLATION = "apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n  calicoNetwork: {}\n";

const model = (...docs: string[]): Model => buildModel([parseSource("t.yaml", docs.join("---\n"))]);
const req = (text: string): PoolRequest => ({ text, span: { file: "t.yaml", start: 0, end: 0 }, cidr: parseCIDR(text) });
const resolve = (m: Model, key: PoolKey, text: string) => {
  const r = resolveRequest(m, key, req(text));
  return { pool: r.pool?.name, error: r.error?.message, code: r.error?.code, undetermined: r.undetermined !== undefined };
};
const ip = (s: string): IP => parseIP(s) as IP;
const cidr = (s: string): CIDR => parseCIDR(s) as CIDR;

describe("resolveRequest", () => {
  const m = model(
    pool("big", "10.0.0.0/16"),
    pool("off", "10.9.0.0/24", "  disabled: true\n"),
    pool("v6", "fd00:1::/64", "", "projectcalico.org/v3"),
    pool("lo", "127.0.0.0/8"),
  );

  it("resolves names and exact CIDRs, masking host bits as Calico does", () => {
    expect(resolve(m, "ipv4pools", "big")).toMatchObject({ pool: "big", error: undefined });
    expect(resolve(m, "ipv4pools", "10.0.0.0/16")).toMatchObject({ pool: "big", error: undefined });
    expect(resolve(m, "ipv4pools", "10.0.77.1/16")).toMatchObject({ pool: "big", error: undefined });
    expect(resolve(m, "ipv6pools", "fd00:1:0:0::/64")).toMatchObject({ pool: "v6", error: undefined });
    expect(resolve(m, "ipv4pools", "lo")).toMatchObject({ pool: "lo", error: undefined });
  });

  it("fails unknown names with P1, wrong families with P2, and anything but an enabled pool's exact CIDR with P3", () => {
    expect(resolve(m, "ipv4pools", "nope")).toMatchObject({ code: "P1", error: 'error parsing pool "nope": invalid CIDR address: nope' });
    expect(resolve(m, "ipv4pools", "10.0.0.0")).toMatchObject({ code: "P1" });
    expect(resolve(m, "ipv4pools", "v6")).toMatchObject({ code: "P2", error: '"fd00:1::" isn\'t a IPv4 address' });
    expect(resolve(m, "ipv6pools", "10.0.0.0/16")).toMatchObject({ code: "P2", error: '"10.0.0.0" isn\'t a IPv6 address' });
    expect(resolve(m, "ipv4pools", "off")).toMatchObject({ code: "P3", pool: "off", error: "the given pool (10.9.0.0/24) does not exist, or is not enabled" });
    expect(resolve(m, "ipv4pools", "10.0.1.0/24")).toMatchObject({ code: "P3", error: "the given pool (10.0.1.0/24) does not exist, or is not enabled" });
    expect(resolve(m, "ipv4pools", "10.0.0.0/8")).toMatchObject({ code: "P3" });
  });

  it("leaves undetermined a name whose only manifest has no cidr", () => {
    const patched = model(pool("team", null, "  disabled: true\n"), pool("other", "10.1.0.0/24"));
    expect(resolve(patched, "ipv4pools", "team")).toEqual({ pool: undefined, error: undefined, code: undefined, undetermined: true });
  });

  it("prefers the manifest with a cidr when a patch of the same pool comes first", () => {
    const patched = model(pool("team", null, "  nodeSelector: all()\n"), pool("team", "10.1.0.0/24"));
    expect(resolve(patched, "ipv4pools", "team")).toMatchObject({ pool: "team", error: undefined });
  });

  it("treats the operator's default pool as undetermined once IPPool objects exist, and as known before", () => {
    expect(resolve(model(INSTALLATION), "ipv4pools", "default-ipv4-ippool")).toMatchObject({ pool: "default-ipv4-ippool", error: undefined });
    const mixed = model(INSTALLATION, pool("team", "10.5.0.0/24"));
    expect(resolve(mixed, "ipv4pools", "default-ipv4-ippool")).toMatchObject({ undetermined: true, error: undefined });
    expect(resolve(mixed, "ipv4pools", "default-ipv6-ippool")).toMatchObject({ code: "P1" });
  });
});

describe("pool views and lookups", () => {
  it("finds the enabled pool that holds an address, and the disabled ones", () => {
    const m = model(pool("on", "10.0.0.0/24"), pool("off", "10.1.0.0/24", "  disabled: true\n"));
    expect(poolContaining(m, ip("10.0.0.255"))?.name).toBe("on");
    expect(poolContaining(m, ip("10.1.0.1"))).toBeUndefined();
    expect(inactivePoolsContaining(ip("10.1.0.1"), poolsInPlay(m)).map((p) => p.name)).toEqual(["off"]);
    expect(poolContaining(m, ip("::ffff:10.0.0.7"))?.name).toBe("on");
  });

  it("names the pools near a CIDR that matches none", () => {
    const m = model(pool("big", "10.0.0.0/16"), pool("small", "10.2.0.0/24"), pool("off", "10.3.0.0/24", "  disabled: true\n"));
    const pools = poolsInPlay(m);
    expect(nearPools(cidr("10.0.1.0/24"), pools).inside?.name).toBe("big");
    expect(nearPools(cidr("10.2.0.0/16"), pools).covers.map((p) => p.name)).toEqual(["small"]);
    expect(nearPools(cidr("10.3.0.0/24"), pools).inactive?.name).toBe("off");
  });

  it("resolves a pod's list against its namespace's", () => {
    const ns = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team\n  annotations:\n    cni.projectcalico.org/ipv4pools: '[\"a\"]'\n";
    const pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: team\n";
    const m = model(pool("a", "10.0.0.0/24"), ns, pod);
    const eff = effectivePools(m, m.podSources[0]!, "ipv4pools");
    expect(eff).toMatchObject({ from: "namespace" });
    expect(eff?.entries.map((e) => e.pool?.name)).toEqual(["a"]);
  });
});

describe("allocate with pools the view leaves out", () => {
  it("does not fail when a pod names the operator's default pool next to IPPool objects", () => {
    const dep =
      "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  replicas: 3\n  template:\n    metadata:\n      annotations:\n        cni.projectcalico.org/ipv4pools: '[\"default-ipv4-ippool\"]'\n    spec: {}\n";
    const m = model(INSTALLATION, pool("team", "10.5.0.0/24"), dep);
    expect(() => allocate(m, DEFAULT_SETTINGS)).not.toThrow();
  });
});
