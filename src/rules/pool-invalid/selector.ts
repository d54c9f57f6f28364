import { innerSpan, parseSelector, type Written } from "../../model/index.js";
import { plain, type Ctx } from "./problems.js";

export type SelectorField = "nodeSelector" | "namespaceSelector";

/** `global()` is for network policy, not pools (the validator, and HEAD's CEL rule). */
export function globalText(field: SelectorField, head: boolean): string {
  return head ? `global() selector is not valid for IPPool ${field}` : `global() selector is not valid for IPPool ${field} - use all() instead`;
}

/**
 * A selector Calico's parser refuses (`validate:"omitempty,selector"` on both IPPool selectors).
 * The validator's `selector` tag gives no reason of its own, only
 * `error with field NodeSelector = '<value>' (Reason: failed to validate Field: NodeSelector because of Tag: selector )`;
 * the parser's complaint (calico:libcalico-go/lib/selector) says where and why.
 */
export function checkSelectorSyntax(c: Ctx, w: Written<string> | undefined, field: SelectorField, by: string, crd: boolean, dormant?: string): void {
  const n = w?.node;
  if (n?.kind !== "scalar" || typeof n.value !== "string" || n.value === "") return;
  const value = n.value;
  const r = parseSelector(value);
  if (!r.error) return;
  const e = r.error;
  // A problem at the end of the text (something missing) is shown on its last character.
  const from = Math.min(e.offset, value.length - 1);
  const at = innerSpan(n, from, Math.max(Math.min(e.end, value.length), from + 1));
  const goField = field === "nodeSelector" ? "NodeSelector" : "NamespaceSelector";
  const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  const fix = /[\r\n]/.test(value)
    ? `Write the selector on one line: Calico separates tokens only by spaces and tabs, so a line break (the last one a \`|\` block keeps) is an error; use \`|-\`, \`>-\` or a quoted string`
    : e.message.startsWith("expected string")
      ? "Quote the value, as in `region == \"east\"`; Calico selectors compare labels with quoted strings"
      : e.message === "expected =="
        ? "Compare with `==` (or `!=`), as in `region == \"east\"`"
        : e.message === "expected &&" || e.message === "expected ||"
          ? "Combine terms with `&&` or `||`"
          : "Write a valid Calico selector, such as `region == \"east\"`, `region in {\"east\", \"west\"}`, `has(team)` or `all()`, combined with `&&`, `||`, `!` and parentheses";
  // Nothing validates a crd.projectcalico.org object applied with kubectl: the pool is stored, and
  // IPAM's determinePools stops at the parse error (SelectsNode / SelectsNamespace return it). It
  // evaluates only enabled pools with assignmentMode Automatic: for another the failure waits until
  // the pool becomes one, a warning.
  c.problems.push({
    messageId: crd ? "selectorSyntaxCrd" : "selectorSyntax",
    at,
    data: {
      field,
      selector: plain(shown),
      reason: plain(e.message),
      character: e.offset + 1,
      by,
      goField,
      fix,
      dormant: crd && dormant ? `; the pool is ${dormant} now, so nothing evaluates it until that changes` : "",
    },
    ...(crd && dormant ? { severity: "warning" as const } : {}),
  });
}

/**
 * `nodeSelector: !all()` without quotes is a YAML tag on an empty value, not a selector: kubectl
 * sends `""`, and an empty selector selects everything (libcalico-go `SelectsNode`,
 * `SelectsNamespace`; the operator's `fillDefaults` makes it `all()`), the opposite of what
 * `!all()` says. The pool is stored and used.
 */
export function checkTaggedSelector(c: Ctx, w: Written<string> | undefined, field: SelectorField): void {
  const n = w?.node;
  if (n?.kind !== "scalar" || !n.tag?.startsWith("!") || n.tag.startsWith("!!") || (n.value !== null && n.value !== "")) return;
  const what = field === "nodeSelector" ? "every node" : "every namespace";
  c.problems.push({ messageId: "taggedSelector", at: n.span, data: { field, tag: n.tag, what } });
}
