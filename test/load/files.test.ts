import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandPaths } from "../../src/load/files.js";

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "cil-files-"));
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(join(root, p, ".."), { recursive: true });
    writeFileSync(join(root, p), t);
  }
  return root;
}

describe("expandPaths", () => {
  it("walks directories for .yaml, .yml and .json, sorted, skipping node_modules and .git", async () => {
    const root = tree({
      "b.yaml": "",
      "a/c.yml": "",
      "a/d.json": "",
      "a/e.txt": "",
      "node_modules/x.yaml": "",
      ".git/y.yaml": "",
    });
    const r = await expandPaths(["."], root);
    expect(r.files).toEqual(["a/c.yml", "a/d.json", "b.yaml"]);
  });

  it("respects .gitignore files at every level", async () => {
    const root = tree({
      ".gitignore": "generated/\n*.secret.yaml\n",
      "generated/a.yaml": "",
      "keep.yaml": "",
      "x.secret.yaml": "",
      "sub/.gitignore": "local.yaml\n",
      "sub/local.yaml": "",
      "sub/shared.yaml": "",
    });
    const r = await expandPaths(["."], root);
    expect(r.files).toEqual(["keep.yaml", "sub/shared.yaml"]);
  });

  it("always reads files named explicitly, and reports missing paths", async () => {
    const root = tree({ "Clusterfile": "", ".gitignore": "Clusterfile\n" });
    const r = await expandPaths(["Clusterfile", "nope.yaml"], root);
    expect(r.files).toEqual(["Clusterfile"]);
    expect(r.missing).toEqual(["nope.yaml"]);
  });

  it("lists a file once when named twice", async () => {
    const root = tree({ "a.yaml": "" });
    const r = await expandPaths(["a.yaml", ".", "./a.yaml"], root);
    expect(r.files).toEqual(["a.yaml"]);
  });
});
