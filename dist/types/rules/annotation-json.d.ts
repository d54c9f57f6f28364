import { type ListKey, type Node } from "../model/index.js";
/** What Calico says when it cannot decode the value (§1.15: C5, C11, C15, C17). */
export declare function calicoJsonError(key: ListKey, raw: string, goError: string): string;
/**
 * The JSON array the author most likely meant, or null when no repair is sensible: single quotes
 * become double quotes, missing brackets are added, trailing commas dropped, a bare value or a JSON
 * string is wrapped into an array, comma- or space-separated values are split, and a double-encoded
 * array is unwrapped. Entries must look like what the key takes (addresses, pool names or CIDRs,
 * IP families), so nothing is invented.
 */
export declare function repairList(key: ListKey, raw: string): string | null;
/** The JSON array for a YAML list of scalars, or null. */
export declare function repairNode(key: ListKey, node: Node): string | null;
declare const _default: import("./define-rule.js").Rule<"badJson" | "badJsonNoFix" | "notString" | "notStringNoFix">;
export default _default;
