import type { SourceFile, Span } from "../model/index.js";
import type { Rule } from "../rules/define-rule.js";

/**
 * A rule that throws (a bug of ours, met on some input) must not cost the run every other finding.
 * The engine runs each rule through `checkContained`: when the rule throws, the findings it already
 * reported stand, and its failure becomes a finding of its own. For a rule that judges one object
 * at a time, the rule is run again on each linted document alone, so that the failure is reported
 * on the document(s) it fails on and the others still get their findings; a repository-wide rule
 * gets one finding at the first linted file.
 */

export interface RuleFailure {
  readonly at: Span;
  readonly message: string;
}

const describeError = (err: unknown): string => {
  const m = err instanceof Error ? err.message : String(err);
  return m.length > 200 ? `${m.slice(0, 200)}…` : m;
};

export const failureMessage = (rule: Rule, err: unknown, scope: "object" | "run"): string =>
  `${rule.id} failed on ${scope === "object" ? "this document" : "this run"} with an internal error (${describeError(err)}); ` +
  `${scope === "object" ? "it is not checked" : "its findings may be incomplete"}, the rest of the run is. This is a bug in calico-ipam-lint: please report it`;

/**
 * Run `check(files)` for `rule` over every file; on a throw, narrow it down as described above.
 * `check` is the rule run on a model of the files it is given, reporting as usual.
 */
export function checkContained(rule: Rule, files: readonly SourceFile[], check: (files: readonly SourceFile[] | null) => void, strict = false): RuleFailure[] {
  if (strict) {
    check(null); // tests want the throw itself
    return [];
  }
  try {
    check(null);
    return [];
  } catch (err) {
    const linted = files.filter((f) => !f.contextOnly);
    if (rule.meta.scope !== "object") {
      const first = linted[0] ?? files[0];
      return first ? [{ at: { file: first.path, start: 0, end: 0 }, message: failureMessage(rule, err, "run") }] : [];
    }
    const failures: RuleFailure[] = [];
    const context = files.filter((f) => f.contextOnly);
    for (const f of linted) {
      for (const d of f.documents) {
        if (!d.root) continue;
        try {
          check([...context, { ...f, documents: [d] }]);
        } catch (e) {
          const start = d.root.span.start;
          failures.push({ at: { file: f.path, start, end: start }, message: failureMessage(rule, e, "object") });
        }
      }
    }
    // Thrown on the whole but on no document alone: say so at the first file rather than lose it.
    if (failures.length === 0) {
      const first = linted[0] ?? files[0];
      if (first) failures.push({ at: { file: first.path, start: 0, end: 0 }, message: failureMessage(rule, err, "run") });
    }
    return failures;
  }
}
