import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintSources } from "../../src/engine/run.js";
import { expandPaths } from "../../src/load/files.js";
import { parseSource } from "../../src/load/index.js";
import { renderFindings } from "../../src/report/html.js";
import { tempDir } from "./helpers.js";

/**
 * Inputs whose cost grew with the square of their size. Each check times the same work at size n
 * and 2n and compares the times: linear work about doubles, quadratic work about quadruples. No
 * time is asserted, only the ratio (the best of a few runs each, so that a busy machine's pauses
 * do not decide it).
 */

function best(f: () => unknown, runs = 3): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

async function bestAsync(f: () => Promise<unknown>, runs = 3): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

/** Quadratic growth doubles to 4; linear to 2. Between them, allowing for noise. */
const LINEAR = 3;

// A busy machine can stretch one measurement of a pair; a real quadratic case fails every try.
describe("growth with size", { retry: 2 }, () => {
  it("ip-outside-pool: n static addresses outside n pools (every pool was formatted for each address)", () => {
    const source = (n: number) => {
      const pools = Array.from({ length: n }, (_, i) => `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p${i}}\nspec: {cidr: 10.${i >> 8}.${i & 255}.0/24}\n`);
      const pods = Array.from({ length: n }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata: {name: q${i}, annotations: {cni.projectcalico.org/ipAddrs: '["172.16.${i >> 8}.${i & 255}"]'}}\n`);
      return parseSource("big.yaml", [...pools, ...pods].join("---\n"));
    };
    const run = (n: number) => {
      const files = [source(n)];
      return () => {
        const { results } = lintSources(files, { only: ["ip-outside-pool"] });
        expect(results[0]?.findings).toHaveLength(n);
      };
    };
    const small = best(run(1500));
    const large = best(run(3000));
    expect(large / small, `${small.toFixed(0)} ms, then ${large.toFixed(0)} ms`).toBeLessThan(LINEAR);
  }, 120_000);

  it("unknown-pool: n pods each naming a pool one letter from one of n pools (each name was measured against every pool)", () => {
    // Calico's CNI plugin (k8s.go `ResolvePools`) fails a pod naming a pool that does not exist; the
    // finding suggests the closest pool name.
    const source = (n: number) => {
      const pools = Array.from({ length: n }, (_, i) => `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p${i}}\nspec: {cidr: 10.${i >> 8}.${i & 255}.0/24}\n`);
      const pods = Array.from({ length: n }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata: {name: q${i}, annotations: {cni.projectcalico.org/ipv4pools: '["px${i}"]'}}\n`);
      return parseSource("big.yaml", [...pools, ...pods].join("---\n"));
    };
    const run = (n: number) => {
      const files = [source(n)];
      return () => {
        const { results } = lintSources(files, { only: ["unknown-pool"] });
        expect(results[0]?.findings).toHaveLength(n);
        expect(results[0]?.findings[n - 1]?.message).toContain(`did you mean p${n - 1}?`);
      };
    };
    const small = best(run(1500));
    const large = best(run(3000));
    expect(large / small, `${small.toFixed(0)} ms, then ${large.toFixed(0)} ms`).toBeLessThan(LINEAR);
  }, 120_000);

  it("pool requests: n pods each naming one of n pools (each name and CIDR was looked for through every pool)", () => {
    // Calico resolves each entry of ipv4pools (k8s.go `ResolvePools`: a name to its pool's CIDR), then
    // requires an enabled pool of exactly that CIDR (ipam.go `determinePools`).
    const source = (n: number) => {
      const pools = Array.from({ length: n }, (_, i) => `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p${i}}\nspec: {cidr: 10.${i >> 8}.${i & 255}.0/24}\n`);
      const pods = Array.from({ length: n }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata: {name: q${i}, annotations: {cni.projectcalico.org/ipv4pools: '["p${i}", "10.${i >> 8}.${i & 255}.0/24"]'}}\n`);
      return parseSource("big.yaml", [...pools, ...pods].join("---\n"));
    };
    const run = (n: number) => {
      const files = [source(n)];
      return () => {
        const { results } = lintSources(files, { only: ["unknown-pool"] });
        expect(results[0]?.findings).toHaveLength(0);
      };
    };
    const small = best(run(2000));
    const large = best(run(4000));
    expect(large / small, `${small.toFixed(0)} ms, then ${large.toFixed(0)} ms`).toBeLessThan(LINEAR);
  }, 120_000);

  it("pool-invalid: n pools, each also in a second file with another spec (each pool looked through every other for its namesakes)", () => {
    // calico-fidelity: one name with two specs in two files is a warning on each copy (defined-twice.ts).
    const pools = (n: number, nat: boolean) =>
      Array.from({ length: n }, (_, i) => `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p${i}}\nspec: {cidr: 10.${i >> 8}.${i & 255}.0/24, natOutgoing: ${nat}}\n`).join("---\n");
    const run = (n: number) => {
      const files = [parseSource("a.yaml", pools(n, true)), parseSource("b.yaml", pools(n, false))];
      return () => {
        const { results } = lintSources(files, { only: ["pool-invalid"] });
        expect(results.reduce((k, r) => k + r.findings.length, 0)).toBe(2 * n);
      };
    };
    const small = best(run(2000));
    const large = best(run(4000));
    expect(large / small, `${small.toFixed(0)} ms, then ${large.toFixed(0)} ms`).toBeLessThan(LINEAR);
  }, 120_000);

  it("automatic assignment: n pools with namespace selectors, n namespaces, a pod in each (each namespace was judged against every pool)", () => {
    // Calico's IPAM (ipam.go `determinePools`) keeps a pool whose namespaceSelector does not select the pod's namespace.
    const source = (n: number) => {
      const docs = [
        ...Array.from({ length: n }, (_, i) => `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p${i}}\nspec: {cidr: 10.${i >> 8}.${i & 255}.0/24, namespaceSelector: team == 't${i % 7}'}\n`),
        ...Array.from({ length: n }, (_, i) => `apiVersion: v1\nkind: Namespace\nmetadata: {name: ns${i}, labels: {team: t${i % 7}}}\n`),
        ...Array.from({ length: n }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata: {name: q${i}, namespace: ns${i}}\nspec: {containers: [{name: c, image: x}]}\n`),
      ];
      return parseSource("big.yaml", docs.join("---\n"));
    };
    const run = (n: number) => {
      const files = [source(n)];
      return () => lintSources(files, { only: ["pool-exhausted", "no-usable-pool"] });
    };
    const small = best(run(1000));
    const large = best(run(2000));
    expect(large / small, `${small.toFixed(0)} ms, then ${large.toFixed(0)} ms`).toBeLessThan(LINEAR);
  }, 120_000);

  it("the HTML report: n findings in one file of n pods (each finding's excerpt split the whole file)", () => {
    const run = (n: number) => {
      const text = Array.from({ length: n }, (_, i) => `- name: pod${i}\n  ip: 10.0.0.300\n`).join("");
      const findings = Array.from({ length: n }, (_, i) => ({ ruleId: "invalid-ip", severity: "error" as const, message: "bad", file: "big.yaml", line: 2 * i + 2, column: 7, endLine: 2 * i + 2, endColumn: 17 }));
      const results = [{ file: "big.yaml", findings, errorCount: n, warningCount: 0 }];
      return () => expect(renderFindings(results, () => text, () => undefined, (id) => id).split("<mark>")).toHaveLength(n + 1);
    };
    const small = best(run(4000));
    const large = best(run(8000));
    expect(large / small, `${small.toFixed(0)} ms, then ${large.toFixed(0)} ms`).toBeLessThan(LINEAR);
  }, 120_000);

  it("the directory walk: a manifest at the bottom of a deep directory tree (realpath was called at every level)", async () => {
    // The kernel's own cost grows faster than the depth (every call walks the whole path), so the
    // walk is compared with that floor: reading each directory on the way, and nothing else.
    const cost = async (depth: number): Promise<{ walk: number; floor: number }> => {
      const root = tempDir();
      const dirs = [root];
      for (let i = 0; i < depth; i++) dirs.push(join(dirs[dirs.length - 1] as string, "d"));
      const bottom = dirs[dirs.length - 1] as string;
      mkdirSync(bottom, { recursive: true });
      writeFileSync(join(bottom, "a.yaml"), "a: 1\n");
      const walk = await bestAsync(async () => {
        const r = await expandPaths(["."], root);
        expect(r.files).toHaveLength(1);
      }, 5);
      const floor = best(() => dirs.forEach((d) => readdirSync(d, { withFileTypes: true })), 5);
      return { walk, floor };
    };
    const small = await cost(800);
    const large = await cost(1600);
    const growth = large.walk / large.floor / (small.walk / small.floor);
    const say = `walk ${small.walk.toFixed(0)} ms over a floor of ${small.floor.toFixed(0)} ms, then ${large.walk.toFixed(0)} over ${large.floor.toFixed(0)}`;
    expect(growth, say).toBeLessThan(1.6);
  }, 120_000);
});
