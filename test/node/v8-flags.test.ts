import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { inliningLess, MANY_PATHS } from "../../src/node/v8-flags.js";
import { tempTree } from "../cli/helpers.js";

const POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers: [{ name: web, image: nginx }]\n";

describe("V8 inlining less in a run over a repository (src/node/v8-flags.ts)", () => {
  it("for a directory or many files, not for a commit's few files", () => {
    const root = tempTree({ "apps/a.yaml": POD, "b.yaml": POD });
    expect(inliningLess(["b.yaml"], root, [])).toBe(false);
    expect(inliningLess(["apps/a.yaml", "b.yaml", "missing.yaml"], root, [])).toBe(false);
    expect(inliningLess(["apps"], root, [])).toBe(true);
    expect(inliningLess(["b.yaml", "."], root, [])).toBe(true);
    expect(inliningLess(Array.from({ length: MANY_PATHS }, () => "b.yaml"), root, [])).toBe(true);
  });

  it("not when node's command line sets the budget itself", () => {
    const root = tempTree({ "b.yaml": POD });
    expect(inliningLess(["."], root, ["--max-inlined-bytecode-size-cumulative=500"])).toBe(false);
    expect(inliningLess(["."], root, ["--max_inlined_bytecode_size_cumulative=500"])).toBe(false);
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
