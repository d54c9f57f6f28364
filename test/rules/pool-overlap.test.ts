import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintSources } from "../../src/engine/run.js";
import { parseSource } from "../../src/load/index.js";
import { overlaps, parseCIDR } from "../../src/model/index.js";
import { ruleTester, stream, yaml } from "../rule-tester.js";

const pool = (name: string, cidr: string, extra = "", api = "crd.projectcalico.org/v1") =>
  `apiVersion: ${api}\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n${extra ? `${extra}\n` : ""}`;

ruleTester("pool-overlap", {
  valid: [
    { name: "adjacent pools", yaml: stream(pool("a", "10.0.0.0/24"), pool("b", "10.0.1.0/24")) },
    { name: "a disabled pool overlapping an enabled one", yaml: stream(pool("a", "10.0.0.0/16"), pool("b", "10.0.5.0/24", "  disabled: true")) },
    { name: "different families", yaml: stream(pool("a", "10.0.0.0/8"), pool("b", "fd00::/64")) },
    {
      name: "an exported pool and the Installation entry it came from",
      yaml: stream(pool("default-ipv4-ippool", "192.168.0.0/16"), yaml`
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata:
          name: default
        spec:
          calicoNetwork:
            ipPools:
            - cidr: 192.168.0.0/16
      `),
    },
  ],
  invalid: [
    {
      name: "a pool inside another",
      yaml: stream(pool("a", "10.0.0.0/16"), pool("b", "10.0.5.0/24")),
      errors: [
        { messageId: "overlapCrd", line: 6, column: 9, endLine: 6, endColumn: 20, message: "both are stored (only the CRD schema checks them, not the overlap)" },
        { messageId: "overlapCrd", line: 13, column: 9, endLine: 13, endColumn: 20 },
      ],
    },
    {
      name: "identical IPv6 CIDRs in two files",
      files: { "a.yaml": pool("a", "fd00::/64", "", "projectcalico.org/v3"), "b.yaml": pool("b", "fd00:0::/64") },
      errors: [
        { messageId: "overlap", line: 6, column: 9 },
        { messageId: "overlap", line: 6, column: 9, file: "b.yaml" },
      ],
    },
  ],
});

describe("pool-overlap against every pair compared", () => {
  // Random pools in a small space (nesting, identical and disjoint CIDRs of both families, some
  // disabled), so that a pool may overlap more than the ten that are reported.
  const poolArb = fc.record({
    v6: fc.boolean(),
    block: fc.integer({ min: 0, max: 255 }),
    prefix: fc.integer({ min: 18, max: 26 }),
    disabled: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  });
  it("reports at each pool exactly its overlaps, or the ten first in file order when it has more", () => {
    fc.assert(
      fc.property(fc.array(poolArb, { minLength: 1, maxLength: 80, size: "max" }), (specs) => {
        // Within 10.0.0.0/18 (or fd00::/50): block b of the 2^(prefix-18) blocks of that size.
        const cidrs = specs.map((s) => {
          const at = (s.block % 2 ** (s.prefix - 18)) * 2 ** (32 - s.prefix);
          return s.v6 ? `fd00::${(at >> 16).toString(16)}:${(at & 0xffff).toString(16)}/${s.prefix + 96}` : `10.0.${at >> 8}.${at & 255}/${s.prefix}`;
        });
        const text = specs.map((s, i) => pool(`p${i}`, cidrs[i]!, s.disabled ? "  disabled: true" : "")).join("---\n");
        const { results } = lintSources([parseSource("pools.yaml", text)], { strict: true, only: ["pool-overlap"] });
        // The pool a line belongs to: the last `name: pN` at or above it.
        const owner: number[] = [];
        let current = -1;
        for (const line of text.split("\n")) owner.push((current = /^ {2}name: p(\d+)$/.exec(line) ? Number(/\d+/.exec(line)![0]) : current));
        const got = (results[0]?.findings ?? []).map((f) => `${owner[f.line - 1]} ${owner[(f.related?.[0]?.line ?? 0) - 1]}`).sort();
        const parsed = cidrs.map((c) => parseCIDR(c)!);
        const expected: string[] = [];
        specs.forEach((s, i) => {
          if (s.disabled) return;
          const others = specs.map((_, j) => j).filter((j) => j !== i && !specs[j]!.disabled && overlaps(parsed[i]!, parsed[j]!));
          for (const j of others.slice(0, 10)) expected.push(`${i} ${j}`);
        });
        expect(got).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
  });
});
