import { get, type K8sObject, type PodSource, type Pool, type Span } from "../../model/index.js";

/** Helpers shared by the pool and allocation rules. */

/** `Deployment default/foo`, `IPPool bar`. */
export function who(o: K8sObject, namespace?: string): string {
  const name = o.ref.name ?? "(unnamed)";
  return namespace !== undefined ? `${o.ref.kind} ${namespace}/${name}` : `${o.ref.kind} ${name}`;
}

export const podWho = (pod: PodSource): string => who(pod.object, pod.namespace);

/** The object's `metadata.name` value, else the whole object. */
export function nameSpan(o: K8sObject): Span {
  return get(o.node, "metadata", "name")?.span ?? o.ref.span;
}

/** Where to point for a pool: its `cidr` value, else the pool as a whole. */
export const poolSpan = (p: Pool): Span => p.cidrText?.span ?? p.span;

/** `default-ipv4-ippool (10.0.0.0/24)`. */
export function poolLabel(p: Pool): string {
  const cidr = p.cidrText?.value ?? "";
  return p.name ? `${p.name} (${cidr})` : cidr;
}

export function plural(n: bigint | number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 || n === 1n ? one : many}`;
}

/** Join with commas and a final "and". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
