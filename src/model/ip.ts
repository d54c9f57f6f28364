import ipaddr from "ipaddr.js";

/**
 * IP and CIDR parsing with Go's rules (`net.ParseIP`, `net.ParseCIDR`), which is what Calico runs,
 * and bigint arithmetic over both families so that no address range is ever enumerated.
 * Parsing is written here on purpose: ipaddr.js (used below only to print) reads `10.1`, `012.0.0.1`
 * and `0xa.0.0.1` as 10.0.0.1, which Go refuses, and Calico decides with Go's rules.
 */

export type Family = 4 | 6;

export interface IP {
  readonly family: Family;
  /** The address as an unsigned integer of 32 or 128 bits. IPv4-mapped IPv6 is stored as IPv4. */
  readonly value: bigint;
}

export interface CIDR {
  readonly family: Family;
  /** The network address (host bits cleared). */
  readonly network: bigint;
  readonly prefix: number;
  /** True when the written address had host bits set (Calico masks, the validator rejects). */
  readonly hadHostBits: boolean;
}

export const bitsOf = (f: Family): number => (f === 4 ? 32 : 128);

function parseIPv4Fields(s: string): bigint | null {
  const parts = s.split(".");
  if (parts.length !== 4) return null;
  let v = 0n;
  for (const p of parts) {
    // Go rejects empty fields, non-digits, leading zeros and values over 255.
    if (!/^[0-9]{1,3}$/.test(p)) return null;
    if (p.length > 1 && p.startsWith("0")) return null;
    const n = Number(p);
    if (n > 255) return null;
    v = (v << 8n) | BigInt(n);
  }
  return v;
}

function parseIPv6(s: string): bigint | null {
  if (s.length === 0 || s.includes("%")) return null;
  let head = s;
  let v4tail: bigint | null = null;
  const lastColon = s.lastIndexOf(":");
  if (s.includes(".")) {
    v4tail = parseIPv4Fields(s.slice(lastColon + 1));
    if (v4tail === null) return null;
    head = s.slice(0, lastColon + 1);
    // "::1.2.3.4" keeps "::"; "a:b::1.2.3.4" keeps "a:b::"; "a:...:f:1.2.3.4" leaves a trailing ':'.
    if (head.endsWith(":") && !head.endsWith("::")) head = head.slice(0, -1);
  }
  const groupsNeeded = v4tail === null ? 8 : 6;
  const dbl = head.indexOf("::");
  if (dbl !== -1 && head.indexOf("::", dbl + 1) !== -1) return null;
  const parseGroups = (part: string): number[] | null => {
    if (part === "") return [];
    const gs = part.split(":");
    const out: number[] = [];
    for (const g of gs) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  let groups: number[];
  if (dbl === -1) {
    const g = parseGroups(head);
    if (!g || g.length !== groupsNeeded) return null;
    groups = g;
  } else {
    const left = parseGroups(head.slice(0, dbl));
    const right = parseGroups(head.slice(dbl + 2));
    if (!left || !right) return null;
    const fill = groupsNeeded - left.length - right.length;
    // Go accepts "::" standing for a single zero group.
    if (fill < 1) return null;
    groups = [...left, ...new Array<number>(fill).fill(0), ...right];
  }
  let v = 0n;
  for (const g of groups) v = (v << 16n) | BigInt(g);
  if (v4tail !== null) v = (v << 32n) | v4tail;
  return v;
}

const MAPPED_PREFIX = 0xffffn << 32n;

/** Go's `net.ParseIP`: null where Go returns nil. IPv4-mapped IPv6 becomes IPv4, as `To4()` does. */
export function parseIP(s: string): IP | null {
  if (s.includes(":")) {
    const v = parseIPv6(s);
    if (v === null) return null;
    if (v >> 32n === 0xffffn) return { family: 4, value: v & 0xffffffffn };
    return { family: 6, value: v };
  }
  const v = parseIPv4Fields(s);
  return v === null ? null : { family: 4, value: v };
}

/** Go's `net.ParseCIDR`. The family is that of the written address. */
export function parseCIDR(s: string): CIDR | null {
  const slash = s.indexOf("/");
  if (slash === -1) return null;
  const addr = s.slice(0, slash);
  const mask = s.slice(slash + 1);
  if (!/^[0-9]+$/.test(mask) || mask.length > 3) return null;
  const prefix = Number(mask);
  let family: Family;
  let value: bigint | null;
  if (addr.includes(":")) {
    family = 6;
    value = parseIPv6(addr);
  } else {
    family = 4;
    value = parseIPv4Fields(addr);
  }
  if (value === null || prefix > bitsOf(family)) return null;
  if (family === 6 && value >> 32n === 0xffffn && prefix >= 96) {
    // Go treats a mapped address with a long prefix as IPv4 with prefix-96.
    family = 4;
    value = value & 0xffffffffn;
    return mk(4, value, prefix - 96);
  }
  return mk(family, value, prefix);
}

function mk(family: Family, value: bigint, prefix: number): CIDR {
  const network = value & maskOf(family, prefix);
  return { family, network, prefix, hadHostBits: network !== value };
}

/** Calico's "CIDR or IP" parsing (IPReservation entries): a bare IP is a /32 or /128. */
export function parseCIDROrIP(s: string): CIDR | null {
  if (s.includes("/")) return parseCIDR(s);
  const ip = parseIP(s);
  return ip ? { family: ip.family, network: ip.value, prefix: bitsOf(ip.family), hadHostBits: false } : null;
}

export function maskOf(family: Family, prefix: number): bigint {
  const bits = BigInt(bitsOf(family));
  const all = (1n << bits) - 1n;
  return prefix === 0 ? 0n : (all >> (bits - BigInt(prefix))) << (bits - BigInt(prefix));
}

/** Number of addresses in a CIDR. */
export const sizeOf = (c: CIDR): bigint => 1n << BigInt(bitsOf(c.family) - c.prefix);
export const lastOf = (c: CIDR): bigint => c.network + sizeOf(c) - 1n;

export function contains(c: CIDR, ip: IP): boolean {
  return c.family === ip.family && ip.value >= c.network && ip.value <= lastOf(c);
}

export function overlaps(a: CIDR, b: CIDR): boolean {
  return a.family === b.family && a.network <= lastOf(b) && b.network <= lastOf(a);
}

/** `a` lies entirely inside `b`. */
export function within(a: CIDR, b: CIDR): boolean {
  return a.family === b.family && a.prefix >= b.prefix && (a.network & maskOf(b.family, b.prefix)) === b.network;
}

export const sameCIDR = (a: CIDR, b: CIDR): boolean => a.family === b.family && a.prefix === b.prefix && a.network === b.network;

function toBytes(family: Family, v: bigint): number[] {
  const n = family === 4 ? 4 : 16;
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/** Canonical text (RFC 5952 for IPv6), so that equal addresses compare equal as strings. */
export function formatIP(family: Family, value: bigint): string {
  const addr = ipaddr.fromByteArray(toBytes(family, value));
  return addr instanceof ipaddr.IPv6 ? addr.toRFC5952String() : addr.toString();
}

export const ipString = (ip: IP): string => formatIP(ip.family, ip.value);
export const cidrString = (c: CIDR): string => `${formatIP(c.family, c.network)}/${c.prefix}`;

/** IPv4-mapped form of the value, for callers that need it. */
export const mappedValue = (ip: IP): bigint => (ip.family === 4 ? MAPPED_PREFIX | ip.value : ip.value);

