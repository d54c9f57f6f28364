import { execFile } from "node:child_process";
import { accessSync, constants, readdirSync, realpathSync, statSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import type { Rendered } from "./cache.js";

/**
 * Running the user's kustomize, kubectl and helm, offline and without anything they could run in
 * turn: no plugins, post-renderers, hooks, dependency builds, remote bases or network. Only this
 * folder of src/ starts programs besides git (eslint.config.js).
 */

export interface Tools {
  /** `kustomize build DIR`, else `kubectl kustomize DIR`. */
  readonly kustomize?: { readonly bin: string; readonly args: readonly string[] };
  readonly helm?: string;
}

/** The first executable file `name` in PATH's folders, as `which` finds it (a folder named so is passed over). */
function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env["PATH"] ?? "").split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, name);
    try {
      accessSync(p, constants.X_OK);
      if (statSync(p).isFile()) return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * The Google Cloud SDK's `kubectl` is a dispatcher that asks the API server for its version (it
 * connects to one, even for `kubectl kustomize`) and then runs one of the real kubectl binaries
 * installed beside it as `kubectl.1.NN`: take the newest of those directly.
 */
function undispatched(kubectl: string): string {
  let real: string;
  try {
    real = realpathSync(kubectl);
  } catch {
    return kubectl;
  }
  let siblings: string[];
  try {
    siblings = readdirSync(dirname(real)).filter((n) => /^kubectl\.1\.\d+$/.test(n));
  } catch {
    return kubectl;
  }
  const newest = siblings.sort((a, b) => Number(a.split(".")[2]) - Number(b.split(".")[2])).pop();
  return newest ? join(dirname(real), newest) : kubectl;
}

export function findTools(env: NodeJS.ProcessEnv): Tools {
  const kustomize = onPath("kustomize", env);
  const found = onPath("kubectl", env);
  const kubectl = found ? undispatched(found) : undefined;
  const helm = onPath("helm", env);
  return {
    ...(kustomize ? { kustomize: { bin: kustomize, args: ["build"] } } : kubectl ? { kustomize: { bin: kubectl, args: ["kustomize"] } } : {}),
    ...(helm ? { helm } : {}),
  };
}

/**
 * The environment the tools run in: no proxy to reach, no plugins, and a home, plugin and cache
 * folders that do not exist, so that nothing is fetched, run or written (the user's tree, home and
 * temporary folder are left as they were).
 */
function offlineEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const unreachable = "http://127.0.0.1:9";
  const none = "/nonexistent/calico-ipam-lint";
  return {
    PATH: env["PATH"] ?? "",
    HOME: none,
    HTTP_PROXY: unreachable,
    HTTPS_PROXY: unreachable,
    http_proxy: unreachable,
    https_proxy: unreachable,
    NO_PROXY: "",
    no_proxy: "",
    GIT_TERMINAL_PROMPT: "0",
    KUSTOMIZE_PLUGIN_HOME: `${none}/kustomize-plugins`,
    HELM_PLUGINS: `${none}/helm-plugins`,
    HELM_CACHE_HOME: `${none}/helm-cache`,
    HELM_CONFIG_HOME: `${none}/helm-config`,
    HELM_DATA_HOME: `${none}/helm-data`,
    KUBECONFIG: `${none}/kubeconfig`,
  };
}

export type { Rendered } from "./cache.js";

const RENDER_TIMEOUT_MS = 120_000;

function exec(bin: string, args: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Promise<Rendered> {
  return new Promise((done) => {
    execFile(bin, [...args], { env, cwd, maxBuffer: 512 * 1024 * 1024, timeout: RENDER_TIMEOUT_MS, encoding: "utf8" }, (err, stdout, stderr) => {
      if (err) {
        const text = (stderr || err.message).trim().replace(/^E\d{4} [\d:.]+\s+\d+ \S+\] "command failed" err=.*\n/m, "");
        done({ error: text.split("\n").filter((l) => l.trim() !== "").slice(-6).join("\n") || `${bin} failed` });
      } else done({ text: stdout });
    });
  });
}

/** `kustomize build DIR` (or `kubectl kustomize DIR`): no plugins, no Helm; files inside the root only unless `extra` lifts it (Flux). */
export async function renderKustomize(tools: Tools, dir: string, env: NodeJS.ProcessEnv, extra: readonly string[] = []): Promise<Rendered> {
  const k = tools.kustomize;
  if (!k) return { error: "kustomize is not installed" };
  return exec(k.bin, [...k.args, dir, ...extra], offlineEnv(env), dir);
}

export interface HelmJob {
  readonly chart: string;
  readonly release: string;
  readonly namespace?: string;
  readonly valueFiles: readonly string[];
  /** Inline values (an Application's values/valuesObject, a HelmRelease's values), as top-level key → JSON. */
  readonly values: readonly (readonly [string, string])[];
  readonly set: readonly string[];
  /** An Application's parameters with forceString. */
  readonly setString?: readonly string[];
}

/** `helm template` of a local chart: no hooks, tests, plugins, post-renderers or dependency builds. */
export async function renderHelm(tools: Tools, job: HelmJob, env: NodeJS.ProcessEnv): Promise<Rendered> {
  if (!tools.helm) return { error: "helm is not installed" };
  const args = ["template", job.release, resolve(job.chart), "--no-hooks", "--skip-tests"];
  if (job.namespace) args.push("--namespace", job.namespace);
  for (const f of job.valueFiles) args.push("-f", f);
  for (const [k, json] of job.values) args.push("--set-json", `${k}=${json}`);
  for (const kv of job.set) args.push("--set", kv);
  for (const kv of job.setString ?? []) args.push("--set-string", kv);
  return exec(tools.helm, args, offlineEnv(env), dirname(resolve(job.chart)));
}

/** `work` for each item, at most `width` at once (each a helm or kustomize process); the results in the items' order. */
export async function inTurn<T, R>(items: readonly T[], width: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, items.length)) }, worker));
  return out;
}
