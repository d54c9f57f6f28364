import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { noMountNamespace } from "../cli/helpers.js";
import { ROOT } from "./helpers.js";

/**
 * The suite does not depend on where it is cloned. CI may clone into `mktemp -d` (mode 0700) and
 * run as root; the tests that switch to another user (the Argo CD sidecar as 999, a file read as
 * nobody) must then run a copy that user can read, not the clone itself. This copies the working
 * tree (tracked and untracked files, as `git ls-files` lists them) into a private folder and runs
 * those tests there.
 */

const SKIP = noMountNamespace();
if (SKIP) console.warn(`private-clone: skipped: ${SKIP}`);

/** The test files that run something as another user. */
const SWITCHING = ["test/integrations/argocd.test.ts", "test/hostile/bin.test.ts", "test/hostile/files.test.ts"];

describe("a clone in a private folder", () => {
  it.skipIf(SKIP !== "")("runs the user-switching tests as they run anywhere else", () => {
    const parent = mkdtempSync(join(tmpdir(), "cil-private-"));
    expect(statSync(parent).mode & 0o777).toBe(0o700);
    const clone = join(parent, "p");
    const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" })
      .split("\0")
      .filter((f) => f !== "");
    for (const f of files) {
      mkdirSync(dirname(join(clone, f)), { recursive: true });
      try {
        cpSync(join(ROOT, f), join(clone, f));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e; // deleted but not yet staged
      }
    }
    symlinkSync(join(ROOT, "node_modules"), join(clone, "node_modules"));
    chmodSync(parent, 0o700);
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST") && k !== "NODE_OPTIONS")) as Record<string, string>;
    const r = spawnSync(process.execPath, [join(ROOT, "node_modules/vitest/vitest.mjs"), "run", ...SWITCHING], { cwd: clone, env, encoding: "utf8", timeout: 300_000 });
    const out = `${r.stdout}\n${r.stderr}`;
    expect(out, out.slice(-4000)).not.toMatch(/Permission denied|EACCES/);
    expect(r.status, out.slice(-4000)).toBe(0);
  }, 300_000);
});
