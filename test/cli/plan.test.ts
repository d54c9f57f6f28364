import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempTree } from "./helpers.js";

const POOLS = `apiVersion: crd.projectcalico.org/v1
kind: IPPool
metadata:
  name: small
spec:
  cidr: 10.10.0.0/28
  blockSize: 28
  ipipMode: Always
---
apiVersion: crd.projectcalico.org/v1
kind: IPPool
metadata:
  name: v6
spec:
  cidr: fd00:10::/48
---
apiVersion: crd.projectcalico.org/v1
kind: IPReservation
metadata:
  name: r
spec:
  reservedCIDRs: ["10.10.0.0/30", "10.10.0.2/31"]
`;

const APPS = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 10
  template:
    metadata:
      annotations:
        cni.projectcalico.org/ipv4pools: '["small"]'
    spec: {}
---
apiVersion: v1
kind: Pod
metadata:
  name: fixed
  annotations:
    cni.projectcalico.org/ipAddrs: '["10.10.0.9", "fd00:10::5"]'
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
  namespace: kube-system
spec:
  template:
    spec: {}
`;

describe("calico-ipam-lint plan", () => {
  it("prints pools, static addresses with owners, and what it could not count", async () => {
    const cwd = tempTree({ "apps.yaml": APPS, "pools.yaml": POOLS });
    const r = await cli(["plan", "."], { cwd });
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("Pools");
    expect(lines[1]).toMatch(/^ {2}POOL +CIDR +MODE +SIZE +RESERVED +STATIC +TUNNEL +DEMAND +FREE +SHORT +USE$/);
    expect(lines[2]).toMatch(/^ {2}small +10\.10\.0\.0\/28 +auto +16 +4 +1 +0 +10 +1 +0 +\[#{19}\.\] +93%$/);
    expect(lines[3]).toMatch(/^ {2}v6 +fd00:10::\/48 +auto +1208925819614629174706176 +0 +1 +0 +10 +1208925819614629174706165 +0 /);
    expect(r.stdout).toContain("10.10.0.9   ipAddrs  Pod default/fixed  apps.yaml:14  pool small");
    expect(r.stdout).toContain("fd00:10::5  ipAddrs  Pod default/fixed  apps.yaml:14  pool v6");
    expect(r.stdout).toContain("DaemonSet kube-system/agent (apps.yaml:21): a DaemonSet runs one pod per node and the node count is not known");
    expect(r.stdout).toContain("node tunnel addresses are not counted (IPIP in small): give the node count with --nodes");
  });

  it("counts DaemonSets and tunnel addresses with --nodes, and exits 1 on a shortfall", async () => {
    const cwd = tempTree({ "apps.yaml": APPS, "pools.yaml": POOLS });
    const r = await cli(["plan", ".", "--nodes", "3"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("IPv4 small: 16 needed, 11 assignable, 5 short");
    expect(r.stdout).not.toContain("Not counted");
  });

  it("lint takes --nodes as plan does: the DaemonSet's pods and the tunnel addresses exhaust the pool", async () => {
    const cwd = tempTree({ "apps.yaml": APPS, "pools.yaml": POOLS });
    const rules = (stdout: string): string[] => (JSON.parse(stdout) as { messages: { ruleId: string }[] }[]).flatMap((f) => f.messages.map((m) => m.ruleId));
    const without = await cli([".", "-f", "json"], { cwd });
    expect(rules(without.stdout)).not.toContain("pool-exhausted");
    const r = await cli([".", "--nodes", "3", "-f", "json"], { cwd });
    expect(r.code).toBe(1);
    expect(rules(r.stdout)).toContain("pool-exhausted");
    const bad = await cli([".", "--nodes", "three"], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--nodes takes a whole number, not "three"');
  });

  it("writes JSON for machines, with counts as strings", async () => {
    const cwd = tempTree({ "apps.yaml": APPS, "pools.yaml": POOLS });
    const r = await cli(["plan", ".", "--format", "json"], { cwd });
    const plan = JSON.parse(r.stdout);
    expect(plan.pools[0]).toMatchObject({ name: "small", cidr: "10.10.0.0/28", size: "16", reserved: "4", static: "1", demand: "10", free: "1", file: "pools.yaml", line: 6 });
    expect(plan.pools[1].size).toBe(String(1n << 80n));
    expect(plan.statics[0]).toEqual({ ip: "10.10.0.9", annotation: "ipAddrs", owner: { kind: "Pod", namespace: "default", name: "fixed", file: "apps.yaml", line: 14 }, pool: "small", reserved: false });
    expect(plan.unknown).toHaveLength(1);
    expect(plan.nodes).toBeNull();
  });

  it("writes a Markdown table to a file", async () => {
    const cwd = tempTree({ "apps.yaml": APPS, "pools.yaml": POOLS });
    const r = await cli(["plan", "apps.yaml", "--pools", "pools.yaml", "-f", "markdown", "-o", "plan.md"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const md = readFileSync(join(cwd, "plan.md"), "utf8");
    expect(md).toContain("| `small` | `10.10.0.0/28` | auto | 16 | 4 | 1 | 0 | 10 | 1 | 0 | 93% |");
    expect(md).toContain("| `10.10.0.9` | `ipAddrs` | Pod default/fixed | `apps.yaml:14` | `small` |");
  });

  it("refuses two formats on standard output, as lint does, and writes nothing then", async () => {
    const cwd = tempTree({ "apps.yaml": APPS, "pools.yaml": POOLS });
    const r = await cli(["plan", "apps.yaml", "--pools", "pools.yaml", "-f", "text", "-f", "json", "-f", "markdown", "-o", "plan.md"], { cwd });
    expect(r).toEqual({ code: 2, stdout: "", stderr: "calico-ipam-lint: only one --format can write to standard output; give the others an --output-file\n" });
    expect(readdirSync(cwd).sort()).toEqual(["apps.yaml", "pools.yaml"]);
  });

  it("refuses an unknown format and a missing path", async () => {
    const cwd = tempTree({ "apps.yaml": APPS });
    expect((await cli(["plan", ".", "-f", "sarif"], { cwd })).code).toBe(2);
    const r = await cli(["plan", "missing.yaml"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("missing.yaml: no such file or directory");
  });
});

describe("no pools in view", () => {
  it("says once on stderr how to provide them", async () => {
    const cwd = tempTree({ "apps.yaml": APPS.replace(/cni\.projectcalico\.org\/ipAddrs.*\n/, "") });
    const r = await cli(["."], { cwd });
    expect(r.stderr.match(/no IP pools in view/g)).toHaveLength(1);
    expect(r.stderr).toContain("--pools FILE (kubectl get ippools.crd.projectcalico.org -o yaml > pools.yaml)");
    expect(r.stderr).toContain("--context");
  });

  it("stays quiet when pools are given", async () => {
    const cwd = tempTree({ "apps.yaml": APPS, "pools.yaml": POOLS });
    const r = await cli(["apps.yaml", "--pools", "pools.yaml"], { cwd });
    expect(r.stderr).not.toContain("no IP pools in view");
  });
});
