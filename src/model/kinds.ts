/**
 * Workload kinds and where each keeps its pod template (kube-linter's object-kinds idea), with the
 * field that says how many pods run at once.
 */
export interface WorkloadKind {
  readonly kind: string;
  /** API groups the kind lives in ("" is the core group). */
  readonly groups: readonly string[];
  /** Path from the object root to the pod template; empty for a bare Pod. */
  readonly template: readonly string[];
  /** How concurrency is expressed. */
  readonly scale: "replicas" | "parallelism" | "per-node" | "single" | "template";
}

export const WORKLOAD_KINDS: readonly WorkloadKind[] = [
  { kind: "Pod", groups: [""], template: [], scale: "single" },
  { kind: "Deployment", groups: ["apps", "extensions", "apps/v1beta1", "apps/v1beta2"], template: ["spec", "template"], scale: "replicas" },
  { kind: "ReplicaSet", groups: ["apps", "extensions"], template: ["spec", "template"], scale: "replicas" },
  { kind: "StatefulSet", groups: ["apps"], template: ["spec", "template"], scale: "replicas" },
  { kind: "DaemonSet", groups: ["apps", "extensions"], template: ["spec", "template"], scale: "per-node" },
  { kind: "Job", groups: ["batch"], template: ["spec", "template"], scale: "parallelism" },
  { kind: "CronJob", groups: ["batch"], template: ["spec", "jobTemplate", "spec", "template"], scale: "parallelism" },
  { kind: "ReplicationController", groups: [""], template: ["spec", "template"], scale: "replicas" },
  { kind: "PodTemplate", groups: [""], template: ["template"], scale: "template" },
  { kind: "Rollout", groups: ["argoproj.io"], template: ["spec", "template"], scale: "replicas" },
  // KubeVirt copies a VirtualMachineInstance's annotations onto its virt-launcher pod
  // (kubevirt:pkg/virt-controller/services/template.go filterVMIAnnotationsForPod), and a
  // VirtualMachine's or replica set's template metadata onto the VMI: Calico's CNI reads them there.
  { kind: "VirtualMachineInstance", groups: ["kubevirt.io"], template: [], scale: "single" },
  { kind: "VirtualMachine", groups: ["kubevirt.io"], template: ["spec", "template"], scale: "single" },
  { kind: "VirtualMachineInstanceReplicaSet", groups: ["kubevirt.io"], template: ["spec", "template"], scale: "replicas" },
];

export function workloadKind(apiGroup: string, kind: string): WorkloadKind | undefined {
  return WORKLOAD_KINDS.find((w) => w.kind === kind && (w.groups.includes(apiGroup) || (apiGroup === "extensions" && w.groups.includes("extensions"))));
}

/** Kinds that run no pods and carry no Calico meaning (for the placement rule). */
export const NAMESPACE_KIND = "Namespace";
