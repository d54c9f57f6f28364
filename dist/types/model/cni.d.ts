import { type Span } from "../load/index.js";
import { type CalicoAnnotations } from "./annotations.js";
import { type K8sObject } from "./objects.js";
/**
 * Which CNI plugin and IPAM serve the pods, where the files say so (calico-reference.md §1.1). The Calico
 * CNI plugin reads `ipv4pools`, `ipv6pools` and `ipFamilies` only under `calico-ipam`, fails a pod
 * with `ipAddrs` / `ipAddrsNoIpam` under any other IPAM, and does not run at all when the operator
 * installs Calico for policy only (`spec.cni.type` AmazonVPC, AzureVNET, GKE).
 */
export interface CniSetup {
    /** "Calico", or the operator's `spec.cni.type` when another CNI plugin serves the pods. */
    readonly plugin: string;
    /** The Calico CNI config's `ipam.type` (`calico-ipam`, `host-local`, …); null when the plugin is not Calico. */
    readonly ipam: string | null;
    /** The Installation or ConfigMap that says so; none when the configuration file does. */
    readonly object?: K8sObject;
    /** The field that says so (the object itself when a default says so); none from the configuration. */
    readonly span?: Span;
    /** Where it was read, for messages: `Installation default spec.cni.ipam.type: HostLocal`. */
    readonly source: string;
}
/** The CNI setup runs Calico's CNI plugin with Calico IPAM (also when the files do not say). */
export declare const calicoIpamRuns: (cni: CniSetup | undefined) => boolean;
/** The operator's CNI plugin for an Installation (`spec.cni.type`, else the provider's default); undefined when not a string. */
export declare function installationCniType(o: K8sObject): string | undefined;
/**
 * The `ipam.type` of the calico plugin in a CNI config template (`cni_network_config`): a conflist
 * or a single plugin config, with `__PLACEHOLDERS__` (some unquoted, such as `__CNI_MTU__`). Null
 * when the template cannot be read as JSON (a Helm template, a typo) or names no calico plugin.
 */
export declare function templateIpamType(template: string): {
    type: string;
    offset: number;
    length: number;
} | null;
/**
 * The CNI setup the files show: operator Installations and the manifest installs' CNI config
 * ConfigMap. Sources that disagree say nothing (undefined: Calico IPAM assumed, as before).
 */
/**
 * The CNI setup: the configuration's `cni` where it says something (its `type`, its `ipam`), else
 * what the Installation or calico-config / canal-config in view say (nothing when they disagree).
 */
export declare function cniSetupFrom(objects: readonly K8sObject[], given?: {
    readonly type?: string;
    readonly ipam?: string;
}): CniSetup | undefined;
/**
 * Keys only the CNI plugin reads. `floatingIPs` and `allowedSourcePrefixes` are left out: Calico's
 * pod-to-WorkloadEndpoint conversion reads them too, and Felix runs it for policy-only installs.
 */
export declare const CNI_ONLY: readonly string[];
/**
 * Split a pod's (or namespace's) Calico annotations into those the CNI setup lets Calico act on and
 * those it does not (ignored, or `ipAddrs` / `ipAddrsNoIpam` failing the pod before they are parsed).
 * Under Calico IPAM, or when the files do not say, everything is kept.
 */
export declare function splitForCni(c: CalicoAnnotations, cni: CniSetup | undefined, site: "pod" | "namespace"): {
    kept: CalicoAnnotations;
    unread?: CalicoAnnotations;
};
