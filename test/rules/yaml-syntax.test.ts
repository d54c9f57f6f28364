import { ruleTester, yaml } from "../rule-tester.js";

ruleTester("yaml-syntax", {
  valid: [
    { name: "a plain manifest", yaml: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: foo
    ` },
    { name: "JSON is YAML", yaml: '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "foo"}}\n' },
    { name: "CRLF and a BOM", yaml: "\ufeffapiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: foo\r\n" },
    { name: "a document of only ---", yaml: "---\n" },
  ],
  invalid: [
    {
      name: "an unclosed flow sequence",
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: foo
          labels: [a
        spec: {}
      `,
      errors: [{ messageId: "syntax", line: 6, column: 1, endLine: 6, endColumn: 2 }],
    },
    {
      name: "duplicate keys",
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        kind: Pod
      `,
      errors: [{ messageId: "syntax", line: 3, column: 1, message: "Map keys must be unique" }],
    },
    {
      name: "a tab used for indentation",
      yaml: "apiVersion: v1\nkind: Pod\nmetadata:\n\tname: foo\n",
      errors: [{ messageId: "syntax", line: 4, column: 1 }],
    },
  ],
});
