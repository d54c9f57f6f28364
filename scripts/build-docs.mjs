// `npm run docs`: bundles scripts/build-docs.ts with esbuild (as scripts/build.mjs bundles the CLI)
// into a temporary file, runs it, and removes it. `npm run docs -- --check` only reports stale docs.
import { build } from "esbuild";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
mkdirSync(tmpdir(), { recursive: true });
const dir = mkdtempSync(join(tmpdir(), "calico-ipam-lint-docs-"));
try {
  const outfile = join(dir, "build-docs.mjs");
  await build({
    entryPoints: [join(root, "scripts/build-docs.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    banner: { js: "import { createRequire as __cilCreateRequire } from 'node:module'; const require = __cilCreateRequire(import.meta.url);" },
    logLevel: "warning",
  });
  const { main } = await import(pathToFileURL(outfile).href);
  process.exitCode = await main(root, process.argv.slice(2));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
