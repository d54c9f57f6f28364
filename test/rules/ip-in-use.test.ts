import { readFileSync } from "node:fs";
import { join } from "node:path";
import { livePodsFrom, type LiveState } from "../../src/model/index.js";
import { ruleTester, stream, yaml } from "../rule-tester.js";

/** A real `kubectl get pods -A -o json` of a small cluster (test/cli/data). */
const KUBECTL = JSON.parse(readFileSync(join(import.meta.dirname, "../cli/data/kubectl-get-pods-A.json"), "utf8")) as unknown;
const state = livePodsFrom(KUBECTL, "pods.json");
if ("error" in state) throw new Error(state.error);
const live: LiveState = state;
const options = { live };

/** A bare Pod whose address (inside the annotation's JSON) is on line 7, column 39. */
const pod = (name: string, ip: string, ns = "default", key = "ipAddrs") => yaml`
  apiVersion: v1
  kind: Pod
  metadata:
    name: ${name}
    namespace: ${ns}
    annotations:
      cni.projectcalico.org/${key}: '["${ip}"]'
`;

const deployment = (name: string, ip: string, ns = "default") => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: ${name}
    namespace: ${ns}
  spec:
    strategy: {type: Recreate}
    template:
      metadata:
        annotations:
          cni.projectcalico.org/ipAddrs: '["${ip}"]'
`;

ruleTester("ip-in-use", {
  valid: [
    { name: "no live state given", yaml: pod("other", "10.244.1.10") },
    { name: "a free address", yaml: pod("other", "10.244.1.11"), options },
    { name: "the same bare Pod, applied again", yaml: pod("legacy-app", "10.244.3.30"), options },
    { name: "the Deployment whose ReplicaSet (web-<pod-template-hash>) runs the holder", yaml: deployment("web", "10.244.1.10"), options },
    {
      name: "the StatefulSet that owns the holder (both of its addresses)",
      yaml: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: postgres, namespace: db}
        spec:
          template:
            metadata:
              annotations:
                cni.projectcalico.org/ipAddrs: '["10.244.2.20", "fd00:10:244:2:0:0:0:14"]'
      `,
      options,
    },
    {
      name: "the Job that owns the holder",
      yaml: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: migrate, namespace: batch}
        spec:
          template:
            metadata:
              annotations:
                cni.projectcalico.org/ipAddrs: '["10.244.1.41"]'
      `,
      options,
    },
    {
      name: "the CronJob whose Job (report-<minute>) runs the holder",
      yaml: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: report, namespace: batch}
        spec:
          jobTemplate:
            spec:
              template:
                metadata:
                  annotations:
                    cni.projectcalico.org/ipAddrs: '["10.244.1.42"]'
      `,
      options,
    },
    { name: "a pod that finished (Succeeded) has released its address", yaml: pod("other", "10.244.1.40", "batch"), options },
    { name: "a hostNetwork pod shows the node's address, not a pod address", yaml: pod("other", "172.18.0.3"), options },
    {
      name: "a hostNetwork manifest: the CNI plugin never runs for it",
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: other
          annotations:
            cni.projectcalico.org/ipAddrs: '["10.244.1.10"]'
        spec:
          hostNetwork: true
      `,
      options,
    },
    {
      name: "a PodTemplate runs no pods",
      yaml: yaml`
        apiVersion: v1
        kind: PodTemplate
        metadata: {name: tpl}
        template:
          metadata:
            annotations:
              cni.projectcalico.org/ipAddrs: '["10.244.1.10"]'
      `,
      options,
    },
  ],
  invalid: [
    {
      name: "a bare Pod asking for the address a Deployment's pod holds",
      yaml: pod("other", "10.244.1.10"),
      options,
      errors: [
        {
          messageId: "held",
          severity: "error",
          line: 7,
          column: 39,
          endLine: 7,
          endColumn: 50,
          message:
            "The live pod default/web-6d4cf56db6-x7k2p already holds 10.244.1.10 (according to pods.json), so Calico fails this pod with `error getting IP from IPAM: resource already exists: 10.244.1.10 with error: Address already assigned in block` for as long as that pod exists",
        },
      ],
    },
    {
      name: "a Deployment with another name, the same address",
      yaml: deployment("api", "10.244.1.10"),
      options,
      errors: [{ messageId: "held", line: 11, column: 43 }],
    },
    {
      name: "the same StatefulSet name in another namespace is another workload",
      yaml: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: postgres, namespace: staging}
        spec:
          template:
            metadata:
              annotations:
                cni.projectcalico.org/ipAddrs: '["fd00:10:244:2:0:0:0:14"]'
      `,
      options,
      errors: [{ messageId: "held", line: 8, column: 43, message: "already holds fd00:10:244:2::14" }],
    },
    {
      name: "a Deployment whose name only prefixes the holder's ReplicaSet",
      yaml: deployment("web-6d4cf56db6", "10.244.1.10"),
      options,
      errors: [{ messageId: "held", line: 11, column: 43 }],
    },
    {
      name: "a pod with the same name in another namespace",
      yaml: pod("legacy-app", "10.244.3.30", "staging"),
      options,
      errors: [{ messageId: "held", line: 7, column: 39 }],
    },
    {
      name: "an address a live pod holds through ipAddrsNoIpam (IPAM does not know it)",
      yaml: pod("other", "10.244.9.9"),
      options,
      errors: [{ messageId: "heldOutsideIpam", severity: "warning", line: 7, column: 39 }],
    },
    {
      name: "ipAddrsNoIpam on a held address (Calico does not check)",
      yaml: pod("other", "10.244.1.10", "default", "ipAddrsNoIpam"),
      options,
      errors: [{ messageId: "noIpamHeld", severity: "warning", line: 7, column: 45 }],
    },
    {
      name: "every claim in a stream",
      yaml: stream(pod("a", "10.244.1.10"), pod("b", "10.244.1.41")),
      options,
      errors: [
        { messageId: "held", line: 7, column: 39 },
        { messageId: "held", line: 15, column: 39, message: "batch/migrate-xk2lp" },
      ],
    },
  ],
});
