import { BLOCK_SIZE_RANGE, cidrString, effectiveBlockSize, LINK_LOCAL, overlaps, type MapNode, type Pool, type Span } from "../../model/index.js";
import { TEXT } from "./ippool.js";
import { reject, type Ctx } from "./problems.js";
import { checkSelectorSyntax, globalText } from "./selector.js";

/** The operator's own checks of an Installation's `ipPools` entry (`ValidatePools`), and the API server's of the pool it creates. */
export function checkInstallationPool(c: Ctx, pool: Pool): void {
  const by = "the operator rejects the Installation";
  const apiBy = "the Calico API server rejects the pool the operator creates";
  const w = pool.written;
  const cidrText = pool.cidrText?.value;
  if (cidrText === undefined || !pool.spec) return; // the schema reports a missing cidr
  const cidr = pool.cidr;
  const at = pool.cidrText?.span ?? pool.spec.span;
  if (!cidr) {
    reject(c, at, by, `IP pool CIDR (${cidrText}) is invalid: invalid CIDR address: ${cidrText}`, `\`${cidrText}\` is not a CIDR`, "Write the range as a CIDR, such as `10.0.0.0/16`");
    return;
  }
  if (overlaps(cidr, LINK_LOCAL[cidr.family])) {
    reject(c, at, apiBy, cidr.family === 4 ? TEXT.linkLocal4.v332 : TEXT.linkLocal6.v332, `${cidrString(cidr)} overlaps the link-local range`, "Choose a range outside 169.254.0.0/16 and fe80::/10");
  }
  const raw = w.blockSize?.value;
  const [lo, hi] = BLOCK_SIZE_RANGE[cidr.family];
  if (w.blockSize && raw !== undefined && raw !== 0 && (raw < lo || raw > hi)) {
    reject(c, w.blockSize.span, by, `IPv${cidr.family} pool block size must be greater than ${lo - 1} and less than or equal to ${hi}`, `blockSize ${raw} is out of range for an IPv${cidr.family} pool`, `Use a blockSize from ${lo} to ${hi}`);
  } else {
    const bs = effectiveBlockSize(raw, cidr.family);
    // Unlike calicoctl for an IPPool, the operator's ValidatePools checks the size whether or not
    // the pool has disableNewAllocations (calico-cases G10).
    if (cidr.prefix > bs) {
      reject(c, at, by, "IP pool size is too small. It must be equal to or greater than the block size", `A /${cidr.prefix} pool is smaller than its /${bs} blocks`, `Widen the pool to /${bs} or shorter, or set blockSize to ${cidr.prefix} or more`);
    }
  }
  const encW = w.encapsulation;
  const enc = encW?.value;
  if (cidr.family === 6 && encW && (enc === "IPIP" || enc === "IPIPCrossSubnet")) {
    reject(c, encW.span, by, `IPIP encapsulation is not supported by IPv6 pools, but it is set for ${cidrText}`, `encapsulation ${enc} on an IPv6 pool`, "Use `VXLAN`, `VXLANCrossSubnet` or `None` for IPv6 pools");
  }
  const uses = (w.allowedUses?.value ?? []).map((u) => u.value);
  if (uses.includes("LoadBalancer")) {
    if (w.allowedUses && uses.some((u) => u === "Workload" || u === "Tunnel")) {
      reject(c, w.allowedUses.span, by, `IP pool ${pool.name} AllowedUse LoadBalancer cannot be used with Workload/Tunnel`, "LoadBalancer together with Workload or Tunnel", "Give LoadBalancer its own pool");
    }
    if (encW && enc !== undefined && enc !== "None") {
      reject(c, encW.span, by, "IP pool encapsulation must be none if allowedUse is LoadBalancer", `encapsulation ${enc} on a LoadBalancer pool`, "Set `encapsulation: None`");
    }
    const bgp = w.disableBGPExport;
    if (bgp?.value === true) {
      reject(c, bgp.span, by, "IP pool disable bgp export must be false when AllowedUse is LoadBalancer", "disableBGPExport on a LoadBalancer pool", "Remove `disableBGPExport`");
    }
    const sel = w.nodeSelector;
    const s = sel?.value;
    if (sel && s !== undefined && s !== "all()") {
      reject(c, sel.span, by, "IP pool nodeSelector should be set to all() if allowedUse is LoadBalancer", `nodeSelector \`${s}\` on a LoadBalancer pool`, 'Set `nodeSelector: "all()"`');
    }
  }
  const sel = w.nodeSelector;
  checkSelectorSyntax(c, sel, "nodeSelector", apiBy, false);
  if (sel && sel.value?.includes("global(")) {
    reject(c, sel.span, apiBy, globalText("nodeSelector", false), "`global()` in nodeSelector", "Use `all()`");
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
    if (s.cidrs.has(cidr)) reject(c, cidrSpan, "the operator rejects the Installation", `IP pool ${cidr} is specified more than once`, `${cidr} appears twice in ipPools`, "Remove the duplicate entry");
    else s.cidrs.set(cidr, cidrSpan);
  }
  const nameW = pool.written.name;
  const name = nameW?.value;
  if (name !== undefined && nameW) {
    if (s.names.has(name)) reject(c, nameW.span, "the operator rejects the Installation", `IP pool ${name} is specified more than once`, `The name ${name} appears twice in ipPools`, "Give every pool its own name");
    else s.names.set(name, nameW.span);
  }
}
