// Bundles the CLI, the library and the GitHub Action into self-contained files under dist/, so that
// the pre-commit hook and the Action run without installing or compiling anything.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";

const banner = {
  js: "import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);",
};

export const ENTRIES = {
  "cli": "src/cli/index.ts",
  "index": "src/index.ts",
  "action/index": "src/action/index.ts",
};

/**
 * Entries split into chunks under dist/chunks/, loaded when a run needs them: the CLI, whose
 * start-up the pre-commit hook pays on every commit (`--version` loads no chunk of the linter, a
 * run with nothing to report no formatter). The library and the Action stay one file each.
 */
export const SPLIT = new Set(["cli"]);
export const CHUNKS = "chunks";

export async function bundle(outdir = "dist", entries = ENTRIES) {
  const common = { outdir, bundle: true, platform: "node", format: "esm", target: "node20", banner, legalComments: "none", logLevel: "warning" };
  const pick = (split) => Object.fromEntries(Object.entries(entries).filter(([name]) => SPLIT.has(name) === split));
  const split = pick(true);
  const whole = pick(false);
  if (Object.keys(split).length > 0) await build({ ...common, entryPoints: split, splitting: true, chunkNames: `${CHUNKS}/[name]-[hash]` });
  if (Object.keys(whole).length > 0) await build({ ...common, entryPoints: whole, splitting: false });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync("dist/types", { recursive: true, force: true });
  rmSync(`dist/${CHUNKS}`, { recursive: true, force: true });
  await bundle();
  execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
}
