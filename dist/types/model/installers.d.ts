import type { SourceFile, Span } from "../load/index.js";
import { type K8sObject } from "./objects.js";
/**
 * The default pools and pod CIDRs that installers fill in, read from their own configuration:
 *
 * - **kubespray** (inventory `group_vars`, not Kubernetes objects): the calico role applies one
 *   IPPool per family with calicoctl (kubespray:roles/network_plugin/calico/tasks/install.yml
 *   "Configure Calico IP Pool"), from `calico_pool_name`, `calico_pool_cidr | default(kube_pods_subnet)`,
 *   `calico_pool_blocksize`, `calico_ipip_mode`, `calico_vxlan_mode` (defaults in
 *   roles/network_plugin/calico_defaults/defaults/main.yml and roles/kubespray_defaults), and
 *   `kube_pods_subnet` is kube-controller-manager's cluster CIDR.
 * - **kops** (the `Cluster` object, kops.k8s.io): its Calico addon sets calico-node's
 *   `CALICO_IPV4POOL_CIDR` to kube-controller-manager's cluster CIDR (kops:upup/models/cloudup/
 *   resources/addons/networking.projectcalico.org/k8s-1.25.yaml.template), which is
 *   `kubeControllerManager.clusterCIDR`, else `podCIDR`, else derived from `nonMasqueradeCIDR`
 *   (pkg/model/components/kubecontrollermanager.go, upup/pkg/fi/cloudup/populate_cluster_spec.go
 *   `assignSubnets`); the IPIP and VXLAN modes come from `networking.calico`
 *   (upup/pkg/fi/cloudup/template_functions.go).
 *
 * What a template expression decides (`{{ … }}` other than one plain variable) is unknown and
 * gives nothing. Installations that disagree (two inventories, two kops clusters) give nothing
 * either: the files describe several clusters and do not say which one is linted.
 */
/** One default pool an installer creates; the model turns it into a `Pool`. */
export interface InstallerPool {
    readonly object: K8sObject;
    readonly name: string;
    readonly cidr: string;
    /** Where the CIDR is written (or what decides it). */
    readonly span: Span;
    readonly fieldPath: string;
    readonly blockSize: number;
    readonly ipipMode: string;
    readonly vxlanMode: string;
    /** Created only into a cluster without pools (calico-node's start-up) rather than always applied. */
    readonly implicit: boolean;
    readonly origin: "kubespray" | "calico-node";
}
export interface InstallerCidr {
    readonly text: string;
    readonly source: string;
    readonly span: Span;
    readonly object: K8sObject;
}
export interface InstallerSetup {
    readonly pools: readonly InstallerPool[];
    readonly podCidrs: readonly InstallerCidr[];
}
/** The kubespray inventories' default pools and pod CIDRs (none when several inventories disagree). */
export declare function kubesprayFrom(files: readonly SourceFile[]): InstallerSetup;
/** kops `assignSubnets`: an IPv4 nonMasqueradeCIDR's upper half (one more prefix bit, set). */
export declare function kopsPodCidrFromNonMasquerade(nm: string): string | null;
/** The kops Clusters' default pool and pod CIDR (none when several clusters disagree). */
export declare function kopsFrom(objects: readonly K8sObject[]): InstallerSetup;
