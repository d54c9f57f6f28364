import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import { lintSources, type LintOptions } from "../../src/engine/run.js";
import { unsuppressed, type Pos, type Region, type Suppression } from "../../src/engine/suppress.js";
import type { Finding } from "../../src/report/types.js";
import { parseSource } from "../../src/load/index.js";
import { yaml } from "../rule-tester.js";

/** Lint files (path → text) with every rule; findings as `file:line:col rule`. */
function lint(files: Record<string, string>, options: LintOptions = {}): string[] {
  const sources = Object.entries(files).map(([p, t]) => parseSource(p, t));
  return lintSources(sources, { strict: true, ...options }).results.flatMap((r) => r.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`));
}

/** A policy from configuration text, for a repository at /repo linted from /repo. */
function policy(text: string, cwd = "/repo"): LintOptions {
  const parsed = parseConfig(parseSource(".calico-ipam-lint.yaml", text, true));
  if ("problems" in parsed) throw new Error(parsed.problems.map((p) => p.message).join("\n"));
  return { policy: { config: parsed.config, baseDir: "/repo", cwd }, ...(parsed.config.data.rules ? { rules: parsed.config.data.rules } : {}) };
}

const BAD_IP = `cni.projectcalico.org/ipAddrs: '["10.0.0.300"]'`;

const pod = (name: string, annotations: string[], ns?: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ""}  annotations:\n${annotations.map((a) => `    ${a}\n`).join("")}`;

describe("the calico-ipam-lint.io/ignore annotation", () => {
  it("on an object covers findings located in that object only", () => {
    const text = `${pod("a", ["calico-ipam-lint.io/ignore: invalid-ip", BAD_IP])}---\n${pod("b", [BAD_IP])}`;
    expect(lint({ "t.yaml": text })).toEqual(["t.yaml:14:39 invalid-ip"]);
  });

  it("covers only the rules it names; `all` covers every rule", () => {
    expect(lint({ "t.yaml": pod("a", ["calico-ipam-lint.io/ignore: pool-overlap", BAD_IP]) })).toEqual(["t.yaml:6:33 unused-suppression", "t.yaml:7:39 invalid-ip"]);
    expect(lint({ "t.yaml": pod("a", ['calico-ipam-lint.io/ignore: "all"', BAD_IP]) })).toEqual([]);
  });

  it("on a pod template covers the template, not the controller's own metadata", () => {
    const text = yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        annotations:
          cni.projectcalico.org/ipv4pools: '["a"]'
      spec:
        template:
          metadata:
            annotations:
              calico-ipam-lint.io/ignore: invalid-ip,annotation-placement
              ${BAD_IP}
    `;
    expect(lint({ "t.yaml": text })).toEqual(["t.yaml:6:5 annotation-placement", "t.yaml:11:48 unused-suppression"]);
  });

  it("on the controller's metadata covers its template too", () => {
    const text = yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        annotations:
          calico-ipam-lint.io/ignore: invalid-ip
      spec:
        template:
          metadata:
            annotations:
              ${BAD_IP}
    `;
    expect(lint({ "t.yaml": text })).toEqual([]);
  });

  it("in a List item covers that item", () => {
    const text = yaml`
      apiVersion: v1
      kind: List
      items:
        - apiVersion: v1
          kind: Pod
          metadata:
            name: a
            annotations:
              calico-ipam-lint.io/ignore: invalid-ip
              ${BAD_IP}
        - apiVersion: v1
          kind: Pod
          metadata:
            name: b
            annotations:
              ${BAD_IP}
    `;
    expect(lint({ "t.yaml": text })).toEqual(["t.yaml:16:43 invalid-ip"]);
  });
});

describe("# calico-ipam-lint-disable-next-line", () => {
  it("covers the node that starts first on the next line, past the line (a flow mapping over two lines)", () => {
    const text = `apiVersion: v1\nkind: Pod\n# calico-ipam-lint-disable-next-line invalid-ip\nmetadata: {name: a,\n  annotations: {${BAD_IP}}}\n`;
    expect(lint({ "t.yaml": text }, { only: ["invalid-ip", "unused-suppression"] })).toEqual([]);
    // Without the comment, the finding is on the line after the one the comment names.
    expect(lint({ "t.yaml": text.replace(/# calico.*\n/, "") }, { only: ["invalid-ip"] })).toEqual(["t.yaml:4:51 invalid-ip"]);
  });

  it("covers the map entry on the next line, nested block included", () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: a
        # calico-ipam-lint-disable-next-line invalid-ip
        annotations:

          ${BAD_IP}
          cni.projectcalico.org/floatingIPs: '["10.0.0.400"]'
    `;
    // The blank line and the nested entries are inside the `annotations` entry.
    expect(lint({ "t.yaml": text }, { only: ["invalid-ip", "unused-suppression"] })).toEqual([]);
  });

  it("stays with its node when lines are added above it", () => {
    const text = (header: string) => `${header}apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  annotations:\n    # calico-ipam-lint-disable-next-line invalid-ip\n    ${BAD_IP}\n`;
    expect(lint({ "t.yaml": text("") })).toEqual([]);
    expect(lint({ "t.yaml": text("# a comment\n# and another\n") })).toEqual([]);
  });

  it("covers only that node: the next sibling is reported", () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: a
        annotations:
          # calico-ipam-lint-disable-next-line invalid-ip -- the appliance's address, assigned by hand
          ${BAD_IP}
          cni.projectcalico.org/floatingIPs: '["10.0.0.400"]'
    `;
    expect(lint({ "t.yaml": text }, { only: ["invalid-ip", "unused-suppression"] })).toEqual(["t.yaml:8:43 invalid-ip"]);
  });

  it("above a list item covers the whole item", () => {
    const text = yaml`
      apiVersion: v1
      kind: List
      items:
        # calico-ipam-lint-disable-next-line invalid-ip
        - apiVersion: v1
          kind: Pod
          metadata:
            name: a
            annotations:
              ${BAD_IP}
        - apiVersion: v1
          kind: Pod
          metadata:
            name: b
            annotations:
              ${BAD_IP}
    `;
    expect(lint({ "t.yaml": text }, { only: ["invalid-ip", "unused-suppression"] })).toEqual(["t.yaml:16:43 invalid-ip"]);
  });

  it("with no rule ids covers every rule; several ids separated by commas or spaces", () => {
    const two = `cni.projectcalico.org/ipAddrs: '["10.0.0.300", "10.0.0.1", "10.0.0.2"]'`;
    const at = (directive: string) => lint({ "t.yaml": pod("a", [directive, two]) }, { only: ["invalid-ip", "multiple-ip-addrs", "unused-suppression"] });
    expect(at("# ok")).toEqual(["t.yaml:7:39 invalid-ip", "t.yaml:7:65 multiple-ip-addrs"]);
    expect(at("# calico-ipam-lint-disable-next-line")).toEqual([]);
    expect(at("# calico-ipam-lint-disable-next-line invalid-ip, multiple-ip-addrs")).toEqual([]);
    expect(at("# calico-ipam-lint-disable-next-line invalid-ip multiple-ip-addrs")).toEqual([]);
    expect(at("# calico-ipam-lint-disable-next-line multiple-ip-addrs")).toEqual(["t.yaml:7:39 invalid-ip"]);
  });

  it("reports the ids that were not used, at the id", () => {
    const text = pod("a", ["# calico-ipam-lint-disable-next-line invalid-ip, pool-overlap", BAD_IP]);
    expect(lint({ "t.yaml": text })).toEqual(["t.yaml:6:54 unused-suppression"]);
  });
});

describe("suppress entries of the configuration", () => {
  const files = {
    "charts/vendor.yaml": `${pod("vendor-a", [BAD_IP], "vendor")}---\n${pod("vendor-b", [BAD_IP], "vendor")}---\n${pod("ours", [BAD_IP], "vendor")}`,
    "apps/app.yaml": pod("vendor-a", [BAD_IP]),
  };

  it("match kind, namespace and name, with * wildcards", () => {
    const opts = policy(`suppress:\n  - kind: Pod\n    namespace: vendor\n    name: "vendor-*"\n    rules: [invalid-ip]\n    reason: the vendor's chart\n`);
    expect(lint(files, opts)).toEqual(["apps/app.yaml:6:39 invalid-ip", "charts/vendor.yaml:23:39 invalid-ip"]);
  });

  it("match the default namespace for objects that name none", () => {
    const opts = policy(`suppress:\n  - namespace: default\n    rules: all\n`);
    expect(lint(files, opts)).toEqual(["charts/vendor.yaml:7:39 invalid-ip", "charts/vendor.yaml:15:39 invalid-ip", "charts/vendor.yaml:23:39 invalid-ip"]);
    expect(lint(files, { ...opts, defaultNamespace: "team" })).toHaveLength(4);
  });

  it("do not give a cluster-scoped object the default namespace", () => {
    const pools = "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: a}\nspec: {cidr: 10.0.0.1/16}\n";
    expect(lint({ "p.yaml": pools }, policy(`suppress:\n  - namespace: default\n    rules: [pool-invalid]\n`))).toEqual(["p.yaml:4:14 pool-invalid"]);
    expect(lint({ "p.yaml": pools }, policy(`suppress:\n  - kind: IPPool\n    rules: [pool-invalid]\n`))).toEqual([]);
  });

  it("report an entry that matches objects but suppresses nothing, in the configuration file", () => {
    const opts = policy(`# vendor charts\nsuppress:\n  - kind: Pod\n    rules: [invalid-ip, pool-overlap]\n  - kind: Deployment\n    rules: all\n`);
    const out = lintSources(
      Object.entries(files).map(([p, t]) => parseSource(p, t)),
      opts,
    );
    const cfg = out.results.find((r) => r.file === ".calico-ipam-lint.yaml");
    // The Deployment entry matches no object in view: it cannot be judged (a partial run), so it is not reported.
    expect(cfg?.findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      "4:25 This suppress entry of the configuration suppresses pool-overlap, but no pool-overlap finding is located under it. Remove pool-overlap from the entry so that it cannot hide a future problem",
    ]);
    expect(out.results.flatMap((r) => r.findings).filter((f) => f.ruleId === "invalid-ip")).toEqual([]);
  });
});

describe("per-path overrides and ignore globs", () => {
  const files = { "apps/a.yaml": pod("a", [BAD_IP]), "legacy/b.yaml": pod("b", [BAD_IP]), "legacy/keep/c.yaml": pod("c", [BAD_IP]) };
  const severities = (opts: LintOptions) =>
    lintSources(
      Object.entries(files).map(([p, t]) => parseSource(p, t)),
      { strict: true, ...opts },
    ).results.map((r) => `${r.file}: ${r.findings.map((f) => `${f.ruleId} ${f.severity}`).join(", ")}`);

  it("set a rule's severity for matching files; later entries win", () => {
    const opts = policy(`overrides:\n  - files: ["legacy/**"]\n    rules: {invalid-ip: warn}\n  - files: ["legacy/keep/"]\n    rules: {invalid-ip: off}\n`);
    expect(severities(opts)).toEqual(["apps/a.yaml: invalid-ip error", "legacy/b.yaml: invalid-ip warning", "legacy/keep/c.yaml: "]);
  });

  it("turn on, for some files, a rule that is off everywhere else", () => {
    const opts = policy(`rules: {invalid-ip: off}\noverrides:\n  - files: ["*.yaml", "!legacy/**"]\n    rules: {invalid-ip: error}\n`);
    expect(severities(opts)).toEqual(["apps/a.yaml: invalid-ip error", "legacy/b.yaml: ", "legacy/keep/c.yaml: "]);
  });

  it("are relative to the configuration file's directory, whatever the working directory", () => {
    const opts = policy(`overrides:\n  - files: ["legacy/b.yaml"]\n    rules: {invalid-ip: warn}\n`, "/repo/legacy");
    const out = lintSources([parseSource("b.yaml", pod("b", [BAD_IP])), parseSource("/elsewhere/b.yaml", pod("b", [BAD_IP]))], { strict: true, ...opts });
    expect(out.results.map((r) => `${r.file} ${r.findings[0]?.severity}`)).toEqual(["/elsewhere/b.yaml error", "b.yaml warning"]);
  });

  it("ignore: files are not reported but still read for cross-file checks", () => {
    const cluster = "apiVersion: kind.x-k8s.io/v1alpha4\nkind: Cluster\nnetworking: {podSubnet: 10.244.0.0/16}\n";
    const pool = "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: p}\nspec: {cidr: 192.168.0.0/16}\n";
    const opts = policy(`ignore:\n  - "vendor/"\n  - legacy/b.yaml\n`);
    const out = lintSources(
      [parseSource("vendor/cluster.yaml", cluster), parseSource("pools.yaml", pool), parseSource("legacy/b.yaml", pod("b", [BAD_IP]))],
      { strict: true, ...opts },
    );
    expect(out.results.map((r) => `${r.file}: ${r.findings.map((f) => f.ruleId).join(", ")}`)).toEqual(["pools.yaml: pool-outside-pod-cidr"]);
  });
});

describe("matching findings with suppressions", () => {
  // unsuppressed() takes each file's findings in order of place past its regions in order of start;
  // it must keep, and mark used, exactly what trying every finding against every suppression does.
  it("keeps and marks what trying each finding against each suppression does, on random regions", () => {
    let seed = 11;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pos = (): Pos => ({ line: 1 + rand(30), column: 1 + rand(5) });
    const ids = ["invalid-ip", "duplicate-static-ip", "unknown-pool"];
    for (let round = 0; round < 300; round++) {
      const files = ["a.yaml", "b.yaml"];
      const make = (): Suppression[] =>
        Array.from({ length: rand(8) }, (_, k) => {
          const [s, e] = [pos(), pos()].sort((x, y) => x.line - y.line || x.column - y.column) as [Pos, Pos];
          const file = files[rand(2)] as string;
          const all = rand(4) === 0;
          const span = { file, start: k, end: k };
          const region: Region = { file, start: s, end: rand(3) === 0 ? { line: s.line, column: s.column + rand(20) } : e };
          const base = { form: "comment" as const, file, span, all, ids: all ? [] : [{ id: ids[rand(3)] as string, span }], judgeable: true, used: new Set<string>(), usedAny: false };
          // Now and then a configuration entry: it covers what its test says, wherever.
          return rand(6) === 0 ? { ...base, form: "config" as const, covers: (f: Finding) => f.line % 3 === 0 } : { ...base, region };
        });
      const findings: Finding[] = Array.from({ length: rand(25) }, () => {
        const p = pos();
        return { ruleId: ids[rand(3)] as string, severity: "error", message: "m", file: files[rand(2)] as string, line: p.line, column: p.column, endLine: p.line, endColumn: p.column + 1 };
      });
      const fast = make();
      const slow = fast.map((s) => ({ ...s, used: new Set<string>(), usedAny: false }));
      const covers = (s: Suppression, f: Finding): boolean =>
        s.region ? s.region.file === f.file && (s.region.start.line < f.line || (s.region.start.line === f.line && s.region.start.column <= f.column)) && (f.line < s.region.end.line || (f.line === s.region.end.line && f.column <= s.region.end.column)) : (s.covers?.(f) ?? false);
      const kept = findings.filter((f) => {
        let suppressed = false;
        for (const s of slow) {
          if (!covers(s, f)) continue;
          if (s.all) {
            s.usedAny = true;
            suppressed = true;
          }
          if (s.ids.some((x) => x.id === f.ruleId)) {
            s.used.add(f.ruleId);
            s.usedAny = true;
            suppressed = true;
          }
        }
        return !suppressed;
      });
      expect(unsuppressed(fast, findings)).toEqual(kept);
      expect(fast.map((s) => [s.usedAny, [...s.used].sort()])).toEqual(slow.map((s) => [s.usedAny, [...s.used].sort()]));
    }
  });
});
