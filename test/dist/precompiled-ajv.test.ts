import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/api.js";
import { AJV_OPTIONS } from "../../src/rules/pool-invalid/schema.js";
// @ts-expect-error: the build script is plain JavaScript
import { PRECOMPILED_AJV_OPTIONS } from "../../scripts/build.mjs";

/**
 * The CLI bundle validates pools with validators Ajv compiled at build time (scripts/build.mjs,
 * `precompiledSchemas`), not at run time. Built here from the sources, the CLI must report exactly
 * what the sources report (which compile with Ajv) on pools that break the schemas in many ways,
 * and do it without loading Ajv.
 */

const ROOT = resolve(import.meta.dirname, "../..");

const ippool = (name: string, spec: string): string => `apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: ${name}\nspec:\n${spec}`;

const FILES: Record<string, string> = {
  "pools.yaml": [
    ippool("a", "  cidr: 10.1.0.0/24\n  blockSize: '26'\n  ipipMode: Sometimes\n  vxlanMode: 3\n  colour: blue\n  natOutgoing: yes\n"),
    ippool("b", "  cidr: [10.2.0.0/24]\n  disabled: 'false'\n  allowedUses: [Workload, Bogus, 7]\n  nodeSelector: {a: b}\n"),
    ippool("c", "  cidr: 10.3.0.0/24\n  assignmentMode: Sometimes\n  disableBGPExport: maybe\n  extra: {deep: [1, 2]}\n  namespaceSelector: 5\n"),
    ippool("d", "  cidr: 10.4.0.0/24\n  blockSize: 26.5\n  ipip: {enabled: 1, mode: x}\n  nat-outgoing: true\n"),
  ].join("---\n"),
  "installation.yaml":
    "apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: default\nspec:\n  calicoNetwork:\n    ipPools:\n" +
    "    - cidr: 10.5.0.0/16\n      encapsulation: IPIPSometimes\n      natOutgoing: Maybe\n      blockSize: '26'\n      colour: red\n" +
    "    - cidr: 10.6.0.0/16\n      nodeSelector: [all()]\n      disableBGPExport: 1\n      allowedUses: [Tunnel, x]\n",
  "reservation.yaml": "apiVersion: crd.projectcalico.org/v1\nkind: IPReservation\nmetadata:\n  name: r\nspec:\n  reservedCIDRs: [10.1.0.0/28, 5, {a: b}]\n  other: 1\n",
};

interface Message {
  ruleId: string | null;
  line: number;
  column: number;
  message: string;
}

describe("the CLI bundle's precompiled pool validators", () => {
  it("are compiled with pool-invalid's options (others would load Ajv and compile at run time)", () => {
    expect(JSON.stringify(PRECOMPILED_AJV_OPTIONS)).toBe(JSON.stringify(AJV_OPTIONS));
  });

  it("report what Ajv compiling at run time reports, without loading Ajv", async () => {
    process.chdir(ROOT); // esbuild names sources relative to the working directory
    const { bundle } = (await import(join(ROOT, "scripts/build.mjs"))) as { bundle: (outdir: string, entries: Record<string, string>) => Promise<void> };
    const pkg = mkdtempSync(join(tmpdir(), "cil-ajv-"));
    const work = mkdtempSync(join(tmpdir(), "cil-ajv-work-"));
    try {
      await bundle(join(pkg, "dist"), { cli: "src/cli/index.ts" });
      cpSync(join(ROOT, "bin"), join(pkg, "bin"), { recursive: true });
      cpSync(join(ROOT, "package.json"), join(pkg, "package.json"));
      // Without Ajv: the validators must come from the build.
      rmSync(join(pkg, "dist/chunks/ajv.cjs"));
      mkdirSync(join(work, "calico"));
      for (const [name, text] of Object.entries(FILES)) writeFileSync(join(work, "calico", name), text);

      const run = spawnSync(process.execPath, [join(pkg, "bin/calico-ipam-lint.js"), "-f", "json", "calico"], { cwd: work, encoding: "utf8" });
      expect(run.stderr).not.toMatch(/ajv\.cjs|Cannot find module/);
      const built = (JSON.parse(run.stdout) as { filePath: string; messages: Message[] }[])
        .flatMap((f) => f.messages.map((m) => `${f.filePath.slice(work.length + 1)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`))
        .sort();

      const fromSources = await lint({ paths: ["calico"], cwd: work });
      const expected = fromSources.results.flatMap((f) => f.findings.map((m) => `${f.file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`)).sort();
      expect(built).toEqual(expected);
      // The schemas found plenty here: unknown fields, types and enumerations of all three kinds.
      expect(built.filter((m) => m.includes("pool-invalid")).length).toBeGreaterThan(15);
    } finally {
      rmSync(pkg, { recursive: true, force: true });
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
