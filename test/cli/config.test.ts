import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempTree } from "./helpers.js";

const BAD_IP = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.0.0.300\"]'\n";
const NOIPAM = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n  annotations:\n    cni.projectcalico.org/ipAddrsNoIpam: '[\"10.0.0.3\"]'\n";
const POOL = "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: p}\nspec: {cidr: 192.168.0.0/16}\n";

type JsonFile = { filePath: string; messages: { ruleId: string; severity: number; line: number; column: number }[] };
const json = (stdout: string): string[] =>
  (JSON.parse(stdout) as JsonFile[]).flatMap((f) => f.messages.map((m) => `${f.filePath.split("/").pop()}:${m.line}:${m.column} ${m.ruleId} ${m.severity}`));

describe("finding the configuration", () => {
  it("reads .calico-ipam-lint.yaml from the working directory", async () => {
    const cwd = tempTree({ ".calico-ipam-lint.yaml": "rules:\n  invalid-ip: warn\n", "a.yaml": BAD_IP });
    const r = await cli(["a.yaml", "-f", "json"], { cwd });
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toEqual(["a.yaml:6:39 invalid-ip 1"]);
  });

  it("reads it from a directory above, stopping at the nearest; globs stay relative to it", async () => {
    const root = tempTree({
      ".calico-ipam-lint.yml": "ignore: [apps/legacy/]\nrules: {invalid-ip: warn}\n",
      "apps/legacy/a.yaml": BAD_IP,
      "apps/new/a.yaml": BAD_IP,
    });
    const r = await cli([".", "-f", "json"], { cwd: join(root, "apps") });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as JsonFile[]).map((f) => f.filePath)).toEqual([join(root, "apps/new/a.yaml")]);
    // A nearer one wins, whole (configurations do not merge).
    writeFileSync(join(root, "apps/new/.calico-ipam-lint.yaml"), "podCidrs: [10.0.0.0/8]\n");
    const r2 = await cli(["a.yaml", "-f", "json"], { cwd: join(root, "apps/new") });
    expect(json(r2.stdout)).toEqual(["a.yaml:6:39 invalid-ip 2"]);
  });

  it("never runs a JavaScript configuration: such files are not looked for, and one given is read as data", async () => {
    const js = (marker: string) => `require("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran");\nmodule.exports = { rules: { "invalid-ip": "off" } };\n`;
    const cwd = tempTree({ "a.yaml": BAD_IP });
    const marker = join(cwd, "RAN");
    for (const name of [".calico-ipam-lint.js", ".calico-ipam-lint.cjs", ".calico-ipam-lint.mjs", "calico-ipam-lint.config.js"]) writeFileSync(join(cwd, name), js(marker));
    const found = await cli(["a.yaml", "-f", "json"], { cwd });
    expect(json(found.stdout)).toEqual(["a.yaml:6:39 invalid-ip 2"]);
    const given = await cli(["a.yaml", "--config", ".calico-ipam-lint.js"], { cwd });
    expect(given).toMatchObject({ code: 2, stdout: "" });
    expect(given.stderr).toMatch(/^calico-ipam-lint: \.calico-ipam-lint\.js:1:1: /);
    expect(existsSync(marker)).toBe(false);
  });

  it("cni tells the CNI setup the repository does not hold: ipAddrs under host-local IPAM fails the pod", async () => {
    const STATIC = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.0.0.3\"]'\n    cni.projectcalico.org/ipv4pools: '[\"p\"]'\n";
    const cwd = tempTree({ ".calico-ipam-lint.yaml": "cni:\n  ipam: host-local\n", "a.yaml": STATIC });
    const r = await cli(["a.yaml", "-f", "json"], { cwd });
    expect(r.code).toBe(1);
    const messages = (JSON.parse(r.stdout) as { messages: { ruleId: string; severity: number; line: number; message: string }[] }[])[0]?.messages ?? [];
    expect(messages.map((m) => `${m.line} ${m.ruleId} ${m.severity}`)).toEqual(["6 feature-flag-required 2", "7 annotation-placement 1"]);
    expect(messages[0]?.message).toContain("`ipAddrs is not compatible with configured IPAM: host-local`");
    expect(messages[0]?.message).toContain("the configuration's cni.ipam: host-local");
    // Without it, the same files are taken to use Calico IPAM: neither finding.
    writeFileSync(join(cwd, ".calico-ipam-lint.yaml"), "{}\n");
    const plain = await cli(["a.yaml", "-f", "json"], { cwd });
    expect(json(plain.stdout).filter((l) => /feature-flag-required|annotation-placement/.test(l))).toEqual([]);
  });

  it("reads .calico-ipam-lint.json", async () => {
    const cwd = tempTree({ ".calico-ipam-lint.json": '{"rules": {"invalid-ip": "off"}}\n', "a.yaml": BAD_IP });
    expect((await cli(["a.yaml"], { cwd })).code).toBe(0);
  });

  it("refuses two configuration files in one directory", async () => {
    const cwd = tempTree({ ".calico-ipam-lint.yaml": "{}\n", ".calico-ipam-lint.json": "{}\n", "a.yaml": BAD_IP });
    const r = await cli(["a.yaml"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(".calico-ipam-lint.yaml and .calico-ipam-lint.json: two configuration files in one directory; keep one");
  });

  it("takes --config instead, relative to the working directory", async () => {
    const cwd = tempTree({ ".calico-ipam-lint.yaml": "rules: {invalid-ip: warn}\n", "ci/strict.yaml": "rules: {invalid-ip: error}\n", "a.yaml": BAD_IP });
    expect((await cli(["a.yaml"], { cwd })).code).toBe(0);
    expect((await cli(["a.yaml", "--config", "ci/strict.yaml"], { cwd })).code).toBe(1);
    const missing = await cli(["a.yaml", "--config", "ci/none.yaml"], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("calico-ipam-lint: ci/none.yaml: no such configuration file\n");
  });
});

describe("a configuration that cannot be used", () => {
  it("exits 2 with every problem at its line and column in the configuration file", async () => {
    const cwd = tempTree({
      ".calico-ipam-lint.yaml": "# team settings\nrules:\n  invalid-ip: warning\n  pool-overlaps: off\ncalicoVersion: 3.32\n",
      "a.yaml": BAD_IP,
    });
    const r = await cli(["a.yaml", "-f", "json"], { cwd });
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'calico-ipam-lint: .calico-ipam-lint.yaml:3:15: rules.invalid-ip is "warning"; it must be one of "error", "warn", "off"\n' +
        'calico-ipam-lint: .calico-ipam-lint.yaml:4:3: unknown rule "pool-overlaps"; did you mean "pool-overlap"?\n' +
        'calico-ipam-lint: .calico-ipam-lint.yaml:5:16: calicoVersion is 3.32; it must be one of "v3.32", "head"\n',
    });
  });

  it("exits 2 on YAML that does not parse, and for the plan command too", async () => {
    const cwd = tempTree({ ".calico-ipam-lint.yaml": "rules: {invalid-ip: warn\n", "a.yaml": BAD_IP });
    const r = await cli(["a.yaml"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^calico-ipam-lint: \.calico-ipam-lint\.yaml:2:1: /);
    expect((await cli(["plan", "a.yaml"], { cwd })).code).toBe(2);
  });
});

describe("configuration keys on the command line's behalf", () => {
  it("podCidrs, replaced by --pod-cidr", async () => {
    const cwd = tempTree({ ".calico-ipam-lint.yaml": "podCidrs: [10.244.0.0/16]\n", "p.yaml": POOL });
    expect(json((await cli(["p.yaml", "-f", "json"], { cwd })).stdout)).toEqual(["p.yaml:4:14 pool-outside-pod-cidr 1"]);
    expect(json((await cli(["p.yaml", "-f", "json", "--pod-cidr", "192.168.0.0/16"], { cwd })).stdout)).toEqual([]);
  });

  it("pools: files relative to the configuration, read as context", async () => {
    const root = tempTree({
      ".calico-ipam-lint.yaml": "pools: [cluster/pools.yaml]\npodCidrs: [10.244.0.0/16]\n",
      "cluster/pools.yaml": POOL,
      "apps/a.yaml": BAD_IP.replace("10.0.0.300", "192.168.0.1"),
    });
    const r = await cli(["a.yaml", "-f", "json"], { cwd: join(root, "apps") });
    // The pool is read (no "no IP pools in view"), but findings in it are not reported.
    expect(r.stderr).not.toContain("no IP pools in view");
    expect((JSON.parse(r.stdout) as JsonFile[]).map((f) => f.filePath)).toEqual([join(root, "apps/a.yaml")]);
    const missing = await cli(["a.yaml"], { cwd: join(tempTree({ ".calico-ipam-lint.yaml": "pools: [none.yaml]\n", "apps/a.yaml": BAD_IP }), "apps") });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("none.yaml: no such file or directory");
  });

  it("featureFlags", async () => {
    const cwd = tempTree({ "b.yaml": NOIPAM, ".calico-ipam-lint.yaml": "featureFlags: {ipAddrsNoIpam: false}\n" });
    expect(json((await cli(["b.yaml", "-f", "json"], { cwd })).stdout)).toEqual(["b.yaml:6:5 feature-flag-required 2"]);
    const on = tempTree({ "b.yaml": NOIPAM, ".calico-ipam-lint.yaml": "featureFlags: {ipAddrsNoIpam: true}\n" });
    expect(json((await cli(["b.yaml", "-f", "json"], { cwd: on })).stdout)).toEqual([]);
  });

  it("calicoVersion", async () => {
    // HEAD validates a reservation's entries strictly (a bare address is not a CIDR there).
    const reservation = "apiVersion: crd.projectcalico.org/v1\nkind: IPReservation\nmetadata: {name: r}\nspec:\n  reservedCIDRs: [10.0.0.5]\n";
    const released = tempTree({ "r.yaml": reservation });
    const head = tempTree({ "r.yaml": reservation, ".calico-ipam-lint.yaml": "calicoVersion: head\n" });
    expect(json((await cli(["r.yaml", "-f", "json"], { cwd: released })).stdout)).toEqual([]);
    expect(json((await cli(["r.yaml", "-f", "json"], { cwd: head })).stdout)).toEqual(["r.yaml:5:19 pool-invalid 2"]);
  });

  it("calicoEdition: enterprise accepts Calico Enterprise's pool fields; a value outside the enum is a located error", async () => {
    const pool = "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: hosts}\nspec:\n  cidr: 100.64.0.0/25\n  allowedUses: [HostSecondaryInterface]\n  awsSubnetID: subnet-000000000000000001\n";
    const open = tempTree({ "p.yaml": pool });
    const enterprise = tempTree({ "p.yaml": pool, ".calico-ipam-lint.yaml": "calicoEdition: enterprise\n" });
    expect(json((await cli(["p.yaml", "-f", "json"], { cwd: open })).stdout)).toEqual(["p.yaml:6:17 pool-invalid 2", "p.yaml:7:3 pool-invalid 1"]);
    expect(json((await cli(["p.yaml", "-f", "json"], { cwd: enterprise })).stdout)).toEqual([]);
    const typo = tempTree({ "p.yaml": pool, ".calico-ipam-lint.yaml": "calicoEdition: Enterprise\n" });
    const r = await cli(["p.yaml"], { cwd: typo });
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toContain('1:16: calicoEdition is "Enterprise"; it must be one of "open-source", "enterprise"');
  });

  it("poolsComplete", async () => {
    const pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n";
    const disabled = "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: p}\nspec: {cidr: 10.0.0.0/16, disabled: true}\n";
    const open = tempTree({ "a.yaml": pod, "p.yaml": disabled });
    const complete = tempTree({ "a.yaml": pod, "p.yaml": disabled, ".calico-ipam-lint.yaml": "poolsComplete: true\n" });
    expect(json((await cli([".", "-f", "json"], { cwd: open })).stdout).filter((l) => l.includes("no-usable-pool"))).toEqual([]);
    expect(json((await cli([".", "-f", "json"], { cwd: complete })).stdout).filter((l) => l.includes("no-usable-pool"))).toHaveLength(1);
  });

  it("nodes and ipam settings reach the plan command; --nodes wins", async () => {
    const daemonset = "apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent}\nspec:\n  template:\n    spec: {}\n";
    const pools = "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: small}\nspec: {cidr: 10.10.0.0/28, blockSize: 28}\n";
    const cwd = tempTree({ "d.yaml": daemonset, "p.yaml": pools, ".calico-ipam-lint.yaml": "nodes: 20\nipam: {strictAffinity: false, maxBlocksPerHost: 20}\n" });
    const fromConfig = await cli(["plan", ".", "-f", "json"], { cwd });
    expect(JSON.parse(fromConfig.stdout).nodes).toBe(20);
    expect(fromConfig.code).toBe(1);
    const fromFlag = await cli(["plan", ".", "-f", "json", "--nodes", "3"], { cwd });
    expect(JSON.parse(fromFlag.stdout).nodes).toBe(3);
    expect(fromFlag.code).toBe(0);
  });

  it("suppress entries and the annotation, in one run", async () => {
    const cwd = tempTree({
      ".calico-ipam-lint.yaml": "suppress:\n  - {kind: Pod, name: a, rules: [invalid-ip]}\n",
      "a.yaml": BAD_IP,
      "b.yaml": BAD_IP.replace("name: a", "name: b").replace("  annotations:\n", "  annotations:\n    calico-ipam-lint.io/ignore: invalid-ip\n"),
    });
    const r = await cli([".", "-f", "json"], { cwd });
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toEqual([]);
  });
});
