import { describe, expect, it } from "vitest";
import { cli, tempTree } from "./helpers.js";

// Flag values are checked as the configuration's are (src/config/validate.ts podCidrProblem): a
// value the run cannot use exits 2 with the configuration's wording, never lints without it.

const POOL = `apiVersion: projectcalico.org/v3
kind: IPPool
metadata: {name: p}
spec: {cidr: 10.244.0.0/24}
`;

const CIDR_TAIL = "is not a CIDR (write it as address/prefix, e.g. 10.244.0.0/16)";

describe("--pod-cidr", () => {
  for (const value of ["garbage", "10.0.0.0/33", '"10.0.0.0/16"', "'10.0.0.0/16'", "10.0.0.0", "", "10.0.0.0/16,10.1.0.0/16"]) {
    it(`refuses ${JSON.stringify(value)} with exit 2, for lint, plan and gate`, async () => {
      const cwd = tempTree({ "p.yaml": POOL });
      const msg = `calico-ipam-lint: --pod-cidr: ${JSON.stringify(value)} ${CIDR_TAIL}\n`;
      const flag = ["--pod-cidr", value];
      for (const argv of [["p.yaml", ...flag], ["plan", "p.yaml", ...flag], ["gate", ...flag, "-"]]) {
        const r = await cli(argv, { cwd, stdin: POOL });
        expect({ argv, code: r.code, stderr: r.stderr, stdout: r.stdout }).toEqual({ argv, code: 2, stderr: msg, stdout: "" });
      }
    });
  }

  it("words as the configuration's podCidrs does", async () => {
    const cwd = tempTree({ ".calico-ipam-lint.yaml": 'podCidrs: ["10.0.0.0/33"]\n', "p.yaml": POOL });
    const fromConfig = await cli(["p.yaml"], { cwd });
    const fromFlag = await cli(["p.yaml", "--config", "/dev/null", "--pod-cidr", "10.0.0.0/33"], { cwd });
    expect(fromConfig.code).toBe(2);
    expect(fromFlag.code).toBe(2);
    const tail = (s: string): string => s.slice(s.indexOf('"10.0.0.0/33"'));
    expect(tail(fromFlag.stderr)).toBe(tail(fromConfig.stderr));
  });

  it("accepts a CIDR with surrounding spaces, as the configuration does, and uses it", async () => {
    const cwd = tempTree({ "p.yaml": POOL });
    const outside = await cli(["p.yaml", "-f", "json", "--pod-cidr", " 192.168.0.0/16 "], { cwd });
    expect(outside.stdout).toContain("pool-outside-pod-cidr");
    const inside = await cli(["p.yaml", "--pod-cidr", "10.244.0.0/16 ", "--pod-cidr", "fd00::/48"], { cwd });
    expect({ code: inside.code, stderr: inside.stderr }).toEqual({ code: 0, stderr: "" });
  });

  it("is checked inside a gate's --extra-options too", async () => {
    const cwd = tempTree({ "p.yaml": POOL });
    const r = await cli(["gate", "--extra-options", "--pod-cidr 10.0.0.0/33", "-"], { cwd, stdin: POOL });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`"10.0.0.0/33" ${CIDR_TAIL}`);
  });
});

describe("other flag values", () => {
  it("--namespace must be a namespace name", async () => {
    const cwd = tempTree({ "p.yaml": POOL });
    for (const bad of ["", "Team-A", "a_b", "-a", "x".repeat(64)]) {
      const r = await cli(["p.yaml", "--namespace", bad], { cwd });
      expect({ bad, code: r.code, stderr: r.stderr }).toEqual({ bad, code: 2, stderr: `calico-ipam-lint: --namespace: ${JSON.stringify(bad)} is not a namespace name (at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit)\n` });
    }
    expect((await cli(["p.yaml", "--namespace", "team-a"], { cwd })).code).toBe(0);
  });

  it("an empty path or revision is refused, not read as the working directory", async () => {
    const cwd = tempTree({ "p.yaml": POOL });
    for (const flag of ["--context", "--pools", "--config", "--baseline", "--write-baseline", "--in-use", "--changed-since", "--stdin-filename"]) {
      const r = await cli(["p.yaml", flag, ""], { cwd });
      expect({ flag, code: r.code, stderr: r.stderr }).toEqual({ flag, code: 2, stderr: `calico-ipam-lint: ${flag} needs a value; it was given an empty one\n` });
    }
  });
});
