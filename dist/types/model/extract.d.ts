import type { MapNode, Node, SourceFile, Span } from "../load/index.js";
import { type CalicoAnnotations } from "./annotations.js";
import { type CniSetup } from "./cni.js";
import { type CIDR, type Family } from "./ip.js";
import { type WorkloadKind } from "./kinds.js";
import type { LiveState } from "./live.js";
import { type AnnotationEntry, type K8sObject, type ObjectRef } from "./objects.js";
import { type Located } from "./tree.js";
export interface Hpa {
    readonly object: K8sObject;
    readonly targetKind: string;
    readonly targetName: string;
    readonly namespace: string;
    readonly maxReplicas?: Located<number>;
}
export interface PodSource {
    readonly object: K8sObject;
    readonly workload: WorkloadKind;
    /** The namespace the pods run in (the object's, else the model's default). */
    readonly namespace: string;
    /** The pod template map (the Pod itself for a bare Pod). */
    readonly template: MapNode;
    readonly templateSpan: Span;
    /** Annotations on the pods: the template's `metadata.annotations`, or the Pod's own. */
    readonly podAnnotations: readonly AnnotationEntry[];
    readonly podAnnotationsNode?: MapNode;
    /** The pods' Calico annotations that the CNI setup (`Model.cni`) lets Calico act on. */
    readonly calico: CalicoAnnotations;
    /** Those it does not: ignored, or failing the pod before they are read (see `splitForCni`). */
    readonly cniUnread?: CalicoAnnotations;
    /** Calico annotations on the controller's own metadata (where they have no effect). */
    readonly controllerCalico?: CalicoAnnotations;
    readonly podLabels: Readonly<Record<string, string>>;
    readonly replicas?: Located<number>;
    readonly parallelism?: Located<number>;
    readonly strategyType?: Located<string>;
    readonly hostNetwork?: Located<boolean>;
    /** `replicas` or `parallelism` written, but not as a number (a template expression, a map): how many pods run is unknown. */
    readonly scaleUnread?: Span;
    /** Job and CronJob `completions`. */
    readonly completions?: Located<number>;
    /** CronJob `concurrencyPolicy` (`value` only when a string). */
    readonly concurrencyPolicy?: Written<string>;
    /** The pods' `nodeSelector` is on `kubernetes.io/hostname`, or a required node affinity names one hostname. */
    readonly pinnedToOneNode: boolean;
    /** How the controller replaces its pods (Deployment, DaemonSet, Argo Rollout), where written. */
    readonly update?: UpdateStrategy;
    /** Job and CronJob `spec.suspend`, where written as a boolean. */
    readonly suspend?: Located<boolean>;
    readonly hpas: readonly Hpa[];
}
/** A controller's update strategy as written; `value` is the text of a scalar (numbers as written). */
export interface UpdateStrategy {
    /** Deployment `strategy.type`, DaemonSet `updateStrategy.type` (`value` only when a string). */
    readonly type?: Written<string>;
    /** `rollingUpdate.maxSurge` (Deployment, DaemonSet) or `canary.maxSurge` (Rollout). */
    readonly maxSurge?: Written<string>;
    /** Rollout: the `blueGreen:` and `canary:` keys. */
    readonly blueGreen?: Span;
    readonly canary?: Span;
}
export interface Namespace {
    readonly object: K8sObject;
    readonly name: string;
    /** `metadata.labels` as the file writes them. */
    readonly labels: Readonly<Record<string, string>>;
    /**
     * False when a kustomization in view adds labels to this file's objects at build time
     * (`commonLabels`, `labels`): the file does not show them all, so they are unknown, not absent.
     */
    readonly labelsKnown: boolean;
    readonly calico: CalicoAnnotations;
    readonly cniUnread?: CalicoAnnotations;
}
/**
 * Where a pool comes from: an IPPool object, an operator Installation, calico-node's
 * `CALICO_IPV*POOL_*` environment (a manifest's, or the one kops's Calico addon renders), or the
 * pool kubespray's calico role applies from its inventory variables (installers.ts).
 */
export type PoolOrigin = "IPPool" | "Installation" | "calico-node" | "kubespray";
/**
 * A field as the manifest writes it: its node (for positions inside the value) and its typed
 * reading, undefined when the value is not of that type (a quoted number, a map, null).
 */
export interface Written<T> {
    readonly node: Node;
    readonly span: Span;
    readonly value: T | undefined;
}
/**
 * A pool's fields as written, for the rules that judge the manifest (the Pool's own fields are the
 * values in force, defaults applied). Undefined where the field is absent.
 */
export interface PoolFields {
    /** The scalar as text, numbers as written (the Pool's `cidrText` is only a YAML string). */
    readonly cidr: Written<string> | undefined;
    readonly blockSize: Written<number> | undefined;
    readonly ipipMode: Written<string> | undefined;
    readonly vxlanMode: Written<string> | undefined;
    /** Installation pools only. */
    readonly encapsulation: Written<string> | undefined;
    /** The list's entries as text ("" for a non-scalar), when it is a list. */
    readonly allowedUses: Written<readonly Located<string>[]> | undefined;
    /** `disabled` (IPPool) or `disableNewAllocations` (Installation). */
    readonly disabled: Written<boolean> | undefined;
    readonly disableBGPExport: Written<boolean> | undefined;
    readonly nodeSelector: Written<string> | undefined;
    /** IPPool only. */
    readonly namespaceSelector: Written<string> | undefined;
    readonly assignmentMode: Written<string> | undefined;
    /** `metadata.name` (IPPool) or the entry's `name` (Installation). */
    readonly name: Written<string> | undefined;
}
export interface Pool {
    readonly object: K8sObject;
    readonly origin: PoolOrigin;
    /** The pool's spec map (IPPool) or its entry in `spec.calicoNetwork.ipPools` (Installation). */
    readonly spec?: MapNode;
    /** Where to point for the pool as a whole. */
    readonly span: Span;
    /** The Kubernetes field path of `spec`: `spec` or `spec.calicoNetwork.ipPools[i]`. */
    readonly fieldPath: string;
    /** The fields as written (none for the operator's implicit pool). */
    readonly written: PoolFields;
    readonly name: string;
    readonly cidrText?: Located<string>;
    readonly cidr: CIDR | null;
    readonly family: Family | null;
    /** The block size in force: as written, else Calico's default (`written.blockSize` has the written one). */
    readonly blockSize: number;
    readonly disabled: boolean;
    readonly ipipMode: string;
    readonly vxlanMode: string;
    readonly allowedUses: readonly string[];
    readonly nodeSelector: string;
    readonly namespaceSelector: string;
    readonly assignmentMode: string;
    /** Status `Allocatable=False` (Calico v3.32+ overlap arbitration): IPAM skips the pool. */
    readonly allocatable: boolean;
    /** Pool that the operator (or calico-node, from its environment) creates when the cluster has none. */
    readonly implicit: boolean;
}
export interface ReservationEntry {
    readonly text: string;
    readonly span: Span;
    readonly cidr: CIDR | null;
}
export interface Reservation {
    readonly object: K8sObject;
    readonly spec?: MapNode;
    readonly entries: readonly ReservationEntry[];
}
export interface IpamConfig {
    readonly object: K8sObject;
    readonly strictAffinity?: Located<boolean>;
    readonly maxBlocksPerHost?: Located<number>;
}
export interface PodCidr {
    readonly text: string;
    readonly cidr: CIDR | null;
    /** What declared it: a kind, or "--pod-cidr" / "config". */
    readonly source: string;
    readonly span?: Span;
    readonly object?: K8sObject;
}
export interface Model {
    readonly files: readonly SourceFile[];
    readonly objects: readonly K8sObject[];
    readonly podSources: readonly PodSource[];
    readonly namespaces: ReadonlyMap<string, Namespace>;
    readonly namespaceList: readonly Namespace[];
    readonly pools: readonly Pool[];
    readonly reservations: readonly Reservation[];
    readonly ipamConfigs: readonly IpamConfig[];
    readonly podCidrs: readonly PodCidr[];
    readonly hpas: readonly Hpa[];
    /** The CNI plugin and IPAM (the configuration's word, else the files'); undefined when neither says (or the files disagree). */
    readonly cni?: CniSetup;
    /** The edition the operator's Installations in view install (`spec.variant`); undefined when none is in view or they disagree. */
    readonly edition?: Edition;
    readonly defaultNamespace: string;
    readonly live?: LiveState;
    readonly changedSince?: ChangedSince;
}
/** The linted files as they were at a git revision (`--changed-since REF`), by their current path. */
export interface ChangedSince {
    readonly ref: string;
    readonly previous: ReadonlyMap<string, SourceFile>;
}
export interface ModelOptions {
    /** Namespace for namespaced objects that name none (kubectl's default, or the Argo CD app's). */
    readonly defaultNamespace?: string;
    /** Pod CIDRs given outside the manifests (`--pod-cidr`, the config file). */
    readonly podCidrs?: readonly string[];
    /** The cluster's live pods (`--in-use`): context data, never pod sources. */
    readonly live?: LiveState;
    readonly changedSince?: ChangedSince;
    /** The configuration's `cni` (the CNI plugin and its IPAM), over what the files show. */
    readonly cni?: {
        readonly type?: string;
        readonly ipam?: string;
    };
    /**
     * A model of mostly the same files (the same SourceFile objects), built with the same options:
     * the objects and pod sources that depend only on what did not change are taken from it. For
     * `--changed-since`, which lints the repository again as it was (engine/impact.ts).
     */
    readonly reuse?: Model;
}
export declare function buildModel(files: readonly SourceFile[], options?: ModelOptions): Model;
/** Calico or Calico Enterprise, and the Installation field that says so. */
export interface Edition {
    readonly value: "open-source" | "enterprise";
    readonly object: K8sObject;
    readonly span: Span;
}
/** The IPPool objects of one file read alone (a file as it was at `--changed-since REF`). */
export declare function ipPoolsIn(file: SourceFile): Pool[];
/**
 * The operator's name for a pool given only by CIDR (operator:pkg/controller/ippool/defaults.go
 * `cidrToName`): the network address (host bits masked), IPv6 written out in full (four hex digits
 * per group, no `::`) with `.` for `:`, then `-<prefix>`. 10.1.2.3/16 is `10.1.0.0-16`.
 */
export declare function cidrToName(cidr: CIDR): string;
export declare const familyBits: (f: Family) => number;
export type { ObjectRef };
