import { describe, expect, it } from "vitest";
import { lintPaths } from "../../src/api.js";
import { cli, tempTree } from "./helpers.js";

/**
 * `calico-ipam-lint --context . <changed files>` is how the pre-commit hook runs: the repository is
 * context, the files passed are linted. A file that is both must count once, as a linted file.
 */

const BROKEN = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [broken\n";
const pool = (name: string, cidr: string): string => `apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n`;

describe("--context overlapping the linted files", () => {
  it("loads a file given both ways once, as a linted file", async () => {
    const cwd = tempTree({ "apps/bad.yaml": BROKEN, "apps/other.yaml": BROKEN });
    for (const given of ["apps/bad.yaml", "./apps/bad.yaml", `${cwd}/apps/bad.yaml`]) {
      const out = await lintPaths([given], { cwd, context: ["."] });
      expect(out.files.map((f) => [f.path, f.contextOnly])).toEqual([
        ["apps/bad.yaml", false],
        ["apps/other.yaml", true],
      ]);
      expect(out.results).toEqual([expect.objectContaining({ file: "apps/bad.yaml", errorCount: 1 })]);
    }
  });

  it("reports once per finding and only in the files passed, while seeing the whole repository", async () => {
    const cwd = tempTree({ "cluster/a.yaml": pool("a", "10.0.0.0/16"), "cluster/b.yaml": pool("b", "10.0.1.0/24") });
    const r = await cli(["--context", ".", "-f", "json", "cluster/a.yaml"], { cwd });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(report).toHaveLength(1);
    expect(report[0]!.filePath).toBe(`${cwd}/cluster/a.yaml`);
    expect(report[0]!.messages.map((m) => m.ruleId)).toEqual(["pool-overlap"]);
    const both = JSON.parse((await cli(["--context", ".", "-f", "json", "cluster/a.yaml", "cluster/b.yaml"], { cwd })).stdout) as { messages: unknown[] }[];
    expect(both.map((f) => f.messages.length)).toEqual([1, 1]);
  });
});
