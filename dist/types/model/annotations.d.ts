import { type Node, type Span } from "../load/index.js";
import { type CIDR, type IP } from "./ip.js";
import type { AnnotationEntry } from "./objects.js";
export declare const CALICO_PREFIX = "cni.projectcalico.org/";
/** Keys Calico reads as a JSON array of strings. */
export declare const LIST_KEYS: readonly ["ipAddrs", "ipAddrsNoIpam", "ipv4pools", "ipv6pools", "ipFamilies", "floatingIPs", "allowedSourcePrefixes"];
export type ListKey = (typeof LIST_KEYS)[number];
/** Keys Calico reads on a pod (and, for the first three, on its namespace). */
export declare const NAMESPACE_KEYS: readonly ["ipv4pools", "ipv6pools", "ipFamilies"];
export declare const OUTPUT_KEYS: readonly ["podIP", "podIPs", "containerID"];
export declare const KNOWN_KEYS: readonly string[];
export interface ListItem {
    readonly value: string;
    readonly span: Span;
}
export interface DecodedList {
    readonly key: ListKey;
    readonly entry: AnnotationEntry;
    /** The annotation's text, or null when YAML gave it another type (a list, a number, …). */
    readonly raw: string | null;
    /** The string items when the value decodes as Go decodes it; null for `null`. */
    readonly items: readonly ListItem[] | null;
    /** Go's decode error, located at the offending character where the source allows it. */
    readonly error?: {
        readonly message: string;
        readonly span: Span;
        readonly kind: "syntax" | "type";
    };
}
export interface CalicoAnnotations {
    readonly lists: Partial<Record<ListKey, DecodedList>>;
    readonly hwAddr?: AnnotationEntry;
    readonly outputs: readonly AnnotationEntry[];
    /** `cni.projectcalico.org/*` keys Calico does not read. */
    readonly unknown: readonly AnnotationEntry[];
    /** Every `cni.projectcalico.org/*` entry, in source order. */
    readonly all: readonly AnnotationEntry[];
}
export declare const shortKey: (key: string) => string;
/** Decode one list annotation exactly as Calico's `json.Unmarshal` into `[]string` would. */
export declare function decodeList(key: ListKey, e: AnnotationEntry): DecodedList;
export declare function decodeCalico(entries: readonly AnnotationEntry[]): CalicoAnnotations;
/** The annotation's value is a string that Calico treats as set (empty means absent). */
export declare function isSet(d: DecodedList | undefined): d is DecodedList;
export interface StaticIP {
    readonly key: "ipAddrs" | "ipAddrsNoIpam";
    readonly text: string;
    readonly ip: IP;
    readonly span: Span;
}
/** The parseable addresses of `ipAddrs` / `ipAddrsNoIpam` (one list per annotation, shared by the callers). */
export declare function staticIPs(c: CalicoAnnotations, key: "ipAddrs" | "ipAddrsNoIpam"): readonly StaticIP[];
export interface PoolRequest {
    readonly text: string;
    readonly span: Span;
    /** Set when the entry parses as a CIDR (Calico then masks it and skips the name lookup). */
    readonly cidr: CIDR | null;
}
export declare function poolRequests(d: DecodedList | undefined): PoolRequest[] | null;
/** Where a non-string annotation value begins, for messages that quote it. */
export declare function nodeText(n: Node, source: string): string;
