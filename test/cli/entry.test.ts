import { describe, expect, it } from "vitest";
import { run as entry } from "../../src/cli/index.js";
import type { CliIO } from "../../src/cli/io.js";
import { run as main } from "../../src/cli/main.js";

/** The CLI's entry (src/cli/index.ts) answers --version itself and hands everything else to main.ts. */

async function capture(run: (argv: readonly string[], io: CliIO) => Promise<number>, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    cwd: "/",
    env: {},
    stdin: (async function* () {})(),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdoutIsTTY: false,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

describe("the CLI entry", () => {
  for (const argv of [["--version"], ["-v"], ["--help"], ["--bogus"], ["-v", "x.yaml"]]) {
    it(`answers ${argv.join(" ")} as the full CLI does`, async () => {
      expect(await capture(entry, argv)).toEqual(await capture(main, argv));
    });
  }
});
