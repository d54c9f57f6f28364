// Runs at `npm pack` / `npm publish`: the type declarations (dist/types, not committed) and the
// third-party notices of the bundles. The bundles themselves are committed (scripts/build.mjs).
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { ENTRIES } from "./build.mjs";
import { writeNotices } from "./notices.mjs";

const ROOT = resolve(import.meta.dirname, "..");
rmSync(resolve(ROOT, "dist/types"), { recursive: true, force: true });
const tsc = createRequire(resolve(ROOT, "package.json")).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "inherit" });
await writeNotices(ENTRIES);
