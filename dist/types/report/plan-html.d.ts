import type { AddressMap } from "./address-map.js";
/**
 * `calico-ipam-lint plan --format html`: the dry run as one self-contained page: every pool's
 * address space, then every static address with its workload.
 */
export declare function renderPlanHtml(map: AddressMap): string;
