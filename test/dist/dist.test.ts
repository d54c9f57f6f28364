import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * dist/ is committed: the GitHub Action runs dist/action/index.js straight from its git ref, and
 * the pre-commit hook and the Argo CD image run bin/ → dist/cli.js with no build step. These tests
 * fail when dist/ no longer matches the sources, and prove that the bundles need nothing else.
 */

const ROOT = resolve(import.meta.dirname, "../..");

/** The bundles under `dir` (entries and the CLI's chunks), relative to it; dist/types is tsc's. */
const bundles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.c?js$/.test(e.name))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((p) => !p.startsWith("types"))
    .sort();

describe("the committed dist/", () => {
  it("is what `npm run build` makes from the sources now (rebuild and commit dist/ if this fails)", async () => {
    process.chdir(ROOT); // esbuild names sources relative to the working directory
    const { bundle, ENTRIES } = (await import(join(ROOT, "scripts/build.mjs"))) as { bundle: (outdir: string) => Promise<void>; ENTRIES: Record<string, string> };
    const out = mkdtempSync(join(tmpdir(), "cil-dist-"));
    await bundle(out);
    // Chunk names hold a hash of their content: a stale chunk is a missing or an extra file.
    expect(bundles(join(ROOT, "dist")), "run `npm run build` and commit dist/").toEqual(bundles(out));
    const stale = bundles(out).filter((name) => !readFileSync(join(out, name)).equals(readFileSync(join(ROOT, "dist", name))));
    expect(stale.map((n) => `dist/${n} is stale: run \`npm run build\` and commit dist/`)).toEqual([]);
    expect(Object.keys(ENTRIES).sort()).toEqual(["action/index", "cli", "index"]);
    // The notices of what the bundles hold (scripts/notices.mjs), beside them.
    const { thirdPartyNotices } = (await import(join(ROOT, "scripts/notices.mjs"))) as { thirdPartyNotices: (entries: Record<string, string>) => Promise<string> };
    const notices = join(ROOT, "dist/THIRD-PARTY-NOTICES.md");
    expect(existsSync(notices) ? readFileSync(notices, "utf8") : "(missing)", "run `npm run build` and commit dist/").toBe(await thirdPartyNotices(ENTRIES));
  });

  it("holds the type declarations tsc makes from the sources now (dist/types, for the package's users)", () => {
    const out = mkdtempSync(join(tmpdir(), "cil-types-"));
    const tsc = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json", "--outDir", out], { cwd: ROOT, encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
    const list = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort() : []);
    expect(list(join(ROOT, "dist/types")), "run `npm run build` and commit dist/").toEqual(list(out));
    const stale = list(out).filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join(ROOT, "dist/types", f))));
    expect(stale.map((f) => `dist/types/${f} is stale: run \`npm run build\` and commit dist/`)).toEqual([]);
  }, 120_000);

  it("runs from bin/ and dist/ alone, with no node_modules and no build", () => {
    const pkg = mkdtempSync(join(tmpdir(), "cil-pkg-"));
    cpSync(join(ROOT, "package.json"), join(pkg, "package.json"));
    cpSync(join(ROOT, "bin"), join(pkg, "bin"), { recursive: true });
    for (const f of bundles(join(ROOT, "dist"))) cpSync(join(ROOT, "dist", f), join(pkg, "dist", f), { recursive: true });
    const work = mkdtempSync(join(tmpdir(), "cil-pkg-work-"));
    writeFileSync(join(work, "bad.yaml"), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [broken\n");
    const env = { PATH: process.env["PATH"] ?? "", HOME: work };
    const version = spawnSync(process.execPath, [join(pkg, "bin/calico-ipam-lint.js"), "--version"], { cwd: work, env, encoding: "utf8" });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
    const lint = spawnSync(process.execPath, [join(pkg, "bin/calico-ipam-lint.js"), "-f", "json", "."], { cwd: work, env, encoding: "utf8" });
    expect(lint.status).toBe(1);
    expect(JSON.parse(lint.stdout)[0].messages[0].ruleId).toBe("yaml-syntax");
    const lib = spawnSync(process.execPath, ["--input-type=module", "-e", `import { lintText } from ${JSON.stringify(join(pkg, "dist/index.js"))}; console.log(lintText("kind: Pod\\nmetadata: [", "x.yaml").results[0].findings[0].ruleId)`], { cwd: work, env, encoding: "utf8" });
    expect(lib.stdout.trim()).toBe("yaml-syntax");
    expect(readdirSync(pkg)).not.toContain("node_modules");
  });

  it("is in the npm package, with the bin it names, and no script runs at install or pack time", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string>; scripts: Record<string, string> };
    expect(manifest.bin).toEqual({ "calico-ipam-lint": "bin/calico-ipam-lint.js" });
    // No prepack either: pre-commit before 4.6.1 reads the tarball's name from `npm pack`'s standard
    // output, where npm prints a pack script's banner (test/integrations/pre-commit.test.ts).
    for (const hook of ["prepare", "prepack", "preinstall", "install", "postinstall"]) expect(manifest.scripts[hook]).toBeUndefined();
    const r = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    const files = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(["bin/calico-ipam-lint.js", "dist/cli.js", "dist/index.js", "dist/action/index.js", "package.json"]));
    expect(files).toEqual(expect.arrayContaining(bundles(join(ROOT, "dist")).map((f) => `dist/${f}`)));
  });
});
