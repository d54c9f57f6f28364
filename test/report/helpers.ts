import { ruleInfo } from "../../src/engine/run.js";
import type { FileResult, Finding, FormatContext } from "../../src/report/index.js";

/** A finding with defaults, for formatter tests. */
export function finding(over: Partial<Finding> & Pick<Finding, "file">): Finding {
  return {
    ruleId: "yaml-syntax",
    severity: "error",
    message: "Something Calico refuses",
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    ...over,
  };
}

/** Group findings per file as the engine does. */
export function results(findings: readonly Finding[], cleanFiles: readonly string[] = []): FileResult[] {
  const byFile = new Map<string, Finding[]>();
  for (const f of cleanFiles) byFile.set(f, []);
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  return [...byFile.entries()].map(([file, list]) => ({
    file,
    findings: list,
    errorCount: list.filter((f) => f.severity === "error").length,
    warningCount: list.filter((f) => f.severity === "warning").length,
  }));
}

export function context(cwd: string, sourceRoot = cwd): FormatContext {
  return { cwd, sourceRoot, rules: ruleInfo(), color: false };
}
