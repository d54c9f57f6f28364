import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * vitest's global setup: every temporary folder a test makes goes under one folder for the run,
 * removed when the run ends, so running the suite again and again does not fill the disk.
 * Sticky and world-writable like /tmp itself, for the tests that run the command as `nobody`.
 */
export default function setup(): () => void {
  const outer = process.env["TMPDIR"];
  const dir = mkdtempSync(join(outer || tmpdir(), "cil-test-run-"));
  chmodSync(dir, 0o1777);
  process.env["TMPDIR"] = dir;
  return () => {
    if (outer === undefined) delete process.env["TMPDIR"];
    else process.env["TMPDIR"] = outer;
    removeTree(dir);
  };
}

/**
 * rm -rf. Some tests make trees Node's rmSync cannot remove: folders made read-only on purpose,
 * and paths longer than PATH_MAX (it fails with ENAMETOOLONG); chmod -R and rm -rf walk them.
 */
function removeTree(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    spawnSync("chmod", ["-R", "u+rwx", dir], { stdio: "ignore" });
    const rm = spawnSync("rm", ["-rf", dir], { encoding: "utf8" });
    if (rm.status !== 0) console.error(`could not remove the test run's temporary folder ${dir}: ${rm.stderr || rm.error}`);
  }
}
