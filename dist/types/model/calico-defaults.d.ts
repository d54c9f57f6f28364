import { type CIDR, type Family } from "./ip.js";
/**
 * What Calico and its operator assume where a manifest says nothing. Every layer reads these from
 * here, so that a default changes in one place (docs/calico-reference.md §2.2, §2.10, §2.11 cite the sources).
 */
/** An IPPool's block size when `blockSize` is absent or 0 (libcalico-go `ippool.go`, the CRD's default). */
export declare const DEFAULT_BLOCK_SIZE: Readonly<Record<Family, number>>;
/** The block sizes Calico accepts per family (the validator, and the operator's `ValidatePools`). */
export declare const BLOCK_SIZE_RANGE: Readonly<Record<Family, readonly [number, number]>>;
/** The block size in force: the written one, unless absent or 0. */
export declare const effectiveBlockSize: (written: number | undefined, family: Family | null) => number;
/** `allowedUses` when the list is absent or empty. */
export declare const DEFAULT_ALLOWED_USES: readonly string[];
/** A pool's `nodeSelector` when absent (every node). */
export declare const DEFAULT_NODE_SELECTOR = "all()";
/** `ipipMode` / `vxlanMode` of an IPPool that does not set them. */
export declare const DEFAULT_ENCAP_MODE = "Never";
/** `assignmentMode` of a pool that does not set it. */
export declare const DEFAULT_ASSIGNMENT_MODE = "Automatic";
/**
 * The operator's `encapsulation` for an Installation pool that does not set one: IPIP for IPv4
 * under Calico's own CNI, None for IPv6 or another CNI plugin.
 */
export declare const defaultInstallationEncapsulation: (family: Family | null, cniType: string) => string;
/** The CIDR of the pool the operator creates when the Installation names none and no platform pod CIDR is known. */
export declare const OPERATOR_DEFAULT_CIDR = "192.168.0.0/16";
/** The same on EKS, with VXLAN (operator:pkg/controller/ippool/defaults.go `fillDefaults`). */
export declare const OPERATOR_EKS_DEFAULT_CIDR = "172.16.0.0/16";
/** Names the operator gives the pools it creates (and the only pool or one per family it is given). */
export declare const OPERATOR_DEFAULT_POOL_NAME: Readonly<Record<Family, string>>;
/** kind's pod subnets when `networking.podSubnet` is absent, by `ipFamily` (default ipv4). */
export declare const kindDefaultPodSubnets: (ipFamily: string) => string[];
/** Link-local ranges no pool may overlap. */
export declare const LINK_LOCAL: Readonly<Record<Family, CIDR>>;
