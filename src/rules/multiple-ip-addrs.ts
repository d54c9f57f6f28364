import { staticIPs, type StaticIP } from "../model/index.js";
import { defineRule } from "./define-rule.js";
import { annotatedSites, fullKey } from "./_shared/calico.js";
import { STATIC_KEYS } from "./_shared/static.js";

export default defineRule({
  id: "multiple-ip-addrs",
  meta: {
    description: "Disallow more than one IPv4 or more than one IPv6 address in ipAddrs or ipAddrsNoIpam",
    defaultSeverity: "error",
    scope: "object",
    messages: {
      tooMany:
        "Calico fails the pod with `cannot have more than one IPv{{family}} address for \"{{key}}\" annotation`: {{detail}}. A pod takes at most one IPv4 and one IPv6 address from this annotation; keep one IPv{{family}} address, and give each further address its own pod",
      duplicate:
        "Calico fails the pod with `cannot have more than one IPv{{family}} address for \"{{key}}\" annotation`: {{detail}}. Remove the duplicate",
    },
    calico:
      "`ipAddrs` and `ipAddrsNoIpam` take at most one IPv4 and at most one IPv6 address (a dual-stack pair is fine). A second address of one family, a repeated address, or an IPv4-mapped IPv6 address next to an IPv4 one fails the pod with `cannot have more than one IPv4 address for \"<key>\" annotation` (or IPv6).",
    remediation:
      "Keep one address per family in the annotation; pods that need more addresses of one family are not supported by Calico's static-IP annotations, so split the workload into one pod per address.",
  },
  check(ctx) {
    const sites = annotatedSites(ctx.model);
    for (let n = 0; n < sites.length; n++) {
      const site = sites[n]!;
      if (site.kind !== "pod") continue;
      for (let k = 0; k < STATIC_KEYS.length; k++) {
        const key = STATIC_KEYS[k]!;
        const ips = staticIPs(site.calico, key);
        if (ips.length < 2) continue; // one address (or none) is always fine
        for (const family of [4, 6] as const) {
          const same = ips.filter((i) => i.ip.family === family);
          const first = same[0];
          const second = same[1];
          if (!first || !second) continue;
          const duplicate = same.length === 2 && first.ip.value === second.ip.value;
          ctx.report({
            messageId: duplicate ? "duplicate" : "tooMany",
            data: { family, key: fullKey(key), detail: detail(family, same) },
            at: second.span,
            related: same.filter((i) => i !== second).map((i) => ({ span: i.span, message: `IPv${family} address ${i.text}` })),
            object: site.object.ref,
            value: second.text,
          });
        }
      }
    }
  },
});

const isMapped = (i: StaticIP): boolean => i.ip.family === 4 && i.text.includes(":");

function detail(family: 4 | 6, same: readonly StaticIP[]): string {
  const [first, second] = same;
  if (!first || !second) return "";
  let text: string;
  if (same.length === 2 && first.ip.value === second.ip.value) {
    text = first.text === second.text ? `${second.text} is listed twice` : `${second.text} is the same address as ${first.text}`;
  } else if (same.length === 2) {
    text = `${second.text} is a second IPv${family} address after ${first.text}`;
  } else {
    text = `it lists ${same.length} IPv${family} addresses: ${listText(same.map((i) => i.text))}`;
  }
  const mapped = same.filter(isMapped);
  if (mapped.length > 0) text += ` (${listText(mapped.map((i) => i.text))} ${mapped.length === 1 ? "is" : "are"} IPv4-mapped, which Calico counts as IPv4)`;
  return text;
}

function listText(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
