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
    // go-yaml (scannerc.go yaml_parser_scan_block_scalar) takes a comment right after a block
    // scalar's indicators, without the white space YAML 1.2 asks for: kubectl, Helm and Argo CD
    // read it (a chart of nutanix-cloud-native renders `calico-installation: |# This section ...`).
    {
      name: "a comment right after a block scalar's indicator (|#, >-#)",
      yaml: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: calico-installation
        data:
          installation: |# the operator's Installation
            kind: Installation
          note: >-#folded
            text
      `,
    },
    // Not Kubernetes objects, broken or not: no kind anywhere in the file.
    {
      name: "an editor's JSON with comments (a .vscode/cspell.json)",
      yaml: '// cSpell settings\n{\n  // the version of this file\n  "version": "0.2",\n  // words\n  "words": ["calico", "ipam"]\n}\n',
    },
    {
      name: "a docker-compose file with an escape YAML does not know",
      yaml: 'services:\n  web:\n    command: "run --pattern \\> out"\n',
    },
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
      // A Go template kept as .yaml (rendered by a tool of the repository's own): the parser
      // resynchronises after the first error and finds dozens more that follow from it; go-yaml,
      // which kubectl uses, stops at the first.
      name: "a Go-templated manifest: only the first error",
      yaml: yaml`
        {{- $registry := envOr "REGISTRY" "localhost:5000" -}}
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: redis
          namespace: {{ .Namespace }}
        spec:
          template:
            spec:
              containers:
                - name: redis
                  image: {{ $registry }}/redis:7
      `,
      errors: [{ messageId: "syntax", line: 1, column: 3 }],
    },
    {
      name: "a broken JSON manifest (its closing brace missing) still names its kind",
      yaml: '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "foo"}\n',
      errors: [{ messageId: "syntax", line: 2, column: 1 }],
    },
    {
      name: "a tab used for indentation",
      yaml: "apiVersion: v1\nkind: Pod\nmetadata:\n\tname: foo\n",
      errors: [{ messageId: "syntax", line: 4, column: 1 }],
    },
  ],
});
