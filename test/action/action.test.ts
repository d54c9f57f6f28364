import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { cli } from "../cli/helpers.js";
import { multitoolBinary, validateWithMultitool } from "../report/sarif-multitool.js";
import { TOOLS_PATH, withTools } from "../layout/helpers.js";

/**
 * The Action as the runner runs it: `node dist/action/index.js` (the committed bundle action.yml
 * names) in the checked-out workspace, with every input of action.yml in INPUT_<NAME> (defaults
 * filled in, names upper-cased with the dash kept: INPUT_FAIL-LEVEL), and GITHUB_OUTPUT /
 * GITHUB_STEP_SUMMARY files.
 */

const ROOT = resolve(import.meta.dirname, "../..");
const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};

const BROKEN = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [broken\n";
const POOL = "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: main\nspec:\n  cidr: 10.0.0.0/16\n";
const staticPod = (i: number): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\n  annotations:\n    cni.projectcalico.org/ipAddrs: '["10.0.0.${i}"]'\nspec:\n  containers: []\n`;
const CLEAN = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: ok\nspec:\n  containers: []\n";

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "cil-action-"));
  mkdirSync(join(root, ".git"));
  writeFileSync(join(root, ".git/HEAD"), "ref: refs/heads/main\n");
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), t);
  }
  return root;
}

interface StepResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  commands: { command: string; props: Record<string, string>; message: string }[];
}

/** Outputs written by core.setOutput: `name<<delimiter\nvalue\ndelimiter`. */
function readOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

/** Workflow commands outside ::stop-commands:: windows, as the runner reads them. */
function commandsOf(stdout: string): StepResult["commands"] {
  const out: StepResult["commands"] = [];
  let stopToken: string | null = null;
  for (const line of stdout.split("\n")) {
    if (stopToken) {
      if (line === `::${stopToken}::`) stopToken = null;
      continue;
    }
    const m = /^::([\w-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === "stop-commands") {
      stopToken = m[3]!;
      continue;
    }
    const props = Object.fromEntries((m[2] ?? "").split(",").filter(Boolean).map((kv) => kv.split("=", 2) as [string, string]));
    out.push({ command: m[1]!, props, message: m[3]! });
  }
  return out;
}

function runStep(cwd: string, inputs: Record<string, string>, envOverrides: Record<string, string | undefined> = {}): StepResult {
  const runnerTemp = mkdtempSync(join(tmpdir(), "cil-runner-temp-"));
  const outputFile = join(runnerTemp, "output.txt");
  const summaryFile = join(runnerTemp, "summary.md");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const env: Record<string, string> = {
    PATH: process.env["PATH"] ?? "",
    HOME: runnerTemp,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: cwd,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_REPOSITORY: "acme/gitops",
    GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
    RUNNER_TEMP: runnerTemp,
  };
  for (const [name, spec] of Object.entries(action.inputs)) env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = spec.default ?? "";
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(envOverrides)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const r = spawnSync(process.execPath, [join(ROOT, action.runs.main)], { cwd, env, encoding: "utf8", timeout: 60_000 });
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: readOutputs(readFileSync(outputFile, "utf8")),
    summary: readFileSync(summaryFile, "utf8"),
    commands: commandsOf(r.stdout),
  };
}

describe("action.yml", () => {
  it("runs the committed bundle on node24 and declares the inputs and outputs", () => {
    expect(action.runs).toEqual({ using: "node24", main: "dist/action/index.js" });
    expect(existsSync(join(ROOT, action.runs.main))).toBe(true);
    expect(Object.keys(action.inputs).sort()).toEqual(["baseline", "config", "context", "fail-level", "format", "html", "paths", "sarif"]);
    expect(Object.keys(action.outputs).sort()).toEqual(["error-count", "html-path", "sarif-path", "warning-count"]);
  });
});

describe("the Action run as the runner runs it", () => {
  it("passes a clean repository: outputs, summary with the pool table, SARIF written", () => {
    const ws = workspace({ "deploy/pool.yaml": POOL, "deploy/app.yaml": CLEAN });
    const r = runStep(ws, {});
    expect(r.status).toBe(0);
    expect(r.outputs["error-count"]).toBe("0");
    expect(r.outputs["warning-count"]).toBe("0");
    expect(r.outputs["sarif-path"]).toMatch(/calico-ipam-lint\.sarif$/);
    expect(JSON.parse(readFileSync(r.outputs["sarif-path"]!, "utf8")).runs[0].results).toEqual([]);
    expect(r.commands.filter((c) => ["error", "warning", "notice"].includes(c.command))).toEqual([]);
    expect(r.summary).toContain("No Calico IPAM problems found in 2 files.");
    expect(r.summary).toContain("### Calico IPAM plan");
    expect(r.summary).toContain("| `main` | `10.0.0.0/16` |");
  });

  it("outside a runner (no RUNNER_TEMP, as @github/local-action runs it) writes the SARIF to the system temp dir, not the checkout", () => {
    const ws = workspace({ "deploy/pool.yaml": POOL, "deploy/app.yaml": CLEAN });
    const scratch = mkdtempSync(join(tmpdir(), "cil-tmpdir-"));
    const r = runStep(ws, {}, { RUNNER_TEMP: undefined, TMPDIR: scratch });
    expect(r.status).toBe(0);
    expect(r.outputs["sarif-path"]).toBe(join(scratch, "calico-ipam-lint.sarif"));
    expect(existsSync(join(ws, "calico-ipam-lint.sarif"))).toBe(false);
  });

  it("judges the configuration's clusters apart, as the CLI does: one address in two clusters is no duplicate", () => {
    const ws = workspace({
      ".calico-ipam-lint.yaml": "clusters:\n  - name: east\n    paths: [east]\n  - name: west\n    paths: [west]\n",
      "east/pool.yaml": POOL,
      "west/pool.yaml": POOL,
      "east/p.yaml": staticPod(1),
      "west/p.yaml": staticPod(1),
    });
    const r = runStep(ws, { "fail-level": "error" });
    expect(r.commands.filter((c) => c.props["title"] === "duplicate-static-ip")).toEqual([]);
    expect(r.outputs["error-count"]).toBe("0");
    expect(r.commands.filter((c) => c.command === "warning").every((c) => / \[cluster (east|west)\]$/.test(c.message))).toBe(true);
  });

  it("fails on errors, caps annotations at 10 errors and 10 warnings with a notice, and summarises every finding", () => {
    const files: Record<string, string> = { "pools.yaml": POOL };
    for (let i = 1; i <= 12; i++) files[`broken/b${String(i).padStart(2, "0")}.yaml`] = BROKEN;
    for (let i = 1; i <= 11; i++) files[`pods/p${String(i).padStart(2, "0")}.yaml`] = staticPod(i);
    const ws = workspace(files);
    const r = runStep(ws, { sarif: "reports/lint.sarif" });
    expect(r.status).toBe(1);
    expect(r.outputs).toEqual({ "error-count": "12", "warning-count": "11", "sarif-path": join(ws, "reports/lint.sarif") });
    const errors = r.commands.filter((c) => c.command === "error" && c.props["title"] === "yaml-syntax");
    const warnings = r.commands.filter((c) => c.command === "warning");
    const notices = r.commands.filter((c) => c.command === "notice");
    expect(errors).toHaveLength(10);
    expect(warnings).toHaveLength(10);
    expect(errors[0]!.props).toEqual({ title: "yaml-syntax", file: "broken/b01.yaml", line: "5", endLine: "5", col: "1", endColumn: "1" });
    expect(warnings[0]!.props).toMatchObject({ title: "static-ip-auto-pool", file: "pods/p01.yaml", line: "6" });
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toContain("2 errors and 1 warning more than GitHub shows as annotations");
    expect(notices[0]!.message).toContain("job summary");
    // The step fails with one more error annotation saying why (core.setFailed).
    expect(r.commands.at(-1)).toMatchObject({ command: "error", message: "calico-ipam-lint found 12 errors and 11 warnings" });
    // Every finding is in the summary, linked to its line at the commit.
    expect(r.summary.match(/^\| ❌ error \|/gm)).toHaveLength(12);
    expect(r.summary.match(/^\| ⚠️ warning \|/gm)).toHaveLength(11);
    expect(r.summary).toContain("(https://github.com/acme/gitops/blob/0123456789abcdef0123456789abcdef01234567/broken/b12.yaml#L5)");
    expect(r.summary).toContain("| `main` | `10.0.0.0/16` |");
    // The log shows the stylish report, and nothing in it is taken for a command.
    expect(r.stdout).toContain("broken/b12.yaml");
    const sarif = JSON.parse(readFileSync(join(ws, "reports/lint.sarif"), "utf8"));
    expect(sarif.runs[0].results).toHaveLength(23);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: "broken/b01.yaml", uriBaseId: "%SRCROOT%" });
  });

  it("writes SARIF that the SARIF Multitool accepts with GitHub's rules", () => {
    const bin = multitoolBinary();
    if ("missing" in bin) {
      if (process.env["CI"]) throw new Error(bin.missing);
      return;
    }
    const ws = workspace({ "pools.yaml": POOL, "p.yaml": staticPod(1), "b.yaml": BROKEN });
    const r = runStep(ws, {});
    expect(r.status).toBe(1);
    expect(validateWithMultitool(bin.path, r.outputs["sarif-path"]!).errors).toEqual([]);
  });

  it("fails on warnings only with fail-level: warning (INPUT_FAIL-LEVEL)", () => {
    const ws = workspace({ "pools.yaml": POOL, "p.yaml": staticPod(1) });
    const lenient = runStep(ws, {});
    expect(lenient.status).toBe(0);
    expect(lenient.outputs["warning-count"]).toBe("1");
    expect(lenient.commands.filter((c) => c.command === "warning")).toHaveLength(1);
    const strict = runStep(ws, { "fail-level": "warning" });
    expect(strict.status).toBe(1);
    expect(strict.commands.at(-1)).toMatchObject({ command: "error", message: "calico-ipam-lint found 0 errors and 1 warning (fail-level: warning)" });
    const bad = runStep(ws, { "fail-level": "info" });
    expect(bad.status).toBe(1);
    expect(bad.commands.at(-1)?.message).toContain('input fail-level must be "error" or "warning"');
  });

  it("prints the chosen format to the log, and writes one job summary even with format: github", () => {
    const ws = workspace({ "b.yaml": BROKEN });
    const r = runStep(ws, { format: "github" });
    expect(r.status).toBe(1);
    expect(r.summary.match(/^## calico-ipam-lint$/gm)).toHaveLength(1);
    const none = runStep(ws, { format: "none" });
    expect(none.status).toBe(1);
    expect(none.stdout.split("\n").filter((l) => !l.startsWith("::") && l.includes("Flow sequence"))).toEqual([]);
    expect(none.commands.filter((c) => c.command === "error" && c.props["title"] === "yaml-syntax")).toHaveLength(1);
  });

  it("lints only `paths`, reading `context` for the cross-file checks", () => {
    const ws = workspace({ "cluster/pools.yaml": POOL, "cluster/broken.yaml": BROKEN, "apps/p.yaml": staticPod(1) });
    const r = runStep(ws, { paths: "apps", context: "cluster" });
    expect(r.status).toBe(0);
    expect(r.outputs).toMatchObject({ "error-count": "0", "warning-count": "1" });
    expect(r.commands.filter((c) => c.command === "warning")[0]!.props["file"]).toBe("apps/p.yaml");
  });

  it("`paths` names folders with spaces: one per line, or quoted on one line", () => {
    const ws = workspace({ "my apps/p.yaml": BROKEN, "other apps/q.yaml": BROKEN, "cluster/pools.yaml": POOL });
    const files = (r: StepResult): string[] => [...new Set(r.commands.filter((c) => c.command === "error" && c.props["file"]).map((c) => c.props["file"] ?? ""))].sort();
    expect(files(runStep(ws, { paths: "my apps\nother apps\n" }))).toEqual(["my apps/p.yaml", "other apps/q.yaml"]);
    expect(files(runStep(ws, { paths: `"my apps" 'other apps' cluster` }))).toEqual(["my apps/p.yaml", "other apps/q.yaml"]);
    // Unquoted on one line, the words are paths of their own, as before: "my" does not exist.
    const split = runStep(ws, { paths: "my apps" });
    expect(split.status).toBe(1);
    expect(split.stdout).toContain("my: no such file or directory");
  });

  it("with actions/checkout `path: gitops`, names files as the repository does and reads its configuration", () => {
    // The workspace is not a repository; the checkout is in gitops/.
    const ws = mkdtempSync(join(tmpdir(), "cil-action-ws-"));
    const repo = workspace({
      "apps/p.yaml": staticPod(1),
      "cluster/pools.yaml": POOL,
      ".calico-ipam-lint.yaml": "rules:\n  static-ip-auto-pool: error\n",
    });
    spawnSync("mv", [repo, join(ws, "gitops")]);
    const r = runStep(ws, { paths: "gitops", sarif: "reports/lint.sarif" });
    // The repository's configuration made the warning an error.
    expect(r.status).toBe(1);
    expect(r.outputs).toMatchObject({ "error-count": "1", "warning-count": "0" });
    expect(r.commands.filter((c) => c.command === "error")[0]!.props["file"]).toBe("apps/p.yaml");
    // The SARIF file is where the input put it, relative to the workspace; its locations are the repository's.
    expect(r.outputs["sarif-path"]).toBe(join(ws, "reports/lint.sarif"));
    const log = JSON.parse(readFileSync(join(ws, "reports/lint.sarif"), "utf8")) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]; originalUriBaseIds: Record<string, { uri: string }> }[] };
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe("apps/p.yaml");
    expect(log.runs[0]!.originalUriBaseIds["%SRCROOT%"]!.uri).toBe(`file://${join(ws, "gitops")}/`);
    expect(r.summary).toContain("apps/p.yaml");
    expect(r.summary).not.toContain("gitops/apps");
  });

  it("exports `run` for @github/local-action", async () => {
    const mod = (await import("../../src/action/run.js")) as { run: unknown };
    expect(typeof mod.run).toBe("function");
  });

  it("fails the step with the reason when the CLI cannot do its job", () => {
    const ws = workspace({ "a.yaml": CLEAN });
    const r = runStep(ws, { paths: "a.yaml\nmissing-dir" });
    expect(r.status).toBe(1);
    expect(r.commands.at(-1)?.message).toContain("could not lint the repository");
    expect(r.commands.at(-1)?.message).toContain("missing-dir: no such file or directory");
  });

  it("applies `config` (as --config): rule severities change the outcome, a bad file fails the step at its line", () => {
    const ws = workspace({ "pools.yaml": POOL, "p.yaml": staticPod(1), "strict.yaml": "rules:\n  static-ip-auto-pool: error\n", "bad.yaml.cfg": "rules:\n  static-ip-auto-poool: error\n" });
    const plain = runStep(ws, {});
    expect(plain.status).toBe(0);
    expect(plain.outputs).toMatchObject({ "error-count": "0", "warning-count": "1" });
    const strict = runStep(ws, { config: "strict.yaml" });
    expect(strict.status).toBe(1);
    expect(strict.outputs).toMatchObject({ "error-count": "1", "warning-count": "0" });
    expect(strict.commands.find((c) => c.command === "error")?.props["title"]).toBe("static-ip-auto-pool");
    const broken = runStep(ws, { config: "bad.yaml.cfg" });
    expect(broken.status).toBe(1);
    expect(broken.commands.at(-1)?.message).toMatch(/could not lint the repository.*bad\.yaml\.cfg:2:3/s);
  });

  it("applies `baseline` (as --baseline): recorded findings are not reported, new ones are", async () => {
    const ws = workspace({ "pools.yaml": POOL, "p1.yaml": staticPod(1), "broken.yaml": BROKEN });
    const written = await cli([".", "--write-baseline", "baseline.json"], { cwd: ws });
    expect(written.code).toBe(0);
    const adopted = runStep(ws, { baseline: "baseline.json" });
    expect(adopted.status).toBe(0);
    expect(adopted.outputs).toMatchObject({ "error-count": "0", "warning-count": "0" });
    writeFileSync(join(ws, "p2.yaml"), staticPod(2));
    const grown = runStep(ws, { baseline: "baseline.json" });
    expect(grown.status).toBe(0);
    expect(grown.outputs).toMatchObject({ "error-count": "0", "warning-count": "1" });
    expect(grown.commands.filter((c) => c.command === "warning").map((c) => c.props["file"])).toEqual(["p2.yaml"]);
  });
});

describe("the Action on a pull request from a stranger", () => {
  it("lets nothing in the linted files issue a workflow command or reach the summary as markup", () => {
    // Values a hostile manifest can carry into messages, file names and the summary.
    const hostile = [
      "apiVersion: v1",
      "kind: Pod",
      "metadata:",
      "  name: web",
      "  annotations:",
      '    cni.projectcalico.org/ipAddrs: "[10.0.0.1]<img src=x onerror=alert(1)>\\n::add-mask::pwned\\n::set-output name=pwned::1\\n::error file=x::pwned\\r\\n::stop-commands::pwned"',
      '    cni.projectcalico.org/ipv4pools: "[\\"::warning::pwned%0A::error::pwned\\"]"',
      "",
    ].join("\n");
    // A newline is allowed in a file name, and the log prints names on lines of their own.
    const ws = workspace({ "pools.yaml": POOL, "apps/::notice::pwned.yaml": hostile, "apps/%0A::error::pwned.yaml": hostile, "apps/\n::error::pwned.yaml": hostile });
    const r = runStep(ws, {});
    expect(r.status).toBe(1);
    // The runner sees our annotations and nothing else: no mask, output, stop or injected annotation.
    expect(r.commands.length).toBeGreaterThan(2);
    for (const c of r.commands) expect(["error", "warning", "notice"], JSON.stringify(c)).toContain(c.command);
    for (const c of r.commands.filter((x) => x.props["file"] !== undefined)) {
      expect(c.props["title"] ?? "", JSON.stringify(c)).toMatch(/^[a-z-]+$/);
      expect(Object.keys(c.props).every((k) => ["title", "file", "line", "endLine", "col", "endColumn"].includes(k))).toBe(true);
    }
    // File names are properties: escaped, so a name cannot end the property list or the command.
    expect(r.commands.map((c) => c.props["file"]).filter(Boolean).sort()).toEqual(["apps/%0A%3A%3Aerror%3A%3Apwned.yaml", "apps/%250A%3A%3Aerror%3A%3Apwned.yaml", "apps/%3A%3Anotice%3A%3Apwned.yaml"]);
    expect(Object.keys(r.outputs).sort()).toEqual(["error-count", "sarif-path", "warning-count"]);
    // The summary is Markdown: markup quoted from a file is escaped or inside a code span, never
    // rendered. Rendered by cmark-gfm, GitHub's renderer, where it is installed (test/report/markdown-cell.test.ts).
    expect(r.summary.replace(/`[^`\n]*`/g, "")).not.toContain("<img");
    const cmark = spawnSync("cmark-gfm", ["-e", "table"], { input: r.summary, encoding: "utf8" });
    if (cmark.status === 0) {
      expect(cmark.stdout).not.toContain("<img");
      expect(cmark.stdout).toContain("&lt;img src=x onerror=alert(1)&gt;");
    }
  });
});

describe("the Action on a pull request that changes a pool", () => {
  const git = (cwd: string, ...args: string[]): string => {
    const r = spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", ...args], { cwd, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
    return r.stdout.trim();
  };
  const APP = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: s\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.0.0.11\"]'\n";
  const moved = POOL.replace("name: main", "name: main-2").replace("10.0.0.0/16", "10.1.0.0/16");

  /** A repository whose second commit (the pull request) moves the pool; the event names the first as its base. */
  function pullRequest(): { repo: string; base: string; event: string } {
    const repo = mkdtempSync(join(tmpdir(), "cil-action-pr-"));
    mkdirSync(join(repo, "cluster"));
    mkdirSync(join(repo, "apps"));
    writeFileSync(join(repo, "cluster/pool.yaml"), POOL);
    writeFileSync(join(repo, "apps/static.yaml"), APP);
    git(repo, "init", "-q");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "base");
    const base = git(repo, "rev-parse", "HEAD");
    writeFileSync(join(repo, "cluster/pool.yaml"), moved);
    git(repo, "commit", "-q", "-am", "move the pool");
    // What the runner writes to GITHUB_EVENT_PATH for a pull_request event (github/docs: webhook payload `pull_request.base.sha`).
    const event = join(mkdtempSync(join(tmpdir(), "cil-event-")), "event.json");
    writeFileSync(event, JSON.stringify({ action: "synchronize", pull_request: { number: 7, base: { ref: "main", sha: base }, head: { ref: "move", sha: git(repo, "rev-parse", "HEAD") } } }));
    return { repo, base, event };
  }

  it("annotates what the change does to an untouched file at the changed line, where GitHub shows it in the diff", () => {
    const { repo, event } = pullRequest();
    const r = runStep(repo, {}, { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: event });
    expect(r.status).toBe(1);
    const errors = r.commands.filter((c) => c.command === "error" && c.props["file"]);
    // The finding in apps/static.yaml (the Action lints every file), and its cause at the pool's cidr.
    expect(errors.map((c) => `${c.props["file"]}:${c.props["line"]} ${c.props["title"]}`).sort()).toEqual(["apps/static.yaml:6 ip-outside-pool", "cluster/pool.yaml:6 ip-outside-pool"]);
    expect(errors.find((c) => c.props["file"] === "cluster/pool.yaml")?.message).toMatch(/^This change causes a new finding in `apps\/static\.yaml` at 6:39: /);
    expect(r.summary).toContain("cluster/pool.yaml");
    // The pool in `context`: still the pull request's change, reported at its line.
    const ctx = runStep(repo, { paths: "apps", context: "cluster" }, { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: event });
    expect(ctx.commands.filter((c) => c.command === "error" && c.props["file"]).map((c) => `${c.props["file"]}:${c.props["line"]}`).sort()).toEqual(["apps/static.yaml:6", "cluster/pool.yaml:6"]);
    // A push (no pull request) reports the finding where it is, as before.
    const push = runStep(repo, {}, { GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: event });
    expect(push.commands.filter((c) => c.command === "error" && c.props["file"]).map((c) => c.props["file"])).toEqual(["apps/static.yaml"]);
  });

  it("says how to get the base commit when the checkout is shallow (actions/checkout's default fetch-depth: 1)", () => {
    const { repo, event } = pullRequest();
    const shallow = mkdtempSync(join(tmpdir(), "cil-action-shallow-"));
    git(shallow, "clone", "-q", "--depth", "1", `file://${repo}`, "repo");
    const r = runStep(join(shallow, "repo"), {}, { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: event });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/the pull request's base commit [0-9a-f]{12} is not in the checkout.*fetch-depth: 2/);
    expect(r.commands.filter((c) => c.command === "error" && c.props["file"]).map((c) => c.props["file"])).toEqual(["apps/static.yaml"]);
  });
});

withTools("the Action on a pull request that changes a chart's values", () => {
  it("follows the chart: what its moved pool does to an untouched file is annotated at the value", () => {
    const git = (cwd: string, ...args: string[]): string => {
      const r = spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" });
      if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
      return r.stdout.trim();
    };
    const repo = mkdtempSync(join(tmpdir(), "cil-action-chart-"));
    const files: Record<string, string> = {
      "charts/net/Chart.yaml": "apiVersion: v2\nname: net\nversion: 0.1.0\n",
      "charts/net/values.yaml": "pool:\n  cidr: 10.10.0.0/16\n",
      "charts/net/templates/pool.yaml": "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: main\nspec:\n  cidr: {{ .Values.pool.cidr }}\n",
      "apps/web.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"10.10.0.5\"]'\n",
    };
    for (const [p, t] of Object.entries(files)) {
      mkdirSync(dirname(join(repo, p)), { recursive: true });
      writeFileSync(join(repo, p), t);
    }
    git(repo, "init", "-q");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "base");
    const base = git(repo, "rev-parse", "HEAD");
    writeFileSync(join(repo, "charts/net/values.yaml"), "pool:\n  cidr: 10.20.0.0/16\n");
    git(repo, "commit", "-q", "-am", "move the pool");
    const event = join(mkdtempSync(join(tmpdir(), "cil-event-")), "event.json");
    writeFileSync(event, JSON.stringify({ action: "synchronize", pull_request: { number: 8, base: { ref: "main", sha: base }, head: { ref: "move", sha: git(repo, "rev-parse", "HEAD") } } }));
    const r = runStep(repo, {}, { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: event, PATH: `${TOOLS_PATH}:${process.env["PATH"] ?? ""}` });
    expect(r.status).toBe(1);
    const errors = r.commands.filter((c) => c.command === "error" && c.props["file"]);
    expect(errors.map((c) => `${c.props["file"]}:${c.props["line"]} ${c.props["title"]}`).sort()).toEqual(["apps/web.yaml:6 ip-outside-pool", "charts/net/values.yaml:2 ip-outside-pool"]);
    expect(errors.find((c) => c.props["file"] === "charts/net/values.yaml")?.message).toMatch(/^This change causes a new finding in `apps\/web\.yaml` at 6:39: .*10\.20\.0\.0\/16/);
  });
});
