import { describe, expect, it } from "vitest";
import { cli, tempTree } from "./helpers.js";

describe("gate: a generator that fails", () => {
  it("is named as a shell would read it back (shell-quote)", async () => {
    const cwd = tempTree({});
    const r = await cli(["gate", "--", "sh", "-c", "echo 'no chart' >&2; exit 3"], { cwd, env: { PATH: process.env["PATH"] ?? "" } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("no chart\n");
    expect(r.stderr).toContain(`calico-ipam-lint gate: \`sh -c "echo 'no chart' >&2; exit 3"\` failed (exit status 3); no manifests written`);
  });

  it("that cannot be started says so, with its name quoted", async () => {
    const cwd = tempTree({});
    const r = await cli(["gate", "--", "no such generator", "build"], { cwd, env: { PATH: process.env["PATH"] ?? "" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("calico-ipam-lint gate: cannot run `'no such generator' build`: command not found; no manifests written");
  });
});
