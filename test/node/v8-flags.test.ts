import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compilesLess, MANY_PATHS, repositoryFlags } from "../../src/node/v8-flags.js";
import { tempTree } from "../cli/helpers.js";

const POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers: [{ name: web, image: nginx }]\n";

describe("V8 compiling less in a run over a repository (src/node/v8-flags.ts)", () => {
  it("for a directory or many files, not for a commit's few files", () => {
    const root = tempTree({ "apps/a.yaml": POD, "b.yaml": POD });
    expect(compilesLess(["b.yaml"], root, [])).toBe(false);
    expect(compilesLess(["apps/a.yaml", "b.yaml", "missing.yaml"], root, [])).toBe(false);
    expect(compilesLess(["apps"], root, [])).toBe(true);
    expect(compilesLess(["b.yaml", "."], root, [])).toBe(true);
    expect(compilesLess(Array.from({ length: MANY_PATHS }, () => "b.yaml"), root, [])).toBe(true);
  });

  it("the interrupt budget only for V8 11 (Node 20): later V8s refuse the flag, with a message", () => {
    expect(repositoryFlags("11.3.244.8-node.33")).toEqual(["--max-inlined-bytecode-size-cumulative=200", "--interrupt-budget=270336"]);
    expect(repositoryFlags("12.4.254.21-node.33")).toEqual(["--max-inlined-bytecode-size-cumulative=200"]);
  });

  it("not when node's command line sets every flag itself", () => {
    const root = tempTree({ "b.yaml": POD });
    const v11 = "11.3.244.8-node.33";
    expect(compilesLess(["."], root, ["--max-inlined-bytecode-size-cumulative=500"], v11)).toBe(true);
    expect(compilesLess(["."], root, ["--max-inlined-bytecode-size-cumulative=500", "--interrupt-budget=1000"], v11)).toBe(false);
    expect(compilesLess(["."], root, ["--max_inlined_bytecode_size_cumulative=500", "--interrupt_budget=1000"], v11)).toBe(false);
    // A flag that only starts like one of them is another flag.
    expect(compilesLess(["."], root, ["--max-inlined-bytecode-size-cumulative=500", "--interrupt-budget-for-feedback-allocation=1"], v11)).toBe(true);
    expect(compilesLess(["."], root, ["--max-inlined-bytecode-size-cumulative=500"], "12.4.254.21-node.33")).toBe(false);
  });

  // The built command: node:v8 (about 2 ms to load) is loaded for a directory, not for one file.
  it("loads node:v8 in the built command only for a repository", () => {
    const root = tempTree({ "apps/a.yaml": POD });
    const hook = join(root, "hook.mjs");
    writeFileSync(hook, 'process.on("exit", () => process.stderr.write(`v8 loaded: ${process.moduleLoadList.includes("NativeModule v8")}\\n`));\n');
    const bin = resolve(import.meta.dirname, "../../bin/calico-ipam-lint.js");
    const loaded = (arg: string): string => {
      const r = spawnSync(process.execPath, ["--import", hook, bin, arg], { cwd: root, encoding: "utf8" });
      expect(r.status, r.stderr).toBe(0);
      return /v8 loaded: (\w+)/.exec(r.stderr)?.[1] ?? r.stderr;
    };
    expect(loaded("apps/a.yaml")).toBe("false");
    expect(loaded("apps")).toBe("true");
  });
});
