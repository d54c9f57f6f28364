import { ruleTester, stream, yaml } from "../rule-tester.js";

const IP = `cni.projectcalico.org/ipAddrs: '["10.0.0.5"]'`;

/**
 * A workload whose spec lines come first (indented by two) and whose template asks for 10.0.0.5.
 * Line 1 apiVersion, 2 kind, 3 metadata, 4 name, 5 spec, then the spec lines.
 */
function workload(kind: string, spec: string[], opts: { api?: string; annotation?: string; podSpec?: string[]; jobSpec?: string[] } = {}): string {
  const api = opts.api ?? (kind === "Job" || kind === "CronJob" ? "batch/v1" : kind === "Rollout" ? "argoproj.io/v1alpha1" : kind === "ReplicationController" ? "v1" : "apps/v1");
  const tmpl = [
    "template:",
    "  metadata:",
    "    annotations:",
    `      ${opts.annotation ?? IP}`,
    "  spec:",
    ...(opts.podSpec ?? ["containers: [{name: c, image: busybox}]"]).map((l) => `    ${l}`),
  ];
  const body = kind === "CronJob" ? ["jobTemplate:", "  spec:", ...[...(opts.jobSpec ?? []), ...tmpl].map((l) => `    ${l}`)] : tmpl;
  return [`apiVersion: ${api}`, `kind: ${kind}`, "metadata:", `  name: w`, "spec:", ...[...spec, ...body].map((l) => `  ${l}`)].join("\n") + "\n";
}

const hpa = (max: number, target = "w", kind = "Deployment") => yaml`
  apiVersion: autoscaling/v2
  kind: HorizontalPodAutoscaler
  metadata:
    name: w-hpa
  spec:
    scaleTargetRef:
      apiVersion: apps/v1
      kind: ${kind}
      name: ${target}
    minReplicas: 1
    maxReplicas: ${max}
`;

ruleTester("static-ip-replicas", {
  valid: [
    { name: "a bare Pod", yaml: yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: p
        annotations:
          ${IP}
    ` },
    { name: "a single-replica Deployment with strategy Recreate", yaml: workload("Deployment", ["replicas: 1", "strategy:", "  type: Recreate"]) },
    { name: "a single-replica Deployment that never surges", yaml: workload("Deployment", ["replicas: 1", "strategy:", "  rollingUpdate:", "    maxSurge: 0", "    maxUnavailable: 1"]) },
    { name: "maxSurge 0%", yaml: workload("Deployment", ["strategy:", "  type: RollingUpdate", "  rollingUpdate: {maxSurge: 0%, maxUnavailable: 1}"]) },
    { name: "a single-replica StatefulSet (deletes before recreating)", yaml: workload("StatefulSet", ["replicas: 1", "serviceName: w"]) },
    { name: "a StatefulSet without replicas", yaml: workload("StatefulSet", ["serviceName: w"]) },
    { name: "a single-replica ReplicaSet", yaml: workload("ReplicaSet", ["replicas: 1"]) },
    { name: "a Deployment scaled to zero", yaml: workload("Deployment", ["replicas: 0"]) },
    { name: "a Job with the default parallelism", yaml: workload("Job", ["completions: 5"]) },
    { name: "a Job whose parallelism exceeds its completions", yaml: workload("Job", ["parallelism: 4", "completions: 1"]) },
    { name: "a CronJob with concurrencyPolicy Forbid", yaml: workload("CronJob", ['schedule: "*/5 * * * *"', "concurrencyPolicy: Forbid"]) },
    { name: "a suspended CronJob", yaml: workload("CronJob", ['schedule: "*/5 * * * *"', "suspend: true"]) },
    { name: "a CronJob with concurrencyPolicy Replace", yaml: workload("CronJob", ['schedule: "*/5 * * * *"', "concurrencyPolicy: Replace"]) },
    { name: "replicas without a static address", yaml: workload("Deployment", ["replicas: 3"], { annotation: `cni.projectcalico.org/ipv4pools: '["p"]'` }) },
    { name: "a hostNetwork Deployment (the CNI plugin never runs)", yaml: workload("Deployment", ["replicas: 3"], { podSpec: ["hostNetwork: true"] }) },
    { name: "a DaemonSet pinned to one node", yaml: workload("DaemonSet", [], { podSpec: ["nodeSelector:", "  kubernetes.io/hostname: node-1"] }) },
    { name: "a DaemonSet in a one-node cluster", yaml: workload("DaemonSet", []), settings: { nodes: 1 } },
    { name: "an HPA capped at one replica, Recreate", yaml: stream(workload("Deployment", ["replicas: 3", "strategy: {type: Recreate}"]), hpa(1)) },
    { name: "an HPA that targets another Deployment", yaml: stream(workload("Deployment", ["strategy: {type: Recreate}"]), hpa(5, "other")) },
    { name: "an Argo Rollout canary that never surges", yaml: workload("Rollout", ["replicas: 1", "strategy:", "  canary:", "    maxSurge: 0", "    maxUnavailable: 1"]) },
    {
      name: "a single ipAddrsNoIpam replica rolling over (the overlap ends when the old pod stops)",
      yaml: workload("Deployment", ["replicas: 1"], { annotation: `cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.5"]'` }),
    },
  ],
  invalid: [
    {
      name: "a Deployment with three replicas",
      yaml: workload("Deployment", ["replicas: 3", "strategy: {type: Recreate}"]),
      errors: [{ messageId: "replicas", line: 6, column: 13, endLine: 6, endColumn: 14, severity: "error", message: "Deployment default/w runs 3 pods at once (replicas: 3) from a template that asks for 10.0.0.5: Calico gives the address to the first pod and fails every other one with `resource already exists: 10.0.0.5 with error: Address already assigned in block`. Run 1 replica with `strategy: {type: Recreate}`" }],
    },
    {
      name: "a StatefulSet with two replicas (all share the template)",
      yaml: workload("StatefulSet", ["serviceName: w", "replicas: 2"]),
      errors: [{ messageId: "replicas", line: 7, column: 13, message: "Give each address its own single-replica StatefulSet" }],
    },
    {
      name: "a ReplicationController with two replicas, dual-stack",
      yaml: workload("ReplicationController", ["replicas: 2"], { annotation: `cni.projectcalico.org/ipAddrs: '["10.0.0.5", "fd00::5"]'` }),
      errors: [{ messageId: "replicas", line: 6, column: 13, message: "asks for 10.0.0.5 and fd00::5" }],
    },
    {
      name: "a DaemonSet (one pod per node) at the annotation",
      yaml: workload("DaemonSet", []),
      errors: [{ messageId: "replicas", line: 9, column: 40, endLine: 9, endColumn: 54, message: "DaemonSet default/w runs a pod on every node" }],
    },
    {
      name: "a DaemonSet with a known node count",
      yaml: workload("DaemonSet", []),
      settings: { nodes: 3 },
      errors: [{ messageId: "replicas", line: 9, column: 40, message: "runs 3 pods at once (one on each of the 3 nodes)" }],
    },
    {
      name: "a Job with parallelism 2",
      yaml: workload("Job", ["parallelism: 2"]),
      errors: [{ messageId: "replicas", line: 6, column: 16, message: "Set parallelism: 1" }],
    },
    {
      name: "a CronJob template with parallelism 3",
      yaml: workload("CronJob", ['schedule: "0 * * * *"', "concurrencyPolicy: Forbid"], { jobSpec: ["parallelism: 3"] }),
      errors: [{ messageId: "replicas", line: 10, column: 20, message: "CronJob default/w runs 3 pods at once (parallelism: 3)" }],
    },
    {
      name: "a CronJob template with the default concurrencyPolicy",
      yaml: workload("CronJob", ['schedule: "0 * * * *"']),
      errors: [{ messageId: "cronOverlap", line: 12, column: 44, endColumn: 58, severity: "warning", message: "CronJob default/w has the default concurrencyPolicy, Allow: when a run lasts past the next scheduled time, the next Job starts while the last one still holds 10.0.0.5" }],
    },
    {
      name: "a CronJob with concurrencyPolicy Allow written out",
      yaml: workload("CronJob", ['schedule: "0 * * * *"', "concurrencyPolicy: Allow"]),
      errors: [{ messageId: "cronOverlap", line: 7, column: 22, severity: "warning", message: "has concurrencyPolicy: Allow" }],
    },
    {
      name: "an HPA scaling a static-IP Deployment",
      yaml: stream(workload("Deployment", ["replicas: 1", "strategy: {type: Recreate}"]), hpa(5)),
      errors: [{ messageId: "replicas", line: 25, column: 16, endColumn: 17, message: "runs 5 pods at once (HorizontalPodAutoscaler default/w-hpa scales it up to maxReplicas: 5)" }],
    },
    {
      name: "an HPA in another file",
      files: { "deploy.yaml": workload("Deployment", ["strategy: {type: Recreate}"]), "hpa.yaml": hpa(4) },
      errors: [{ messageId: "replicas", line: 11, column: 16, file: "hpa.yaml", message: "Set maxReplicas: 1 on HorizontalPodAutoscaler default/w-hpa" }],
    },
    {
      name: "an HPA in a context file: reported at the annotation",
      files: { "deploy.yaml": workload("Deployment", ["strategy: {type: Recreate}"]) },
      context: { "hpa.yaml": hpa(4) },
      errors: [{ messageId: "replicas", line: 10, column: 40, file: "deploy.yaml" }],
    },
    {
      name: "an HPA scaling an Argo Rollout",
      yaml: stream(workload("Rollout", ["strategy:", "  canary:", "    maxSurge: 0"]), hpa(3, "w", "Rollout")),
      errors: [{ messageId: "replicas", line: 26, column: 16 }],
    },
    {
      name: "one replica with the default RollingUpdate strategy",
      yaml: workload("Deployment", ["replicas: 1"]),
      errors: [{ messageId: "rollout", line: 10, column: 40, severity: "warning", message: "default RollingUpdate strategy (maxSurge 25%, rounded up to 1 pod), which starts the new pod before the old one stops" }],
    },
    {
      name: "one replica with RollingUpdate written out",
      yaml: workload("Deployment", ["strategy:", "  type: RollingUpdate"]),
      errors: [{ messageId: "rollout", line: 7, column: 11, severity: "warning" }],
    },
    {
      name: "one replica with maxSurge 1",
      yaml: workload("Deployment", ["strategy:", "  rollingUpdate:", "    maxSurge: 1"]),
      errors: [{ messageId: "rollout", line: 8, column: 17, severity: "warning", message: "RollingUpdate strategy (maxSurge: 1)" }],
    },
    {
      name: "an HPA capped at one replica still rolls over",
      yaml: stream(workload("Deployment", ["replicas: 2"]), hpa(1)),
      errors: [{ messageId: "rollout", line: 10, column: 40, severity: "warning" }],
    },
    {
      name: "an Argo Rollout with the blueGreen strategy",
      yaml: workload("Rollout", ["replicas: 1", "strategy:", "  blueGreen:", "    activeService: w"]),
      errors: [{ messageId: "rollout", line: 8, column: 5, severity: "warning", message: "a blue-green rollout always runs the new pods beside the old ones" }],
    },
    {
      name: "an Argo Rollout with a default canary",
      yaml: workload("Rollout", ["strategy:", "  canary:", "    steps: [{setWeight: 50}]"]),
      errors: [{ messageId: "rollout", line: 7, column: 5, severity: "warning", message: "canary strategy (maxSurge 25%, rounded up to 1 pod)" }],
    },
    {
      name: "a DaemonSet on one node whose update surges",
      yaml: workload("DaemonSet", ["updateStrategy:", "  rollingUpdate:", "    maxSurge: 1", "    maxUnavailable: 0"]),
      settings: { nodes: 1 },
      errors: [{ messageId: "rollout", line: 8, column: 17, severity: "warning" }],
    },
    {
      name: "ipAddrsNoIpam on two replicas is a warning",
      yaml: workload("Deployment", ["replicas: 2"], { annotation: `cni.projectcalico.org/ipAddrsNoIpam: '["10.0.0.5"]'` }),
      errors: [{ messageId: "noIpam", line: 6, column: 13, severity: "warning", message: "Calico IPAM is bypassed, so every pod starts with the same address" }],
    },
  ],
});
