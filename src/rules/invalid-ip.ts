import { bitsOf, isSet, parseCIDR, parseIP, staticIPs, type ListKey } from "../model/index.js";
import { defineRule } from "./define-rule.js";
import { annotatedSites, fullKey, shown } from "./_shared/calico.js";

const IP_KEYS = ["ipAddrs", "ipAddrsNoIpam", "floatingIPs"] as const satisfies readonly ListKey[];
const CHECKED_KEYS = [...IP_KEYS, "allowedSourcePrefixes"] as const;

/** IPv4 fields without their leading zeros (`010.001.0.1` → `10.1.0.1`), in an IPv6 tail too. */
function dropLeadingZeros(s: string): string {
  if (!s.includes(".")) return s;
  const cut = s.lastIndexOf(":") + 1;
  const v4 = s.slice(cut).replace(/(^|\.)0+(\d+)(?=\.|\/|$)/g, "$1$2");
  return s.slice(0, cut) + v4;
}

export interface IPFix {
  /** The address Calico would accept, when the intent is clear. */
  readonly fixed?: string;
  /** What is wrong, for the message. */
  readonly reason: string;
}

/** Why Go's `net.ParseIP` rejects `s`, and the address meant where that is clear. */
export function explainIP(s: string): IPFix {
  if (s === "") return { reason: "Remove the empty entry" };
  const reasons: string[] = [];
  let t = s;
  if (t.trim() !== t) {
    t = t.trim();
    reasons.push("remove the spaces");
  }
  const bracketed = /^\[([^\]]*)\](?::\d+)?$/.exec(t);
  if (bracketed?.[1] !== undefined) {
    t = bracketed[1];
    reasons.push(bracketed[0] === `[${t}]` ? "drop the brackets" : "drop the brackets and the port");
  } else if (/^[\d.]+:\d+$/.test(t)) {
    t = t.slice(0, t.lastIndexOf(":"));
    reasons.push("drop the port");
  }
  const zone = t.indexOf("%");
  if (zone !== -1) {
    reasons.push(`drop the zone ${t.slice(zone)}`);
    t = t.slice(0, zone);
  }
  const slash = t.indexOf("/");
  if (slash !== -1) {
    const c = parseCIDR(dropLeadingZeros(t));
    // `10.0.0.0/24` names a range; `10.0.0.7/24` is an address written with its subnet's mask.
    if (c && c.prefix < bitsOf(c.family) && !c.hadHostBits) {
      return {
        reason: `Name one address: ${t} is a range and the annotation takes single addresses (to draw from a range, use cni.projectcalico.org/ipv${c.family}pools)`,
      };
    }
    reasons.push(`drop the ${t.slice(slash)}`);
    t = t.slice(0, slash);
  }
  const unzeroed = dropLeadingZeros(t);
  if (unzeroed !== t && parseIP(unzeroed)) {
    t = unzeroed;
    reasons.push("remove the leading zeros, which Go rejects");
  }
  const ip = parseIP(t);
  if (ip && reasons.length > 0) return { fixed: t, reason: reasons.join(", ") };
  if (/^\d+(\.\d+){0,2}$/.test(t)) return { reason: "Write all four fields of the address: Go accepts no short forms" };
  if (/^\d+(\.\d+){3}$/.test(t)) return { reason: "Keep each IPv4 field within 0 to 255" };
  return { reason: "Write a plain IPv4 or IPv6 address such as 10.0.0.1 or fd00::1" };
}

/** Why Go's `net.ParseCIDR` rejects `s`, and the prefix meant where that is clear. */
export function explainCIDR(s: string): IPFix {
  if (s === "") return { reason: "Remove the empty entry" };
  const reasons: string[] = [];
  let t = s;
  if (t.trim() !== t) {
    t = t.trim();
    reasons.push("remove the spaces");
  }
  const slash = t.indexOf("/");
  let addr = slash === -1 ? t : t.slice(0, slash);
  const suffix = slash === -1 ? null : t.slice(slash + 1);
  const unzeroed = dropLeadingZeros(addr);
  if (unzeroed !== addr && parseIP(unzeroed)) {
    addr = unzeroed;
    reasons.push("remove the leading zeros");
  }
  const ip = parseIP(addr);
  if (suffix === null) {
    if (ip) {
      const full = `${addr}/${bitsOf(ip.family)}`;
      return { fixed: full, reason: [...reasons, `a single address needs /${bitsOf(ip.family)}`].join(", ") };
    }
    return { reason: "Write a CIDR such as 10.0.0.0/24" };
  }
  const candidate = `${addr}/${suffix.replace(/^0+(\d)/, "$1")}`;
  if (candidate !== `${addr}/${suffix}` && parseCIDR(candidate)) reasons.push("remove the leading zeros of the prefix length");
  if (parseCIDR(candidate)) return { fixed: candidate, reason: reasons.join(", ") };
  if (ip && /^\d+$/.test(suffix)) return { reason: `Use a prefix length from 0 to ${bitsOf(ip.family)}` };
  return { reason: "Write a CIDR such as 10.0.0.0/24" };
}

function fixText(f: IPFix): string {
  return f.fixed !== undefined ? `Write \`${f.fixed}\` instead (${f.reason})` : f.reason;
}

export default defineRule({
  id: "invalid-ip",
  meta: {
    description: "Disallow entries that Calico's parser rejects as an IP address or CIDR",
    defaultSeverity: "error",
    scope: "object",
    messages: {
      badIp: "Calico fails the pod with `invalid IP format: {{item}}` ({{key}} takes addresses as Go's net.ParseIP reads them). {{fix}}",
      badFloatingIp:
        "{{item}} in {{key}} is not an IP address: Calico's WorkloadEndpoint validator rejects it when the CNI plugin writes the endpoint, so the pod's network setup fails. {{fix}}",
      badCidr: "Calico cannot convert the pod and fails it with `failed to parse '{{item}}' as a CIDR: invalid CIDR address: {{item}}`. {{fix}}",
    },
    calico:
      "`ipAddrs` and `ipAddrsNoIpam` entries go through Go's `net.ParseIP` (no prefix length, zone, leading zeros, spaces or short forms); any failure fails the pod with `invalid IP format: <item>`. `floatingIPs` entries are checked by the WorkloadEndpoint validator when the endpoint is written. `allowedSourcePrefixes` entries go through `net.ParseCIDR` during pod conversion, so a bare address fails with `failed to parse '<item>' as a CIDR: invalid CIDR address: <item>` (host bits are fine: Calico masks them).",
    remediation:
      "Write each address in plain form (`10.0.0.1`, `fd00::1`) and each source prefix as a CIDR (`10.0.0.0/24`, `10.0.0.1/32`); the message gives the corrected entry where the intent is clear.",
  },
  check(ctx) {
    const sites = annotatedSites(ctx.model);
    for (let n = 0; n < sites.length; n++) {
      const site = sites[n]!;
      if (site.kind !== "pod") continue;
      for (let k = 0; k < CHECKED_KEYS.length; k++) {
        const key = CHECKED_KEYS[k]!;
        const d = site.calico.lists[key];
        if (!isSet(d) || d.error || !d.items) continue;
        // The static lists are parsed once per model (staticIPs keeps the items that parse).
        if ((key === "ipAddrs" || key === "ipAddrsNoIpam") && staticIPs(site.calico, key).length === d.items.length) continue;
        for (const it of d.items) {
          if (key === "allowedSourcePrefixes") {
            if (parseCIDR(it.value)) continue;
            const common = { item: shown(it.value), key: fullKey(key) };
            ctx.report({ messageId: "badCidr", data: { ...common, fix: fixText(explainCIDR(it.value)) }, at: it.span, object: site.object.ref, value: it.value });
            continue;
          }
          if (parseIP(it.value)) continue;
          const common = { item: shown(it.value), key: fullKey(key) };
          const fix = fixText(explainIP(it.value));
          ctx.report({
            messageId: key === "floatingIPs" ? "badFloatingIp" : "badIp",
            data: { ...common, fix },
            at: it.span,
            object: site.object.ref,
            value: it.value,
          });
        }
      }
    }
  },
});
