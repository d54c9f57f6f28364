import { apiGroup, bitsOf, BLOCK_SIZE_RANGE, cidrString, DEFAULT_BLOCK_SIZE, effectiveBlockSize, LINK_LOCAL, overlaps, type Pool } from "../../model/index.js";
import { reject, type Ctx } from "./problems.js";
import { checkSelectorSyntax, checkTaggedSelector, globalText } from "./selector.js";

const encapOn = (mode: string | undefined): boolean => mode === "Always" || mode === "CrossSubnet";

/** clientv3 (v3.32) and CEL (HEAD) texts for the IPPool checks whose text differs by version (the others are in ./messages.ts). */
export const TEXT = {
  unmasked: { v332: "IPPool CIDR is not strictly masked", head: "IPPool CIDR must be strictly masked" },
  linkLocal4: { v332: "IPPool CIDR overlaps with IPv4 Link Local range 169.254.0.0/16", head: "IPPool CIDR overlaps with IPv4 link local range 169.254.0.0/16" },
  linkLocal6: { v332: "IPPool CIDR overlaps with IPv6 Link Local range fe80::/10", head: "IPPool CIDR overlaps with IPv6 link local range fe80::/10" },
  block4: { v332: "IPv4 block size must be between 20 and 32", head: "blockSize must be between 20 and 32 for IPv4 pools, and between 116 and 128 for IPv6 pools" },
  block6: { v332: "IPv6 block size must be between 116 and 128", head: "blockSize must be between 20 and 32 for IPv4 pools, and between 116 and 128 for IPv6 pools" },
  ipip6: { v332: "IPIP is not supported on an IPv6 IP pool", head: "IPIP is not supported on IPv6 pools" },
  bothEncap: { v332: "Cannot enable both VXLAN and IPIP on the same IPPool", head: "ipipMode and vxlanMode cannot both be enabled" },
  lbEncap: { v332: "Neither IPIPMode nor VXLANMode can be enabled on AllowedUses LoadBalancer IP pool", head: "LoadBalancer IP pool cannot have IPIP or VXLAN enabled" },
  lbBgp: { v332: "IP Pool with AllowedUse LoadBalancer must have DisableBGPExport set to true", head: "LoadBalancer IP pools cannot disable BGP export" },
  lbSelector: { v332: "IP Pool with AllowedUse LoadBalancer must have node selector set to all()", head: "IP Pool with AllowedUse LoadBalancer must have nodeSelector set to all()" },
  tunnelNs: {
    v332: "IP Pool with AllowedUse Tunnel cannot have namespaceSelector specified - tunnel IPs are not namespaced resources",
    head: "IP Pool with AllowedUse Tunnel cannot have namespaceSelector",
  },
} as const;


type Text = (k: keyof typeof TEXT) => string;

/** Checks of an IPPool object's spec (calicoctl, the API server and the validator; HEAD's CRD). */
export function checkIPPool(c: Ctx, pool: Pool): void {
  const head = c.head;
  const t: Text = (k) => (head ? TEXT[k].head : TEXT[k].v332);
  const by = head ? "the IPPool CRD rejects the pool" : "calicoctl and the Calico API server reject the pool";
  const spec = pool.spec;
  const w = pool.written;
  const cidrText = w.cidr?.value;
  if (!spec || cidrText === undefined || cidrText === "") {
    reject(c, "cidrRequired", w.cidr?.span ?? spec?.span ?? pool.object.ref.span, { by });
    return;
  }
  const at = w.cidr?.span ?? spec.span;
  const cidr = pool.cidr;
  if (!cidr) {
    reject(c, "cidrInvalid", at, { by, cidr: cidrText });
    return;
  }
  if (cidr.hadHostBits) {
    reject(c, "cidrNotMasked", at, { by, error: t("unmasked"), cidr: cidrText, masked: cidrString(cidr) });
  }
  if (overlaps(cidr, LINK_LOCAL[cidr.family])) {
    reject(c, "cidrLinkLocal", at, { by, error: t(cidr.family === 4 ? "linkLocal4" : "linkLocal6"), cidr: cidrString(cidr) });
  }
  checkBlockSize(c, pool, by, t);
  const ipip = w.ipipMode?.value;
  const vxlan = w.vxlanMode?.value;
  if (cidr.family === 6 && encapOn(ipip) && w.ipipMode) {
    reject(c, "ipipOnIpv6", w.ipipMode.span, { by, error: t("ipip6"), mode: ipip ?? "" });
  }
  if (encapOn(ipip) && encapOn(vxlan) && w.vxlanMode) {
    reject(c, "ipipWithVxlan", w.vxlanMode.span, { by, error: t("bothEncap") });
  }
  checkUses(c, pool, by, t);
  for (const field of ["nodeSelector", "namespaceSelector"] as const) {
    const sel = w[field];
    checkTaggedSelector(c, sel, field);
    checkSelectorSyntax(c, sel, field, "Calico's validator rejects the pool", apiGroup(pool.object.ref.apiVersion) === "crd.projectcalico.org");
    if (sel && sel.value?.includes("global(")) {
      reject(c, "selectorGlobal", sel.span, { by: head ? "the IPPool CRD rejects the pool" : "Calico's validator rejects the pool", error: globalText(field, head), field });
    }
  }
}

/** allowedUses: known values, LoadBalancer kept apart (no encapsulation, BGP export, every node), Tunnel without a namespaceSelector. */
function checkUses(c: Ctx, pool: Pool, by: string, t: Text): void {
  const head = c.head;
  const w = pool.written;
  const uses = w.allowedUses?.value ?? [];
  const lb = uses.some((u) => u.value === "LoadBalancer");
  let lbMixReported = false;
  for (const u of uses) {
    if (u.value === "LoadBalancer") continue;
    if (u.value === "Workload" || u.value === "Tunnel") {
      if (lb && (!head || !lbMixReported)) {
        lbMixReported = true;
        reject(c, "allowedUsesCombination", head ? (w.allowedUses?.span ?? u.span) : u.span, {
          by: head ? "the IPPool CRD rejects the pool" : "Calico's validator rejects the pool",
          error: head ? "LoadBalancer cannot be combined with Workload or Tunnel allowed uses" : `LoadBalancer cannot be used at the same time as: ${u.value}`,
          use: u.value,
        });
      }
      continue;
    }
    reject(c, "allowedUsesUnknown", u.span, {
      by: head ? "the IPPool CRD rejects the pool" : "Calico's validator rejects the pool",
      error: head ? `spec.allowedUses: Unsupported value: "${u.value}": supported values: "Workload", "Tunnel", "LoadBalancer"` : `unknown use: ${u.value}`,
      use: u.value,
    });
  }
  if (lb) {
    for (const mode of [w.ipipMode, w.vxlanMode]) {
      if (mode && encapOn(mode.value)) reject(c, "loadBalancerEncapsulation", mode.span, { by, error: t("lbEncap") });
    }
    const bgp = w.disableBGPExport;
    if (bgp?.value === true) {
      reject(c, "loadBalancerBgpExport", bgp.span, { by, error: t("lbBgp") });
    }
    const sel = w.nodeSelector;
    const selText = sel?.value;
    if (sel && selText !== undefined && selText !== "" && selText !== "all()") {
      reject(c, "loadBalancerNodeSelector", sel.span, { by, error: t("lbSelector"), selector: selText });
    }
  }
  const ns = w.namespaceSelector;
  if (ns && ns.value) {
    const defaulted = uses.length === 0;
    if (defaulted || uses.some((u) => u.value === "Tunnel")) {
      reject(c, defaulted ? "tunnelNamespaceSelectorDefault" : "tunnelNamespaceSelector", ns.span, { by, error: t("tunnelNs") });
    }
  }
}

/** blockSize within the family's range, and an enabled pool no smaller than one block. */
function checkBlockSize(c: Ctx, pool: Pool, by: string, t: Text): void {
  const cidr = pool.cidr;
  const spec = pool.spec;
  if (!cidr || !spec) return;
  const w = pool.written;
  const raw = w.blockSize?.value;
  const [lo, hi] = BLOCK_SIZE_RANGE[cidr.family];
  if (w.blockSize && raw !== undefined && raw !== 0 && (raw < lo || raw > hi)) {
    reject(c, "blockSizeRange", w.blockSize.span, { by, error: t(cidr.family === 4 ? "block4" : "block6"), blockSize: raw, family: cidr.family, min: lo, max: hi, default: DEFAULT_BLOCK_SIZE[cidr.family] });
    return;
  }
  const bs = effectiveBlockSize(raw, cidr.family);
  if (!pool.disabled && cidr.prefix > bs && bs <= bitsOf(cidr.family)) {
    reject(c, "poolSmallerThanBlock", w.cidr?.span ?? spec.span, { by, prefix: cidr.prefix, blockSize: bs });
  }
}
