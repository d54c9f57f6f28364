import { type Pool } from "../../model/index.js";
import { type Ctx } from "./problems.js";
/** clientv3 (v3.32) and CEL (HEAD) texts for the IPPool checks whose text differs by version (the others are in ./messages.ts). */
export declare const TEXT: {
    readonly unmasked: {
        readonly v332: "IPPool CIDR is not strictly masked";
        readonly head: "IPPool CIDR must be strictly masked";
    };
    readonly linkLocal4: {
        readonly v332: "IPPool CIDR overlaps with IPv4 Link Local range 169.254.0.0/16";
        readonly head: "IPPool CIDR overlaps with IPv4 link local range 169.254.0.0/16";
    };
    readonly linkLocal6: {
        readonly v332: "IPPool CIDR overlaps with IPv6 Link Local range fe80::/10";
        readonly head: "IPPool CIDR overlaps with IPv6 link local range fe80::/10";
    };
    readonly block4: {
        readonly v332: "IPv4 block size must be between 20 and 32";
        readonly head: "blockSize must be between 20 and 32 for IPv4 pools, and between 116 and 128 for IPv6 pools";
    };
    readonly block6: {
        readonly v332: "IPv6 block size must be between 116 and 128";
        readonly head: "blockSize must be between 20 and 32 for IPv4 pools, and between 116 and 128 for IPv6 pools";
    };
    readonly ipip6: {
        readonly v332: "IPIP is not supported on an IPv6 IP pool";
        readonly head: "IPIP is not supported on IPv6 pools";
    };
    readonly bothEncap: {
        readonly v332: "Cannot enable both VXLAN and IPIP on the same IPPool";
        readonly head: "ipipMode and vxlanMode cannot both be enabled";
    };
    readonly lbEncap: {
        readonly v332: "Neither IPIPMode nor VXLANMode can be enabled on AllowedUses LoadBalancer IP pool";
        readonly head: "LoadBalancer IP pool cannot have IPIP or VXLAN enabled";
    };
    readonly lbBgp: {
        readonly v332: "IP Pool with AllowedUse LoadBalancer must have DisableBGPExport set to true";
        readonly head: "LoadBalancer IP pools cannot disable BGP export";
    };
    readonly lbSelector: {
        readonly v332: "IP Pool with AllowedUse LoadBalancer must have node selector set to all()";
        readonly head: "IP Pool with AllowedUse LoadBalancer must have nodeSelector set to all()";
    };
    readonly tunnelNs: {
        readonly v332: "IP Pool with AllowedUse Tunnel cannot have namespaceSelector specified - tunnel IPs are not namespaced resources";
        readonly head: "IP Pool with AllowedUse Tunnel cannot have namespaceSelector";
    };
};
/**
 * Checks of an IPPool object's spec (calicoctl, the API server and the validator; HEAD's CRD).
 *
 * A `crd.projectcalico.org/v1` pool applied with kubectl under v3.32 is checked only by that
 * version's CRD (libcalico-go/config/crd/crd.projectcalico.org_ippools.yaml: `format: cidr`, the
 * enums, `blockSize` 0–128, and CEL rules for IPIP with VXLAN, IPIP on IPv6, LoadBalancer with
 * encapsulation or with Workload/Tunnel). Those stay errors with the CRD's words; for the checks the
 * CRD does not make, the pool is stored, and the finding says what Calico then does with it.
 */
export declare function checkIPPool(c: Ctx, pool: Pool): void;
