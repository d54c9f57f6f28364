import { describe, expect, it } from "vitest";
import { repairList } from "../../src/rules/annotation-json.js";
import { ruleTester, stream, yaml } from "../rule-tester.js";

/** A bare Pod whose annotations start on line 6, column 5. */
const pod = (...annotations: string[]) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: foo\n  annotations:\n${annotations.map((a) => `    ${a}\n`).join("")}`;

ruleTester("annotation-json", {
  valid: [
    { name: "a single-quoted JSON array", yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'`) },
    { name: "a double-quoted JSON array with escaped quotes", yaml: pod(`cni.projectcalico.org/ipAddrs: "[\\"10.0.0.1\\"]"`) },
    { name: "the dual-stack pair", yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1", "fd00::1"]'`) },
    { name: "[] and null are valid JSON (other rules judge emptiness)", yaml: pod(`cni.projectcalico.org/ipv4pools: '[]'`, `cni.projectcalico.org/ipAddrs: 'null'`) },
    { name: "an empty string counts as absent", yaml: pod(`cni.projectcalico.org/ipAddrs: ''`, `cni.projectcalico.org/ipv4pools: ""`) },
    { name: "a key with no value reads as an empty string", yaml: pod("cni.projectcalico.org/ipAddrs:") },
    { name: "whitespace around the JSON", yaml: pod(`cni.projectcalico.org/ipv4pools: ' [ "a" , "b" ] '`) },
    {
      name: "a block scalar holding JSON",
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: foo
          annotations:
            cni.projectcalico.org/ipv4pools: |
              ["pool-a", "pool-b"]
      `,
    },
    {
      name: "a JSON manifest",
      files: {
        "pod.json": JSON.stringify({ apiVersion: "v1", kind: "Pod", metadata: { name: "foo", annotations: { "cni.projectcalico.org/ipAddrs": '["10.0.0.1"]' } } }, null, 2),
      },
    },
    {
      name: "a pod-only key on a Namespace is not read there (annotation-placement reports it)",
      yaml: yaml`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: ns
          annotations:
            cni.projectcalico.org/ipAddrs: 10.0.0.1
      `,
    },
    {
      name: "a hostNetwork pod: the CNI plugin never parses its annotations",
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: foo
          annotations:
            cni.projectcalico.org/ipv4pools: default-ipv4-ippool
        spec:
          hostNetwork: true
      `,
    },
    {
      name: "a controller's own metadata is not read (annotation-placement reports it)",
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: foo
          annotations:
            cni.projectcalico.org/ipv4pools: default-ipv4-ippool
        spec:
          template:
            metadata:
              annotations:
                cni.projectcalico.org/ipv4pools: '["default-ipv4-ippool"]'
      `,
    },
    { name: "keys Calico does not decode as lists", yaml: pod("cni.projectcalico.org/hwAddr: ca:fe:ca:fe:ca:fe", "cni.projectcalico.org/foo: '[bar'") },
    { name: "another CNI's annotation", yaml: pod("ipam.cilium.io/ip-pool: 10.0.0.0/24") },
  ],
  invalid: [
    {
      name: "single quotes inside the JSON",
      yaml: pod(`cni.projectcalico.org/ipAddrs: "['10.0.0.1']"`),
      errors: [
        {
          messageId: "badJson",
          line: 6,
          column: 38,
          endLine: 6,
          endColumn: 39,
          message:
            "Calico fails the pod with `failed to parse IPs ['10.0.0.1'] for annotation \"cni.projectcalico.org/ipAddrs\": failed to parse '['10.0.0.1']' as JSON: invalid character '\\'' looking for beginning of value`. Write it as `cni.projectcalico.org/ipAddrs: '[\"10.0.0.1\"]'`",
        },
      ],
    },
    {
      name: "no brackets and no quotes (plain YAML)",
      yaml: pod("cni.projectcalico.org/ipAddrs: 10.0.0.1"),
      errors: [{ messageId: "badJson", line: 6, column: 40, endLine: 6, endColumn: 41, message: "invalid character '.' after top-level value`. Write it as `cni.projectcalico.org/ipAddrs: '[\"10.0.0.1\"]'`" }],
    },
    {
      name: "a pool name without quotes inside brackets: the bare Go error",
      yaml: pod("cni.projectcalico.org/ipv4pools: '[default-ipv4-ippool]'"),
      errors: [{ messageId: "badJson", line: 6, column: 40, message: "Calico fails the pod with `invalid character 'd' looking for beginning of value`. Write it as `cni.projectcalico.org/ipv4pools: '[\"default-ipv4-ippool\"]'`" }],
    },
    {
      name: "a trailing comma",
      yaml: pod(`cni.projectcalico.org/ipv6pools: '["pool-a", "pool-b",]'`),
      errors: [{ messageId: "badJson", line: 6, column: 59, message: "`invalid character ']' looking for beginning of value`. Write it as `cni.projectcalico.org/ipv6pools: '[\"pool-a\", \"pool-b\"]'`" }],
    },
    {
      name: "a JSON string instead of an array",
      yaml: pod(`cni.projectcalico.org/ipFamilies: '"IPv6"'`),
      errors: [{ messageId: "badJson", line: 6, column: 40, message: "`json: cannot unmarshal string into Go value of type []string`. Write it as `cni.projectcalico.org/ipFamilies: '[\"IPv6\"]'`" }],
    },
    {
      name: "a double-encoded array",
      yaml: pod(`cni.projectcalico.org/ipv4pools: '"[\\"pool-a\\"]"'`),
      errors: [{ messageId: "badJson", line: 6, column: 39, message: "Write it as `cni.projectcalico.org/ipv4pools: '[\"pool-a\"]'`" }],
    },
    {
      name: "over-escaped quotes inside single quotes",
      yaml: pod(`cni.projectcalico.org/ipAddrsNoIpam: '[\\"10.0.0.1\\"]'`),
      errors: [{ messageId: "badJson", line: 6, column: 44, endLine: 6, endColumn: 45, message: "invalid character '\\\\' looking for beginning of value`. Write it as `cni.projectcalico.org/ipAddrsNoIpam: '[\"10.0.0.1\"]'`" }],
    },
    {
      name: "a missing closing bracket: Go reports the end of input, located at the whole value",
      yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1"'`),
      errors: [{ messageId: "badJson", line: 6, column: 36, endLine: 6, endColumn: 49, message: "as JSON: unexpected end of JSON input`. Write it as `cni.projectcalico.org/ipAddrs: '[\"10.0.0.1\"]'`" }],
    },
    {
      name: "comma-separated addresses without JSON",
      yaml: pod("cni.projectcalico.org/allowedSourcePrefixes: 10.0.0.0/24, 10.1.0.0/24"),
      errors: [
        {
          messageId: "badJson",
          line: 6,
          column: 54,
          message: "Calico fails the pod with `failed to parse '10.0.0.0/24, 10.1.0.0/24' as JSON: invalid character '.' after top-level value`. Write it as `cni.projectcalico.org/allowedSourcePrefixes: '[\"10.0.0.0/24\", \"10.1.0.0/24\"]'`",
        },
      ],
    },
    {
      name: "space-separated pool names",
      yaml: pod("cni.projectcalico.org/ipv4pools: pool-a pool-b"),
      errors: [{ messageId: "badJson", line: 6, column: 38, message: "Write it as `cni.projectcalico.org/ipv4pools: '[\"pool-a\", \"pool-b\"]'`" }],
    },
    {
      name: "unquoted IP families in brackets are fixed with Calico's spelling",
      yaml: pod("cni.projectcalico.org/ipFamilies: '[ipv4, ipv6]'"),
      errors: [{ messageId: "badJson", line: 6, column: 41, message: "Write it as `cni.projectcalico.org/ipFamilies: '[\"IPv4\", \"IPv6\"]'`" }],
    },
    {
      name: "a number inside the array: no guess, the expected form instead",
      yaml: pod("cni.projectcalico.org/floatingIPs: '[10]'"),
      errors: [
        {
          messageId: "badJsonNoFix",
          line: 6,
          column: 42,
          message:
            "Calico fails the pod with `failed to parse '[10]' as JSON: json: cannot unmarshal number into Go value of type string`. Write a JSON array of strings in a quoted YAML string, such as `cni.projectcalico.org/floatingIPs: '[\"203.0.113.10\"]'`",
        },
      ],
    },
    {
      name: "an object: no guess",
      yaml: pod(`cni.projectcalico.org/ipv4pools: '{"pool": "a"}'`),
      errors: [{ messageId: "badJsonNoFix", line: 6, column: 39, message: "`json: cannot unmarshal object into Go value of type []string`" }],
    },
    {
      name: "words where an address belongs: no guess",
      yaml: pod("cni.projectcalico.org/ipAddrs: my-address"),
      errors: [{ messageId: "badJsonNoFix", line: 6, column: 36, message: "such as `cni.projectcalico.org/ipAddrs: '[\"10.0.0.1\"]'`" }],
    },
    {
      name: "a YAML flow list where a string belongs",
      yaml: pod(`cni.projectcalico.org/ipAddrs: ["10.0.0.1", "fd00::1"]`),
      errors: [
        {
          messageId: "notString",
          line: 6,
          column: 36,
          endLine: 6,
          endColumn: 59,
          message: "is a YAML list, but annotation values must be strings: kubectl and the API server reject the whole object, so nothing is applied. Write it as `cni.projectcalico.org/ipAddrs: '[\"10.0.0.1\", \"fd00::1\"]'`",
        },
      ],
    },
    {
      name: "a YAML block list, also on a controller's own metadata",
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: foo
          annotations:
            cni.projectcalico.org/ipv4pools: [a]
        spec:
          template:
            metadata:
              annotations:
                cni.projectcalico.org/ipv4pools:
                  - pool-a
                  - pool-b
      `,
      errors: [
        { messageId: "notString", line: 6, column: 38, message: "Write it as `cni.projectcalico.org/ipv4pools: '[\"a\"]'`" },
        { messageId: "notString", line: 12, column: 11, message: "Write it as `cni.projectcalico.org/ipv4pools: '[\"pool-a\", \"pool-b\"]'`" },
      ],
    },
    {
      name: "a YAML number or boolean where a string belongs",
      yaml: pod("cni.projectcalico.org/ipv6pools: 6", "cni.projectcalico.org/ipFamilies: true"),
      errors: [
        { messageId: "notStringNoFix", line: 6, column: 38, message: "is a YAML number" },
        { messageId: "notStringNoFix", line: 7, column: 39, message: "is a YAML boolean" },
      ],
    },
    {
      name: "a Namespace's pool list fails its pods",
      yaml: yaml`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: batch
          annotations:
            cni.projectcalico.org/ipv4pools: "['batch-pool']"
      `,
      errors: [
        {
          messageId: "badJson",
          line: 6,
          column: 40,
          message: "Calico fails every pod in namespace batch that does not set its own ipv4pools with `invalid character '\\'' looking for beginning of value`. Write it as `cni.projectcalico.org/ipv4pools: '[\"batch-pool\"]'`",
        },
      ],
    },
    {
      name: "a JSON manifest gets a JSON line to paste",
      files: {
        "pod.json": '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {\n    "name": "foo",\n    "annotations": {\n      "cni.projectcalico.org/ipAddrs": "[\'10.0.0.1\']"\n    }\n  }\n}\n',
      },
      errors: [{ messageId: "badJson", line: 7, column: 42, endLine: 7, endColumn: 43, message: 'Write it as `"cni.projectcalico.org/ipAddrs": "[\\"10.0.0.1\\"]"`' }],
    },
    {
      name: "a JSON manifest with no sensible repair gets the JSON form to follow",
      files: { "pod.json": JSON.stringify({ apiVersion: "v1", kind: "Pod", metadata: { name: "foo", annotations: { "cni.projectcalico.org/ipv4pools": "{}" } } }) },
      errors: [{ messageId: "badJsonNoFix", line: 1, column: 108, message: 'Write a JSON array of strings in a JSON string, such as `"cni.projectcalico.org/ipv4pools": "[\\"default-ipv4-ippool\\"]"`' }],
    },
    {
      name: "items of a kind: List",
      yaml: yaml`
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Pod
          metadata:
            name: foo
            annotations:
              cni.projectcalico.org/ipAddrs: '[10.0.0.1]'
      `,
      errors: [{ messageId: "badJson", line: 9, column: 44, message: "invalid character '.' after array element" }],
    },
    {
      name: "a CronJob's pod template",
      yaml: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: report
        spec:
          schedule: "0 * * * *"
          jobTemplate:
            spec:
              template:
                metadata:
                  annotations:
                    cni.projectcalico.org/ipv4pools: batch-pool
                spec:
                  restartPolicy: Never
      `,
      errors: [{ messageId: "badJson", line: 12, column: 46, message: "Write it as `cni.projectcalico.org/ipv4pools: '[\"batch-pool\"]'`" }],
    },
    {
      name: "two bad values in one pod, in document order",
      yaml: stream(
        pod("cni.projectcalico.org/ipv4pools: a", "cni.projectcalico.org/ipv6pools: b"),
        pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1" "fd00::1"]'`),
      ),
      errors: [
        { messageId: "badJson", line: 6, column: 38 },
        { messageId: "badJson", line: 7, column: 38 },
        { messageId: "badJson", line: 14, column: 49, message: "invalid character '\"' after array element`. Write it as `cni.projectcalico.org/ipAddrs: '[\"10.0.0.1\", \"fd00::1\"]'`" },
      ],
    },
  ],
});

describe("repairList", () => {
  const cases: [Parameters<typeof repairList>[0], string, string | null][] = [
    ["ipAddrs", "['10.0.0.1']", '["10.0.0.1"]'],
    ["ipAddrs", "10.0.0.1", '["10.0.0.1"]'],
    ["ipAddrs", '"10.0.0.1"', '["10.0.0.1"]'],
    ["ipAddrs", '["10.0.0.1"', '["10.0.0.1"]'],
    ["ipAddrs", '"10.0.0.1"]', '["10.0.0.1"]'],
    ["ipAddrs", '["10.0.0.1",]', '["10.0.0.1"]'],
    ["ipAddrs", '[\\"10.0.0.1\\"]', '["10.0.0.1"]'],
    ["ipAddrs", "10.0.0.1,fd00::1", '["10.0.0.1", "fd00::1"]'],
    ["ipAddrs", "10.0.0.1 fd00::1", '["10.0.0.1", "fd00::1"]'],
    ["ipAddrs", "[fe80::1%eth0]", '["fe80::1%eth0"]'],
    ["ipAddrs", "[\u201c10.0.0.1\u201d]", '["10.0.0.1"]'],
    ["ipAddrs", `'["10.0.0.1"]'`, '["10.0.0.1"]'],
    ["ipAddrs", '"10.0.0.1, 10.0.0.2"', '["10.0.0.1", "10.0.0.2"]'],
    ["ipv4pools", "[default-ipv4-ippool]", '["default-ipv4-ippool"]'],
    ["ipv4pools", '"[\\"a\\"]"', '["a"]'],
    ["ipv4pools", '["a", \'b\']', '["a", "b"]'],
    ["ipFamilies", "IPv4,IPv6", '["IPv4", "IPv6"]'],
    ["ipFamilies", "['ipv6']", '["IPv6"]'],
    // No sensible repair: say what form is expected instead.
    ["ipAddrs", "[10]", null],
    ["ipAddrs", "my-address", null],
    ["ipAddrs", "{}", null],
    ["ipAddrs", "[[\"10.0.0.1\"]]", null],
    ["ipAddrs", "[", null],
    ["ipAddrs", "", null],
    ["ipFamilies", "[dual]", null],
    ["ipv4pools", "pool a'b", null],
    ["ipv4pools", '["a" + "b"]', null],
  ];
  for (const [key, raw, want] of cases) {
    it(`${key}: ${JSON.stringify(raw)}`, () => {
      expect(repairList(key, raw)).toBe(want);
    });
  }
});
