import { closeSync, openSync, ftruncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempTree } from "../cli/helpers.js";

/**
 * What one run reads is bounded, and sizes are checked while reading: a run over too much input
 * says which files it did not read (exit 2) instead of ending in an out-of-memory abort; an
 * endless generator or `--in-use` source is stopped at its limit, not buffered whole.
 */

const POD = (i: number): string => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\n`;
/** About `kib` KiB of manifest: one pod and a long comment. */
const big = (i: number, kib: number): string => `${POD(i)}# ${"x".repeat(kib * 1024)}\n`;

describe("memory bounds", () => {
  it("the run's total: files past --max-input-size are not read, named, and the run exits 2", async () => {
    const cwd = tempTree({ "a.yaml": big(1, 900), "b.yaml": big(2, 900), "c.yaml": big(3, 900) });
    const r = await cli([".", "-f", "json", "--max-input-size", "2"], { cwd });
    expect(r.code).toBe(2);
    const notRead = (JSON.parse(r.stdout) as { filePath: string; messages: { message: string }[] }[]).filter((f) => f.messages.some((m) => m.message.includes("reached its limit of 2 MiB read in all (raise it with --max-input-size)")));
    expect(notRead.map((f) => f.filePath.split("/").pop())).toEqual(["c.yaml"]);
    expect(r.stderr).toContain("c.yaml: could not be read");
    // Raised, the same run reads everything.
    const raised = await cli([".", "-f", "json", "--max-input-size", "3"], { cwd });
    expect(raised.code).toBe(0);
  });

  it("--in-use past its limit (512 MiB) is refused before it is read", async () => {
    const cwd = tempTree({ "a.yaml": POD(1) });
    // A sparse file: its size says 513 MiB, it takes no space.
    const fd = openSync(join(cwd, "pods.json"), "w");
    ftruncateSync(fd, 513 * 1024 * 1024);
    closeSync(fd);
    const r = await cli(["a.yaml", "--in-use", "pods.json"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--in-use pods.json: is larger than 512 MiB");
  });

  it("gate -- yes: the generator's endless output is stopped at the limit, not buffered", async () => {
    const cwd = tempTree({});
    writeFileSync(join(cwd, "gen.sh"), "exec yes\n");
    const r = await cli(["gate", "--", "sh", "gen.sh"], { cwd, env: { PATH: process.env["PATH"] ?? "" } });
    expect(r.stdout).toBe("");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is larger than 64 MiB; the generator was stopped");
  }, 60_000);
});
