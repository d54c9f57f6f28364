import { BLOCK_SIZE_RANGE, cidrString, effectiveBlockSize, get, installationCniType, LINK_LOCAL, overlaps, str, type MapNode, type Pool, type Span } from "../../model/index.js";
import { TEXT } from "./ippool.js";
import { reject, type Ctx } from "./problems.js";
import { checkSelectorSyntax, checkTaggedSelector } from "./selector.js";

/** The operator's own checks of an Installation's `ipPools` entry (`ValidatePools`), and the API server's of the pool it creates. */
export function checkInstallationPool(c: Ctx, pool: Pool): void {
  const apiBy = "the Calico API server rejects the pool the operator creates";
  const w = pool.written;
  const cidrText = pool.cidrText?.value;
  if (cidrText === undefined || !pool.spec) return; // the schema reports a missing cidr
  const cidr = pool.cidr;
  const at = pool.cidrText?.span ?? pool.spec.span;
  if (!cidr) {
    reject(c, "installationCidrInvalid", at, { cidr: cidrText });
    return;
  }
  if (overlaps(cidr, LINK_LOCAL[cidr.family])) {
    reject(c, "cidrLinkLocal", at, { by: apiBy, error: cidr.family === 4 ? TEXT.linkLocal4.v332 : TEXT.linkLocal6.v332, cidr: cidrString(cidr) });
  }
  const raw = w.blockSize?.value;
  const [lo, hi] = BLOCK_SIZE_RANGE[cidr.family];
  if (w.blockSize && raw !== undefined && raw !== 0 && (raw < lo || raw > hi)) {
    reject(c, "installationBlockSizeRange", w.blockSize.span, { blockSize: raw, family: cidr.family, below: lo - 1, min: lo, max: hi });
  } else {
    const bs = effectiveBlockSize(raw, cidr.family);
    // Unlike calicoctl for an IPPool, the operator's ValidatePools checks the size whether or not
    // the pool has disableNewAllocations (calico-fidelity.md G10).
    if (cidr.prefix > bs) {
      reject(c, "installationPoolSmallerThanBlock", at, { prefix: cidr.prefix, blockSize: bs });
    }
  }
  const encW = w.encapsulation;
  const enc = encW?.value;
  if (cidr.family === 6 && encW && (enc === "IPIP" || enc === "IPIPCrossSubnet")) {
    reject(c, "installationIpipOnIpv6", encW.span, { encapsulation: enc, cidr: cidrText });
  }
  // The CNI setup decides what encapsulation and selector a pool may have (operator:
  // pkg/controller/installation/validation.go validateCustomResource, pkg/controller/ippool/validation.go ValidatePools).
  const cniType = installationCniType(pool.object);
  const ipamType = str(get(pool.object.node, "spec", "cni", "ipam", "type")) ?? (cniType === "Calico" ? "Calico" : cniType === "GKE" ? "HostLocal" : cniType);
  if (cniType === "Calico" && ipamType === "HostLocal" && encW && (enc === "VXLAN" || enc === "VXLANCrossSubnet")) {
    reject(c, "installationEncapsulationHostLocal", encW.span, { encapsulation: enc });
  }
  if (cniType !== undefined && cniType !== "Calico") {
    if (encW && enc !== undefined && enc !== "" && enc !== "None") {
      reject(c, "installationNonCalicoCniEncapsulation", encW.span, { encapsulation: enc, cni: cniType });
    }
    const cniSel = w.nodeSelector;
    const cs = cniSel?.value;
    if (cniSel && cs !== undefined && cs !== "" && cs !== "all()") {
      reject(c, "installationNonCalicoCniNodeSelector", cniSel.span, { selector: cs, cni: cniType });
    }
  }
  const uses = (w.allowedUses?.value ?? []).map((u) => u.value);
  if (uses.includes("LoadBalancer")) {
    if (w.allowedUses && uses.some((u) => u === "Workload" || u === "Tunnel")) {
      reject(c, "installationAllowedUsesCombination", w.allowedUses.span, { name: pool.name });
    }
    if (encW && enc !== undefined && enc !== "None") {
      reject(c, "installationLoadBalancerEncapsulation", encW.span, { encapsulation: enc });
    }
    const bgp = w.disableBGPExport;
    if (bgp?.value === true) {
      reject(c, "installationLoadBalancerBgpExport", bgp.span);
    }
    const sel = w.nodeSelector;
    const s = sel?.value;
    if (sel && s !== undefined && s !== "all()") {
      reject(c, "installationLoadBalancerNodeSelector", sel.span, { selector: s });
    }
  }
  const sel = w.nodeSelector;
  checkTaggedSelector(c, sel, "nodeSelector");
  checkSelectorSyntax(c, sel, "nodeSelector", apiBy, false);
  if (sel && sel.value?.includes("global(")) {
    reject(c, "installationSelectorGlobal", sel.span);
  }
}

/** Names and CIDRs already seen in one Installation's ipPools. */
export type SeenPools = Map<MapNode, { names: Map<string, Span>; cidrs: Map<string, Span> }>;

/** Duplicates within one Installation (`IP pool <cidr|name> is specified more than once`). */
export function checkDuplicates(c: Ctx, pool: Pool, seen: SeenPools): void {
  const parent = pool.object.node;
  let s = seen.get(parent);
  if (!s) {
    s = { names: new Map(), cidrs: new Map() };
    seen.set(parent, s);
  }
  const cidr = pool.cidrText?.value;
  if (cidr !== undefined && pool.written.cidr) {
    const cidrSpan = pool.written.cidr.span;
    if (s.cidrs.has(cidr)) reject(c, "installationDuplicateCidr", cidrSpan, { cidr });
    else s.cidrs.set(cidr, cidrSpan);
  }
  const nameW = pool.written.name;
  const name = nameW?.value;
  if (name !== undefined && nameW) {
    if (s.names.has(name)) reject(c, "installationDuplicateName", nameW.span, { name });
    else s.names.set(name, nameW.span);
  }
}
