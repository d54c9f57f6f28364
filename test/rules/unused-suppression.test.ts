import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/load/index.js";
import { lintSources } from "../../src/engine/run.js";
import { ruleTester, yaml } from "../rule-tester.js";

/** The forms that are wrong whatever the other rules find (run alone, as the rule tester does). */
ruleTester("unused-suppression", {
  valid: [
    {
      name: "known rule ids; whether they are used cannot be judged when those rules do not run",
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: a
          annotations:
            calico-ipam-lint.io/ignore: "invalid-ip, pool-overlap"
            # calico-ipam-lint-disable-next-line invalid-ip -- the address is assigned by hand
            cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'
      `,
    },
    {
      name: "a directive's text inside a block scalar is content, not a comment",
      yaml: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: a}
        data:
          notes: |
            # calico-ipam-lint-disable-next-line no-such-rule
            # calico-ipam-lint-enable
      `,
    },
    { name: "an ordinary comment", yaml: "# calico-ipam-lint checks this file\napiVersion: v1\nkind: Pod\nmetadata: {name: a}\n" },
    {
      name: "a directive's text inside a value (quoted, plain after a colon, a block scalar's line, a key) is not a trailing comment",
      yaml: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: a}
        data:
          quoted: "x # calico-ipam-lint-disable-line invalid-ip"
          single: 'x # calico-ipam-lint-disable-line invalid-ip'
          "key # calico-ipam-lint-disable-line": y
          notes: |
            text # calico-ipam-lint-disable-line invalid-ip
          flow: ["a # calico-ipam-lint-x"]
      `,
    },
  ],
  invalid: [
    {
      name: "an unknown rule id in the annotation, located at the id",
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: a
          annotations:
            calico-ipam-lint.io/ignore: "invalid-ip,invalid-ips"
      `,
      errors: [
        {
          messageId: "unknownRule",
          line: 6,
          column: 45,
          endLine: 6,
          endColumn: 56,
          message: "The calico-ipam-lint.io/ignore annotation names invalid-ips, which is not a calico-ipam-lint rule (did you mean invalid-ip?), so it suppresses nothing",
        },
      ],
    },
    {
      name: "an unknown rule id in a comment",
      yaml: "apiVersion: v1\nkind: Pod\nmetadata:\n  # calico-ipam-lint-disable-next-line poolOverlap\n  name: a\n",
      errors: [{ messageId: "unknownRule", line: 4, column: 40, endColumn: 51, message: "did you mean pool-overlap?" }],
    },
    {
      name: "a comment with nothing after it in its document",
      yaml: "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n# calico-ipam-lint-disable-next-line invalid-ip\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: b}\n# calico-ipam-lint-disable-next-line\n",
      errors: [
        { messageId: "noTarget", line: 4, column: 1 },
        { messageId: "noTarget", line: 9, column: 1 },
      ],
    },
    {
      name: "a directive after YAML on its line reads nothing",
      yaml: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a  # calico-ipam-lint-disable-line invalid-ip\n  labels: {b: c} # calico-ipam-lint-disable-next-line\n",
      errors: [
        { messageId: "trailing", line: 4, column: 12, endColumn: 54, message: "This calico-ipam-lint-disable-line comment follows YAML on its line" },
        { messageId: "trailing", line: 5, column: 18 },
      ],
    },
    {
      name: "a directive that does not exist",
      yaml: "apiVersion: v1\nkind: Pod\nmetadata:\n  # calico-ipam-lint-disable invalid-ip\n  name: a\n",
      errors: [{ messageId: "unknownDirective", line: 4, column: 5, endColumn: 29 }],
    },
    {
      name: "an annotation that is not a string of ids",
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: a
          annotations:
            calico-ipam-lint.io/ignore: [invalid-ip]
      `,
      errors: [{ messageId: "malformed", line: 6, column: 5 }],
    },
  ],
});

describe("unused-suppression with every rule running", () => {
  const lint = (text: string, rules: Record<string, "off" | "warn"> = {}) =>
    lintSources([parseSource("t.yaml", text)], { strict: true, rules }).results.flatMap((r) => r.findings.filter((f) => f.ruleId === "unused-suppression"));

  it("reports a suppression whose rule no longer fires, and not one that is used", () => {
    const text = yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: a
        annotations:
          calico-ipam-lint.io/ignore: "invalid-ip,multiple-ip-addrs"
          cni.projectcalico.org/ipAddrs: '["10.0.0.300"]'
    `;
    expect(lint(text).map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      "6:45 The calico-ipam-lint.io/ignore annotation suppresses multiple-ip-addrs, but no multiple-ip-addrs finding is located under it. Remove multiple-ip-addrs from the annotation so that it cannot hide a future problem",
    ]);
  });

  it("is silent for a rule that is off, and can itself be turned off", () => {
    const text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  annotations:\n    calico-ipam-lint.io/ignore: pool-overlap\n";
    expect(lint(text)).toHaveLength(1);
    expect(lint(text, { "pool-overlap": "off" })).toEqual([]);
    expect(lint(text, { "unused-suppression": "off" })).toEqual([]);
  });

  it("reports an unused `all`", () => {
    const text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  annotations:\n    calico-ipam-lint.io/ignore: all\n";
    expect(lint(text).map((f) => `${f.line}:${f.column} ${f.messageId}`)).toEqual(["6:33 unusedAll"]);
  });
});
