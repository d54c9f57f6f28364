import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The npm package as a user gets it: `npm pack` from a copy of the repository as a clone has it
 * (tracked and new files; dist/ with its type declarations and third-party notices is committed,
 * made by `npm run build`), then `npm install` of the tarball into an empty project, offline, the
 * bin run, the library imported, its types checked by tsc, the schema resolved through `exports`.
 */

const ROOT = resolve(import.meta.dirname, "../..");

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false", ...env }, timeout: 300_000 });
  if (r.error) throw r.error;
  return r;
}

/** The working tree's files as a fresh clone would hold them, node_modules linked (npm ci's). */
function cloneLike(): string {
  const dir = mkdtempSync(join(tmpdir(), "cil-clone-"));
  const files = sh("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], ROOT).stdout.split("\0").filter(Boolean);
  for (const f of files) {
    if (!existsSync(join(ROOT, f))) continue;
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    copyFileSync(join(ROOT, f), join(dir, f));
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  return dir;
}

describe("the npm package", () => {
  let tarball = "";
  let files: string[] = [];
  let project = "";
  beforeAll(() => {
    const clone = cloneLike();
    const out = mkdtempSync(join(tmpdir(), "cil-pack-"));
    const packed = sh("npm", ["pack", "--json", "--pack-destination", out], clone);
    expect(packed.status, packed.stderr).toBe(0);
    const info = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("["))) as { filename: string; files: { path: string }[] }[];
    tarball = join(out, info[0]!.filename);
    files = info[0]!.files.map((f) => f.path);
    project = mkdtempSync(join(tmpdir(), "cil-user-project-"));
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "user-project", version: "1.0.0", private: true, type: "module" }));
    const installed = sh("npm", ["install", "--offline", "--no-package-lock", tarball], project);
    expect(installed.status, installed.stderr).toBe(0);
  }, 600_000);

  it("ships the licence, the notices of what it bundles, type declarations and the schema", () => {
    expect(files).toEqual(expect.arrayContaining(["LICENSE", "dist/THIRD-PARTY-NOTICES.md", "dist/types/index.d.ts", "schema/calico-ipam-lint.schema.json", "helm-plugin/plugin.yaml"]));
    const licence = readFileSync(join(project, "node_modules/calico-ipam-lint/LICENSE"), "utf8");
    expect(licence).toContain("Apache License");
    expect(licence).toContain("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION");
    const notices = readFileSync(join(project, "node_modules/calico-ipam-lint/dist/THIRD-PARTY-NOTICES.md"), "utf8");
    // Bundled packages, each with its licence text.
    for (const name of ["yaml", "commander", "ajv", "@actions/core", "ipaddr.js"]) expect(notices).toMatch(new RegExp(`^## ${name.replace(/[.@/]/g, "\\$&")} \\d`, "m"));
    expect(notices).toContain("Permission is hereby granted, free of charge");
  });

  it("installs nothing else: what it bundles is not a dependency", () => {
    const manifest = JSON.parse(readFileSync(join(project, "node_modules/calico-ipam-lint/package.json"), "utf8")) as { dependencies?: Record<string, string> };
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(readdirSync(join(project, "node_modules")).filter((n) => !n.startsWith("."))).toEqual(["calico-ipam-lint"]);
  });

  it("runs its bin, and imports as a library", () => {
    writeFileSync(join(project, "bad.yaml"), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [broken\n");
    const lint = sh(join(project, "node_modules/.bin/calico-ipam-lint"), ["-f", "json", "bad.yaml"], project);
    expect(lint.status).toBe(1);
    expect((JSON.parse(lint.stdout) as { messages: { ruleId: string }[] }[])[0]!.messages[0]!.ruleId).toBe("yaml-syntax");
    const lib = sh(process.execPath, ["--input-type=module", "-e", 'import { lintText, VERSION } from "calico-ipam-lint"; import { createRequire } from "node:module"; const schema = createRequire(import.meta.url)("calico-ipam-lint/schema.json"); console.log(lintText("kind: Pod\\nmetadata: [", "x.yaml").results[0].findings[0].ruleId, typeof VERSION, schema.title)'], project);
    expect(lib.stderr).toBe("");
    expect(lib.stdout.trim()).toBe("yaml-syntax string calico-ipam-lint configuration");
  });

  it("type-checks a program that uses it (tsc, strict, NodeNext)", () => {
    writeFileSync(
      join(project, "use.ts"),
      'import { lintText, type FileResult } from "calico-ipam-lint";\nconst results: readonly FileResult[] = lintText("a: 1\\n", "x.yaml").results;\nconst n: number = results.length;\n// @ts-expect-error the results are not strings\nconst s: string = results;\nexport { n, s };\n',
    );
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", noEmit: true, skipLibCheck: false, types: [] }, files: ["use.ts"] }));
    const tsc = sh(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], project);
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  });
});
