import { ruleTester, yaml } from "../rule-tester.js";

/** A bare Pod whose annotations start on line 6, column 5. */
const pod = (...annotations: string[]) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: foo\n  annotations:\n${annotations.map((a) => `    ${a}\n`).join("")}`;

ruleTester("static-ip-both-modes", {
  valid: [
    { name: "ipAddrs alone", yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1", "fd00::1"]'`) },
    { name: "ipAddrsNoIpam alone", yaml: pod(`cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.1"]'`) },
    { name: "an empty ipAddrsNoIpam counts as absent", yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'`, "cni.projectcalico.org/ipAddrsNoIpam: ''") },
    { name: "ipAddrs with pool annotations (allowed: the pools are ignored)", yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'`, `cni.projectcalico.org/ipv4pools: '["a"]'`) },
    {
      name: "one on the controller, one on the template (annotation-placement reports the controller's)",
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: foo
          annotations:
            cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.2"]'
        spec:
          template:
            metadata:
              annotations:
                cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'
      `,
    },
    {
      name: "a hostNetwork pod: the CNI plugin never reads it",
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: foo
          annotations:
            cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'
            cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.2"]'
        spec:
          hostNetwork: true
      `,
    },
  ],
  invalid: [
    {
      name: "both on one pod",
      yaml: pod(`cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'`, `cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.2"]'`),
      errors: [
        {
          messageId: "both",
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 40,
          message:
            "Calico fails the pod with `can't have both annotations: 'ipAddrs' and 'ipAddrsNoIpam' in use at the same time`. Keep cni.projectcalico.org/ipAddrs (Calico IPAM records the address) or cni.projectcalico.org/ipAddrsNoIpam (IPAM bypassed, behind a feature flag), not both",
        },
      ],
    },
    {
      name: "any non-empty value counts, even one that is not valid JSON",
      yaml: pod(`cni.projectcalico.org/ipAddrsNoIpam: 10.0.0.2`, `cni.projectcalico.org/ipAddrs: '[]'`),
      errors: [{ messageId: "both", line: 7, column: 5, endLine: 7, endColumn: 34 }],
    },
    {
      name: "a CronJob's pod template",
      yaml: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: sync
        spec:
          schedule: "*/5 * * * *"
          jobTemplate:
            spec:
              template:
                metadata:
                  annotations:
                    cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'
                    cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.1"]'
      `,
      errors: [{ messageId: "both", line: 13, column: 13 }],
    },
  ],
});
