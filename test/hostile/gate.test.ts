import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseAllDocuments } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, tempTree } from "../cli/helpers.js";
import { tempDir } from "./helpers.js";

/**
 * The gate passes every document on or fails: it never drops objects (Argo CD would prune them),
 * never emits a stream it would itself refuse, and does not leave its generator running when it
 * is stopped.
 */

const POD = (name: string): string => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers: [{name: c, image: nginx}]\n`;

describe("gate in directory mode", () => {
  it("a file that does not parse fails the gate, also with yaml-syntax demoted to a warning", async () => {
    const cwd = tempTree({
      ".calico-ipam-lint.yaml": "rules:\n  yaml-syntax: warn\n",
      "a.yaml": POD("a"),
      "b.yaml": `${POD("b")}---\napiVersion: v1\nkind: Pod\nmetadata: {name: [c\n`,
    });
    const r = await cli(["gate"], { cwd });
    expect(r.stdout).toBe("");
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("b.yaml: document 2 does not parse");
  });

  it("a file that opens with a %YAML directive: the stream it emits parses, every object in it", async () => {
    const cwd = tempTree({ "a.yaml": POD("a"), "b.yaml": `%YAML 1.2\n---\n${POD("b")}`, "c.yaml": `# a comment\n%YAML 1.2\n---\n${POD("c")}` });
    const r = await cli(["gate"], { cwd });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const docs = parseAllDocuments(r.stdout);
    expect(Array.isArray(docs) && docs.flatMap((d) => d.errors)).toEqual([]);
    expect((docs as { toJS(): { metadata: { name: string } } }[]).map((d) => d.toJS().metadata.name)).toEqual(["a", "b", "c"]);
    // And the gate takes its own output.
    const again = await cli(["gate", "-"], { cwd, stdin: r.stdout });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(r.stdout);
  });
});

describe("gate with a generator", () => {
  const ROOT = resolve(import.meta.dirname, "../..");
  let bin = "";
  beforeAll(async () => {
    process.chdir(ROOT); // esbuild names sources relative to the working directory
    const { bundle } = (await import(join(ROOT, "scripts/build.mjs"))) as { bundle: (outdir: string, entries: Record<string, string>) => Promise<void> };
    const pkg = tempDir("cil-gate-pkg-");
    await bundle(join(pkg, "dist"), { cli: "src/cli/index.ts" });
    mkdirSync(join(pkg, "bin"));
    cpSync(join(ROOT, "bin/calico-ipam-lint.js"), join(pkg, "bin/calico-ipam-lint.js"));
    cpSync(join(ROOT, "package.json"), join(pkg, "package.json"));
    bin = join(pkg, "bin/calico-ipam-lint.js");
  }, 120_000);

  it("passes SIGTERM on to the generator, then fails with nothing written", async () => {
    const cwd = tempDir();
    // A generator that notes the signal it gets (and says when it is ready to get one).
    writeFileSync(join(cwd, "gen.sh"), `trap 'echo TERM > got; exit 143' TERM\necho ready > started\nwhile :; do sleep 0.1; done\n`);
    const child = spawn(process.execPath, [bin, "gate", "--", "sh", "gen.sh"], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    for (let i = 0; i < 300 && !existsSync(join(cwd, "started")); i++) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(join(cwd, "started"))).toBe(true);
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((res) => child.on("close", (c) => res(c)));
    expect(existsSync(join(cwd, "got")), "the generator got SIGTERM").toBe(true);
    expect(stdout).toBe("");
    expect(code).not.toBe(0);
    expect(stderr).toContain("failed");
  }, 60_000);
});
