import { type K8sObject, type Pool } from "../../model/index.js";
import { type Ctx } from "./problems.js";
/**
 * The operator's checks of an Installation's network settings against its pools, once the
 * defaults are filled in (operator:pkg/controller/installation/validation.go
 * `validateCustomResource`; v1.42.3 ships with Calico v3.32, master with HEAD):
 *
 * - with Calico CNI and Calico IPAM and BGP off, an IPIP pool, or one without encapsulation, has
 *   no one to program its routes unless Felix owns them (`clusterRoutingMode`);
 * - with another CNI plugin, `bgp: Enabled` is refused as soon as the Installation has a pool;
 * - with the Windows dataplane on and Calico CNI, `serviceCIDRs` is required and the first IPv4
 *   pool must use VXLAN or no encapsulation.
 *
 * The operator stops at the first error; each is reported here where it is written.
 */
export declare function checkInstallationNetwork(c: Ctx, o: K8sObject, pools: readonly Pool[], judgeDefault: boolean): void;
