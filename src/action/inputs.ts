/**
 * A list input (`paths`, `context`): one path per line when the value has several lines (a YAML
 * block: a folder's name may hold spaces), else the one line split at whitespace, where single or
 * double quotes keep a name with spaces together (`paths: "my apps" cluster`).
 */
export function splitPaths(value: string): string[] {
  const lines = value.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const unquote = (s: string): string => (/^(["']).*\1$/s.test(s) && s.length >= 2 ? s.slice(1, -1) : s);
  if (lines.length > 1) return lines.map(unquote).filter(Boolean);
  const out: string[] = [];
  for (const m of (lines[0] ?? "").matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
    const word = m[1] ?? m[2] ?? m[3] ?? "";
    if (word) out.push(word);
  }
  return out;
}

/** The Action's inputs, as action.yml declares them. */
export interface ActionInputs {
  readonly paths: string[];
  readonly context: string[];
  readonly config: string;
  readonly baseline: string;
  readonly failLevel: "error" | "warning";
  readonly sarif: string;
  readonly format: string;
  /** Where to write the HTML report (empty: none), for actions/upload-artifact. */
  readonly html: string;
}
