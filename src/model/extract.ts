import type { MapNode, Node, SourceFile, Span } from "../load/index.js";
import {
  DEFAULT_ALLOWED_USES,
  DEFAULT_ASSIGNMENT_MODE,
  DEFAULT_ENCAP_MODE,
  DEFAULT_NODE_SELECTOR,
  defaultInstallationEncapsulation,
  effectiveBlockSize,
  kindDefaultPodSubnets,
  OPERATOR_DEFAULT_CIDR,
  OPERATOR_DEFAULT_POOL_NAME,
  OPERATOR_EKS_DEFAULT_CIDR,
} from "./calico-defaults.js";
import { decodeCalico, type CalicoAnnotations } from "./annotations.js";
import { kopsFrom, kubesprayFrom, type InstallerPool } from "./installers.js";
import { calicoIpamRuns, cniSetupFrom, installationCniType, splitForCni, type CniSetup } from "./cni.js";
import { bitsOf, formatIP, parseCIDR, parseCIDROrIP, sameCIDR, type CIDR, type Family } from "./ip.js";
import { labellingKustomizations } from "./kustomize.js";
import { workloadKind, type WorkloadKind } from "./kinds.js";
import type { LiveState } from "./live.js";
import { fastRecord, isMapRecord, nodeAt, scalarAt, valueRecordAt, valueRecordsAt, type FastTree } from "../load/lookup.js";
import { apiGroup, collectObjects, fastMeta, labelsIn, metaIn, type AnnotationEntry, type Constructing, type K8sObject, type ObjectMeta, type ObjectRef } from "./objects.js";
import { asMap, asSeq, bool, entriesOf, entry, get, num, str, text, type Located } from "./tree.js";

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
  readonly cni?: { readonly type?: string; readonly ipam?: string };
  /**
   * A model of mostly the same files (the same SourceFile objects), built with the same options:
   * the objects and pod sources that depend only on what did not change are taken from it. For
   * `--changed-since`, which lints the repository again as it was (engine/impact.ts).
   */
  readonly reuse?: Model;
}

const CALICO_GROUPS = new Set(["projectcalico.org", "crd.projectcalico.org"]);

export function buildModel(files: readonly SourceFile[], options: ModelOptions = {}): Model {
  const defaultNamespace = options.defaultNamespace ?? "default";
  const earlier = options.reuse?.defaultNamespace === defaultNamespace ? options.reuse : undefined;
  const objects = collectObjects(files, earlier);
  const hpas: Hpa[] = [];
  const namespaceList: Namespace[] = [];
  const pools: Pool[] = [];
  const reservations: Reservation[] = [];
  const ipamConfigs: IpamConfig[] = [];
  const podCidrs: PodCidr[] = [];
  const installations: K8sObject[] = [];
  const workloads: { o: K8sObject; w: WorkloadKind }[] = [];
  const cni = cniSetupFrom(objects, options.cni);
  const labellingDirs = labellingKustomizations(files);

  for (const o of objects) {
    const group = apiGroup(o.ref.apiVersion);
    const kind = o.ref.kind;
    const w = workloadKind(group, kind);
    if (w) {
      workloads.push({ o, w });
      continue;
    }
    if (kind === "HorizontalPodAutoscaler" && group === "autoscaling") {
      const target = get(o.node, "spec", "scaleTargetRef");
      const targetKind = str(get(target, "kind"));
      const targetName = str(get(target, "name"));
      if (targetKind && targetName) {
        const mr = get(o.node, "spec", "maxReplicas");
        const maxN = num(mr);
        hpas.push({
          object: o,
          targetKind,
          targetName,
          namespace: o.ref.namespace ?? defaultNamespace,
          ...(mr && maxN !== undefined ? { maxReplicas: { value: maxN, span: mr.span } } : {}),
        });
      }
    } else if (kind === "Namespace" && group === "" && o.ref.name) {
      const split = splitForCni(decodeCalico(o.annotations), cni, "namespace");
      const labelsKnown = !labellingDirs.some((d) => o.ref.file.startsWith(d));
      namespaceList.push({ object: o, name: o.ref.name, labels: o.labels, labelsKnown, calico: split.kept, ...(split.unread ? { cniUnread: split.unread } : {}) });
    } else if (kind === "IPPool" && CALICO_GROUPS.has(group)) {
      const p = ipPoolFromObject(o);
      if (p) pools.push(p);
    } else if (kind === "IPReservation" && CALICO_GROUPS.has(group)) {
      reservations.push(reservationFrom(o));
    } else if ((kind === "IPAMConfiguration" || kind === "IPAMConfig") && CALICO_GROUPS.has(group)) {
      ipamConfigs.push(ipamConfigFrom(o));
    } else if (kind === "Installation" && group === "operator.tigera.io") {
      installations.push(o);
    } else {
      for (const c of podCidrsFrom(o, group)) podCidrs.push(c);
    }
  }
  // The pools and pod CIDRs that kubespray's inventory and a kops Cluster make (installers.ts).
  const installers = [kubesprayFrom(files), kopsFrom(objects)];
  for (const s of installers) for (const c of s.podCidrs) podCidrs.push({ text: c.text, cidr: parseCIDR(c.text), source: c.source, span: c.span, object: c.object });
  for (const c of options.podCidrs ?? []) {
    for (const part of c.split(",")) {
      const t = part.trim();
      if (t) podCidrs.push({ text: t, cidr: parseCIDR(t), source: "--pod-cidr" });
    }
  }
  // Installation pools default from the platform's pod CIDR, so they are read last.
  // Loops, not push(...list): 130000+ items spread as arguments overflow the stack.
  const ipPools = [...pools];
  for (const o of installations) for (const p of installationPools(o, podCidrs, ipPools)) pools.push(p);
  for (const { o, w } of workloads) if (w.kind === "DaemonSet") for (const p of calicoNodePools(o, w)) pools.push(p);
  for (const s of installers) for (const p of s.pools) {
    const pool = installerPool(p);
    if (pool) pools.push(pool);
  }

  // The HPAs by target (kind, name, namespace), in file order: looked up per workload.
  const hpasByTarget = new Map<string, Hpa[]>();
  for (const h of hpas) {
    const key = hpaKey(h.targetKind, h.targetName, h.namespace);
    const list = hpasByTarget.get(key);
    if (list) list.push(h);
    else hpasByTarget.set(key, [h]);
  }
  const reused = earlier ? reusablePods(earlier, cni) : null;
  const podSources: PodSource[] = [];
  for (const { o, w } of workloads) {
    // A workload no HPA scales, here or there, under a CNI setup that reads the same annotations.
    const known = reused?.get(o);
    const pod = known && hpasOf(hpasByTarget, o, w, defaultNamespace) === NO_HPAS ? known : podSourceFrom(o, w, defaultNamespace, hpasByTarget, cni);
    if (pod) podSources.push(pod);
  }
  const namespaces = new Map<string, Namespace>();
  for (const n of namespaceList) if (!namespaces.has(n.name)) namespaces.set(n.name, n);

  const edition = editionFrom(installations);
  const inputs = { ...(edition ? { edition } : {}), ...(options.live ? { live: options.live } : {}), ...(options.changedSince ? { changedSince: options.changedSince } : {}) };
  return { files, objects, podSources, namespaces, namespaceList, pools, reservations, ipamConfigs, podCidrs, hpas, ...(cni ? { cni } : {}), defaultNamespace, ...inputs };
}

/** Calico or Calico Enterprise, and the Installation field that says so. */
export interface Edition {
  readonly value: "open-source" | "enterprise";
  readonly object: K8sObject;
  readonly span: Span;
}

/**
 * The edition of the Installations in view: `spec.variant` `CalicoEnterprise` or its deprecated alias
 * `TigeraSecureEnterprise` is Calico Enterprise (operator api/v1/installation_types.go
 * `ProductVariant.IsEnterprise`); `Calico` or no variant (the operator's default) is Calico Open
 * Source. Undefined when none is in view, or they disagree.
 */
function editionFrom(installations: readonly K8sObject[]): Edition | undefined {
  let out: Edition | undefined;
  for (const o of installations) {
    const n = get(o.node, "spec", "variant");
    const v = str(n);
    const value = v === "CalicoEnterprise" || v === "TigeraSecureEnterprise" ? "enterprise" : "open-source";
    if (out && out.value !== value) return undefined;
    out ??= { value, object: o, span: n?.span ?? o.ref.span };
  }
  return out;
}

function written<T>(map: Node | undefined, key: string, read: (n: Node) => T | undefined): Written<T> | undefined {
  return writtenAs(get(map, key), read);
}

function writtenAs<T>(node: Node | undefined, read: (n: Node) => T | undefined): Written<T> | undefined {
  return node ? { node, span: node.span, value: read(node) } : undefined;
}

const readUseList = (n: Node): Located<string>[] | undefined => asSeq(n)?.items.map((i) => ({ value: text(i) ?? "", span: i.span }));

function poolFields(m: MapNode | undefined, nameNode: Node | undefined, origin: PoolOrigin): PoolFields {
  const ipPool = origin === "IPPool";
  return {
    cidr: written(m, "cidr", text),
    blockSize: written(m, "blockSize", num),
    ipipMode: ipPool ? written(m, "ipipMode", str) : undefined,
    vxlanMode: ipPool ? written(m, "vxlanMode", str) : undefined,
    encapsulation: ipPool ? undefined : written(m, "encapsulation", str),
    allowedUses: written(m, "allowedUses", readUseList),
    disabled: written(m, ipPool ? "disabled" : "disableNewAllocations", bool),
    disableBGPExport: written(m, "disableBGPExport", bool),
    nodeSelector: written(m, "nodeSelector", str),
    namespaceSelector: ipPool ? written(m, "namespaceSelector", str) : undefined,
    assignmentMode: written(m, "assignmentMode", str),
    name: nameNode ? { node: nameNode, span: nameNode.span, value: str(nameNode) } : undefined,
  };
}

const NO_FIELDS: PoolFields = poolFields(undefined, undefined, "Installation");

function loc<T>(n: Node | undefined, v: T | undefined): Located<T> | undefined {
  return n && v !== undefined ? { value: v, span: n.span } : undefined;
}

/** `nodeSelector` on `kubernetes.io/hostname`, or a required node affinity on one hostname. */
function pinnedToOneNode(nodeSelector: Node | undefined, affinity: Node | undefined): boolean {
  if (str(get(nodeSelector, "kubernetes.io/hostname")) !== undefined) return true;
  const terms = get(affinity, "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms");
  if (terms?.kind !== "seq" || terms.items.length !== 1) return false;
  const exprs = get(terms.items[0], "matchExpressions");
  if (exprs?.kind !== "seq") return false;
  return exprs.items.some((e) => {
    const values = get(e, "values");
    return str(get(e, "key")) === "kubernetes.io/hostname" && str(get(e, "operator")) === "In" && values?.kind === "seq" && values.items.length === 1;
  });
}

/** The update strategy of most controllers: nothing written (one shared value). */
const NOTHING_WRITTEN: UpdateStrategy = Object.freeze({});

function updateStrategyOf(w: WorkloadKind, specStrategy: Node | undefined, specUpdateStrategy: Node | undefined): UpdateStrategy | undefined {
  const parts = (u: { type?: Written<string> | undefined; maxSurge?: Written<string> | undefined; blueGreen?: Span | undefined; canary?: Span | undefined }): UpdateStrategy =>
    !u.type && !u.maxSurge && !u.blueGreen && !u.canary
      ? NOTHING_WRITTEN
      : {
          ...(u.type ? { type: u.type } : {}),
          ...(u.maxSurge ? { maxSurge: u.maxSurge } : {}),
          ...(u.blueGreen ? { blueGreen: u.blueGreen } : {}),
          ...(u.canary ? { canary: u.canary } : {}),
        };
  if (w.kind === "Deployment" || w.kind === "DaemonSet") {
    // Deployment `strategy`, DaemonSet `updateStrategy`.
    const strategy = w.kind === "Deployment" ? specStrategy : specUpdateStrategy;
    return parts({ type: written(strategy, "type", str), maxSurge: written(get(strategy, "rollingUpdate"), "maxSurge", text) });
  }
  if (w.kind === "Rollout") {
    const strategy = specStrategy;
    const canary = entry(strategy, "canary");
    return parts({ blueGreen: entry(strategy, "blueGreen")?.keySpan, canary: canary?.keySpan, maxSurge: written(canary?.value, "maxSurge", text) });
  }
  return undefined;
}

const hpaKey = (kind: string, name: string, namespace: string): string => JSON.stringify([kind, name, namespace]);
const NO_HPAS: readonly Hpa[] = Object.freeze([]);

/**
 * What `podSourceFrom` reads of a workload: its pod template and the template's metadata, and the
 * fields of the controller's spec and the pod spec that say how many pods run and where.
 */
interface PodFields {
  readonly template: MapNode;
  readonly meta: ObjectMeta;
  readonly replicas: Node | undefined;
  readonly strategy: Node | undefined;
  readonly updateStrategy: Node | undefined;
  readonly parallelism: Node | undefined;
  readonly completions: Node | undefined;
  readonly concurrencyPolicy: Node | undefined;
  readonly suspend: Node | undefined;
  readonly hostNetwork: Node | undefined;
  readonly pinnedToOneNode: boolean;
}

const TEMPLATE_KEYS = ["metadata", "spec"];

/** The template's metadata, with the controller's labels in place of its own when they are the same, in the same order (most often). */

const ownMeta = (o: K8sObject): ObjectMeta => ({ annotations: o.annotations, annotationsNode: o.annotationsNode });

function podFields(o: K8sObject, w: WorkloadKind): PodFields | null {
  const fast = fastRecord(o.node);
  if (fast) return fastPodFields(fast.tree, fast.r, o, w);
  const isPod = w.template.length === 0;
  const template = isPod ? o.node : asMap(get(o.node, ...w.template));
  if (!template) return null;
  const [metaEntry, specEntry] = entriesOf(template, TEMPLATE_KEYS);
  const podSpec = specEntry?.value;
  const spec = get(o.node, "spec");
  const job = w.kind === "Job" || w.kind === "CronJob";
  const js = w.kind === "CronJob" ? get(spec, "jobTemplate", "spec") : spec;
  return {
    template,
    meta: isPod ? ownMeta(o) : metaIn(metaEntry?.value),
    replicas: w.scale === "replicas" ? get(spec, "replicas") : undefined,
    strategy: get(spec, "strategy"),
    updateStrategy: get(spec, "updateStrategy"),
    parallelism: job ? get(js, "parallelism") : undefined,
    completions: job ? get(js, "completions") : undefined,
    concurrencyPolicy: w.kind === "CronJob" ? get(spec, "concurrencyPolicy") : undefined,
    suspend: job ? get(spec, "suspend") : undefined,
    hostNetwork: get(podSpec, "hostNetwork"),
    pinnedToOneNode: pinnedToOneNode(get(podSpec, "nodeSelector"), get(podSpec, "affinity")),
  };
}

/** The fields of a kind's spec that its pods depend on, in the order `specPlan` lists them. */
const SPEC_FIELDS = ["replicas", "strategy", "updateStrategy", "parallelism", "completions", "concurrencyPolicy", "suspend", "template"] as const;
type SpecField = (typeof SPEC_FIELDS)[number];

/** Which spec fields a kind reads (a walk of its spec compares each key with these only). */
function specFieldsOf(w: WorkloadKind): SpecField[] {
  const job = w.kind === "Job" || w.kind === "CronJob";
  return SPEC_FIELDS.filter((f) => {
    if (f === "replicas") return w.scale === "replicas";
    if (f === "strategy") return w.kind === "Deployment" || w.kind === "Rollout";
    if (f === "updateStrategy") return w.kind === "DaemonSet";
    if (f === "parallelism" || f === "completions") return w.kind === "Job";
    if (f === "concurrencyPolicy") return w.kind === "CronJob";
    if (f === "suspend") return job;
    return w.template.length === 2 && w.template[0] === "spec" && w.template[1] === "template";
  });
}

/** Per kind: the keys to look for in its spec, and where each field's record lands (-1: not read). */
const specPlans = new Map<WorkloadKind, { readonly keys: readonly string[]; readonly at: Readonly<Record<SpecField, number>> }>();
function specPlan(w: WorkloadKind): { readonly keys: readonly string[]; readonly at: Readonly<Record<SpecField, number>> } {
  let plan = specPlans.get(w);
  if (!plan) {
    const keys = specFieldsOf(w);
    const at = Object.fromEntries(SPEC_FIELDS.map((f) => [f, keys.indexOf(f)])) as Record<SpecField, number>;
    plan = { keys, at };
    specPlans.set(w, plan);
  }
  return plan;
}

const POD_SPEC_KEYS = ["hostNetwork", "nodeSelector", "affinity"];
const specRecords = SPEC_FIELDS.map(() => -1);
const templateRecords = [-1, -1];
const podSpecRecords = [-1, -1, -1];

/**
 * `podFields` on a fast reader's object, from its records: one walk of the spec's keys for all the
 * fields read there, and views made only of what the model keeps (the template) or reads as nodes.
 */
function fastPodFields(tree: FastTree, root: number, o: K8sObject, w: WorkloadKind): PodFields | null {
  const isPod = w.template.length === 0;
  const specR = valueRecordAt(tree, root, "spec");
  const { keys, at } = specPlan(w);
  const spec = specRecords;
  if (isMapRecord(tree, specR)) valueRecordsAt(tree, specR, keys, spec);
  else spec.fill(-1);
  const field = (f: SpecField): number => (at[f] === -1 ? -1 : (spec[at[f]] as number));
  const specTemplateR = field("template");
  const templateR = isPod ? root : at.template !== -1 ? specTemplateR : recordAtPath(tree, root, w.template);
  if (!isMapRecord(tree, templateR)) return null;
  const template = isPod ? o.node : (nodeAt(tree, templateR) as MapNode);
  valueRecordsAt(tree, templateR, TEMPLATE_KEYS, templateRecords);
  const [metaR, podSpecR] = templateRecords as [number, number];
  const podSpec = podSpecRecords;
  if (isMapRecord(tree, podSpecR)) valueRecordsAt(tree, podSpecR, POD_SPEC_KEYS, podSpec);
  else podSpec.fill(-1);
  const [hostNetworkR, nodeSelectorR, affinityR] = podSpec as [number, number, number];
  const jobSpecR = w.kind === "CronJob" ? recordAtPath(tree, specR, JOB_TEMPLATE_SPEC) : -1;
  const jobField = (key: string): Node | undefined => (isMapRecord(tree, jobSpecR) ? nodeAt(tree, valueRecordAt(tree, jobSpecR, key)) : undefined);
  // The hostname selector read from the records (most pods have a nodeSelector, few a hostname in it).
  const hostname = isMapRecord(tree, nodeSelectorR) ? scalarAt(tree, valueRecordAt(tree, nodeSelectorR, HOSTNAME)) : undefined;
  return {
    template,
    meta: isPod ? ownMeta(o) : isMapRecord(tree, metaR) ? fastMeta(tree, metaR) : metaIn(undefined),
    replicas: nodeAt(tree, field("replicas")),
    strategy: nodeAt(tree, field("strategy")),
    updateStrategy: nodeAt(tree, field("updateStrategy")),
    // A Job's from the spec walked above, a CronJob's from its job template's spec.
    parallelism: w.kind === "Job" ? nodeAt(tree, field("parallelism")) : jobField("parallelism"),
    completions: w.kind === "Job" ? nodeAt(tree, field("completions")) : jobField("completions"),
    concurrencyPolicy: nodeAt(tree, field("concurrencyPolicy")),
    suspend: nodeAt(tree, field("suspend")),
    hostNetwork: nodeAt(tree, hostNetworkR),
    pinnedToOneNode: typeof hostname === "string" || (affinityR >= 0 && pinnedToOneNode(undefined, nodeAt(tree, affinityR))),
  };
}

const JOB_TEMPLATE_SPEC = ["jobTemplate", "spec"];
const HOSTNAME = "kubernetes.io/hostname";

/** The record at `path` below the mapping at `m` (-1 where a step is missing or not a mapping). */
function recordAtPath(tree: FastTree, m: number, path: readonly string[]): number {
  let r = m;
  for (const key of path) {
    if (!isMapRecord(tree, r)) return -1;
    r = valueRecordAt(tree, r, key);
  }
  return r;
}

/**
 * The pod sources of `earlier` that a model under `cni` would make alike, by their object: a pod
 * source depends on its object, the default namespace, the HPAs that scale it (here none) and
 * which annotations the CNI setup reads (`splitForCni`).
 */
function reusablePods(earlier: Model, cni: CniSetup | undefined): Map<K8sObject, PodSource> | null {
  if (cniReads(earlier.cni) !== cniReads(cni)) return null;
  const out = new Map<K8sObject, PodSource>();
  for (const p of earlier.podSources) if (p.hpas.length === 0) out.set(p.object, p);
  return out;
}

/** What `splitForCni` tells apart in a CNI setup. */
const cniReads = (cni: CniSetup | undefined): string => (calicoIpamRuns(cni) ? "calico-ipam" : `${cni?.plugin}\0${cni?.ipam}`);

/** The HPAs in view that scale the workload (NO_HPAS for none). */
function hpasOf(hpas: ReadonlyMap<string, readonly Hpa[]>, o: K8sObject, w: WorkloadKind, defaultNamespace: string): readonly Hpa[] {
  const name = o.ref.name;
  return name && hpas.size > 0 ? (hpas.get(hpaKey(w.kind, name, o.ref.namespace ?? defaultNamespace)) ?? NO_HPAS) : NO_HPAS;
}

function podSourceFrom(o: K8sObject, w: WorkloadKind, defaultNamespace: string, hpas: ReadonlyMap<string, readonly Hpa[]>, cni: CniSetup | undefined): PodSource | null {
  const f = podFields(o, w);
  if (!f) return null;
  const { template, meta } = f;
  const isPod = w.template.length === 0;
  const namespace = o.ref.namespace ?? defaultNamespace;
  let replicas: Located<number> | undefined;
  let parallelism: Located<number> | undefined;
  let scaleUnread: Span | undefined;
  let completions: Located<number> | undefined;
  if (w.scale === "replicas") {
    const n = f.replicas;
    replicas = loc(n, num(n));
    if (n && !replicas && (n.kind !== "scalar" || text(n) !== undefined)) scaleUnread = n.span;
  }
  if (w.kind === "Job" || w.kind === "CronJob") {
    const n = f.parallelism;
    parallelism = loc(n, num(n));
    if (n && !parallelism && text(n) !== undefined) scaleUnread = n.span;
    completions = loc(f.completions, num(f.completions));
  }
  const concurrencyPolicy = w.kind === "CronJob" ? writtenAs(f.concurrencyPolicy, str) : undefined;
  const strategyNode = w.kind === "Deployment" ? get(f.strategy, "type") : undefined;
  const strategyType = loc(strategyNode, str(strategyNode));
  const hn = f.hostNetwork;
  const hostNetwork = loc(hn, bool(hn));
  const update = updateStrategyOf(w, f.strategy, f.updateStrategy);
  const suspendNode = w.kind === "Job" || w.kind === "CronJob" ? f.suspend : undefined;
  const suspend = loc(suspendNode, bool(suspendNode));
  const myHpas = hpasOf(hpas, o, w, defaultNamespace);
  const controllerCalico = isPod ? undefined : decodeCalico(o.annotations);
  const split = splitForCni(decodeCalico(meta.annotations), cni, "pod");
  return new PodSourceOf(o, w, namespace, template, meta, split, controllerCalico && controllerCalico.all.length > 0 ? controllerCalico : undefined, f.pinnedToOneNode, myHpas, {
    replicas,
    parallelism,
    strategyType,
    hostNetwork,
    scaleUnread,
    completions,
    concurrencyPolicy,
    update,
    suspend,
  });
}

/** A workload's pods as the model keeps them, the template's span made when asked. */
class PodSourceOf implements PodSource {
  // Optional fields are declared for the types and defined in every instance, undefined when absent,
  // in one order: one hidden class for all pod sources. Defined only when set, they made a class per
  // combination, and the rules' loops over pod sources deoptimised and compiled again ("wrong map").
  declare readonly podAnnotations: readonly AnnotationEntry[];
  declare readonly podAnnotationsNode?: MapNode;
  declare readonly calico: CalicoAnnotations;
  declare readonly cniUnread?: CalicoAnnotations;
  declare readonly controllerCalico?: CalicoAnnotations;
  declare readonly replicas?: Located<number>;
  declare readonly parallelism?: Located<number>;
  declare readonly strategyType?: Located<string>;
  declare readonly hostNetwork?: Located<boolean>;
  declare readonly scaleUnread?: Span;
  declare readonly completions?: Located<number>;
  declare readonly concurrencyPolicy?: Written<string>;
  declare readonly update?: UpdateStrategy;
  declare readonly suspend?: Located<boolean>;
  /** `podLabels`, once asked (no rule asks). */
  private podLabelsRead: Readonly<Record<string, string>> | undefined;

  constructor(
    readonly object: K8sObject,
    readonly workload: WorkloadKind,
    readonly namespace: string,
    readonly template: MapNode,
    meta: ObjectMeta,
    split: { readonly kept: CalicoAnnotations; readonly unread?: CalicoAnnotations | undefined },
    controllerCalico: CalicoAnnotations | undefined,
    readonly pinnedToOneNode: boolean,
    readonly hpas: readonly Hpa[],
    fields: Partial<{ [K in keyof PodSource]: PodSource[K] | undefined }>,
  ) {
    const self = this as Constructing<PodSourceOf>;
    self.podAnnotations = meta.annotations;
    self.podAnnotationsNode = meta.annotationsNode || undefined;
    self.calico = split.kept;
    self.cniUnread = split.unread || undefined;
    self.controllerCalico = controllerCalico || undefined;
    self.replicas = fields.replicas || undefined;
    self.parallelism = fields.parallelism || undefined;
    self.strategyType = fields.strategyType || undefined;
    self.hostNetwork = fields.hostNetwork || undefined;
    self.scaleUnread = fields.scaleUnread || undefined;
    self.completions = fields.completions || undefined;
    self.concurrencyPolicy = fields.concurrencyPolicy || undefined;
    self.update = fields.update || undefined;
    self.suspend = fields.suspend || undefined;
    this.podLabelsRead = undefined;
  }

  get templateSpan(): Span {
    return this.template.span;
  }

  /** The template's labels (a bare Pod's own). */
  get podLabels(): Readonly<Record<string, string>> {
    return (this.podLabelsRead ??= labelsIn(get(this.template, "metadata", "labels")));
  }
}

function readUses(n: Node | undefined): readonly string[] {
  const s = asSeq(n);
  const list = s ? s.items.map((i) => text(i) ?? "") : [];
  return list.length > 0 ? list : DEFAULT_ALLOWED_USES;
}

/** The IPPool objects of one file read alone (a file as it was at `--changed-since REF`). */
export function ipPoolsIn(file: SourceFile): Pool[] {
  const out: Pool[] = [];
  for (const o of collectObjects([file])) {
    if (o.ref.kind !== "IPPool" || !CALICO_GROUPS.has(apiGroup(o.ref.apiVersion))) continue;
    const p = ipPoolFromObject(o);
    if (p) out.push(p);
  }
  return out;
}

function ipPoolFromObject(o: K8sObject): Pool | null {
  const spec = asMap(get(o.node, "spec"));
  const cidrNode = get(spec, "cidr");
  const cidrText = str(cidrNode);
  const cidr = cidrText !== undefined ? parseCIDR(cidrText) : null;
  const family = cidr?.family ?? null;
  const bs = num(get(spec, "blockSize"));
  const conditions = asSeq(get(o.node, "status", "conditions"));
  const allocatable = !(conditions?.items.some((c) => str(get(c, "type")) === "Allocatable" && text(get(c, "status")) === "False") ?? false);
  const ct = loc(cidrNode, cidrText);
  return {
    object: o,
    origin: "IPPool",
    ...(spec ? { spec } : {}),
    span: o.ref.span,
    fieldPath: "spec",
    written: poolFields(spec, get(o.node, "metadata", "name"), "IPPool"),
    name: o.ref.name ?? "",
    ...(ct ? { cidrText: ct } : {}),
    cidr,
    family,
    blockSize: effectiveBlockSize(bs, family),
    disabled: bool(get(spec, "disabled")) ?? false,
    ipipMode: str(get(spec, "ipipMode")) ?? DEFAULT_ENCAP_MODE,
    vxlanMode: str(get(spec, "vxlanMode")) ?? DEFAULT_ENCAP_MODE,
    allowedUses: readUses(get(spec, "allowedUses")),
    nodeSelector: str(get(spec, "nodeSelector")) || DEFAULT_NODE_SELECTOR,
    namespaceSelector: str(get(spec, "namespaceSelector")) ?? "",
    assignmentMode: str(get(spec, "assignmentMode")) ?? DEFAULT_ASSIGNMENT_MODE,
    allocatable,
    implicit: false,
  };
}

/**
 * The operator's name for a pool given only by CIDR (operator:pkg/controller/ippool/defaults.go
 * `cidrToName`): the network address (host bits masked), IPv6 written out in full (four hex digits
 * per group, no `::`) with `.` for `:`, then `-<prefix>`. 10.1.2.3/16 is `10.1.0.0-16`.
 */
export function cidrToName(cidr: CIDR): string {
  const addr =
    cidr.family === 4
      ? formatIP(4, cidr.network)
      : Array.from({ length: 8 }, (_, i) => ((cidr.network >> BigInt(16 * (7 - i))) & 0xffffn).toString(16).padStart(4, "0")).join(".");
  return `${addr}-${cidr.prefix}`;
}

function installationPools(o: K8sObject, podCidrs: readonly PodCidr[], ipPools: readonly Pool[]): Pool[] {
  const calicoNetwork = get(o.node, "spec", "calicoNetwork");
  const cni = installationCniType(o) ?? "Calico";
  // The operator's IPAM default per CNI (core_controller.go `fillDefaults`): only Calico's is Calico.
  const ipam = str(get(o.node, "spec", "cni", "ipam", "type")) ?? (cni === "Calico" ? "Calico" : "other");
  const poolsEntry = entry(calicoNetwork, "ipPools");
  const list = asSeq(poolsEntry?.value);
  const out: Pool[] = [];
  if (!poolsEntry && ipam === "Calico") {
    // No ipPools at all: the operator creates one from the platform's pod CIDR, else 192.168.0.0/16.
    const platform = podCidrs.filter((p) => p.cidr && (p.source === "ClusterConfiguration" || p.source === "kubeadm-config" || p.source === "Network"));
    // On EKS the default is 172.16.0.0/16 with VXLAN (operator:pkg/controller/ippool/defaults.go `fillDefaults`).
    const eks = str(get(o.node, "spec", "kubernetesProvider")) === "EKS";
    const cidrs = platform.length > 0 ? platform.map((p) => p.text) : [eks ? OPERATOR_EKS_DEFAULT_CIDR : OPERATOR_DEFAULT_CIDR];
    const span = calicoNetwork?.span ?? o.ref.span;
    for (const c of cidrs) {
      const cidr = parseCIDR(c);
      const family = cidr?.family ?? 4;
      const encap = platform.length === 0 && eks ? "VXLAN" : undefined;
      out.push(installationPool(o, undefined, "spec.calicoNetwork", span, OPERATOR_DEFAULT_POOL_NAME[family], c, cidr, undefined, cni, true, encap));
    }
    return out;
  }
  if (!list) return out;
  const parsed = list.items.map((item, index) => {
    const m = asMap(item);
    const ct = str(get(m, "cidr"));
    return { m, item, index, ct, cidr: ct !== undefined ? parseCIDR(ct) : null };
  });
  const v4 = parsed.filter((p) => p.cidr?.family === 4).length;
  const v6 = parsed.filter((p) => p.cidr?.family === 6).length;
  const defaultNames = parsed.length === 1 || (parsed.length === 2 && v4 === 1 && v6 === 1);
  for (const p of parsed) {
    if (!p.m) continue;
    const given = str(get(p.m, "name"));
    // fillDefaults names an unnamed pool after an existing pool of the same CIDR first (adopting
    // it rather than creating a second one), then default-ipvX-ippool, then cidrToName.
    const cidr = p.cidr;
    const adopted = cidr ? ipPools.find((q) => q.name !== "" && q.cidr !== null && sameCIDR(q.cidr, cidr))?.name : undefined;
    const name = given || adopted || (defaultNames ? OPERATOR_DEFAULT_POOL_NAME[cidr?.family === 6 ? 6 : 4] : cidr ? cidrToName(cidr) : (p.ct ?? ""));
    out.push(installationPool(o, p.m, `spec.calicoNetwork.ipPools[${p.index}]`, p.m.span, name, p.ct, p.cidr, get(p.m, "cidr"), cni, false));
  }
  return out;
}

function installationPool(
  o: K8sObject,
  m: MapNode | undefined,
  fieldPath: string,
  span: Span,
  name: string,
  cidrText: string | undefined,
  cidr: CIDR | null,
  cidrNode: Node | undefined,
  cni: string,
  implicit: boolean,
  defaultEncap?: string,
): Pool {
  const family = cidr?.family ?? null;
  // fillDefaults: IPIP for IPv4 under Calico's CNI, else None (an empty value is defaulted too).
  const encap = str(get(m, "encapsulation")) || defaultEncap || defaultInstallationEncapsulation(family, cni);
  const bs = num(get(m, "blockSize"));
  const ct = cidrNode ? loc(cidrNode, cidrText) : undefined;
  return {
    object: o,
    origin: "Installation",
    ...(m ? { spec: m } : {}),
    span,
    fieldPath,
    written: m ? poolFields(m, get(m, "name"), "Installation") : NO_FIELDS,
    name,
    ...(ct ? { cidrText: ct } : cidrText !== undefined ? { cidrText: { value: cidrText, span } } : {}),
    cidr,
    family,
    blockSize: effectiveBlockSize(bs, family),
    disabled: bool(get(m, "disableNewAllocations")) ?? false,
    ipipMode: encap === "IPIP" ? "Always" : encap === "IPIPCrossSubnet" ? "CrossSubnet" : DEFAULT_ENCAP_MODE,
    vxlanMode: encap === "VXLAN" ? "Always" : encap === "VXLANCrossSubnet" ? "CrossSubnet" : DEFAULT_ENCAP_MODE,
    allowedUses: readUses(get(m, "allowedUses")),
    nodeSelector: str(get(m, "nodeSelector")) ?? DEFAULT_NODE_SELECTOR,
    namespaceSelector: "",
    assignmentMode: str(get(m, "assignmentMode")) ?? DEFAULT_ASSIGNMENT_MODE,
    allocatable: true,
    implicit,
  };
}

/** calico-node's `CALICO_IPV*POOL_IPIP` / `_VXLAN` values (startup.go `createIPPool`, case-insensitive). */
const ENV_MODES: Readonly<Record<string, string>> = { "": "Never", off: "Never", never: "Never", crosssubnet: "CrossSubnet", "cross-subnet": "CrossSubnet", always: "Always" };

/**
 * The default pools a manifest install's calico-node creates at start-up when the cluster has no
 * pool of that family (calico:node/pkg/lifecycle/startup/startup.go `configureIPPools`,
 * `createIPPool`): `default-ipv4-ippool` from `CALICO_IPV4POOL_CIDR`, `default-ipv6-ippool` from
 * `CALICO_IPV6POOL_CIDR`, with `_BLOCK_SIZE`, `_IPIP` (IPv4), `_VXLAN` and `_NODE_SELECTOR`. Only a
 * CIDR written in the env list counts: without one calico-node takes kubeadm's podSubnet or picks
 * a range the host does not use (or, for IPv6, a random ULA prefix), which no file shows; `none`,
 * `NO_DEFAULT_POOLS=true`, a value from a reference and a mode calico-node refuses create nothing here.
 */
function calicoNodePools(o: K8sObject, w: WorkloadKind): Pool[] {
  const containers = asSeq(get(o.node, ...w.template, "spec", "containers"));
  const container = containers?.items.find((c) => str(get(c, "name")) === "calico-node");
  const envList = asSeq(get(container, "env"));
  if (!envList) return [];
  const env = new Map<string, Node>();
  for (const item of envList.items) {
    const name = str(get(item, "name"));
    const value = get(item, "value");
    if (name !== undefined && value !== undefined) env.set(name, value);
  }
  const envText = (k: string): string | undefined => {
    const n = env.get(k);
    return n ? (text(n) ?? undefined) : undefined;
  };
  if ((envText("NO_DEFAULT_POOLS") ?? "").toLowerCase() === "true") return [];
  const out: Pool[] = [];
  for (const family of [4, 6] as const) {
    const prefix = `CALICO_IPV${family}POOL_`;
    const cidrNode = env.get(`${prefix}CIDR`);
    const cidrText = envText(`${prefix}CIDR`);
    if (!cidrNode || !cidrText || cidrText === "none") continue;
    const cidr = parseCIDR(cidrText);
    if (!cidr || cidr.family !== family) continue; // calico-node terminates: "Invalid CIDR specified in CALICO_IPVxPOOL_CIDR"
    if (family === 6 && (envText("FELIX_IPV6SUPPORT") ?? "").toLowerCase() === "false") continue;
    const ipip = family === 4 ? ENV_MODES[(envText(`${prefix}IPIP`) ?? "").toLowerCase()] : "Never";
    const vxlan = ENV_MODES[(envText(`${prefix}VXLAN`) ?? "").toLowerCase()];
    if (ipip === undefined || vxlan === undefined) continue;
    const bsText = envText(`${prefix}BLOCK_SIZE`);
    const bs = bsText !== undefined && bsText !== "" ? Number(bsText) : family === 4 ? 26 : 122;
    if (!Number.isInteger(bs)) continue;
    out.push({
      object: o,
      origin: "calico-node",
      span: cidrNode.span,
      // Written in the env list, not in a pool spec: no pool fields to judge.
      fieldPath: `${w.template.join(".")}.spec.containers[calico-node].env.${prefix}CIDR`,
      written: NO_FIELDS,
      name: family === 4 ? "default-ipv4-ippool" : "default-ipv6-ippool",
      cidrText: { value: cidrText, span: cidrNode.span },
      cidr,
      family,
      blockSize: bs,
      disabled: false,
      ipipMode: ipip,
      vxlanMode: vxlan,
      allowedUses: DEFAULT_ALLOWED_USES,
      nodeSelector: envText(`${prefix}NODE_SELECTOR`) || DEFAULT_NODE_SELECTOR,
      namespaceSelector: "",
      assignmentMode: "Automatic",
      allocatable: true,
      implicit: true,
    });
  }
  return out;
}

/** An installer's default pool (installers.ts) as the model's Pool; null when its CIDR does not parse. */
function installerPool(p: InstallerPool): Pool | null {
  const cidr = parseCIDR(p.cidr);
  if (!cidr) return null;
  return {
    object: p.object,
    origin: p.origin,
    span: p.span,
    fieldPath: p.fieldPath,
    // Written in the installer's configuration, not in a pool spec: no pool fields to judge.
    written: NO_FIELDS,
    name: p.name,
    cidrText: { value: p.cidr, span: p.span },
    cidr,
    family: cidr.family,
    blockSize: p.blockSize,
    disabled: false,
    ipipMode: p.ipipMode,
    vxlanMode: p.vxlanMode,
    allowedUses: DEFAULT_ALLOWED_USES,
    nodeSelector: DEFAULT_NODE_SELECTOR,
    namespaceSelector: "",
    assignmentMode: DEFAULT_ASSIGNMENT_MODE,
    allocatable: true,
    implicit: p.implicit,
  };
}

function reservationFrom(o: K8sObject): Reservation {
  const list = asSeq(get(o.node, "spec", "reservedCIDRs"));
  const entries: ReservationEntry[] = (list?.items ?? []).map((n) => {
    const t = text(n) ?? "";
    return { text: t, span: n.span, cidr: parseCIDROrIP(t) };
  });
  const spec = asMap(get(o.node, "spec"));
  return { object: o, ...(spec ? { spec } : {}), entries };
}

function ipamConfigFrom(o: K8sObject): IpamConfig {
  const spec = get(o.node, "spec");
  const sa = get(spec, "strictAffinity");
  const mb = get(spec, "maxBlocksPerHost");
  const strictAffinity = loc(sa, bool(sa));
  const maxBlocksPerHost = loc(mb, num(mb));
  return { object: o, ...(strictAffinity ? { strictAffinity } : {}), ...(maxBlocksPerHost ? { maxBlocksPerHost } : {}) };
}

function splitCidrs(n: Node | undefined, source: string, o: K8sObject): PodCidr[] {
  const t = str(n);
  if (!n || t === undefined) return [];
  const out: PodCidr[] = [];
  for (const part of t.split(",")) {
    const trimmed = part.trim();
    if (trimmed) out.push({ text: trimmed, cidr: parseCIDR(trimmed), source, span: n.span, object: o });
  }
  return out;
}

/** Pod CIDR declarations: kubeadm, the kubeadm-config ConfigMap, kind, kube-proxy, Cluster API, OpenShift. */
function podCidrsFrom(o: K8sObject, group: string): PodCidr[] {
  const kind = o.ref.kind;
  if (kind === "ClusterConfiguration" && group === "kubeadm.k8s.io") {
    return splitCidrs(get(o.node, "networking", "podSubnet"), "ClusterConfiguration", o);
  }
  if (kind === "ConfigMap" && o.ref.name === "kubeadm-config") {
    const data = get(o.node, "data", "ClusterConfiguration");
    const t = str(data);
    // The operator reads this with a regular expression on `podSubnet: `; so do we.
    const m = t ? /podSubnet:\s*"?([^"\n]+)"?/.exec(t) : null;
    if (data && m?.[1]) {
      return m[1]
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => ({ text: s, cidr: parseCIDR(s), source: "kubeadm-config", span: data.span, object: o }));
    }
    return [];
  }
  if (kind === "Cluster" && group === "kind.x-k8s.io") {
    const networking = get(o.node, "networking");
    const sub = get(networking, "podSubnet");
    if (sub) return splitCidrs(sub, "kind Cluster", o);
    const fam = str(get(networking, "ipFamily")) ?? "ipv4";
    const defaults = kindDefaultPodSubnets(fam);
    return defaults.map((d) => ({ text: d, cidr: parseCIDR(d), source: "kind Cluster (default)", span: o.ref.span, object: o }));
  }
  if (kind === "KubeProxyConfiguration" && group === "kubeproxy.config.k8s.io") {
    return splitCidrs(get(o.node, "clusterCIDR"), "KubeProxyConfiguration", o);
  }
  if (kind === "Cluster" && group === "cluster.x-k8s.io") {
    const blocks = asSeq(get(o.node, "spec", "clusterNetwork", "pods", "cidrBlocks"));
    return (blocks?.items ?? []).flatMap((b) => splitCidrs(b, "Cluster API Cluster", o));
  }
  if (kind === "Network" && group === "config.openshift.io") {
    const nets = asSeq(get(o.node, "spec", "clusterNetwork"));
    return (nets?.items ?? []).flatMap((n) => splitCidrs(get(n, "cidr"), "Network", o));
  }
  return [];
}

export const familyBits = bitsOf;
export type { ObjectRef };
