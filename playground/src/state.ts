/**
 * The playground's whole state, as the URL carries it: JSON, deflated (raw DEFLATE, what the
 * browser's CompressionStream("deflate-raw") and node's zlib.deflateRawSync both write), in base64url
 * after `#s=`. The fragment never reaches a server, so a shared link sends no manifest anywhere.
 */

export type RuleLevel = "off" | "error" | "warn";

export interface PlaygroundFile {
  readonly name: string;
  readonly text: string;
}

export interface PlaygroundState {
  readonly files: readonly PlaygroundFile[];
  /** The tab shown. */
  readonly active?: number;
  readonly calicoVersion?: "v3.32" | "head";
  /** The configuration's `cni`: the CNI plugin and its IPAM type. */
  readonly cni?: { readonly type?: string; readonly ipam?: string };
  readonly podCidrs?: readonly string[];
  readonly nodes?: number;
  readonly poolsComplete?: boolean;
  readonly featureFlags?: { readonly ipAddrsNoIpam?: boolean; readonly floatingIPs?: boolean };
  readonly rules?: Readonly<Record<string, RuleLevel>>;
}

export const HASH_KEY = "s";
/**
 * The same JSON without compression, for links written by the docs generator: its bytes must not
 * depend on the zlib of the machine that ran `npm run docs`.
 */
export const PLAIN_KEY = "j";

export function toBase64Url(bytes: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function fromBase64Url(s: string): Uint8Array {
  const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/"));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The fragment for a state, given a raw-DEFLATE compressor (the browser's or node's). */
export async function encodeState(state: PlaygroundState, deflateRaw: (b: Uint8Array) => Uint8Array | Promise<Uint8Array>): Promise<string> {
  return `${HASH_KEY}=${toBase64Url(await deflateRaw(new TextEncoder().encode(JSON.stringify(state))))}`;
}

const str = (v: unknown): v is string => typeof v === "string";

/** The uncompressed fragment for a state (`j=`): longer, but the same bytes everywhere. */
export const encodePlainState = (state: PlaygroundState): string => `${PLAIN_KEY}=${toBase64Url(new TextEncoder().encode(JSON.stringify(state)))}`;

/** The state a fragment holds, or null when it holds none or is not one this page wrote (checked field by field). */
export async function decodeState(hash: string, inflateRaw: (b: Uint8Array) => Promise<Uint8Array>): Promise<PlaygroundState | null> {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const packed = params.get(HASH_KEY);
  const plain = params.get(PLAIN_KEY);
  if (!packed && !plain) return null;
  let raw: unknown;
  try {
    const bytes = packed ? await inflateRaw(fromBase64Url(packed)) : fromBase64Url(plain ?? "");
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
  if (typeof raw !== "object" || raw === null) return null;
  const o = raw as Record<string, unknown>;
  if (!Array.isArray(o["files"])) return null;
  const files = (o["files"] as unknown[]).filter((f): f is PlaygroundFile => typeof f === "object" && f !== null && str((f as PlaygroundFile).name) && str((f as PlaygroundFile).text));
  const rules: Record<string, RuleLevel> = {};
  if (typeof o["rules"] === "object" && o["rules"] !== null)
    for (const [k, v] of Object.entries(o["rules"] as Record<string, unknown>)) if (v === "off" || v === "error" || v === "warn") rules[k] = v;
  const cni = typeof o["cni"] === "object" && o["cni"] !== null ? (o["cni"] as Record<string, unknown>) : {};
  const flags = typeof o["featureFlags"] === "object" && o["featureFlags"] !== null ? (o["featureFlags"] as Record<string, unknown>) : {};
  return {
    files: files.map((f) => ({ name: f.name, text: f.text })),
    ...(typeof o["active"] === "number" ? { active: o["active"] } : {}),
    ...(o["calicoVersion"] === "head" || o["calicoVersion"] === "v3.32" ? { calicoVersion: o["calicoVersion"] } : {}),
    ...(str(cni["type"]) || str(cni["ipam"]) ? { cni: { ...(str(cni["type"]) ? { type: cni["type"] } : {}), ...(str(cni["ipam"]) ? { ipam: cni["ipam"] } : {}) } } : {}),
    ...(Array.isArray(o["podCidrs"]) ? { podCidrs: (o["podCidrs"] as unknown[]).filter(str) } : {}),
    ...(typeof o["nodes"] === "number" && Number.isInteger(o["nodes"]) && o["nodes"] >= 0 ? { nodes: o["nodes"] } : {}),
    ...(typeof o["poolsComplete"] === "boolean" ? { poolsComplete: o["poolsComplete"] } : {}),
    ...(typeof flags["ipAddrsNoIpam"] === "boolean" || typeof flags["floatingIPs"] === "boolean"
      ? { featureFlags: { ...(typeof flags["ipAddrsNoIpam"] === "boolean" ? { ipAddrsNoIpam: flags["ipAddrsNoIpam"] } : {}), ...(typeof flags["floatingIPs"] === "boolean" ? { floatingIPs: flags["floatingIPs"] } : {}) } }
      : {}),
    ...(Object.keys(rules).length > 0 ? { rules } : {}),
  };
}
