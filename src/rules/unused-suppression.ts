import { defineRule } from "./define-rule.js";

/**
 * Suppressions that suppress nothing. The engine reports these itself, after every other rule has
 * run (src/engine/suppress.ts): a suppression is used only if some finding fell under it. The rule
 * is registered for its metadata, its severity setting and `--rule`.
 */
export default defineRule({
  id: "unused-suppression",
  meta: {
    description: "Report suppressions that suppress nothing, and suppressions naming unknown rules",
    defaultSeverity: "warning",
    scope: "repository",
    messages: {
      unused: "{{where}} suppresses {{rule}}, but no {{rule}} finding is located under it. Remove {{what}} so that it cannot hide a future problem",
      unusedAll: "{{where}} suppresses all rules, but no finding is located under it. Remove it so that it cannot hide a future problem",
      unknownRule: "{{where}} names {{rule}}, which is not a calico-ipam-lint rule{{near}}, so it suppresses nothing. Fix the rule id or remove it",
      noTarget:
        "This calico-ipam-lint-disable-next-line comment has no YAML node after it in its document, so it suppresses nothing. Put it on the line just above the key or list item it is about",
      trailing:
        "This {{directive}} comment follows YAML on its line, so it suppresses nothing: a directive must stand on its own line. Put `# calico-ipam-lint-disable-next-line <rule-id>` on the line above the key or list item it is about",
      unknownDirective: "{{directive}} is not a calico-ipam-lint directive, so it suppresses nothing. Write `# calico-ipam-lint-disable-next-line <rule-id>`",
      malformed: "The calico-ipam-lint.io/ignore annotation must be a string of rule ids separated by commas (or `all`), so it suppresses nothing. Write it as `calico-ipam-lint.io/ignore: \"rule-a,rule-b\"`",
    },
    calico:
      "Not a Calico behaviour: a suppression (the calico-ipam-lint.io/ignore annotation, a `# calico-ipam-lint-disable-next-line` comment, or a `suppress` entry in the configuration) that no longer hides any finding would silently hide the next real problem in the same place.",
    remediation: "Remove the suppression, or the rule ids in it that no longer fire; fix misspelt rule ids.",
  },
  check() {
    // Reported by the engine's suppression step.
  },
});
