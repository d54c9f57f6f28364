import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DidSaveTextDocumentNotification } from "vscode-languageserver-protocol/node";
import { TOOLS_PATH, withTools } from "../layout/helpers.js";
import { buildCli, startSession, tree, uri, type Session } from "./helpers.js";

/**
 * The language server judges a GitOps repository as `calico-ipam-lint .` does: the configuration's
 * clusters apart, Kustomize roots rendered with the real kubectl, findings in rendered output at
 * the patch that wrote the value — at start and after every edit, and a saved patch renders again.
 */

const POOL = `apiVersion: crd.projectcalico.org/v1
kind: IPPool
metadata:
  name: static
spec:
  cidr: 10.1.0.0/24
`;
const pod = (name: string, ip: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  annotations:
    cni.projectcalico.org/ipAddrs: '["${ip}"]'
spec:
  containers: []
`;
const BASE_DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: cache
spec:
  replicas: 1
  strategy: {type: Recreate}
  selector: {matchLabels: {app: cache}}
  template:
    metadata:
      labels: {app: cache}
    spec:
      containers: []
`;
const patch = (ip: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: cache
spec:
  template:
    metadata:
      annotations:
        cni.projectcalico.org/ipAddrs: '["${ip}"]'
`;

const FILES: Record<string, string> = {
  ".calico-ipam-lint.yaml": "clusters:\n  - name: east\n    paths: [east]\n  - name: west\n    paths: [west]\n",
  "east/pool.yaml": POOL,
  "west/pool.yaml": POOL,
  // The same address in both clusters: no duplicate, they never meet.
  "east/a.yaml": pod("a", "10.1.0.5"),
  "west/b.yaml": pod("b", "10.1.0.5"),
  // An overlay whose patch pins 10.1.0.9, which a pod of the same cluster holds too.
  "east/cache/base/deploy.yaml": BASE_DEPLOY,
  "east/cache/base/kustomization.yaml": "resources: [deploy.yaml]\n",
  "east/cache/overlay/kustomization.yaml": "resources: [../base]\nnamespace: cache\npatches:\n  - path: address.yaml\n",
  "east/cache/overlay/address.yaml": patch("10.1.0.9"),
  "east/c.yaml": pod("c", "10.1.0.9"),
};

let s: Session;
let root: string;
const u = (p: string): string => uri(root, p);
const rules = (p: string): string[] => (s.diagnostics.get(u(p)) ?? []).map((x) => String(x.code)).sort();

withTools("the language server on a repository with clusters and a Kustomize overlay", () => {
  /** What `calico-ipam-lint . -f json` reports, per file, as `rule@line:column`. */
  let cli: Map<string, string[]>;
  const CHECKED = ["east/a.yaml", "west/b.yaml", "east/c.yaml", "east/cache/overlay/address.yaml", "east/cache/base/deploy.yaml"];
  const shown = (file: string): string[] => (s.diagnostics.get(u(file)) ?? []).map((d) => `${String(d.code)}@${d.range.start.line + 1}:${d.range.start.character + 1}`).sort();

  beforeAll(async () => {
    root = tree(FILES);
    const out = spawnSync(process.execPath, [join(import.meta.dirname, "../../bin/calico-ipam-lint.js"), ".", "-f", "json"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, PATH: `${TOOLS_PATH}:${process.env["PATH"] ?? ""}` },
    });
    const results = JSON.parse(out.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[];
    cli = new Map(results.map((r) => [r.filePath.slice(root.length + 1), r.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`).sort()]));
    const runner = await buildCli();
    s = await startSession(runner, root, { env: { PATH: `${TOOLS_PATH}:${process.env["PATH"] ?? ""}` } });
    await s.until(() => CHECKED.every((f) => JSON.stringify(shown(f)) === JSON.stringify(cli.get(f) ?? [])));
  }, 120_000);

  afterAll(async () => {
    if (s) expect(await s.close()).toBe(0);
  });

  it("starts with what the CLI reports: clusters apart, the rendered finding at the patch's line", () => {
    expect(cli.get("east/cache/overlay/address.yaml")).toContain("duplicate-static-ip@9:43");
    expect(cli.get("east/c.yaml")).toContain("duplicate-static-ip@6:39");
    expect(rules("east/a.yaml")).toEqual(["static-ip-auto-pool"]);
    expect(rules("west/b.yaml")).toEqual(["static-ip-auto-pool"]);
  });

  it("keeps clusters apart and the overlay rendered after an edit", async () => {
    const text = FILES["east/c.yaml"] as string;
    await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: u("east/c.yaml"), languageId: "yaml", version: 1, text } });
    await s.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: u("east/c.yaml"), version: 2 }, contentChanges: [{ text: text.replace("10.1.0.9", "10.1.0.10") }] });
    await s.until(() => !rules("east/cache/overlay/address.yaml").includes("duplicate-static-ip"));
    // Judged flat, the two clusters' pods would collide and the kustomization's patch be read as a Deployment.
    expect(rules("east/a.yaml")).not.toContain("duplicate-static-ip");
    expect(rules("west/b.yaml")).not.toContain("duplicate-static-ip");
    await s.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: u("east/c.yaml"), version: 3 }, contentChanges: [{ text }] });
    await s.until(() => rules("east/cache/overlay/address.yaml").includes("duplicate-static-ip") && rules("east/c.yaml").includes("duplicate-static-ip"));
    expect(rules("east/a.yaml")).not.toContain("duplicate-static-ip");
  });

  it("renders an overlay again when its patch is saved", async () => {
    const p = u("east/cache/overlay/address.yaml");
    await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: p, languageId: "yaml", version: 1, text: patch("10.1.0.9") } });
    await s.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: p, version: 2 }, contentChanges: [{ text: patch("10.1.0.11") }] });
    writeFileSync(join(root, "east/cache/overlay/address.yaml"), patch("10.1.0.11"));
    await s.conn.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: p } });
    await s.until(() => !rules("east/cache/overlay/address.yaml").includes("duplicate-static-ip") && !rules("east/c.yaml").includes("duplicate-static-ip"));
  });
});

withTools("the language server without helm on PATH", () => {
  it("says once which chart it did not render", async () => {
    const dir = tree({
      "charts/app/Chart.yaml": "apiVersion: v2\nname: app\nversion: 0.1.0\n",
      "charts/app/values.yaml": "ip: 10.1.0.5\n",
      "charts/app/templates/pod.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\n  annotations:\n    cni.projectcalico.org/ipAddrs: '[\"{{ .Values.ip }}\"]'\nspec:\n  containers: []\n",
      "pool.yaml": POOL,
    });
    const runner = await buildCli();
    const t = await startSession(runner, dir, { env: { PATH: "/nonexistent" } });
    await t.until(() => t.messages.some((m) => m.includes("charts/app")));
    // An edit judges again; the notice is not repeated.
    const pool = uri(dir, "pool.yaml");
    await t.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: pool, languageId: "yaml", version: 1, text: POOL } });
    await t.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: pool, version: 2 }, contentChanges: [{ text: POOL.replace("10.1.0.0/24", "10.1.0.0/25") }] });
    await t.conn.sendRequest("textDocument/hover", { textDocument: { uri: pool }, position: { line: 0, character: 0 } });
    expect(t.messages.filter((m) => m.includes("charts/app"))).toHaveLength(1);
    // The template is not read as a manifest: no yaml-syntax from `{{ }}`.
    expect((t.diagnostics.get(uri(dir, "charts/app/templates/pod.yaml")) ?? []).map((d) => d.code)).not.toContain("yaml-syntax");
    expect(await t.close()).toBe(0);
  }, 60_000);
});
