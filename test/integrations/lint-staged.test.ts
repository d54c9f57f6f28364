import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The husky + lint-staged recipe of docs/pre-commit.md, taken from the page itself, run by the real
 * husky 9 and lint-staged 16 (devDependencies) through a real `git commit`. lint-staged 16 runs a
 * task without a shell: it splits the command with string-argv, which strips the quotes around a
 * whole argument and nothing else (lint-staged lib/getSpawnedTask.js). File names with spaces, `"`,
 * `'` and `$` must reach the CLI as they are.
 */

const ROOT = resolve(import.meta.dirname, "../..");
const tool = (pkg: string, bin: string): string | null => (existsSync(join(ROOT, "node_modules", pkg, bin)) ? join(ROOT, "node_modules", pkg, bin) : null);
const LINT_STAGED = tool("lint-staged", "bin/lint-staged.js");
const HUSKY = tool("husky", "bin.js");
const version = (pkg: string): string => (JSON.parse(readFileSync(join(ROOT, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
const missing = !LINT_STAGED || !HUSKY ? "lint-staged and husky are not installed (npm ci installs them as devDependencies)" : !existsSync(join(ROOT, "dist/cli.js")) ? "dist/cli.js is not built (npm run build)" : "";
if (missing) {
  if (process.env["CI"]) throw new Error(`the lint-staged recipe cannot be tested in CI: ${missing}`);
  console.warn(`skipping the lint-staged recipe tests: ${missing}`);
}
const maybe = missing ? describe.skip : describe;

const GIT_ENV = { GIT_AUTHOR_NAME: "test", GIT_AUTHOR_EMAIL: "test@example.com", GIT_COMMITTER_NAME: "test", GIT_COMMITTER_EMAIL: "test@example.com", GIT_CONFIG_NOSYSTEM: "1" };

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, ...GIT_ENV, ...env }, timeout: 120_000 });
  if (r.error) throw r.error;
  return r;
}
function git(cwd: string, env: NodeJS.ProcessEnv, ...args: string[]): SpawnSyncReturns<string> {
  return sh("git", ["-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", ...args], cwd, env);
}
function write(dir: string, files: Record<string, string>): void {
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
}

/** The `.lintstagedrc.mjs` block of docs/pre-commit.md. */
function documentedRecipe(): string {
  const doc = readFileSync(join(ROOT, "docs/pre-commit.md"), "utf8");
  const section = doc.slice(doc.indexOf("`.lintstagedrc.mjs`"));
  const m = /```js\n([\s\S]*?)```/.exec(section);
  if (!m?.[1]) throw new Error("docs/pre-commit.md has no .lintstagedrc.mjs block");
  return m[1];
}

const pool = (name: string, cidr: string): string => `apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n  cidr: ${cidr}\n`;
// Names a shell would mangle, and names lint-staged's argument splitting would.
const ODD = ['deploy dir/pool "b".yaml', "deploy dir/it's $HOME.yaml"];

maybe(`husky ${missing ? "" : version("husky")} + lint-staged ${missing ? "" : version("lint-staged")}, the documented recipe`, () => {
  let env: NodeJS.ProcessEnv = {};
  beforeAll(() => {
    // The CLI and lint-staged on PATH, as `npm install --save-dev` puts them in node_modules/.bin.
    const bin = mkdtempSync(join(tmpdir(), "cil-path-"));
    for (const [name, target] of [["calico-ipam-lint", join(ROOT, "bin/calico-ipam-lint.js")], ["lint-staged", LINT_STAGED!]] as const) {
      writeFileSync(join(bin, name), `#!/bin/sh\nexec "${process.execPath}" "${target}" "$@"\n`);
      chmodSync(join(bin, name), 0o755);
    }
    env = { PATH: `${bin}:${process.env["PATH"] ?? ""}`, HOME: mkdtempSync(join(tmpdir(), "cil-home-")), NO_COLOR: "1" };
  });

  it("stops a commit of a bad manifest with odd names, reporting them as they are, and lets the fix through", () => {
    const repo = mkdtempSync(join(tmpdir(), "cil-lint-staged-"));
    expect(git(repo, env, "init", "-q").status).toBe(0);
    write(repo, { ".lintstagedrc.mjs": documentedRecipe(), "cluster/pool-a.yaml": pool("a", "10.0.0.0/16"), ".husky/pre-commit": "lint-staged\n" });
    const install = sh(process.execPath, [HUSKY!], repo, env);
    expect(install.status, install.stdout + install.stderr).toBe(0);
    git(repo, env, "add", "-A");
    expect(git(repo, env, "commit", "-q", "--no-verify", "-m", "setup").status).toBe(0);

    write(repo, { [ODD[0]!]: pool("b", "10.0.1.0/24"), [ODD[1]!]: pool("c", "10.0.2.0/24") });
    git(repo, env, "add", "-A");
    const bad = git(repo, env, "commit", "-m", "add pools");
    const out = bad.stdout + bad.stderr;
    expect(bad.status, out).not.toBe(0);
    // Both staged files reached the CLI under their own names; pool-a.yaml is context only.
    expect(out).toContain(`${ODD[0]}:6:9`);
    expect(out).toContain(`${ODD[1]}:6:9`);
    expect(out).toContain("pool-overlap");
    expect(out).not.toContain("no such file");
    expect(out).not.toContain("cluster/pool-a.yaml:");
    expect(out).toContain("husky - pre-commit script failed (code 1)");

    write(repo, { [ODD[0]!]: pool("b", "10.1.0.0/24"), [ODD[1]!]: pool("c", "10.2.0.0/24") });
    git(repo, env, "add", "-A");
    const good = git(repo, env, "commit", "-m", "add pools");
    expect(good.status, good.stdout + good.stderr).toBe(0);
    expect(git(repo, env, "log", "--format=%s").stdout.trim().split("\n")).toEqual(["add pools", "setup"]);
  }, 180_000);
});
