import { type CalicoAnnotations, type K8sObject, type ListKey, type Model, type Namespace, type PodSource } from "../../model/index.js";
/** Helpers shared by the rules that judge Calico annotations one object at a time. */
/** A place where Calico reads its annotations: a pod (or pod template), or a Namespace. */
export interface CalicoSite {
    readonly kind: "pod" | "namespace";
    readonly object: K8sObject;
    readonly calico: CalicoAnnotations;
    readonly pod?: PodSource;
    readonly namespace?: Namespace;
}
export declare const isHostNetwork: (p: PodSource) => boolean;
/** Calico reads this key at this site (Namespaces: only the pool and family keys). */
export declare function readsKey(site: CalicoSite, key: string): boolean;
/**
 * The sites whose `cni.projectcalico.org/*` annotations Calico's CNI plugin reads (or the CNI setup
 * sets aside), pods then Namespaces: sites without any are left out, as the rules that judge the
 * annotations have nothing to say about them (most pods of a repository), and so are pods with
 * `hostNetwork: true` (the CNI plugin never runs for them). Built once per model.
 */
export declare const annotatedSites: (key: Model) => readonly CalicoSite[];
/** Who a bad value fails: the pod, or the namespace's pods that do not set the key themselves. */
export declare function victims(site: CalicoSite, key: string): string;
export declare const fullKey: (key: string) => string;
/** The file is a JSON manifest (so a line to paste should be JSON too). */
export declare function isJsonSource(file: string, text: string): boolean;
/**
 * An annotation line ready to paste, for the file's syntax: `key: '<json>'` in YAML (single quotes,
 * so the JSON needs no escaping), `"key": "<escaped json>"` in a JSON manifest.
 */
export declare function pasteLine(json: boolean, key: string, value: string): string;
/** JSON array text the way Calico's docs write it: `["a", "b"]`. */
export declare const jsonList: (items: readonly string[]) => string;
/** A value quoted inside a message: control characters escaped so the message stays on one line. */
export declare function shown(s: string): string;
/** An example value per list key, for messages that say what form is expected. */
export declare const EXAMPLE_VALUES: Record<ListKey, string>;
/** Where a workload keeps its pod annotations, as a path for messages. */
export declare function templateAnnotationsPath(pod: PodSource): string;
