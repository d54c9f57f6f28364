import { apiGroup, bitsOf, BLOCK_SIZE_RANGE, cidrString, DEFAULT_BLOCK_SIZE, effectiveBlockSize, LINK_LOCAL, overlaps, type Pool, type Span } from "../../model/index.js";
import type { Severity } from "../define-rule.js";
import { plain, reject, type Ctx, type Data, type MessageId } from "./problems.js";
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

/** The crd.projectcalico.org/v1 CRD's wording for what its schema and CEL rules refuse at kubectl apply. */
const CRD_BY = "the crd.projectcalico.org/v1 IPPool CRD refuses the pool at kubectl apply";

/** The uses Calico accepts, and Calico Enterprise's `HostSecondaryInterface` (AWS secondary ENIs) under Enterprise. */
const USES = ["Workload", "Tunnel", "LoadBalancer"];

/**
 * Checks of an IPPool object's spec (calicoctl, the API server and the validator; HEAD's CRD).
 *
 * A `crd.projectcalico.org/v1` pool applied with kubectl under v3.32 is checked only by that
 * version's CRD (libcalico-go/config/crd/crd.projectcalico.org_ippools.yaml: `format: cidr`, the
 * enums, `blockSize` 0–128, and CEL rules for IPIP with VXLAN, IPIP on IPv6, LoadBalancer with
 * encapsulation or with Workload/Tunnel). Those stay errors with the CRD's words; for the checks the
 * CRD does not make, the pool is stored, and the finding says what Calico then does with it.
 */
export function checkIPPool(c: Ctx, pool: Pool): void {
  const head = c.head;
  const stored = !head && apiGroup(pool.object.ref.apiVersion) === "crd.projectcalico.org";
  // The CEL rules of the v3.32 v1 CRD have HEAD's texts.
  const cel = head || stored;
  const t: Text = (k) => (cel ? TEXT[k].head : TEXT[k].v332);
  const by = stored ? CRD_BY : head ? "the IPPool CRD rejects the pool" : "calicoctl and the Calico API server reject the pool";
  const spec = pool.spec;
  const w = pool.written;
  const cidrText = w.cidr?.value;
  if (!spec || cidrText === undefined || cidrText === "") {
    reject(c, "cidrRequired", w.cidr?.span ?? spec?.span ?? pool.object.ref.span, { by, error: stored ? "spec.cidr: Required value" : "IPPool CIDR must be specified" });
    return;
  }
  const at = w.cidr?.span ?? spec.span;
  const cidr = pool.cidr;
  if (!cidr) {
    const error = stored ? `spec.cidr: Invalid value: "${cidrText}": spec.cidr in body must be of type cidr: "${cidrText}"` : "IPPool CIDR must be a valid subnet";
    reject(c, "cidrInvalid", at, { by, error, cidr: cidrText });
    return;
  }
  if (cidr.hadHostBits) {
    if (stored) warnStored(c, "cidrNotMaskedStored", at, { cidr: cidrText, masked: cidrString(cidr) });
    else reject(c, "cidrNotMasked", at, { by, error: t("unmasked"), cidr: cidrText, masked: cidrString(cidr) });
  }
  if (overlaps(cidr, LINK_LOCAL[cidr.family])) {
    if (stored) warnStored(c, "cidrLinkLocalStored", at, { cidr: cidrString(cidr), range: cidrString(LINK_LOCAL[cidr.family]), gateway: cidr.family === 4 ? "169.254.1.1" : "fe80::ecee:eeff:feee:eeee" });
    else reject(c, "cidrLinkLocal", at, { by, error: t(cidr.family === 4 ? "linkLocal4" : "linkLocal6"), cidr: cidrString(cidr) });
  }
  checkBlockSize(c, pool, by, t, stored);
  const ipip = w.ipipMode?.value;
  const vxlan = w.vxlanMode?.value;
  if (cidr.family === 6 && encapOn(ipip) && w.ipipMode) {
    reject(c, "ipipOnIpv6", w.ipipMode.span, { by, error: t("ipip6"), mode: ipip ?? "" });
  }
  if (encapOn(ipip) && encapOn(vxlan) && w.vxlanMode) {
    reject(c, "ipipWithVxlan", w.vxlanMode.span, { by, error: t("bothEncap") });
  }
  checkUses(c, pool, by, t, stored);
  for (const field of ["nodeSelector", "namespaceSelector"] as const) {
    const sel = w[field];
    checkTaggedSelector(c, sel, field);
    // IPAM's determinePools evaluates the selectors of enabled Automatic pools only.
    const dormant = pool.disabled ? "disabled" : pool.assignmentMode !== "Automatic" ? `assignmentMode ${pool.assignmentMode}` : undefined;
    checkSelectorSyntax(c, sel, field, "Calico's validator rejects the pool", apiGroup(pool.object.ref.apiVersion) === "crd.projectcalico.org", dormant);
    if (sel && sel.value?.includes("global(")) {
      if (stored) warnStored(c, "selectorGlobalStored", sel.span, { field, what: field === "nodeSelector" ? "node" : "namespace" });
      else reject(c, "selectorGlobal", sel.span, { by: head ? "the IPPool CRD rejects the pool" : "Calico's validator rejects the pool", error: globalText(field, head), field });
    }
  }
}

/** What a v1 pool's CRD does not check, and Calico then runs with: a warning, or an error where Calico certainly fails. */
function warnStored(c: Ctx, messageId: MessageId, at: Span, data: Data, severity: Severity = "warning"): void {
  c.problems.push({ messageId, at, data, severity });
}

/** allowedUses: known values, LoadBalancer kept apart (no encapsulation, BGP export, every node), Tunnel without a namespaceSelector. */
function checkUses(c: Ctx, pool: Pool, by: string, t: Text, stored: boolean): void {
  const head = c.head;
  const cel = head || stored;
  const crdBy = stored ? CRD_BY : "the IPPool CRD rejects the pool";
  const w = pool.written;
  const uses = w.allowedUses?.value ?? [];
  const lb = uses.some((u) => u.value === "LoadBalancer");
  let lbMixReported = false;
  for (const u of uses) {
    if (u.value === "LoadBalancer") continue;
    if (u.value === "Workload" || u.value === "Tunnel") {
      if (lb && (!cel || !lbMixReported)) {
        lbMixReported = true;
        reject(c, "allowedUsesCombination", cel ? (w.allowedUses?.span ?? u.span) : u.span, {
          by: cel ? crdBy : "Calico's validator rejects the pool",
          error: cel ? "LoadBalancer cannot be combined with Workload or Tunnel allowed uses" : `LoadBalancer cannot be used at the same time as: ${u.value}`,
          use: u.value,
        });
      }
      continue;
    }
    if (c.enterprise && u.value === "HostSecondaryInterface") continue;
    const supported = [...USES, ...(c.enterprise ? ["HostSecondaryInterface"] : [])];
    reject(c, "allowedUsesUnknown", u.span, {
      by: cel ? crdBy : "Calico's validator rejects the pool",
      error: cel ? `spec.allowedUses${stored ? `[${uses.indexOf(u)}]` : ""}: Unsupported value: "${u.value}": supported values: ${supported.map((x) => `"${x}"`).join(", ")}` : `unknown use: ${u.value}`,
      use: u.value,
      uses: supported.map((x) => `\`${x}\``).join(", "),
    });
  }
  if (lb) {
    for (const mode of [w.ipipMode, w.vxlanMode]) {
      if (mode && encapOn(mode.value)) reject(c, "loadBalancerEncapsulation", mode.span, { by, error: t("lbEncap") });
    }
    const bgp = w.disableBGPExport;
    if (bgp?.value === true) {
      if (stored) warnStored(c, "loadBalancerBgpExportStored", bgp.span, {});
      else reject(c, "loadBalancerBgpExport", bgp.span, { by, error: t("lbBgp") });
    }
    const sel = w.nodeSelector;
    const selText = sel?.value;
    if (sel && selText !== undefined && selText !== "" && selText !== "all()") {
      if (stored) warnStored(c, "loadBalancerNodeSelectorStored", sel.span, { selector: plain(selText) });
      else reject(c, "loadBalancerNodeSelector", sel.span, { by, error: t("lbSelector"), selector: selText });
    }
  }
  const ns = w.namespaceSelector;
  if (ns && ns.value) {
    const defaulted = uses.length === 0;
    if (defaulted || uses.some((u) => u.value === "Tunnel")) {
      if (stored) warnStored(c, "tunnelNamespaceSelectorStored", ns.span, { selector: plain(ns.value), defaulted: defaulted ? " (allowedUses default to [Workload, Tunnel])" : "" });
      else reject(c, defaulted ? "tunnelNamespaceSelectorDefault" : "tunnelNamespaceSelector", ns.span, { by, error: t("tunnelNs") });
    }
  }
}

/** blockSize within the family's range, and an enabled pool no smaller than one block. */
function checkBlockSize(c: Ctx, pool: Pool, by: string, t: Text, stored: boolean): void {
  const cidr = pool.cidr;
  const spec = pool.spec;
  if (!cidr || !spec) return;
  const w = pool.written;
  const raw = w.blockSize?.value;
  const [lo, hi] = BLOCK_SIZE_RANGE[cidr.family];
  const bits = bitsOf(cidr.family);
  const range = { blockSize: raw ?? 0, family: cidr.family, min: lo, max: hi, default: DEFAULT_BLOCK_SIZE[cidr.family] };
  if (w.blockSize && raw !== undefined && raw !== 0 && (raw < lo || raw > hi)) {
    if (!stored) {
      reject(c, "blockSizeRange", w.blockSize.span, { by, error: t(cidr.family === 4 ? "block4" : "block6"), ...range });
      return;
    }
    // The v1 CRD's own bounds (minimum 0, maximum 128).
    if (raw < 0 || raw > 128) {
      const error = `spec.blockSize: Invalid value: ${raw}: spec.blockSize in body should be ${raw < 0 ? "greater than or equal to 0" : "less than or equal to 128"}`;
      reject(c, "blockSizeRange", w.blockSize.span, { by, error, ...range });
      return;
    }
    if (raw > bits) {
      // ipam.go determinePools: `skipping pool %v due to blockSize %d bigger than %d`.
      warnStored(c, "blockSizeBeyondAddress", w.blockSize.span, range, "error");
      return;
    }
    // ipam_block.go newBlock: one IPAMBlock lists every address of the block (allocations and
    // unallocated ordinals); from 2^20 addresses on that is megabytes, past the API server's 3 MiB
    // request limit, so no block can be created.
    const hostBits = bits - raw;
    const addresses = hostBits < 53 ? (2 ** hostBits).toLocaleString("en-US") : `2^${hostBits}`;
    if (hostBits >= 20) warnStored(c, "blockSizeTooLargeStored", w.blockSize.span, { ...range, addresses }, "error");
    else warnStored(c, "blockSizeRangeStored", w.blockSize.span, { ...range, addresses });
  }
  const bs = effectiveBlockSize(raw, cidr.family);
  if (!pool.disabled && cidr.prefix > bs && bs <= bits) {
    // ipam_block_reader_writer.go randomBlockGenerator: a pool smaller than one block holds no block.
    // A Manual pool serves only pods that name it, and static addresses, which AssignIP takes by
    // claiming the block around the address (getBlockCIDRForAddress), whatever the pool's size.
    const manual = pool.assignmentMode !== "Automatic";
    const data = { prefix: cidr.prefix, blockSize: bs, family: cidr.family, cidr: pool.cidrText?.value ?? cidrString(cidr) };
    if (stored) {
      warnStored(c, "poolSmallerThanBlockStored", w.cidr?.span ?? spec.span, { ...data, manual: manual ? ` (with assignmentMode ${pool.assignmentMode}, only pods that name the pool in ipv4pools/ipv6pools; static addresses from it still work, since AssignIP claims the block around the address)` : "" }, manual ? "warning" : "error");
    }
    else reject(c, "poolSmallerThanBlock", w.cidr?.span ?? spec.span, { by, prefix: cidr.prefix, blockSize: bs });
  }
}
