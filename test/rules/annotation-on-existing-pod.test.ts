import { parseSource } from "../../src/load/index.js";
import type { LintOptions } from "../../src/engine/run.js";
import { ruleTester, stream, yaml } from "../rule-tester.js";

/** test.yaml as it was at the revision `main`. */
const at = (text: string, path = "test.yaml"): LintOptions => ({ changedSince: { ref: "main", previous: new Map([[path, parseSource(path, text, true)]]) } });

const pod = (annotations: Record<string, string>, name = "appliance", extra = "") =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n${Object.keys(annotations).length > 0 ? `  annotations:\n${Object.entries(annotations)
    .map(([k, v]) => `    cni.projectcalico.org/${k}: '${v}'\n`)
    .join("")}` : ""}${extra}`;

ruleTester("annotation-on-existing-pod", {
  valid: [
    { name: "without --changed-since", yaml: pod({ ipAddrs: '["10.0.0.2"]' }) },
    { name: "unchanged annotations", yaml: pod({ ipAddrs: '["10.0.0.1"]' }), options: at(pod({ ipAddrs: '["10.0.0.1"]' })) },
    {
      name: "the same value written another way (quoted differently)",
      yaml: pod({}, "appliance", `  annotations:\n    cni.projectcalico.org/ipAddrs: "[\\"10.0.0.1\\"]"\n`),
      options: at(pod({ ipAddrs: '["10.0.0.1"]' })),
    },
    { name: "a new Pod (not in the file at the revision)", yaml: pod({ ipAddrs: '["10.0.0.2"]' }, "new"), options: at(pod({ ipAddrs: '["10.0.0.1"]' })) },
    { name: "a file that did not exist at the revision", yaml: pod({ ipAddrs: '["10.0.0.2"]' }), options: at(pod({ ipAddrs: '["10.0.0.1"]' }), "other.yaml") },
    {
      name: "a Deployment's template (its pods are replaced when it changes)",
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: appliance}
        spec:
          template:
            metadata:
              annotations:
                cni.projectcalico.org/ipAddrs: '["10.0.0.2"]'
      `,
      options: at(yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: appliance}
        spec:
          template:
            metadata:
              annotations:
                cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'
      `),
    },
    {
      name: "other annotations changed (not Calico's)",
      yaml: pod({ ipAddrs: '["10.0.0.1"]' }, "appliance", "  labels: {team: b}\n"),
      options: at(pod({ ipAddrs: '["10.0.0.1"]' }, "appliance", "  labels: {team: a}\n")),
    },
    {
      name: "a Calico-written output annotation (podIP) changed",
      yaml: pod({ podIP: "10.0.0.9/32" }),
      options: at(pod({ podIP: "10.0.0.8/32" })),
    },
    {
      name: "the same name in another namespace",
      yaml: pod({ ipAddrs: '["10.0.0.2"]' }, "appliance", "").replace("  name: appliance\n", "  name: appliance\n  namespace: b\n"),
      options: at(pod({ ipAddrs: '["10.0.0.1"]' })),
    },
  ],
  invalid: [
    {
      name: "a changed static address",
      yaml: pod({ ipAddrs: '["10.0.0.2"]' }),
      options: at(pod({ ipAddrs: '["10.0.0.1"]' })),
      errors: [
        {
          messageId: "changed",
          severity: "warning",
          line: 6,
          column: 36,
          endLine: 6,
          endColumn: 50,
          message:
            "Pod default/appliance already exists at main, and Calico reads cni.projectcalico.org/ipAddrs only when it creates the pod's network (CNI ADD): applying this change updates the annotation, not the running pod. Delete and recreate the pod (kubectl delete, then apply) for it to take effect",
        },
      ],
    },
    {
      name: "an added pool annotation",
      yaml: pod({ ipAddrs: '["10.0.0.1"]', ipv4pools: '["pool-b"]' }),
      options: at(pod({ ipAddrs: '["10.0.0.1"]' })),
      errors: [{ messageId: "added", line: 7, column: 38 }],
    },
    {
      name: "a removed annotation is reported at the annotations key",
      yaml: pod({ ipv4pools: '["pool-b"]' }),
      options: at(pod({ ipAddrs: '["10.0.0.1"]', ipv4pools: '["pool-b"]' })),
      errors: [{ messageId: "removed", line: 5, column: 3 }],
    },
    {
      name: "all annotations removed: reported at metadata",
      yaml: pod({}),
      options: at(pod({ ipAddrs: '["10.0.0.1"]' })),
      errors: [{ messageId: "removed", line: 3, column: 1 }],
    },
    {
      name: "the matching Pod in a stream, by name",
      yaml: stream(pod({ ipAddrs: '["10.0.0.5"]' }, "a"), pod({ ipAddrs: '["10.0.0.2"]' }, "b")),
      options: at(stream(pod({ ipAddrs: '["10.0.0.1"]' }, "b"), pod({ ipAddrs: '["10.0.0.5"]' }, "a"))),
      errors: [{ messageId: "changed", line: 13, column: 36, message: "Pod default/b already exists at main" }],
    },
  ],
});
