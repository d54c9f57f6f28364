// The layout stage's figures (docs/performance.md): a generated GitOps repository with 50 Kustomize
// overlays (of 5 bases) and 5 charts (each with two values files, deployed by Argo CD
// Applications to two clusters), linted by the CLI bundled fresh from src/ with the real kubectl
// and Helm (scripts/render-tools.mjs). Measures: a full run (everything rendered), the first run
// with --cache (renders and stores), a warm run (everything from the cache), a run after one overlay
// file changed (one render), a run over the changes after an overlay's kustomization changed (one
// render, and the overlay as it was from the cache), and --render never (raw files) as the baseline;
// then a chart that renders 4,000 pods, against helm template alone.
// Usage: node scripts/bench-layout.mjs [--runs N]
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { ensureRenderTools } from "./render-tools.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 5;
const tools = ensureRenderTools();
if (tools.error) throw new Error(tools.error);
const PATH = [join(tools.dir, "helm"), join(tools.dir, "kubectl"), process.env.PATH].join(":");

const work = mkdtempSync(join(tmpdir(), "cil-bench-layout-"));
const cli = join(work, "cli.mjs");
await build({
  entryPoints: [join(ROOT, "src/cli/index.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile: join(work, "cli-lib.mjs"),
  logLevel: "warning",
  banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
});
writeFileSync(cli, 'import { run } from "./cli-lib.mjs";\nprocess.exitCode = await run(process.argv.slice(2));\n');

const repo = join(work, "repo");
const put = (p, text) => {
  mkdirSync(dirname(join(repo, p)), { recursive: true });
  writeFileSync(join(repo, p), text);
};
const pools = () =>
  `apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: static}\nspec: {cidr: 10.244.64.0/20, ipipMode: Never, nodeSelector: "!all()", assignmentMode: Manual}\n---\napiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: pods}\nspec: {cidr: 10.244.0.0/18, ipipMode: Never}\n`;
const app = (name, cluster, path, helm = "") =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: ${name}}\nspec:\n  source:\n    path: ${path}\n${helm}  destination: {name: ${cluster}, namespace: ${name}}\n`;
const clusters = ["east", "west"];
for (const c of clusters) {
  put(`platform/${c}/pools.yaml`, pools());
  put(`argocd/${c}-platform.yaml`, app(`${c}-platform`, c, `platform/${c}`));
}
for (let b = 0; b < 5; b++) {
  put(`bases/svc${b}/kustomization.yaml`, "resources: [deployment.yaml, service.yaml]\n");
  put(
    `bases/svc${b}/deployment.yaml`,
    `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: svc${b}}\nspec:\n  replicas: 1\n  strategy: {type: Recreate}\n  selector: {matchLabels: {app: svc${b}}}\n  template:\n    metadata:\n      labels: {app: svc${b}}\n      annotations:\n        cni.projectcalico.org/ipv4pools: '["pods"]'\n    spec:\n      containers: [{name: c, image: "c:1"}]\n`,
  );
  put(`bases/svc${b}/service.yaml`, `apiVersion: v1\nkind: Service\nmetadata: {name: svc${b}}\nspec: {selector: {app: svc${b}}, ports: [{port: 80}]}\n`);
}
for (let o = 0; o < 50; o++) {
  const cluster = clusters[o % 2];
  put(`overlays/o${o}/kustomization.yaml`, `resources: [../../bases/svc${o % 5}]\nnamespace: o${o}\nnamePrefix: o${o}-\npatches:\n  - path: address.yaml\n`);
  put(
    `overlays/o${o}/address.yaml`,
    `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: svc${o % 5}}\nspec:\n  template:\n    metadata:\n      annotations:\n        cni.projectcalico.org/ipAddrs: '["10.244.64.${o + 1}"]'\n`,
  );
  put(`argocd/o${o}.yaml`, app(`o${o}`, cluster, `overlays/o${o}`));
}
for (let h = 0; h < 5; h++) {
  put(`charts/gw${h}/Chart.yaml`, `apiVersion: v2\nname: gw${h}\nversion: 0.1.0\n`);
  put(`charts/gw${h}/values.yaml`, "replicaCount: 1\nstaticIP: \"\"\n");
  put(
    `charts/gw${h}/templates/deployment.yaml`,
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  replicas: {{ .Values.replicaCount }}\n  strategy: {type: Recreate}\n  selector: {matchLabels: {app: {{ .Release.Name }}}}\n  template:\n    metadata:\n      labels: {app: {{ .Release.Name }}}\n      {{- with .Values.staticIP }}\n      annotations:\n        cni.projectcalico.org/ipAddrs: '["{{ . }}"]'\n      {{- end }}\n    spec:\n      containers: [{name: gw, image: "gw:1"}]\n`,
  );
  for (const c of clusters) {
    put(`charts/gw${h}/values-${c}.yaml`, `staticIP: 10.244.65.${h + 1}\n`);
    put(`argocd/gw${h}-${c}.yaml`, app(`gw${h}-${c}`, c, `charts/gw${h}`, `    helm:\n      valueFiles: [values-${c}.yaml]\n`));
  }
}

/** The median (min–max) wall time of `runs` runs of a program in `cwd`; `before` runs before each; `exit`: the exit status expected. */
function timed(cmd, args, cwd, before, exit = 0) {
  const t = [];
  for (let i = 0; i < runs; i++) {
    before?.(i);
    const s = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd, env: { ...process.env, PATH }, encoding: "utf8", maxBuffer: 1 << 28 });
    t.push(Number(process.hrtime.bigint() - s) / 1e6);
    if (r.status !== exit) {
      const found = cmd === process.execPath ? JSON.parse(r.stdout || "[]").flatMap((f) => f.messages.map((m) => `${f.filePath}:${m.line} ${m.ruleId} ${m.message}`)) : [];
      throw new Error(`${cmd} ${args.join(" ")}: exit ${r.status}: ${r.stderr}\n${found.slice(0, 10).join("\n")}`);
    }
  }
  t.sort((a, b) => a - b);
  return `${(t[Math.floor(t.length / 2)] / 1000).toFixed(2)} s (${(t[0] / 1000).toFixed(2)}–${(t[t.length - 1] / 1000).toFixed(2)})`;
}

/** The lint of the generated repository, with `args`. */
const time = (args, before) => timed(process.execPath, [cli, ".", "-f", "json", ...args], repo, before);

const cache = join(work, "cache");
console.log(`${cpus().length} cores, Node ${process.version}, ${runs} runs each, 50 overlays + 5 charts x 2 clusters (60 renders)`);
console.log(`--render never (raw files)       ${time(["--render", "never"])}`);
console.log(`full run (no cache)              ${time([])}`);
console.log(`first run with --cache (cold)    ${time(["--cache", cache], () => rmSync(cache, { recursive: true, force: true }))}`);
console.log(`warm run (all from the cache)    ${time(["--cache", cache])}`);
let n = 0;
console.log(
  `one overlay file changed         ${time(["--cache", cache], () => put("overlays/o7/address.yaml", `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: svc2}\nspec:\n  template:\n    metadata:\n      annotations:\n        cni.projectcalico.org/ipAddrs: '["10.244.66.${++n}"]'\n`))}`,
);
// A run over the changes (--changed-since HEAD, as the hooks and the Action run): the repository
// committed, then one overlay's kustomization edited (a label), which the run follows by building
// the overlay again as it was. With --cache, that build is the one the runs above left in the
// cache; the full run after the same edit is the baseline (goal: at most 1.2x).
const git = (...args) => {
  const r = spawnSync("git", ["-c", "user.name=bench", "-c", "user.email=bench@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: repo, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
};
git("init", "-q");
git("add", "-A");
git("commit", "-q", "-m", "base");
let label = 0;
const relabel = () => put("overlays/o7/kustomization.yaml", `resources: [../../bases/svc2]\nnamespace: o7\nnamePrefix: o7-\npatches:\n  - path: address.yaml\ncommonLabels: {edit: "${++label}"}\n`);
console.log(`one kustomization changed:`);
console.log(`  full run, --cache                ${time(["--cache", cache], relabel)}`);
console.log(`  --changed-since HEAD, --cache    ${time(["--cache", cache, "--changed-since", "HEAD"], relabel)}`);
// A chart that renders 4,000 pods (about 1 MB of output), alone in a repository: the lint against
// `helm template` of the same chart, the program it runs (the rest is reading and linting the output).
const big = join(work, "big");
const putBig = (p, text) => {
  mkdirSync(dirname(join(big, p)), { recursive: true });
  writeFileSync(join(big, p), text);
};
putBig("charts/big/Chart.yaml", "apiVersion: v2\nname: big\nversion: 0.1.0\n");
putBig("charts/big/values.yaml", "pods: 4000\n");
putBig(
  "charts/big/templates/pods.yaml",
  `{{- range $i := until (int .Values.pods) }}\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p{{ $i }}\n  labels: {app: big, idx: "{{ $i }}"}\n  annotations:\n    cni.projectcalico.org/ipv4pools: '["pods"]'\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n---\n{{- end }}\n`,
);
putBig("pools.yaml", pools());
console.log(`a chart rendering 4,000 pods (1 MB):`);
console.log(`  helm template alone              ${timed(join(tools.dir, "helm", "helm"), ["template", "big", "charts/big"], big)}`);
console.log(`  the lint                         ${timed(process.execPath, [cli, ".", "-f", "json"], big)}`);
// The same pods with one static address written in the template: 4,000 duplicate-static-ip
// findings, each listing 50 others, moved back to the template's line.
putBig("charts/big/templates/pods.yaml", readFileSync(join(big, "charts/big/templates/pods.yaml"), "utf8").replace(`ipv4pools: '["pods"]'`, `ipAddrs: '["10.0.0.5"]'`));
console.log(`  with one address on every pod    ${timed(process.execPath, [cli, ".", "-f", "json"], big, undefined, 1)}`);
if (!process.env.KEEP) rmSync(work, { recursive: true, force: true });
else console.log(work);
