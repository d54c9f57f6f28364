import { familyOfKey, resolveList } from "../allocator/index.js";
import { defineRule } from "./define-rule.js";
import { poolSpan } from "./_shared/pools.js";
import { poolListSites, poolText, victimsOf, viewPools } from "./_shared/static.js";

export default defineRule({
  id: "pool-family-mismatch",
  meta: {
    description: "Disallow IPv6 pools in ipv4pools and IPv4 pools in ipv6pools",
    defaultSeverity: "error",
    scope: "repository",
    messages: {
      mismatch:
        "Calico fails {{victims}} with `{{error}}`: {{entry}} is an IPv{{actual}} {{what}}, and {{key}} takes IPv{{want}} pools only. Move it to cni.projectcalico.org/ipv{{actual}}pools",
    },
    calico:
      "The CNI plugin resolves `ipv4pools` and `ipv6pools` before assigning anything (`ResolvePools`), whether or not the family is assigned: an entry of the other family, by CIDR or by the name of a pool of that family, fails the pod with `\"<network address>\" isn't a IPv4 address` (or IPv6). Lists of pods with `ipAddrs`/`ipAddrsNoIpam` are never resolved.",
    remediation: "List IPv4 pools in `cni.projectcalico.org/ipv4pools` and IPv6 pools in `cni.projectcalico.org/ipv6pools`.",
  },
  check(ctx) {
    const pools = viewPools(ctx.model);
    const listSites = poolListSites(ctx.model);
    for (let n = 0; n < listSites.length; n++) {
      const site = listSites[n]!;
      const entries = resolveList(ctx.model, site.list, pools);
      for (const e of entries ?? []) {
        if (e.error?.code !== "P2") continue;
        const want = familyOfKey(site.key);
        const named = e.pool && !e.request.cidr ? e.pool : undefined;
        ctx.report({
          messageId: "mismatch",
          at: e.request.span,
          object: site.object.ref,
          value: e.request.text,
          ...(named ? { related: [{ span: poolSpan(named), message: `pool ${poolText(named)}` }] } : {}),
          data: {
            victims: victimsOf(site),
            error: e.error.message,
            entry: e.request.text,
            actual: want === 4 ? 6 : 4,
            want,
            what: named ? `pool (${named.cidrText?.value ?? ""})` : "CIDR",
            key: site.key,
          },
        });
      }
    }
  },
});
