import { describe, expect, it } from "vitest";
import { parseSource } from "../src/load/index.js";
import { lintSources, type LintOptions } from "../src/engine/run.js";
import { RULES } from "../src/rules/index.js";
import type { Finding } from "../src/report/index.js";
import type { Settings } from "../src/model/index.js";

/**
 * Table-driven rule tests through the real pipeline (parse → model → engine), after ESLint's
 * RuleTester. `yaml` strips the first newline and the common indentation, so line 1 is the first
 * YAML line of the template.
 */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  let s = strings.reduce((acc, str, i) => acc + str + (i < values.length ? String(values[i]) : ""), "");
  s = s.replace(/^\n/, "").replace(/\n[ \t]*$/, "\n");
  const lines = s.split("\n");
  const indents = lines.filter((l) => l.trim() !== "").map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const min = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(min)).join("\n");
}

/** Join documents into one stream with `---` lines. */
export const stream = (...docs: string[]): string => docs.map((d) => (d.endsWith("\n") ? d : `${d}\n`)).join("---\n");

export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity?: "error" | "warning";
  /** A substring (or pattern) the rendered message must contain. */
  message?: string | RegExp;
  /** The file, for cross-file cases (defaults to the first file). */
  file?: string;
}

export interface TestCase {
  name: string;
  /** One file, named `test.yaml`. */
  yaml?: string;
  /** Several files, for cross-file cases. */
  files?: Record<string, string>;
  /** Files seen by cross-file rules but not reported. */
  context?: Record<string, string>;
  settings?: Partial<Settings>;
  podCidrs?: string[];
  defaultNamespace?: string;
  /** Any other lint options (live pods, the files at a git revision, a policy). */
  options?: LintOptions;
}

export interface InvalidCase extends TestCase {
  errors: ExpectedError[];
}

const ALLOWED_ERROR_KEYS = new Set(["messageId", "line", "column", "endLine", "endColumn", "severity", "message", "file"]);

export function lintCase(c: TestCase, only?: readonly string[]) {
  const files = c.files ?? (c.yaml !== undefined ? { "test.yaml": c.yaml } : {});
  const sources = [
    ...Object.entries(files).map(([p, t]) => parseSource(p, t)),
    ...Object.entries(c.context ?? {}).map(([p, t]) => parseSource(p, t, true)),
  ];
  const options: LintOptions = {
    strict: true,
    ...(only ? { only } : {}),
    ...(c.settings ? { settings: c.settings } : {}),
    ...(c.podCidrs ? { podCidrs: c.podCidrs } : {}),
    ...(c.defaultNamespace ? { defaultNamespace: c.defaultNamespace } : {}),
    ...c.options,
  };
  return lintSources(sources, options);
}

export function findingsOf(c: TestCase, only?: readonly string[]): Finding[] {
  return lintCase(c, only).results.flatMap((r) => r.findings);
}

export function ruleTester(ruleId: string, cases: { valid: TestCase[]; invalid: InvalidCase[] }): void {
  const rule = RULES.find((r) => r.id === ruleId);
  const names = new Set<string>();
  for (const c of [...cases.valid, ...cases.invalid]) {
    if (names.has(c.name)) throw new Error(`duplicate test case name "${c.name}" for ${ruleId}`);
    names.add(c.name);
  }
  describe(ruleId, () => {
    it("is registered", () => {
      expect(rule, `rule ${ruleId} is not in src/rules/index.ts`).toBeDefined();
    });
    describe("valid", () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          const all = findingsOf(c, [ruleId, "yaml-syntax"]);
          const syntax = ruleId === "yaml-syntax" ? [] : all.filter((f) => f.ruleId === "yaml-syntax");
          expect(syntax, "a valid case must be valid YAML").toEqual([]);
          expect(all.filter((f) => f.ruleId === ruleId).map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          expect(c.errors.length, "an invalid case needs at least one expected error").toBeGreaterThan(0);
          const firstFile = c.files ? Object.keys(c.files)[0] : "test.yaml";
          const got = findingsOf(c, [ruleId]).filter((f) => f.ruleId === ruleId);
          const simplified = got.map((f, i) => {
            const want = c.errors[i];
            const out: Record<string, unknown> = { messageId: f.messageId, line: f.line, column: f.column };
            if (want?.endLine !== undefined) out["endLine"] = f.endLine;
            if (want?.endColumn !== undefined) out["endColumn"] = f.endColumn;
            if (want?.severity !== undefined) out["severity"] = f.severity;
            if (want?.file !== undefined || f.file !== firstFile) out["file"] = f.file;
            return out;
          });
          const expected = c.errors.map((e) => {
            for (const k of Object.keys(e)) if (!ALLOWED_ERROR_KEYS.has(k)) throw new Error(`unknown key "${k}" in expected error`);
            const out: Record<string, unknown> = { messageId: e.messageId, line: e.line, column: e.column };
            if (e.endLine !== undefined) out["endLine"] = e.endLine;
            if (e.endColumn !== undefined) out["endColumn"] = e.endColumn;
            if (e.severity !== undefined) out["severity"] = e.severity;
            if (e.file !== undefined) out["file"] = e.file;
            return out;
          });
          expect(simplified, got.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`).join("\n")).toEqual(expected);
          c.errors.forEach((e, i) => {
            const f = got[i];
            if (e.message !== undefined && f) {
              if (typeof e.message === "string") expect(f.message).toContain(e.message);
              else expect(f.message).toMatch(e.message);
            }
          });
        });
      }
    });
  });
}
