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

export async function bundle(outdir = "dist", entries = ENTRIES) {
  await build({
    entryPoints: entries,
    outdir,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    banner,
    splitting: false,
    legalComments: "none",
    logLevel: "warning",
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync("dist/types", { recursive: true, force: true });
  await bundle();
  execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
}
