import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import type { ActionInputs } from "./inputs.js";

/**
 * Where the Action works. The runner starts it in GITHUB_WORKSPACE; with `actions/checkout`'s
 * `path: gitops` the repository is a folder below it, and paths relative to the workspace
 * (`gitops/apps/a.yaml`) are not the repository's: annotations and SARIF locations would point at
 * files GitHub does not have, and the repository's .calico-ipam-lint.yaml would not be found. So
 * when the workspace is not inside a git work tree but everything the inputs name lies in one
 * below it, the Action works in that checkout's root, with the inputs' paths made relative to it.
 * The SARIF file stays where the inputs put it, relative to the workspace, as upload-sarif reads it.
 */

/** The nearest directory at or above `dir`, and not above `stop`, holding `.git`. */
function gitRootBelow(dir: string, stop: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return d;
    if (d === stop || dirname(d) === d || relative(stop, d).startsWith("..")) return undefined;
  }
}

function insideGitWorkTree(dir: string): boolean {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return true;
    if (dirname(d) === d) return false;
  }
}

export function inCheckout(workspace: string, inputs: ActionInputs): { cwd: string; inputs: ActionInputs } {
  const sarif = resolve(workspace, inputs.sarif);
  const same = { cwd: workspace, inputs: { ...inputs, sarif } };
  if (insideGitWorkTree(workspace)) return same;
  const named = [...inputs.paths, ...inputs.context, ...(inputs.config ? [inputs.config] : []), ...(inputs.baseline ? [inputs.baseline] : [])];
  const roots = new Set(named.map((p) => gitRootBelow(resolve(workspace, p), workspace) ?? ""));
  const [root] = [...roots];
  if (roots.size !== 1 || !root || root === workspace) return same;
  const rel = (p: string): string => {
    const r = relative(root, resolve(workspace, p));
    return r === "" ? "." : r;
  };
  return {
    cwd: root,
    inputs: {
      ...inputs,
      paths: inputs.paths.map(rel),
      context: inputs.context.map(rel),
      config: inputs.config ? rel(inputs.config) : "",
      baseline: inputs.baseline ? rel(inputs.baseline) : "",
      sarif,
    },
  };
}
