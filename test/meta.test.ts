import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../src/rules/index.js";

/** The public rule ids (rules.md): users put them in configs and suppressions, so they never change. */
const CONTRACT_IDS = [
  "annotation-json",
  "invalid-ip",
  "invalid-annotation-value",
  "multiple-ip-addrs",
  "static-ip-both-modes",
  "annotation-unknown",
  "annotation-placement",
  "feature-flag-required",
  "duplicate-static-ip",
  "static-ip-replicas",
  "ip-outside-pool",
  "ip-outside-pod-cidr",
  "unknown-pool",
  "pool-family-mismatch",
  "pod-namespace-conflict",
  "static-ip-pool-mismatch",
  "static-ip-auto-pool",
  "pool-overlap",
  "pool-invalid",
  "pool-outside-pod-cidr",
  "pool-exhausted",
  "no-usable-pool",
  "ip-in-use",
  "annotation-on-existing-pod",
  "yaml-syntax",
];

const root = join(import.meta.dirname, "..");

describe("rule registry", () => {
  const ids = RULES.map((r) => r.id);

  it("implements every rule id of the contract", () => {
    expect(CONTRACT_IDS.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it("is sorted by id, without duplicates", () => {
    expect(ids).toEqual([...new Set(ids)].sort());
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it("lives in src/rules/<id>.ts and has a test file", () => {
        expect(existsSync(join(root, "src/rules", `${rule.id}.ts`))).toBe(true);
        expect(existsSync(join(root, "test/rules", `${rule.id}.test.ts`))).toBe(true);
      });

      it("has complete metadata", () => {
        expect(rule.meta.description).toMatch(/^(Disallow|Require|Report|Warn|Check|Flag|Detect) /);
        expect(rule.meta.remediation.trim()).toMatch(/\.$/);
        expect(rule.meta.calico.trim().length).toBeGreaterThan(0);
        expect(["error", "warning"]).toContain(rule.meta.defaultSeverity);
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
        for (const m of Object.values(rule.meta.messages)) expect(m).not.toMatch(/\.$/);
      });

      // render-failed reports what kustomize or helm print for a root or chart that does not
      // build: no single manifest makes it fire, so its tests run the real programs instead.
      const fixtureless = rule.id === "render-failed";
      it.skipIf(fixtureless)("has fixtures that must fire and fixtures that must not (its doc's examples)", () => {
        const dir = join(root, "test/fixtures", rule.id);
        const has = (sub: string) => existsSync(join(dir, sub)) && readdirSync(join(dir, sub)).some((f) => /\.(ya?ml|json)$/.test(f) && !f.endsWith(".options.json"));
        expect(has("valid"), `test/fixtures/${rule.id}/valid`).toBe(true);
        expect(has("invalid"), `test/fixtures/${rule.id}/invalid`).toBe(true);
      });

      it("has a doc page (generated: npm run docs)", () => {
        expect(existsSync(join(root, "docs/rules", `${rule.id}.md`)), `docs/rules/${rule.id}.md`).toBe(true);
      });
    });
  }
});
