import { describe, expect, it } from "vitest";
import { formatProblems, parseConfig, type ConfigData } from "../../src/config/index.js";
import { parseSource } from "../../src/load/index.js";

const FILE = ".calico-ipam-lint.yaml";

function ok(text: string, path = FILE): ConfigData {
  const r = parseConfig(parseSource(path, text, true));
  if ("problems" in r) throw new Error(formatProblems(parseSource(path, text, true), r.problems).join("\n"));
  return r.config.data;
}

/** Problems as `line:col: message`. */
function bad(text: string, path = FILE): string[] {
  const src = parseSource(path, text, true);
  const r = parseConfig(src);
  if (!("problems" in r)) throw new Error("expected problems");
  return formatProblems(src, r.problems).map((l) => l.slice(path.length + 1));
}

describe("configuration keys", () => {
  it("podCidrs: CIDRs Go parses", () => {
    expect(ok("podCidrs: [10.244.0.0/16, 'fd00:10:244::/56']").podCidrs).toEqual(["10.244.0.0/16", "fd00:10:244::/56"]);
    expect(bad("podCidrs:\n  - 10.244.0.0/16\n  - 10.244.0.0/33\n")).toEqual(['3:5: podCidrs: "10.244.0.0/33" is not a CIDR (write it as address/prefix, e.g. 10.244.0.0/16)']);
    expect(bad("podCidrs: 10.244.0.0/16\n")).toEqual(["1:11: podCidrs must be an array"]);
  });

  it("pools: file names", () => {
    expect(ok("pools: [cluster/ippools.yaml]").pools).toEqual(["cluster/ippools.yaml"]);
    expect(bad("pools: ['']\n")).toEqual(["1:9: pools[0] must NOT have fewer than 1 characters"]);
  });

  it("poolsComplete: a boolean", () => {
    expect(ok("poolsComplete: true").poolsComplete).toBe(true);
    expect(bad("poolsComplete: yes\n")).toEqual(["1:16: poolsComplete must be a boolean"]);
  });

  it("featureFlags: the two CNI flags", () => {
    expect(ok("featureFlags: {ipAddrsNoIpam: true, floatingIPs: false}").featureFlags).toEqual({ ipAddrsNoIpam: true, floatingIPs: false });
    expect(bad("featureFlags:\n  ipAddrsNoIPAM: true\n")).toEqual(['2:3: unknown key "ipAddrsNoIPAM" in featureFlags; did you mean "ipAddrsNoIpam"?']);
    expect(bad("featureFlags:\n  floatingIPs: 1\n")).toEqual(["2:16: featureFlags.floatingIPs must be a boolean"]);
  });

  it("calicoVersion: v3.32 or head", () => {
    expect(ok("calicoVersion: head").calicoVersion).toBe("head");
    expect(bad("calicoVersion: v3.31\n")).toEqual(['1:16: calicoVersion is "v3.31"; it must be one of "v3.32", "head"']);
  });

  it("ipam: strictAffinity and maxBlocksPerHost", () => {
    expect(ok("ipam: {strictAffinity: true, maxBlocksPerHost: 4}").ipam).toEqual({ strictAffinity: true, maxBlocksPerHost: 4 });
    expect(bad("ipam:\n  maxBlocksPerHost: -1\n  strictAffinity: 'true'\n")).toEqual(["2:21: ipam.maxBlocksPerHost must be >= 0", "3:19: ipam.strictAffinity must be a boolean"]);
    expect(bad("ipam: {maxBlocksPerHost: 2.5}\n")).toEqual(["1:26: ipam.maxBlocksPerHost must be an integer"]);
  });

  it("nodes: a whole number", () => {
    expect(ok("nodes: 12").nodes).toBe(12);
    expect(bad('nodes: "12"\n')).toEqual(["1:8: nodes must be an integer"]);
  });

  it("rules: every rule id, with error, warn or off", () => {
    expect(ok("rules:\n  pool-overlap: warn\n  ip-in-use: off\n  unused-suppression: error\n").rules).toEqual({ "pool-overlap": "warn", "ip-in-use": "off", "unused-suppression": "error" });
    expect(bad("rules:\n  pool-overlaps: warn\n")).toEqual(['2:3: unknown rule "pool-overlaps"; did you mean "pool-overlap"?']);
    expect(bad("rules:\n  pool-overlap: warning\n")).toEqual(['2:17: rules.pool-overlap is "warning"; it must be one of "error", "warn", "off"']);
  });

  it("ignore: globs", () => {
    expect(ok("ignore: ['charts/vendor/**', '*.json']").ignore).toEqual(["charts/vendor/**", "*.json"]);
    expect(bad("ignore: [charts, 3]\n")).toEqual(["1:18: ignore[1] must be a string"]);
  });

  it("overrides: files and rules", () => {
    expect(ok("overrides:\n  - files: [legacy/**]\n    rules: {invalid-ip: warn}\n").overrides).toEqual([{ files: ["legacy/**"], rules: { "invalid-ip": "warn" } }]);
    expect(bad("overrides:\n  - rules: {invalid-ip: warn}\n")).toEqual(['2:5: overrides[0] needs "files"']);
    expect(bad("overrides:\n  - files: []\n    rules: {invalid-ips: warn}\n")).toEqual([
      "2:12: overrides[0].files must NOT have fewer than 1 items",
      '3:13: unknown rule "invalid-ips"; did you mean "invalid-ip"?',
    ]);
  });

  it("suppress: kind, namespace, name and rules", () => {
    expect(ok("suppress:\n  - {kind: Deployment, namespace: vendor, name: 'agent-*', rules: all, reason: not ours}\n").suppress).toEqual([
      { kind: "Deployment", namespace: "vendor", name: "agent-*", rules: "all", reason: "not ours" },
    ]);
    expect(bad("suppress:\n  - rules: [invalid-ip]\n")).toEqual(["2:5: suppress[0] must name at least one of kind, namespace, name"]);
    expect(bad("suppress:\n  - kind: Pod\n    rules: [invalid-ip, pool-overlapp]\n")).toEqual(['3:25: suppress[0].rules[1]: unknown rule "pool-overlapp"; did you mean "pool-overlap"?']);
    expect(bad("suppress:\n  - kind: Pod\n    rules: everything\n")).toEqual(['3:12: suppress[0].rules must be "all" or a list of rule ids']);
    expect(bad("suppress:\n  - kind: Pod\n    rule: [invalid-ip]\n")).toEqual(['2:5: suppress[0] needs "rules"', '3:5: unknown key "rule" in suppress[0]; did you mean "rules"?']);
  });

  it("an unknown top-level key, with the key meant", () => {
    expect(bad("podCIDRs: [10.0.0.0/8]\n")).toEqual(['1:1: unknown key "podCIDRs" in the configuration; did you mean "podCidrs"?']);
    expect(bad("extends: base.yaml\n")).toEqual(['1:1: unknown key "extends" in the configuration']);
  });
});

describe("the file", () => {
  it("may be empty, or hold only comments", () => {
    expect(ok("")).toEqual({});
    expect(ok("# nothing yet\n")).toEqual({});
  });

  it("may be JSON, with a $schema key for editors", () => {
    const json = '{\n\t"$schema": "./node_modules/calico-ipam-lint/schema/calico-ipam-lint.schema.json",\n\t"rules": {"pool-overlap": "warn"}\n}\n';
    expect(ok(json, ".calico-ipam-lint.json").rules).toEqual({ "pool-overlap": "warn" });
    expect(bad('{\n  "rules": {\n    "pool-overlap": "warm"\n  }\n}\n', ".calico-ipam-lint.json")).toEqual([
      '3:21: rules.pool-overlap is "warm"; it must be one of "error", "warn", "off"',
    ]);
  });

  it("is data only: tags beyond the core schema's are refused, core ones are fine", () => {
    expect(ok("calicoVersion: !!str head\n").calicoVersion).toBe("head");
    expect(bad("podCidrs: !!js/function 'function () { return [] }'\n")).toEqual(["1:25: the tag !!js/function is not allowed: the configuration is plain data", "1:25: podCidrs must be an array"]);
    expect(bad("ignore: [!!binary aGk=]\n")).toEqual(["1:19: the tag !!binary is not allowed: the configuration is plain data"]);
    expect(bad("rules: !custom {}\n")).toEqual(["1:16: the tag !custom is not allowed: the configuration is plain data"]);
  });

  it("refuses $ref and other keys JSON Schema tools might follow", () => {
    expect(bad('rules: {$ref: "https://example.com/rules.json"}\n')).toEqual(['1:9: unknown rule "$ref"']);
  });

  it("is one mapping, in one document", () => {
    expect(bad("- rules: {}\n")).toEqual(["1:1: the configuration must be a mapping of keys (podCidrs, rules, …)"]);
    expect(bad("nodes: 1\n---\nnodes: 2\n")).toEqual(["3:1: the configuration must be one YAML document"]);
  });

  it("reports a syntax error where it is", () => {
    expect(bad("rules:\n  pool-overlap: [warn\n")).toHaveLength(1);
    expect(bad("rules:\n  pool-overlap: [warn\n")[0]).toMatch(/^3:1: /);
    expect(bad("nodes: 1\nnodes: 2\n")).toEqual(["2:1: Map keys must be unique"]);
  });
});
