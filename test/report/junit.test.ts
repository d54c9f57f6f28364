import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { junit, xmlEscape } from "../../src/report/formatters/junit.js";
import { context, finding, results } from "./helpers.js";

const ctx = context("/repo");

/** Parse with a real XML parser (Python's ElementTree) and return the test cases it sees. */
interface ParsedCase {
  name: string;
  classname: string;
  failure?: { message: string; type: string; text: string };
  skipped?: { message: string };
  out?: string;
}
function parseXml(xml: string): { suites: { name: string; tests: string; failures: string; skipped: string; cases: ParsedCase[] }[] } | null {
  const script = `
import json, sys, xml.etree.ElementTree as ET
root = ET.fromstring(sys.stdin.buffer.read())
out = {"suites": []}
for s in root.findall("testsuite"):
    cases = []
    for c in s.findall("testcase"):
        f = c.find("failure")
        case = {"name": c.get("name"), "classname": c.get("classname")}
        if f is not None:
            case["failure"] = {"message": f.get("message"), "type": f.get("type"), "text": f.text}
        k = c.find("skipped")
        if k is not None:
            case["skipped"] = {"message": k.get("message")}
        o = c.find("system-out")
        if o is not None:
            case["out"] = o.text
        cases.append(case)
    out["suites"].append({"name": s.get("name"), "tests": s.get("tests"), "failures": s.get("failures"), "skipped": s.get("skipped"), "cases": cases})
print(json.dumps(out))
`;
  const r = spawnSync("python3", ["-c", script], { input: xml, encoding: "utf8" });
  if (r.error) return null;
  if (r.status !== 0) throw new Error(`not well-formed XML: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe("junit formatter", () => {
  const nasty = 'Value `<a & "b">` isn\'t valid\nsecond line \u0001';
  const sample = results(
    [
      finding({ file: "apps/a&b.yaml", message: nasty, line: 4, column: 7 }),
      finding({ file: "apps/a&b.yaml", ruleId: "static-ip-auto-pool", severity: "warning", line: 9, column: 3 }),
    ],
    ["apps/clean.yaml"],
  );
  const out = junit(sample, { ...ctx, junitWarnings: "failure" });

  it("writes one test case per finding and a passing one per clean file, well-formed; warnings as failures when asked", () => {
    const parsed = parseXml(out);
    if (!parsed) return; // no python3 on this machine: the string checks below still run
    expect(parsed.suites).toEqual([
      { name: "apps/clean.yaml", tests: "1", failures: "0", skipped: "0", cases: [{ name: "calico-ipam-lint", classname: "apps/clean.yaml" }] },
      {
        name: "apps/a&b.yaml",
        tests: "2",
        failures: "2",
        skipped: "0",
        cases: [
          {
            name: "yaml-syntax at 4:7",
            classname: "apps/a&b.yaml",
            failure: { message: 'Value `<a & "b">` isn\'t valid\nsecond line \uFFFD', type: "error", text: 'apps/a&b.yaml:4:7: error: Value `<a & "b">` isn\'t valid\nsecond line \uFFFD [yaml-syntax]' },
          },
          {
            name: "static-ip-auto-pool at 9:3",
            classname: "apps/a&b.yaml",
            failure: { message: "Something Calico refuses", type: "warning", text: "apps/a&b.yaml:9:3: warning: Something Calico refuses [static-ip-auto-pool]" },
          },
        ],
      },
    ]);
  });

  it("escapes markup and drops characters XML cannot carry", () => {
    expect(out).toContain('<testsuites name="calico-ipam-lint" tests="3" failures="2" errors="0" skipped="0">');
    expect(out).not.toContain("\u0001");
    expect(xmlEscape('<&>"\'', true)).toBe("&lt;&amp;&gt;&quot;&apos;");
    expect(xmlEscape("a\nb", true)).toBe("a&#10;b");
    expect(xmlEscape("\uD800x")).toBe("\uFFFDx");
  });

  // A run with warnings only exits 0: its report must not show failed tests (issue: CI reports
  // turned red for a passing run).
  it("writes a warning as a skipped test case by default, the warning as its message and output", () => {
    const xml = junit(sample, ctx);
    expect(xml).toContain('<testsuites name="calico-ipam-lint" tests="3" failures="1" errors="0" skipped="1">');
    const parsed = parseXml(xml);
    if (!parsed) return;
    const suite = parsed.suites[1];
    expect({ failures: suite?.failures, skipped: suite?.skipped }).toEqual({ failures: "1", skipped: "1" });
    expect(suite?.cases[1]).toEqual({
      name: "static-ip-auto-pool at 9:3",
      classname: "apps/a&b.yaml",
      skipped: { message: "warning: Something Calico refuses" },
      out: "apps/a&b.yaml:9:3: warning: Something Calico refuses [static-ip-auto-pool]",
    });
    expect(suite?.cases[0]?.failure?.type).toBe("error");
  });

  it("writes a warning as a passing test case with the warning as output, when asked", () => {
    const xml = junit(sample, { ...ctx, junitWarnings: "passed" });
    expect(xml).toContain('<testsuites name="calico-ipam-lint" tests="3" failures="1" errors="0" skipped="0">');
    const parsed = parseXml(xml);
    if (!parsed) return;
    expect(parsed.suites[1]?.cases[1]).toEqual({
      name: "static-ip-auto-pool at 9:3",
      classname: "apps/a&b.yaml",
      out: "apps/a&b.yaml:9:3: warning: Something Calico refuses [static-ip-auto-pool]",
    });
  });
});
