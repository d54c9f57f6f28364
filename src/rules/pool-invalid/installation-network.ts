import { get, installationCniType, str, type K8sObject, type Pool, type Span } from "../../model/index.js";
import { poolLabel } from "../_shared/pools.js";
import { reject, type Ctx } from "./problems.js";

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
export function checkInstallationNetwork(c: Ctx, o: K8sObject, pools: readonly Pool[], judgeDefault: boolean): void {
  const spec = get(o.node, "spec");
  const network = get(spec, "calicoNetwork");
  const cni = installationCniType(o);
  if (cni === undefined) return;
  const ipamNode = get(spec, "cni", "ipam", "type");
  const ipam = ipamNode ? str(ipamNode) : cni === "Calico" ? "Calico" : "other";
  const provider = get(spec, "kubernetesProvider");
  const bgpNode = get(network, "bgp");
  const written = str(bgpNode);
  // core_controller.go fillDefaults: BGP on for Calico CNI except on EKS, off for other CNIs.
  const bgp = bgpNode ? written : cni === "Calico" && str(provider) !== "EKS" ? "Enabled" : "Disabled";
  const bgpSpan: Span = bgpNode?.span ?? provider?.span ?? o.ref.span;
  const bgpWhy = bgpNode ? `bgp: ${written ?? ""}` : `kubernetesProvider: ${str(provider) ?? ""}, where BGP is off by default`;
  // The operator's own default pool is judged only where it certainly exists: no IPPool object in
  // view (it creates none into a cluster that has pools) and no platform pod CIDR it was derived
  // from (kubeadm's or OpenShift's configuration, which may describe another cluster).
  const withCidr = pools.filter((p) => p.cidr !== null && (!p.implicit || judgeDefault));

  if (cni === "Calico" && ipam === "Calico" && bgp === "Disabled") {
    // v1.42.3 felixProgramsClusterRoutes: only `Felix` hands the routes to Felix. Master
    // (clusterRoutingMode): unset means FelixIPIPOnly, which covers IPIP pools only.
    const mode = str(get(network, "clusterRoutingMode")) ?? (c.head ? "FelixIPIPOnly" : "BIRD");
    const felixIpip = mode === "Felix" || (c.head && mode === "FelixIPIPOnly");
    const felixNoEncap = mode === "Felix";
    for (const p of withCidr) {
      const enc = encapsulationOf(p);
      if (enc === undefined) continue;
      const ipip = enc === "IPIP" || enc === "IPIPCrossSubnet";
      if ((ipip && felixIpip) || (enc === "None" && felixNoEncap) || (!ipip && enc !== "None")) continue;
      const encW = p.written.encapsulation;
      const at = encW?.value !== undefined && encW.value !== "" ? encW.span : bgpSpan;
      reject(c, ipip ? "installationBgpDisabledIpip" : "installationBgpDisabledNoEncap", at, {
        pool: poolLabel(p),
        encapsulation: enc,
        defaulted: encW?.value ? "" : ` (the operator's default for an IPv${p.family ?? 4} pool)`,
        bgp: bgpWhy,
        routing: ipip && c.head ? "remove `clusterRoutingMode: BIRD` (Felix programs IPIP routes by default)" : "set `clusterRoutingMode: Felix`",
      });
    }
  }

  if (cni !== "Calico" && bgpNode && written === "Enabled" && withCidr.length > 0) {
    reject(c, "installationBgpNonCalicoCni", bgpNode.span, { cni });
  }

  const dpNode = get(network, "windowsDataplane");
  const dataplane = str(dpNode);
  if (!dpNode || dataplane === undefined || dataplane === "Disabled" || cni !== "Calico") return;
  const services = get(spec, "serviceCIDRs");
  if (!services || (services.kind === "seq" && services.items.length === 0) || (services.kind === "scalar" && services.value === null)) {
    reject(c, "installationWindowsServiceCidrs", dpNode.span, { dataplane });
  }
  // render.GetIPv4Pool: the first pool whose CIDR parses as IPv4, in the Installation's order.
  const v4 = withCidr.find((p) => p.family === 4);
  if (!v4) return;
  const enc = encapsulationOf(v4);
  if (enc === undefined || enc === "VXLAN" || enc === "None") return;
  const encW = v4.written.encapsulation;
  reject(c, "installationWindowsEncapsulation", encW?.value ? encW.span : dpNode.span, {
    pool: poolLabel(v4),
    encapsulation: enc,
    defaulted: encW?.value ? "" : " (the operator's default for an IPv4 pool)",
    dataplane,
  });
}

const ENCAPSULATIONS = new Set(["IPIP", "IPIPCrossSubnet", "VXLAN", "VXLANCrossSubnet", "None"]);

/**
 * The pool's `encapsulation` once the operator has filled it in (the model applies the default);
 * undefined for a value outside the enum (the schema check reports it).
 */
function encapsulationOf(p: Pool): string | undefined {
  const w = p.written.encapsulation;
  if (w && w.value !== "") return w.value !== undefined && ENCAPSULATIONS.has(w.value) ? w.value : undefined;
  if (p.ipipMode !== "Never") return p.ipipMode === "CrossSubnet" ? "IPIPCrossSubnet" : "IPIP";
  if (p.vxlanMode !== "Never") return p.vxlanMode === "CrossSubnet" ? "VXLANCrossSubnet" : "VXLAN";
  return "None";
}
