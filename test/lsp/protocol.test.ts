import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  HoverRequest,
  ReferencesRequest,
  ShowMessageNotification,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type Hover,
  type Location,
  type TextEdit,
} from "vscode-languageserver-protocol/node";
import { buildCli, startSession, tree, uri, type Session } from "./helpers.js";

/**
 * The language server (`calico-ipam-lint lsp`) as an editor meets it: the real CLI, bundled from
 * the sources, spawned with LSP over stdio and driven by vscode-languageserver-protocol's client
 * connection. No timings are asserted: each step waits for the diagnostics it expects.
 */

const POOLS = `apiVersion: projectcalico.org/v3
kind: IPPool
metadata:
  name: auto-pool
spec:
  cidr: 10.0.0.0/24
  blockSize: 26
  ipipMode: Always
---
apiVersion: projectcalico.org/v3
kind: IPPool
metadata:
  name: static-pool
spec:
  cidr: 10.1.0.0/29
  blockSize: 29
  assignmentMode: Manual
`;

const pod = (name: string, annotations: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: apps
  annotations:
${annotations}
spec:
  containers:
    - name: c
      image: nginx
`;

const FILES = {
  "pools.yaml": POOLS,
  "apps/a.yaml": pod("a", `    cni.projectcalico.org/ipAddrs: '["10.1.0.1"]'`),
  "apps/b.yaml": pod("b", `    cni.projectcalico.org/ipAddrs: '["10.1.0.1"]'\n    cni.projectcalico.org/ipv4pools: '["static-pool"]'`),
  "apps/c.yaml": pod("c", `    cni.projectcalico.org/ipAddrs: '["10.0.0.5"]'`),
  "apps/d.yaml": pod("d", `    cni.projectcalico.org/ipv4Pools: '["static-pool"]'`),
  // The configuration raises static-ip-auto-pool (a warning by default) to an error.
  ".calico-ipam-lint.yaml": "rules:\n  static-ip-auto-pool: error\n",
};

const snapshot = (root: string): Record<string, string> => {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[p] = readFileSync(p, "utf8");
    }
  };
  walk(root);
  return out;
};

let runner: string;
let root: string;
let s: Session;
const a = (): string => uri(root, "apps/a.yaml");
const b = (): string => uri(root, "apps/b.yaml");
const c = (): string => uri(root, "apps/c.yaml");
const d = (): string => uri(root, "apps/d.yaml");
const pools = (): string => uri(root, "pools.yaml");
const rules = (u: string): string[] => (s.diagnostics.get(u) ?? []).map((x) => String(x.code)).sort();

beforeAll(async () => {
  runner = await buildCli();
  root = tree(FILES);
  s = await startSession(runner, root);
  // The whole workspace is read at start: files the editor never opened get their diagnostics.
  await s.until(() => rules(a()).includes("duplicate-static-ip") && rules(b()).includes("duplicate-static-ip") && rules(c()).length > 0 && rules(d()).length > 0);
}, 60_000);

afterAll(async () => {
  if (s) expect(await s.close()).toBe(0);
});

const open = async (u: string, text: string, version = 1): Promise<void> => {
  await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: u, languageId: "yaml", version, text } });
};
const change = async (u: string, text: string, version: number): Promise<void> => {
  await s.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: u, version }, contentChanges: [{ text }] });
};

describe("diagnostics", () => {
  it("come from the whole workspace, with related locations, the rule as code and its page", () => {
    const dup = (s.diagnostics.get(a()) ?? []).find((x) => x.code === "duplicate-static-ip") as Diagnostic;
    expect(dup.severity).toBe(1);
    expect(dup.source).toBe("calico-ipam-lint");
    expect(dup.codeDescription?.href).toMatch(/docs\/rules\/duplicate-static-ip\.md$/);
    expect(dup.range).toEqual({ start: { line: 6, character: 38 }, end: { line: 6, character: 46 } });
    expect(dup.relatedInformation?.map((r) => r.location.uri)).toContain(b());
  });

  it("honour the configuration file found upward from the workspace", () => {
    const auto = (s.diagnostics.get(c()) ?? []).find((x) => x.code === "static-ip-auto-pool");
    expect(auto?.severity).toBe(1); // an error, as .calico-ipam-lint.yaml says; a warning by default
  });

  it("follow an unsaved buffer: an edit clears the duplicate in the file edited and in the file not open", async () => {
    const text = FILES["apps/a.yaml"];
    await open(a(), text);
    await change(a(), text.replace("10.1.0.1", "10.1.0.2"), 2);
    await s.until(() => !rules(a()).includes("duplicate-static-ip") && !rules(b()).includes("duplicate-static-ip"));
    expect(readFileSync(join(root, "apps/a.yaml"), "utf8")).toBe(text); // the buffer wins; the disk is untouched
    await change(a(), text, 3);
    await s.until(() => rules(a()).includes("duplicate-static-ip") && rules(b()).includes("duplicate-static-ip"));
  });

  it("update every file a pool affects when the pool file is edited, and clear files that became clean", async () => {
    await open(pools(), POOLS);
    // Without static-pool, the pods that name it or hold its addresses are judged again.
    const without = POOLS.slice(0, POOLS.indexOf("---"));
    await change(pools(), without, 2);
    await s.until(() => rules(b()).includes("unknown-pool") || rules(b()).includes("ip-outside-pool"));
    expect(rules(a()).some((r) => r === "ip-outside-pool" || r === "no-usable-pool")).toBe(true);
    await change(pools(), POOLS, 3);
    await s.until(() => !rules(b()).includes("unknown-pool") && !rules(b()).includes("ip-outside-pool") && !rules(a()).includes("ip-outside-pool"));
  });

  it("never stop on a broken buffer: the syntax error is a diagnostic, and the next edit is judged", async () => {
    await open(d(), FILES["apps/d.yaml"]);
    await change(d(), "apiVersion: v1\nkind: Pod\nmetadata: [\n  name: {\n", 2);
    await s.until(() => rules(d()).includes("yaml-syntax"));
    await change(d(), FILES["apps/d.yaml"], 3);
    await s.until(() => !rules(d()).includes("yaml-syntax") && rules(d()).includes("annotation-unknown"));
    expect(s.child.exitCode).toBe(null);
  });
});

describe("code actions", () => {
  const actionsAt = async (u: string, line: number): Promise<CodeAction[]> =>
    (await s.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: u },
      range: { start: { line, character: 0 }, end: { line, character: 200 } },
      context: { diagnostics: s.diagnostics.get(u) ?? [] },
    })) as CodeAction[];
  const apply = (text: string, edits: readonly TextEdit[]): string => {
    const lines = text.split("\n");
    const off = (p: { line: number; character: number }): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    return [...edits].sort((x, y) => off(y.range.start) - off(x.range.start)).reduce((t, e) => t.slice(0, off(e.range.start)) + e.newText + t.slice(off(e.range.end)), text);
  };

  it("offer --fix's fix as the preferred quick fix", async () => {
    const acts = await actionsAt(d(), 6);
    const fix = acts.find((x) => x.isPreferred);
    expect(fix?.title).toBe("Fix: annotation-unknown");
    const edits = fix?.edit?.changes?.[d()] ?? [];
    expect(apply(FILES["apps/d.yaml"], edits)).toBe(FILES["apps/d.yaml"].replace("ipv4Pools", "ipv4pools"));
  });

  it("suppress on this line and in this object, in forms the linter then honours", async () => {
    const acts = await actionsAt(c(), 6);
    const line = acts.find((x) => x.title === "Suppress static-ip-auto-pool on this line");
    const obj = acts.find((x) => x.title === "Suppress static-ip-auto-pool in Pod c");
    const original = FILES["apps/c.yaml"];
    const byLine = apply(original, line?.edit?.changes?.[c()] ?? []);
    expect(byLine).toContain("    # calico-ipam-lint-disable-next-line static-ip-auto-pool\n    cni.projectcalico.org/ipAddrs");
    const byObject = apply(original, obj?.edit?.changes?.[c()] ?? []);
    expect(byObject).toContain("  annotations:\n    calico-ipam-lint.io/ignore: static-ip-auto-pool\n");
    // Typed into the buffer, each suppression silences the finding.
    await open(c(), original);
    await change(c(), byLine, 2);
    await s.until(() => !rules(c()).includes("static-ip-auto-pool"));
    await change(c(), original, 3);
    await s.until(() => rules(c()).includes("static-ip-auto-pool"));
    await change(c(), byObject, 4);
    await s.until(() => !rules(c()).includes("static-ip-auto-pool"));
    await change(c(), original, 5);
    await s.until(() => rules(c()).includes("static-ip-auto-pool"));
  });
});

describe("hover, completion, definition and references", () => {
  const hover = async (u: string, line: number, character: number): Promise<string> => {
    const h = (await s.conn.sendRequest(HoverRequest.type, { textDocument: { uri: u }, position: { line, character } })) as Hover | null;
    return h && typeof h.contents === "object" && "value" in h.contents ? h.contents.value : "";
  };

  it("on an address: its pool and every other workload that claims it", async () => {
    await open(b(), FILES["apps/b.yaml"]);
    const text = await hover(b(), 6, 40);
    expect(text).toContain("**10.1.0.1**");
    expect(text).toContain("pool `static-pool` — `10.1.0.0/29`");
    expect(text).toContain("assignmentMode Manual");
    expect(text).toMatch(/Pod apps\/a \(`ipAddrs`\) at apps\/a\.yaml:7:39/);
    expect(text).toMatch(/\[duplicate-static-ip\]\(https:[^)]*duplicate-static-ip\.md\)/);
  });

  it("on a pool name: the pool's size, demand and free count from the dry run", async () => {
    const text = await hover(b(), 7, 43);
    expect(text).toContain("**static-pool**");
    expect(text).toContain("size: 8 addresses");
    expect(text).toMatch(/free: \d+ of \d+/);
  });

  it("completes pool names of the family, annotation keys, and free addresses of the pod's pools", async () => {
    const items = async (u: string, line: number, character: number): Promise<CompletionItem[]> =>
      (await s.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: u }, position: { line, character } })) as CompletionItem[];
    // Inside ipv4pools: '["static-pool"]' (the cursor after `static`).
    const names = (await items(b(), 7, 45)).map((i) => i.label);
    expect(names).toEqual(["auto-pool", "static-pool"]);
    // Inside ipAddrs: b names static-pool; 10.1.0.1 is a's and b's, so 10.1.0.0 and 10.1.0.2 on are free.
    const free = (await items(b(), 6, 40)).map((i) => i.label);
    expect(free.slice(0, 3)).toEqual(["10.1.0.0", "10.1.0.2", "10.1.0.3"]);
    expect(free).not.toContain("10.1.0.1");
    // A new key under annotations.
    const withKey = FILES["apps/b.yaml"].replace("spec:", "    cni.projectcalico.org/ip\nspec:");
    await change(b(), withKey, 2);
    const keys = (await items(b(), 8, 30)).map((i) => i.label);
    expect(keys).toEqual(expect.arrayContaining(["cni.projectcalico.org/ipAddrs", "cni.projectcalico.org/ipv6pools", "calico-ipam-lint.io/ignore"]));
    await change(b(), FILES["apps/b.yaml"], 3);
  });

  it("goes from a pool name to its IPPool, and from an address to every claim", async () => {
    const defs = (await s.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: b() }, position: { line: 7, character: 43 } })) as Location[];
    expect(defs).toEqual([{ uri: pools(), range: { start: { line: 12, character: 8 }, end: { line: 12, character: 19 } } }]);
    const refs = (await s.conn.sendRequest(ReferencesRequest.type, { textDocument: { uri: b() }, position: { line: 6, character: 40 }, context: { includeDeclaration: true } })) as Location[];
    expect(refs.map((r) => r.uri).sort()).toEqual([a(), b()].sort());
  });
});

describe("without a workspace folder", () => {
  it("judges the open files alone, and reads no directory", async () => {
    const lone = await startSession(runner, root, { workspace: false });
    try {
      await lone.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: d(), languageId: "yaml", version: 1, text: FILES["apps/d.yaml"] } });
      await lone.until(() => (lone.diagnostics.get(d()) ?? []).some((x) => x.code === "annotation-unknown"));
      // a.yaml and b.yaml hold a duplicate, but they are not open: nothing is said about them.
      expect([...lone.diagnostics.keys()]).toEqual([d()]);
    } finally {
      expect(await lone.close()).toBe(0);
    }
  });
});

describe("the configuration file", () => {
  it("is read again when saved: a broken one clears the findings and says why, a fixed one brings them back", async () => {
    const dir = tree({ "pools.yaml": POOLS, "c.yaml": FILES["apps/c.yaml"], ".calico-ipam-lint.yaml": "rules:\n  static-ip-auto-pool: error\n" });
    const t = await startSession(runner, dir);
    const message = new Promise<string>((res) => t.conn.onNotification(ShowMessageNotification.type, (m) => res(m.message)));
    const cfg = uri(dir, ".calico-ipam-lint.yaml");
    const severity = (): number | undefined => (t.diagnostics.get(uri(dir, "c.yaml")) ?? []).find((x) => x.code === "static-ip-auto-pool")?.severity;
    try {
      await t.until(() => severity() === 1);
      // The editor saves what it has open: the file is written (by the test, as an editor would), then saved.
      await t.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: cfg, languageId: "yaml", version: 1, text: "rules:\n  static-ip-auto-pool: error\n" } });
      writeFileSync(join(dir, ".calico-ipam-lint.yaml"), "rules:\n  no-such-rule: error\n");
      await t.conn.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: cfg } });
      expect(await message).toMatch(/the configuration cannot be used: .*no-such-rule/);
      await t.until(() => severity() === undefined);
      writeFileSync(join(dir, ".calico-ipam-lint.yaml"), "rules:\n  static-ip-auto-pool: warn\n");
      await t.conn.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: cfg } });
      await t.until(() => severity() === 2);
    } finally {
      expect(await t.close()).toBe(0);
    }
  });
});

describe("the process", () => {
  it("ends when the editor closes its input without a shutdown, with exit code 1, as the protocol says", async () => {
    const child = spawn(process.execPath, [runner, "lsp", "--stdio", `--clientProcessId=${process.pid}`], { cwd: root, stdio: ["pipe", "ignore", "ignore"] });
    const code = new Promise<number | null>((res) => child.on("exit", res));
    child.stdin.end();
    expect(await code).toBe(1);
  });
});

describe("the network", () => {
  it("is never reached: a session under test/security/network-trap.mjs records no attempt", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cil-lsp-net-"));
    const env = {
      NODE_OPTIONS: `--import=${pathToFileURL(join(import.meta.dirname, "../security/network-trap.mjs")).href}`,
      CIL_NET_TRAP_LOG: join(dir, "attempts.log"),
      CIL_NET_TRAP_LOADED: join(dir, "loaded.log"),
    };
    const t = await startSession(runner, root, { env });
    try {
      await t.until(() => (t.diagnostics.get(a()) ?? []).some((x) => x.code === "duplicate-static-ip"));
      await t.conn.sendRequest(HoverRequest.type, { textDocument: { uri: b() }, position: { line: 6, character: 40 } });
    } finally {
      expect(await t.close()).toBe(0);
    }
    const read = (f: string): string => (existsSync(f) ? readFileSync(f, "utf8") : "");
    expect(read(env.CIL_NET_TRAP_LOADED).trim().split("\n")).toHaveLength(1);
    expect(read(env.CIL_NET_TRAP_LOG)).toBe("");
  });
});

describe("the workspace on disk", () => {
  it("is never written", () => {
    const now = snapshot(root);
    expect(Object.keys(now).sort()).toEqual(Object.keys(FILES).map((p) => join(root, p)).sort());
    for (const [p, t] of Object.entries(FILES)) expect(now[join(root, p)]).toBe(t);
  });
});
