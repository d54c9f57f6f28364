import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempTree } from "./helpers.js";

// A run with only warnings exits 0; its JUnit report must not show failed tests.

const POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.0.0.300\"]'\nspec: {containers: [{name: c, image: x}]}\n";
const tree = (): string => tempTree({ ".calico-ipam-lint.yaml": "rules: {invalid-ip: warn}\n", "a.yaml": POD });
const head = (xml: string): string => xml.split("\n")[1] ?? "";

describe("--junit-warnings", () => {
  it("by default writes warnings as skipped test cases: exit 0, no failures", async () => {
    const cwd = tree();
    const r = await cli(["a.yaml", "-f", "junit", "-o", "r.xml"], { cwd });
    expect(r.code).toBe(0);
    const xml = readFileSync(join(cwd, "r.xml"), "utf8");
    expect(head(xml)).toBe('<testsuites name="calico-ipam-lint" tests="1" failures="0" errors="0" skipped="1">');
    expect(xml).toMatch(/<skipped message="warning: Calico fails the pod with `invalid IP format: 10\.0\.0\.300`/);
  });

  it("passed and failure on request; anything else exits 2", async () => {
    const cwd = tree();
    const passed = await cli(["a.yaml", "-f", "junit", "--junit-warnings", "passed"], { cwd });
    expect(head(passed.stdout)).toBe('<testsuites name="calico-ipam-lint" tests="1" failures="0" errors="0" skipped="0">');
    expect(passed.stdout).toContain("<system-out>a.yaml:6:39: warning: Calico fails the pod");
    const failure = await cli(["a.yaml", "-f", "junit", "--junit-warnings", "failure"], { cwd });
    expect(head(failure.stdout)).toBe('<testsuites name="calico-ipam-lint" tests="1" failures="1" errors="0" skipped="0">');
    const bad = await cli(["a.yaml", "-f", "junit", "--junit-warnings", "fail"], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Allowed choices are skipped, passed, failure");
  });
});
