import { apiGroup, bitsOf, BLOCK_SIZE_RANGE, cidrString, DEFAULT_BLOCK_SIZE, effectiveBlockSize, LINK_LOCAL, overlaps, type Pool } from "../../model/index.js";
import { reject, type Ctx } from "./problems.js";
import { checkSelectorSyntax, globalText } from "./selector.js";

const encapOn = (mode: string | undefined): boolean => mode === "Always" || mode === "CrossSubnet";

/** clientv3 (v3.32) and CEL (HEAD) texts for the IPPool checks. */
export const TEXT = {
  noCidr: { v332: "IPPool CIDR must be specified", head: "IPPool CIDR must be specified" },
  badCidr: { v332: "IPPool CIDR must be a valid subnet", head: "IPPool CIDR must be a valid subnet" },
  unmasked: { v332: "IPPool CIDR is not strictly masked", head: "IPPool CIDR must be strictly masked" },
  linkLocal4: { v332: "IPPool CIDR overlaps with IPv4 Link Local range 169.254.0.0/16", head: "IPPool CIDR overlaps with IPv4 link local range 169.254.0.0/16" },
  linkLocal6: { v332: "IPPool CIDR overlaps with IPv6 Link Local range fe80::/10", head: "IPPool CIDR overlaps with IPv6 link local range fe80::/10" },
  block4: { v332: "IPv4 block size must be between 20 and 32", head: "blockSize must be between 20 and 32 for IPv4 pools, and between 116 and 128 for IPv6 pools" },
  block6: { v332: "IPv6 block size must be between 116 and 128", head: "blockSize must be between 20 and 32 for IPv4 pools, and between 116 and 128 for IPv6 pools" },
  tooSmall: {
    v332: "IP pool size is too small for use with Calico IPAM. It must be equal to or greater than the block size.",
    head: "IP pool size is too small for use with Calico IPAM. It must be equal to or greater than the block size.",
  },
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
    reject(c, w.cidr?.span ?? spec?.span ?? pool.object.ref.span, by, t("noCidr"), "The pool has no cidr", "Set `spec.cidr` to the pool's range, such as `10.0.0.0/16`");
    return;
  }
  const at = w.cidr?.span ?? spec.span;
  const cidr = pool.cidr;
  if (!cidr) {
    reject(c, at, by, t("badCidr"), `\`${cidrText}\` is not a CIDR`, "Write the range as a CIDR, such as `10.0.0.0/16` (a bare address is not accepted)");
    return;
  }
  if (cidr.hadHostBits) {
    reject(c, at, by, t("unmasked"), `\`${cidrText}\` has host bits set`, `Write \`cidr: ${cidrString(cidr)}\``);
  }
  if (overlaps(cidr, LINK_LOCAL[cidr.family])) {
    reject(c, at, by, t(cidr.family === 4 ? "linkLocal4" : "linkLocal6"), `${cidrString(cidr)} overlaps the link-local range`, "Choose a range outside 169.254.0.0/16 and fe80::/10");
  }
  checkBlockSize(c, pool, by, t);
  const ipip = w.ipipMode?.value;
  const vxlan = w.vxlanMode?.value;
  if (cidr.family === 6 && encapOn(ipip) && w.ipipMode) {
    reject(c, w.ipipMode.span, by, t("ipip6"), `ipipMode ${ipip} on an IPv6 pool`, "Set `ipipMode: Never` (use `vxlanMode` for IPv6 encapsulation)");
  }
  if (encapOn(ipip) && encapOn(vxlan) && w.vxlanMode) {
    reject(c, w.vxlanMode.span, by, t("bothEncap"), "IPIP and VXLAN are both enabled", "Set one of `ipipMode` and `vxlanMode` to `Never`");
  }
  checkUses(c, pool, by, t);
  for (const field of ["nodeSelector", "namespaceSelector"] as const) {
    const sel = w[field];
    checkSelectorSyntax(c, sel, field, "Calico's validator rejects the pool", apiGroup(pool.object.ref.apiVersion) === "crd.projectcalico.org");
    if (sel && sel.value?.includes("global(")) {
      reject(c, sel.span, head ? "the IPPool CRD rejects the pool" : "Calico's validator rejects the pool", globalText(field, head), `\`global()\` in ${field}`, 'Use `all()` to select every node or namespace');
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
        reject(
          c,
          head ? (w.allowedUses?.span ?? u.span) : u.span,
          head ? "the IPPool CRD rejects the pool" : "Calico's validator rejects the pool",
          head ? "LoadBalancer cannot be combined with Workload or Tunnel allowed uses" : `LoadBalancer cannot be used at the same time as: ${u.value}`,
          `${u.value} together with LoadBalancer`,
          "Keep LoadBalancer pools separate: one pool with `allowedUses: [LoadBalancer]`, another for Workload and Tunnel",
        );
      }
      continue;
    }
    reject(c, u.span, head ? "the IPPool CRD rejects the pool" : "Calico's validator rejects the pool", head ? `spec.allowedUses: Unsupported value: "${u.value}": supported values: "Workload", "Tunnel", "LoadBalancer"` : `unknown use: ${u.value}`, `\`${u.value}\` is not a use`, "Use `Workload`, `Tunnel` or `LoadBalancer` (case-sensitive)");
  }
  if (lb) {
    for (const mode of [w.ipipMode, w.vxlanMode]) {
      if (mode && encapOn(mode.value)) reject(c, mode.span, by, t("lbEncap"), "Encapsulation on a LoadBalancer pool", "Set `ipipMode: Never` and `vxlanMode: Never` on LoadBalancer pools");
    }
    const bgp = w.disableBGPExport;
    if (bgp?.value === true) {
      reject(c, bgp.span, by, t("lbBgp"), "disableBGPExport on a LoadBalancer pool", "Remove `disableBGPExport` (the check rejects `true`, whatever its message says)");
    }
    const sel = w.nodeSelector;
    const selText = sel?.value;
    if (sel && selText !== undefined && selText !== "" && selText !== "all()") {
      reject(c, sel.span, by, t("lbSelector"), `nodeSelector \`${selText}\` on a LoadBalancer pool`, 'Set `nodeSelector: "all()"` or remove it');
    }
  }
  const ns = w.namespaceSelector;
  if (ns && ns.value) {
    const defaulted = uses.length === 0;
    if (defaulted || uses.some((u) => u.value === "Tunnel")) {
      reject(
        c,
        ns.span,
        by,
        t("tunnelNs"),
        defaulted ? "A namespaceSelector on a pool whose allowedUses default to [Workload, Tunnel]" : "A namespaceSelector on a pool that allows Tunnel",
        defaulted ? "Add `allowedUses: [Workload]` to the pool" : "Remove Tunnel from allowedUses, or drop the namespaceSelector",
      );
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
    reject(c, w.blockSize.span, by, t(cidr.family === 4 ? "block4" : "block6"), `blockSize ${raw} is out of range for an IPv${cidr.family} pool`, `Use a blockSize from ${lo} to ${hi}, or leave it out (default ${DEFAULT_BLOCK_SIZE[cidr.family]})`);
    return;
  }
  const bs = effectiveBlockSize(raw, cidr.family);
  if (!pool.disabled && cidr.prefix > bs && bs <= bitsOf(cidr.family)) {
    reject(
      c,
      w.cidr?.span ?? spec.span,
      by,
      t("tooSmall"),
      `A /${cidr.prefix} pool is smaller than its /${bs} blocks`,
      `Widen the pool to /${bs} or shorter, set blockSize to ${cidr.prefix} or more, or disable the pool`,
    );
  }
}
