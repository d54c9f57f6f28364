import { innerSpan, type Node, type ScalarNode, type Span } from "../load/index.js";
import { goUnmarshalStringList, type GoJsonResult } from "./gojson.js";
import { parseCIDR, parseIP, type CIDR, type IP } from "./ip.js";
import type { AnnotationEntry } from "./objects.js";

export const CALICO_PREFIX = "cni.projectcalico.org/";

/** Keys Calico reads as a JSON array of strings. */
export const LIST_KEYS = ["ipAddrs", "ipAddrsNoIpam", "ipv4pools", "ipv6pools", "ipFamilies", "floatingIPs", "allowedSourcePrefixes"] as const;
export type ListKey = (typeof LIST_KEYS)[number];

/** Keys Calico reads on a pod (and, for the first three, on its namespace). */
export const NAMESPACE_KEYS = ["ipv4pools", "ipv6pools", "ipFamilies"] as const;
export const OUTPUT_KEYS = ["podIP", "podIPs", "containerID"] as const;
export const KNOWN_KEYS: readonly string[] = [...LIST_KEYS, "hwAddr", ...OUTPUT_KEYS];

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
  readonly error?: { readonly message: string; readonly span: Span; readonly kind: "syntax" | "type" };
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

export const shortKey = (key: string): string => key.slice(CALICO_PREFIX.length);

/**
 * An item of a decoded list. Where it sits in the source is worked out when asked (for a finding):
 * the map of the value's characters to source offsets costs more than the decoding.
 */
class Item implements ListItem {
  constructor(
    readonly value: string,
    private readonly node: ScalarNode,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get span(): Span {
    return innerSpan(this.node, this.start, this.end);
  }
}

/** Decode one list annotation exactly as Calico's `json.Unmarshal` into `[]string` would. */
export function decodeList(key: ListKey, e: AnnotationEntry): DecodedList {
  const node = e.node;
  if (node.kind !== "scalar" || typeof node.value !== "string") {
    return { key, entry: e, raw: null, items: null };
  }
  const raw = node.value;
  const r: GoJsonResult = goUnmarshalStringList(raw);
  if (!r.ok) {
    // The offending character, whole: an emoji is two UTF-16 units, and half of one is no position.
    const width = (raw.codePointAt(r.offset) ?? 0) > 0xffff ? 2 : 1;
    const span = r.offset < raw.length ? innerSpan(node, r.offset, r.offset + width) : node.span;
    return { key, entry: e, raw, items: null, error: { message: r.error, span, kind: r.kind } };
  }
  const items = r.items ? r.items.map((it) => new Item(it.value, node as ScalarNode, it.start, it.end)) : null;
  return { key, entry: e, raw, items };
}

/** What most objects carry: no `cni.projectcalico.org/*` annotation (one shared value). */
const NO_CALICO: CalicoAnnotations = Object.freeze({ lists: Object.freeze({}), outputs: Object.freeze([]), unknown: Object.freeze([]), all: Object.freeze([]) });

export function decodeCalico(entries: readonly AnnotationEntry[]): CalicoAnnotations {
  if (!entries.some((e) => e.key.startsWith(CALICO_PREFIX))) return NO_CALICO;
  const lists: Partial<Record<ListKey, DecodedList>> = {};
  const outputs: AnnotationEntry[] = [];
  const unknown: AnnotationEntry[] = [];
  const all: AnnotationEntry[] = [];
  let hwAddr: AnnotationEntry | undefined;
  for (const e of entries) {
    if (!e.key.startsWith(CALICO_PREFIX)) continue;
    all.push(e);
    const k = shortKey(e.key);
    if ((LIST_KEYS as readonly string[]).includes(k)) lists[k as ListKey] = decodeList(k as ListKey, e);
    else if (k === "hwAddr") hwAddr = e;
    else if ((OUTPUT_KEYS as readonly string[]).includes(k)) outputs.push(e);
    else unknown.push(e);
  }
  const none = NO_CALICO.outputs;
  return { lists, outputs: outputs.length > 0 ? outputs : none, unknown: unknown.length > 0 ? unknown : none, all, ...(hwAddr ? { hwAddr } : {}) };
}

/** The annotation's value is a string that Calico treats as set (empty means absent). */
export function isSet(d: DecodedList | undefined): d is DecodedList {
  return d !== undefined && d.raw !== "";
}

export interface StaticIP {
  readonly key: "ipAddrs" | "ipAddrsNoIpam";
  readonly text: string;
  readonly ip: IP;
  readonly span: Span;
}

class Static implements StaticIP {
  constructor(
    readonly key: "ipAddrs" | "ipAddrsNoIpam",
    readonly ip: IP,
    private readonly item: ListItem,
  ) {}

  get text(): string {
    return this.item.value;
  }

  get span(): Span {
    return this.item.span;
  }
}

/** Each decoded list's addresses, parsed once: the allocator and several rules ask for them per pod. */
const parsedStatics = new WeakMap<DecodedList, readonly StaticIP[]>();
const NO_STATICS: readonly StaticIP[] = Object.freeze([]);

/** The parseable addresses of `ipAddrs` / `ipAddrsNoIpam` (one list per annotation, shared by the callers). */
export function staticIPs(c: CalicoAnnotations, key: "ipAddrs" | "ipAddrsNoIpam"): readonly StaticIP[] {
  const d = c.lists[key];
  if (!isSet(d) || !d.items || d.error) return NO_STATICS;
  let out = d.key === key ? parsedStatics.get(d) : undefined;
  if (!out) {
    const ips: StaticIP[] = [];
    for (const it of d.items) {
      const ip = parseIP(it.value);
      if (ip) ips.push(new Static(key, ip, it));
    }
    out = ips;
    if (d.key === key) parsedStatics.set(d, out);
  }
  return out;
}

export interface PoolRequest {
  readonly text: string;
  readonly span: Span;
  /** Set when the entry parses as a CIDR (Calico then masks it and skips the name lookup). */
  readonly cidr: CIDR | null;
}

class RequestedPool implements PoolRequest {
  constructor(
    private readonly item: ListItem,
    readonly cidr: CIDR | null,
  ) {}

  get text(): string {
    return this.item.value;
  }

  get span(): Span {
    return this.item.span;
  }
}

export function poolRequests(d: DecodedList | undefined): PoolRequest[] | null {
  if (!d || d.error || d.raw === null) return null;
  return (d.items ?? []).map((it) => new RequestedPool(it, parseCIDR(it.value)));
}

/** Where a non-string annotation value begins, for messages that quote it. */
export function nodeText(n: Node, source: string): string {
  return source.slice(n.span.start, n.span.end);
}
