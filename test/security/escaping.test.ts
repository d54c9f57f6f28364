import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/io.js";
import { renderSummaryMarkdown, SUMMARY_LIMIT } from "../../src/report/index.js";
import { ruleInfo } from "../../src/engine/run.js";
import { tempTree } from "../cli/helpers.js";

/**
 * The same hostile names through every output: a file named as a workflow command, and names and
 * values holding HTML, Markdown, a legacy `##[` command and terminal escape sequences (a window
 * title, a colour). Each medium shows them as text (src/report/escape.ts).
 */

const EVIL = "<img src=x onerror=alert(1)>![t](https://e.example/t.png)##[add-mask]s \u001b]0;owned\u0007\u001b[31mred\u202e";
const FILE = "::error title=owned::x.yaml";
const yamlString = (s: string): string => JSON.stringify(s); // YAML reads JSON strings
const pod = (i: number): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${yamlString(`${EVIL}${i}`)}\n  annotations:\n    cni.projectcalico.org/ipAddrs: ${yamlString(JSON.stringify([`${EVIL}${i}`]))}\nspec: {containers: []}\n`;
const POOL = `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: ${yamlString(EVIL)}\nspec:\n  cidr: 10.0.0.0/24\n  blockSize: 29\n`;
const STATIC = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${yamlString(EVIL)}\n  namespace: ${yamlString(EVIL)}\n  annotations:\n    cni.projectcalico.org/ipAddrs: '["10.0.0.7"]'\nspec: {containers: []}\n`;

async function cli(cwd: string, argv: string[], tty = false): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    cwd,
    env: {},
    stdin: (async function* () {})(),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdoutIsTTY: tty,
  };
  return { code: await run(argv, io), stdout, stderr };
}

const tree = (): string => tempTree({ [FILE]: Array.from({ length: 25 }, (_, i) => pod(i)).join("---\n"), "pools.yaml": `${POOL}---\n${STATIC}` });

/** Markdown outside its code spans, where a name's text renders as text whatever it holds. */
const outsideCode = (md: string): string => md.replace(/`[^`\n]*`/g, "`…`");

/** No escape sequence from the files: an OSC (window title), and our EVIL's colour or bidi override. */
function expectNoTerminalControl(out: string): void {
  expect(out).not.toContain("\u001b]");
  expect(out).not.toContain("\u0007");
  expect(out).not.toContain("\u001b[31mred");
  expect(out).not.toContain("\u202e");
}

describe("hostile names in every output", () => {
  it("github: only our own lines are workflow commands, past the annotation limit too", async () => {
    const r = await cli(tree(), [".", "-f", "github"]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines.filter((l) => l.startsWith("  ")).length).toBeGreaterThan(10); // the plain lines past the limit
    for (const l of lines) {
      // A line that is a command is read as that command only (the runner tries `##[` after `::` fails).
      if (l.trimStart().startsWith("::")) expect(l, l).toMatch(/^::(error file=|warning file=|group::calico-ipam-lint: |endgroup::$|notice title=calico-ipam-lint::)/);
      else expect(l).not.toContain("##[");
    }
  });

  it("stylish on a terminal (colours on) and in a file: the names' escape sequences are shown, not sent", async () => {
    const dir = tree();
    const tty = await cli(dir, ["."], true);
    expectNoTerminalControl(tty.stdout);
    expect(tty.stdout).toContain("\\x1b]0;owned\\x07");
    const plain = await cli(dir, ["."]);
    expectNoTerminalControl(plain.stdout);
  });

  it("plan as text: the names' escape sequences are shown, not sent", async () => {
    const r = await cli(tree(), ["plan", "."]);
    expectNoTerminalControl(r.stdout);
    expect(r.stdout).toContain("\\x1b[31mred");
  });

  it("plan as Markdown: no HTML, no image, no link from a name", async () => {
    const r = await cli(tree(), ["plan", ".", "-f", "markdown"]);
    expect(outsideCode(r.stdout)).not.toMatch(/<img/i);
    expect(outsideCode(r.stdout)).not.toMatch(/(?<!\\)!(?<!\\)\[t(?<!\\)\]/);
    expect(outsideCode(r.stdout)).not.toMatch(/(?<!\\)\]\(https/);
    expect(r.stdout).toContain("&lt;img"); // a name outside code, escaped
    // Every table row keeps its columns: no name splits a cell.
    for (const row of r.stdout.split("\n").filter((l) => l.startsWith("| `"))) expect(row.split(/(?<!\\)\|/).length, row).toBeGreaterThanOrEqual(7);
  });

  it("the job summary: no HTML from the files, and a plan too large for it is cut to fit 1 MiB", async () => {
    const dir = tree();
    const r = await cli(dir, [".", "-f", "json", "-o", "out.json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(readFileSync(join(dir, "out.json"), "utf8")) as { filePath: string; messages: { ruleId: string; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number }[] }[];
    const results = json.map((f) => ({
      file: f.filePath,
      findings: f.messages.map((m) => ({ ...m, file: f.filePath, severity: m.severity === 2 ? ("error" as const) : ("warning" as const) })),
      errorCount: f.messages.filter((m) => m.severity === 2).length,
      warningCount: f.messages.filter((m) => m.severity !== 2).length,
    }));
    const plan = (await cli(dir, ["plan", ".", "-f", "markdown"])).stdout;
    const ctx = { cwd: dir, rules: ruleInfo(), color: false };
    const md = renderSummaryMarkdown(results, ctx, { extra: plan, linkBase: "https://github.com/o/r/blob/0" });
    expect(outsideCode(md)).not.toMatch(/<img/i);
    expect(md).not.toContain("\u001b");
    const huge = `${plan}\n${"| `p` | `10.0.0.0/8` | auto | 1 | 0 | 0 | 0 | 0 | 1 | 0 | 0% |\n".repeat(40_000)}`;
    expect(new TextEncoder().encode(huge).length).toBeGreaterThan(SUMMARY_LIMIT);
    const cut = renderSummaryMarkdown(results, ctx, { extra: huge });
    expect(new TextEncoder().encode(cut).length).toBeLessThan(SUMMARY_LIMIT);
    expect(cut).toContain("left out: a step summary holds at most 1 MiB");
  });

  it("json, sarif and junit stay well-formed", async () => {
    const dir = tree();
    const json = await cli(dir, [".", "-f", "json"]);
    expect(() => JSON.parse(json.stdout) as unknown).not.toThrow();
    const sarif = await cli(dir, [".", "-f", "sarif"]);
    expect(() => JSON.parse(sarif.stdout) as unknown).not.toThrow();
    const junit = await cli(dir, [".", "-f", "junit"]);
    expect(junit.stdout).not.toContain("<img");
    expect(junit.stdout).not.toContain("\u001b");
  });
});
