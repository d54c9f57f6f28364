import { type K8sObject, type PodSource, type Pool, type Span } from "../../model/index.js";
/** Helpers shared by the pool and allocation rules. */
/** `Deployment default/foo`, `IPPool bar`. */
export declare function who(o: K8sObject, namespace?: string): string;
export declare const podWho: (pod: PodSource) => string;
/** The object's `metadata.name` value, else the whole object. */
export declare function nameSpan(o: K8sObject): Span;
/** Where to point for a pool: its `cidr` value, else the pool as a whole. */
export declare const poolSpan: (p: Pool) => Span;
/** `default-ipv4-ippool (10.0.0.0/24)`. */
export declare function poolLabel(p: Pool): string;
export declare function plural(n: bigint | number, one: string, many?: string): string;
/** Join with commas and a final "and". */
export declare function listText(items: readonly string[]): string;
