import { describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/io.js";
import { run } from "../../src/cli/main.js";
import { tempTree } from "./helpers.js";

/**
 * The CLI asks for a stream, or whether it is a terminal, only when it writes to it
 * (src/cli/io.ts `processIO`: Node builds a stream when first asked for, a pipe's with the net
 * module). A run with nothing to say, the pre-commit hook's usual one, touches none of them.
 */

// Static addresses come from a pool no pod draws from automatically: nothing to warn about.
const POOL = "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: a}\nspec: {cidr: 10.0.0.0/24, nodeSelector: '!all()'}\n";
const pod = (ip: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    cni.projectcalico.org/ipAddrs: '["${ip}"]'\n`;

async function touched(files: Record<string, string>, argv: string[]): Promise<{ code: number; asked: string[] }> {
  const asked: string[] = [];
  const sink = { write: () => true };
  const io: CliIO = {
    cwd: tempTree(files),
    env: {},
    get stdin() {
      asked.push("stdin");
      return (async function* () {})();
    },
    get stdout() {
      asked.push("stdout");
      return sink;
    },
    get stderr() {
      asked.push("stderr");
      return sink;
    },
    get stdoutIsTTY() {
      asked.push("stdoutIsTTY");
      return false;
    },
    get stderrIsTTY() {
      asked.push("stderrIsTTY");
      return false;
    },
  };
  return { code: await run(argv, io), asked: [...new Set(asked)] };
}

describe("the CLI's streams", () => {
  it("a run with nothing to report asks for none of them", async () => {
    const r = await touched({ "pools.yaml": POOL, "pod.yaml": pod("10.0.0.5") }, ["."]);
    expect(r).toEqual({ code: 0, asked: [] });
  });

  it("a finding is printed to standard output, asked whether it is a terminal", async () => {
    const r = await touched({ "pools.yaml": POOL, "pod.yaml": pod("10.0.0.300") }, ["."]);
    expect(r.code).toBe(1);
    expect(r.asked).toEqual(["stdoutIsTTY", "stdout"]);
  });
});
