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
export declare const bitsOf: (f: Family) => number;
/** Go's `net.ParseIP`: null where Go returns nil. IPv4-mapped IPv6 becomes IPv4, as `To4()` does. */
export declare function parseIP(s: string): IP | null;
/** Go's `net.ParseCIDR`. The family is that of the written address. */
export declare function parseCIDR(s: string): CIDR | null;
/** Calico's "CIDR or IP" parsing (IPReservation entries): a bare IP is a /32 or /128. */
export declare function parseCIDROrIP(s: string): CIDR | null;
export declare function maskOf(family: Family, prefix: number): bigint;
/** Number of addresses in a CIDR. */
export declare const sizeOf: (c: CIDR) => bigint;
export declare const lastOf: (c: CIDR) => bigint;
export declare function contains(c: CIDR, ip: IP): boolean;
export declare function overlaps(a: CIDR, b: CIDR): boolean;
/** `a` lies entirely inside `b`. */
export declare function within(a: CIDR, b: CIDR): boolean;
export declare const sameCIDR: (a: CIDR, b: CIDR) => boolean;
/** Canonical text (RFC 5952 for IPv6), so that equal addresses compare equal as strings. */
export declare function formatIP(family: Family, value: bigint): string;
export declare const ipString: (ip: IP) => string;
export declare const cidrString: (c: CIDR) => string;
/** IPv4-mapped form of the value, for callers that need it. */
export declare const mappedValue: (ip: IP) => bigint;
