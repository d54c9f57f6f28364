import { describe, expect, it } from "vitest";
import { lintSources } from "../../src/engine/run.js";
import { parseSource, type SourceFile } from "../../src/load/index.js";
import { allocation } from "../../src/allocator/index.js";
import { freeAddresses, podAt, poolsForStatic } from "../../src/lsp/model-view.js";
import { suppressLineEdit, suppressObjectEdit, type OffsetEdit } from "../../src/lsp/suppress.js";

/**
 * The language server's pure parts: the suppression edits (checked by linting the edited text:
 * the finding must be gone, and no other appear) and the free addresses offered in `ipAddrs`.
 */

const apply = (text: string, e: OffsetEdit): string => text.slice(0, e.start) + e.text + text.slice(e.end);
const lint = (files: Record<string, string>) => lintSources(Object.entries(files).map(([p, t]) => parseSource(p, t)));
const rulesIn = (files: Record<string, string>, path: string): string[] => (lint(files).results.find((r) => r.file === path)?.findings ?? []).map((f) => f.ruleId);

const POOL = `apiVersion: projectcalico.org/v3
kind: IPPool
metadata:
  name: auto
spec:
  cidr: 10.0.0.0/29
  blockSize: 29
`;
const deployment = (annotations: string, own = ""): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: apps
${own}spec:
  replicas: 1
  template:
    metadata:
      annotations:
${annotations}
    spec:
      containers:
        - name: c
          image: nginx
`;

function suppressBoth(text: string, rule: string): { line: string; object: string } {
  const out = lint({ "pool.yaml": POOL, "app.yaml": text });
  const finding = out.results.find((r) => r.file === "app.yaml")?.findings.find((f) => f.ruleId === rule);
  if (!finding) throw new Error(`no ${rule} finding`);
  const file = out.model.files.find((f) => f.path === "app.yaml") as SourceFile;
  const offset = text.split("\n").slice(0, finding.line - 1).join("\n").length + (finding.line > 1 ? 1 : 0) + finding.column - 1;
  const object = out.model.objects.find((o) => o.ref.file === "app.yaml");
  const line = suppressLineEdit(file, offset, rule);
  const obj = object ? suppressObjectEdit(file, object, rule) : null;
  if (!line || !obj) throw new Error("no edit");
  return { line: apply(text, line), object: apply(text, obj) };
}

describe("suppression edits", () => {
  it("add a directive above the annotation, and the annotation on the object's own metadata", () => {
    const text = deployment(`        cni.projectcalico.org/ipAddrs: '["10.0.0.3"]'`);
    expect(rulesIn({ "pool.yaml": POOL, "app.yaml": text }, "app.yaml")).toContain("static-ip-replicas");
    const { line, object } = suppressBoth(text, "static-ip-auto-pool");
    expect(line).toContain(`      annotations:\n        # calico-ipam-lint-disable-next-line static-ip-auto-pool\n        cni.projectcalico.org/ipAddrs`);
    expect(object).toContain("metadata:\n  annotations:\n    calico-ipam-lint.io/ignore: static-ip-auto-pool\n  name: web\n");
    for (const t of [line, object]) {
      const after = rulesIn({ "pool.yaml": POOL, "app.yaml": t }, "app.yaml");
      expect(after).not.toContain("static-ip-auto-pool");
      expect(after).not.toContain("unused-suppression");
    }
  });

  it("extend a directive or an ignore annotation already there", () => {
    const text = deployment(
      `        # calico-ipam-lint-disable-next-line static-ip-replicas -- one replica for now\n        cni.projectcalico.org/ipAddrs: '["10.0.0.3"]'`,
      `  annotations:\n    owner: team-a\n    calico-ipam-lint.io/ignore: "static-ip-replicas"\n`,
    );
    const { line, object } = suppressBoth(text, "static-ip-auto-pool");
    expect(line).toContain("# calico-ipam-lint-disable-next-line static-ip-replicas, static-ip-auto-pool -- one replica for now\n");
    expect(object).toContain(`calico-ipam-lint.io/ignore: "static-ip-replicas,static-ip-auto-pool"\n`);
    expect(object).toContain("    owner: team-a\n");
    for (const t of [line, object]) expect(rulesIn({ "pool.yaml": POOL, "app.yaml": t }, "app.yaml")).not.toContain("static-ip-auto-pool");
  });

  it("offer nothing for JSON files, which hold no comments", () => {
    const json = JSON.stringify({ apiVersion: "v1", kind: "Pod", metadata: { name: "p", annotations: { "cni.projectcalico.org/ipv4Pools": "[]" } } });
    const out = lint({ "p.json": json });
    const file = out.model.files[0] as SourceFile;
    expect(suppressLineEdit(file, json.indexOf("ipv4Pools"), "annotation-unknown")).toBeNull();
    expect(suppressObjectEdit(file, out.model.objects[0]!, "annotation-unknown")).toBeNull();
  });
});

describe("free addresses", () => {
  const pod = (name: string, ann: string): string =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: apps\n  annotations:\n${ann}\nspec:\n  containers:\n    - name: c\n      image: nginx\n`;
  const free = (files: Record<string, string>, poolName: string, n = 4): string[] => {
    const out = lint(files);
    const a = allocation(out.model, out.settings);
    const pool = out.model.pools.find((p) => p.name === poolName);
    if (!pool) throw new Error("no pool");
    return freeAddresses(out.model, a, pool, n);
  };

  it("skip every claimed and reserved address of a pool no automatic assignment draws from", () => {
    const manual = POOL.replace("name: auto", "name: manual").replace("blockSize: 29", "blockSize: 29\n  assignmentMode: Manual");
    const reservation = `apiVersion: projectcalico.org/v3\nkind: IPReservation\nmetadata:\n  name: r\nspec:\n  reservedCIDRs: ["10.0.0.2/31"]\n`;
    const files = {
      "pool.yaml": manual,
      "res.yaml": reservation,
      "a.yaml": pod("a", `    cni.projectcalico.org/ipAddrs: '["10.0.0.0"]'`),
      "b.yaml": pod("b", `    cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.5"]'`),
    };
    expect(free(files, "manual")).toEqual(["10.0.0.1", "10.0.0.4", "10.0.0.6", "10.0.0.7"]);
    expect(free(files, "manual", 10)).toHaveLength(4); // a /29 has 8 addresses: 4 are taken
  });

  it("leave the addresses the dry run gives to automatic assignment", () => {
    // Three pods draw from the pool automatically: the first three free addresses are theirs.
    const files = { "pool.yaml": POOL, "x.yaml": pod("x", "    team: x"), "y.yaml": pod("y", "    team: y"), "z.yaml": pod("z", "    team: z") };
    expect(free(files, "auto")).toEqual(["10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6"]);
  });

  it("come from the pools the pod names, else every enabled pool (those automatic assignment leaves alone first)", () => {
    const manual = POOL.replace("name: auto", "name: manual").replace("10.0.0.0/29", "10.9.0.0/29").replace("blockSize: 29", "blockSize: 29\n  assignmentMode: Manual");
    const files = { "pool.yaml": `${POOL}---\n${manual}`, "a.yaml": pod("a", `    cni.projectcalico.org/ipAddrs: '["10.0.0.7"]'\n    cni.projectcalico.org/ipv4pools: '["auto"]'`), "b.yaml": pod("b", `    cni.projectcalico.org/ipAddrs: '["10.0.0.6"]'`) };
    const out = lint(files);
    const a = allocation(out.model, out.settings);
    const at = (path: string): number => (out.model.files.find((f) => f.path === path)?.text ?? "").indexOf("ipAddrs");
    expect(poolsForStatic(out.model, a, podAt(out.model, "a.yaml", at("a.yaml"))).map((p) => p.name)).toEqual(["auto"]);
    expect(poolsForStatic(out.model, a, podAt(out.model, "b.yaml", at("b.yaml"))).map((p) => p.name)).toEqual(["manual", "auto"]);
  });
});
