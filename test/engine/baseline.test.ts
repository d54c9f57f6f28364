import { describe, expect, it } from "vitest";
import { applyBaseline, buildBaseline, parseBaseline, serializeBaseline } from "../../src/engine/baseline.js";
import type { FileResult, Finding } from "../../src/report/index.js";

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: "duplicate-static-ip",
  severity: "error",
  message: "m",
  file: "apps/a.yaml",
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  object: { kind: "Pod", namespace: "default", name: "a" },
  value: "10.0.0.1",
  ...over,
});
const result = (findings: Finding[], file = "apps/a.yaml"): FileResult => ({
  file,
  findings,
  errorCount: findings.filter((f) => f.severity === "error").length,
  warningCount: findings.filter((f) => f.severity === "warning").length,
});
const same = (f: string) => f;
const noValue: Finding = { ...finding({}), message: "no value" };
delete (noValue as { value?: string }).value;

describe("baselines", () => {
  it("count findings by rule, file, object and value, not by position", () => {
    const b = buildBaseline([result([finding({ line: 3 }), finding({ line: 9 }), finding({ value: "10.0.0.2" }), noValue])], same);
    expect(b).toEqual({
      version: 1,
      findings: [
        { rule: "duplicate-static-ip", file: "apps/a.yaml", kind: "Pod", namespace: "default", name: "a", value: "10.0.0.1", count: 2 },
        { rule: "duplicate-static-ip", file: "apps/a.yaml", kind: "Pod", namespace: "default", name: "a", value: "10.0.0.2", count: 1 },
        { rule: "duplicate-static-ip", file: "apps/a.yaml", kind: "Pod", namespace: "default", name: "a", value: "no value", count: 1 },
      ],
    });
    expect(parseBaseline(serializeBaseline(b))).toEqual(b);
  });

  it("hide as many findings of a key as recorded, wherever they moved", () => {
    const b = buildBaseline([result([finding({ line: 3 })])], same);
    const now = [result([finding({ line: 30 }), finding({ line: 40 })]), result([finding({ file: "apps/b.yaml" })], "apps/b.yaml")];
    const { results, hidden } = applyBaseline(now, b, same);
    expect(hidden).toBe(1);
    expect(results.map((r) => [r.file, r.findings.map((f) => f.line), r.errorCount])).toEqual([
      ["apps/a.yaml", [40], 1],
      ["apps/b.yaml", [1], 1],
    ]);
  });

  it("do not hide a finding of another object, value or rule", () => {
    const b = buildBaseline([result([finding({})])], same);
    for (const other of [finding({ object: { kind: "Pod", namespace: "default", name: "b" } }), finding({ value: "10.0.0.9" }), finding({ ruleId: "ip-in-use" })]) {
      expect(applyBaseline([result([other])], b, same).hidden).toBe(0);
    }
  });

  it("say what is wrong with a file that is not a baseline", () => {
    expect(parseBaseline("[]")).toEqual({ error: "expected an object with version and findings" });
    expect(parseBaseline('{"version": 2, "findings": []}')).toEqual({ error: "unsupported version 2 (this calico-ipam-lint writes version 1)" });
    expect(parseBaseline('{"version": 1, "findings": [{"rule": "x"}]}')).toEqual({ error: "findings[0] needs string rule, file and value (and optional kind, namespace, name)" });
    expect(parseBaseline('{"version": 1, "findings": [{"rule": "x", "file": "a", "value": "v", "count": 0}]}')).toEqual({ error: "findings[0].count must be a whole number of at least 1" });
    expect("error" in parseBaseline("{")).toBe(true);
  });
});
