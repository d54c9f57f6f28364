import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as core from "@actions/core";
import { describe, expect, it, vi } from "vitest";
import { annotationCommand, annotationPosition, github } from "../../src/report/formatters/github.js";
import { cli, tempTree } from "../cli/helpers.js";
import { context, finding, results } from "./helpers.js";

const ctx = context("/repo");

/** `::cmd k=v,k=v::message` → parts, props still escaped. */
function parse(line: string): { command: string; props: Record<string, string>; message: string } {
  const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const props = Object.fromEntries((m[2] ?? "").split(",").filter(Boolean).map((kv) => kv.split("=", 2) as [string, string]));
  return { command: m[1]!, props, message: m[3]! };
}

/** What @actions/core itself prints for an annotation. */
function coreCommand(kind: "error" | "warning", message: string, props: core.AnnotationProperties): string {
  const spy = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    core[kind](message, props);
    return String(spy.mock.calls[0]?.[0]).trimEnd();
  } finally {
    spy.mockRestore();
  }
}

describe("github formatter", () => {
  it("escapes exactly as @actions/core does, and gives GitHub an inclusive end column", () => {
    const f = finding({
      file: "a dir/x,y:z.yaml",
      ruleId: "annotation-json",
      message: "100% wrong:\r\nline two, with `a::b`",
      line: 7,
      column: 5,
      endLine: 7,
      endColumn: 12,
    });
    const ours = parse(annotationCommand(f, ctx));
    const theirs = parse(coreCommand("error", f.message, { title: "annotation-json", file: "a dir/x,y:z.yaml", startLine: 7, endLine: 7, startColumn: 5, endColumn: 11 }));
    expect(ours).toEqual(theirs);
    expect(ours.props).toMatchObject({ file: "a dir/x%2Cy%3Az.yaml", line: "7", col: "5", endLine: "7", endColumn: "11" });
    expect(ours.message).toBe("100%25 wrong:%0D%0Aline two, with `a::b`");
  });

  it("drops columns for spans over several lines, and ends a span that stops at column 1 on the line before", () => {
    expect(annotationPosition(finding({ file: "a.yaml", line: 3, column: 4, endLine: 5, endColumn: 9 }), ctx)).toEqual({ file: "a.yaml", startLine: 3, endLine: 5 });
    expect(annotationPosition(finding({ file: "a.yaml", line: 3, column: 4, endLine: 4, endColumn: 1 }), ctx)).toEqual({ file: "a.yaml", startLine: 3, endLine: 3, startColumn: 4 });
    expect(annotationPosition(finding({ file: "a.yaml", line: 3, column: 4, endLine: 3, endColumn: 4 }), ctx)).toEqual({ file: "a.yaml", startLine: 3, endLine: 3, startColumn: 4, endColumn: 4 });
    const multi = parse(annotationCommand(finding({ file: "a.yaml", line: 3, column: 4, endLine: 5, endColumn: 9 }), ctx));
    expect(multi.props).toEqual({ file: "a.yaml", line: "3", endLine: "5", title: "yaml-syntax" });
  });

  it("names files relative to the repository root, not the working directory", () => {
    const sub = context("/repo/deploy", "/repo");
    expect(annotationPosition(finding({ file: "apps/a.yaml" }), sub).file).toBe("deploy/apps/a.yaml");
  });

  it("emits 10 error and 10 warning annotations, lists the rest in a group and says how many in a notice", () => {
    const many = results([
      ...Array.from({ length: 13 }, (_, i) => finding({ file: "e.yaml", line: i + 1 })),
      ...Array.from({ length: 11 }, (_, i) => finding({ file: "w.yaml", line: i + 1, severity: "warning", ruleId: "static-ip-auto-pool" })),
    ]);
    const lines = github(many, ctx).trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith("::error "))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith("::warning "))).toHaveLength(10);
    const group = lines.indexOf("::group::calico-ipam-lint: 3 errors and 1 warning more (not shown as annotations)");
    expect(group).toBeGreaterThan(0);
    expect(lines.slice(group + 1, group + 5)).toEqual([
      "  e.yaml:11:1: error: Something Calico refuses [yaml-syntax]",
      "  e.yaml:12:1: error: Something Calico refuses [yaml-syntax]",
      "  e.yaml:13:1: error: Something Calico refuses [yaml-syntax]",
      "  w.yaml:11:1: warning: Something Calico refuses [static-ip-auto-pool]",
    ]);
    expect(lines[group + 5]).toBe("::endgroup::");
    expect(lines[group + 6]).toMatch(/^::notice title=calico-ipam-lint::3 errors and 1 warning more than GitHub shows as annotations/);
    expect(lines).toHaveLength(group + 7);
  });

  it("prints nothing for a clean run", () => {
    expect(github(results([], ["a.yaml"]), ctx)).toBe("");
  });
});

describe("--format github in a GitHub Actions step", () => {
  it("also writes every finding to the job summary", async () => {
    const cwd = tempTree({ "bad.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [broken\n", "summary.md": "earlier step\n" });
    const summary = join(cwd, "summary.md");
    const r = await cli(["-f", "github"], {
      cwd,
      env: { GITHUB_STEP_SUMMARY: summary, GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "o/r", GITHUB_SHA: "abc123" },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=bad\.yaml,line=5,col=1,endLine=5,endColumn=1,title=yaml-syntax::/);
    const md = readFileSync(summary, "utf8");
    expect(md.startsWith("earlier step\n## calico-ipam-lint\n")).toBe(true);
    expect(md).toContain("| ❌ error | [yaml-syntax](https://github.com/calico-ipam-lint/calico-ipam-lint/blob/main/docs/rules/yaml-syntax.md) | [bad.yaml:5:1](https://github.com/o/r/blob/abc123/bad.yaml#L5) |");
  });

  it("writes no summary outside GitHub Actions", async () => {
    const cwd = tempTree({ "ok.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: ok\n" });
    writeFileSync(join(cwd, "summary.md"), "");
    const r = await cli(["-f", "github"], { cwd });
    expect(r).toMatchObject({ code: 0, stdout: "" });
    expect(readFileSync(join(cwd, "summary.md"), "utf8")).toBe("");
  });
});
