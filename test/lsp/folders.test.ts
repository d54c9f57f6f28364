import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DidChangeWorkspaceFoldersNotification, DidOpenTextDocumentNotification } from "vscode-languageserver-protocol/node";
import { buildCli, startSession, tree, uri, type Session } from "./helpers.js";

/**
 * A multi-root workspace: each folder is judged on its own, as `calico-ipam-lint .` run in it would
 * (its own configuration, its own pools; one folder's pods never collide with another's), folders
 * come and go while the editor runs, and a file outside every folder is judged alone.
 */

const POOL = "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: p\nspec:\n  cidr: 10.1.0.0/24\n";
const pod = (name: string, ip: string): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  annotations:\n    cni.projectcalico.org/ipAddrs: '["${ip}"]'\nspec:\n  containers: []\n`;

let s: Session;
let base: string;
const A = (): string => join(base, "alpha");
const B = (): string => join(base, "beta");
const C = (): string => join(base, "gamma");
const codes = (u: string): string[] => (s.diagnostics.get(u) ?? []).map((d) => String(d.code)).sort();
const severities = (u: string, code: string): number[] => (s.diagnostics.get(u) ?? []).filter((d) => d.code === code).map((d) => d.severity ?? 0);

beforeAll(async () => {
  base = tree({
    "alpha/.calico-ipam-lint.yaml": "rules:\n  static-ip-auto-pool: error\n",
    "alpha/pool.yaml": POOL,
    "alpha/a1.yaml": pod("a1", "10.1.0.5"),
    "alpha/a2.yaml": pod("a2", "10.1.0.5"),
    "beta/pool.yaml": POOL,
    "beta/b1.yaml": pod("b1", "10.1.0.5"),
    "gamma/pool.yaml": POOL,
    "gamma/c1.yaml": pod("c1", "10.1.0.7"),
    "gamma/c2.yaml": pod("c2", "10.1.0.7"),
    "loose/x.yaml": pod("x", "10.1.0.5"),
  });
  const runner = await buildCli();
  s = await startSession(runner, base, { folders: [A(), B()] });
  await s.until(() => codes(uri(A(), "a1.yaml")).length === 2 && codes(uri(A(), "a2.yaml")).length === 2 && codes(uri(B(), "b1.yaml")).length > 0);
}, 60_000);

afterAll(async () => {
  if (s) expect(await s.close()).toBe(0);
});

describe("several workspace folders", () => {
  it("judges each on its own: its configuration, and no duplicate with another folder's pods", () => {
    expect(codes(uri(A(), "a1.yaml"))).toEqual(["duplicate-static-ip", "static-ip-auto-pool"]);
    expect(codes(uri(A(), "a2.yaml"))).toEqual(["duplicate-static-ip", "static-ip-auto-pool"]);
    // beta holds 10.1.0.5 too, but never meets alpha.
    expect(codes(uri(B(), "b1.yaml"))).toEqual(["static-ip-auto-pool"]);
    // alpha's configuration makes it an error; beta has none: a warning.
    expect(severities(uri(A(), "a1.yaml"), "static-ip-auto-pool")).toEqual([1]);
    expect(severities(uri(B(), "b1.yaml"), "static-ip-auto-pool")).toEqual([2]);
    expect(s.diagnostics.has(uri(C(), "c1.yaml"))).toBe(false);
  });

  it("follows folders removed and added: the removed folder's diagnostics cleared, the added one read", async () => {
    await s.conn.sendNotification(DidChangeWorkspaceFoldersNotification.type, {
      event: { added: [{ uri: pathToFileURL(C()).href, name: "gamma" }], removed: [{ uri: pathToFileURL(B()).href, name: "ws1" }] },
    });
    await s.until(() => codes(uri(C(), "c1.yaml")).includes("duplicate-static-ip") && codes(uri(B(), "b1.yaml")).length === 0);
    expect(codes(uri(A(), "a1.yaml"))).toContain("duplicate-static-ip");
  });

  it("judges a file outside every folder alone", async () => {
    const x = uri(base, "loose/x.yaml");
    // Alpha's address, and a misspelt key: judged alone, only the key is wrong (no pool, no duplicate in view).
    const text = pod("x", "10.1.0.5").replace("    cni.projectcalico.org/ipAddrs", "    cni.projectcalico.org/ipv4Pools: '[\"p\"]'\n    cni.projectcalico.org/ipAddrs");
    await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: x, languageId: "yaml", version: 1, text } });
    await s.until(() => s.diagnostics.has(x));
    expect(codes(x)).toEqual(["annotation-unknown"]);
    expect(codes(uri(A(), "a1.yaml"))).toContain("duplicate-static-ip");
  });

  it("reads a folder added later with its own files, written after the start", async () => {
    mkdirSync(join(base, "delta"));
    writeFileSync(join(base, "delta/d1.yaml"), pod("d1", "10.9.0.1"));
    writeFileSync(join(base, "delta/d2.yaml"), pod("d2", "10.9.0.1"));
    await s.conn.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [{ uri: pathToFileURL(join(base, "delta")).href, name: "delta" }], removed: [] } });
    await s.until(() => codes(uri(join(base, "delta"), "d1.yaml")).includes("duplicate-static-ip"));
  });
});
