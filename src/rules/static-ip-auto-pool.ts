import { allocation, isEnabled, poolsInPlay, type AutomaticUse } from "../allocator/index.js";
import { contains, shortKey } from "../model/index.js";
import { defineRule } from "./define-rule.js";
import { podWho, poolLabel, poolSpan } from "./_shared/pools.js";
import { ipText } from "./_shared/static.js";

function useText(u: AutomaticUse): string {
  if (u.kind === "default") return "automatic assignment hands out addresses to pods without a pool annotation";
  if (u.kind === "tunnel") return `nodes take their ${u.encapsulation} tunnel addresses`;
  return `${podWho(u.by)} draws addresses automatically (its \`${shortKey(u.list.entry.key)}\`)`;
}

export default defineRule({
  id: "static-ip-auto-pool",
  meta: {
    description: "Warn about static addresses in pools that automatic assignment draws from, outside every IPReservation",
    defaultSeverity: "warning",
    scope: "repository",
    messages: {
      ipAddrs:
        "{{ip}} lies in pool {{pool}}, from which {{use}}, and no IPReservation covers it: another pod or node may be given it first, and Calico then fails this pod with `resource already exists: {{ip}} with error: Address already assigned in block`. Cover {{ip}} with an IPReservation, or take it from a pool with `assignmentMode: Manual` or `nodeSelector: \"!all()\"`",
      ipAddrsNoIpam:
        "{{ip}} (ipAddrsNoIpam) lies in pool {{pool}}, from which {{use}}, and no IPReservation covers it: Calico IPAM keeps no record of this address and may give it to another pod, which then shares it with this one. Cover {{ip}} with an IPReservation, or use an address outside the Calico pools",
    },
    calico:
      "`ipAddrs` takes its address through IPAM only when the pod starts; until then automatic assignment (and node tunnel allocation) may hand the same address to someone else, and the static pod then fails with P12. `ipAddrsNoIpam` is never recorded, so IPAM can hand it out at any time. Addresses inside an IPReservation, a `Manual` pool or a `!all()` pool are never handed out automatically.",
    remediation:
      "Reserve static addresses with an IPReservation, or keep them in a pool with `assignmentMode: Manual` or `nodeSelector: \"!all()\"` that no pod names in its pool annotation.",
  },
  check(ctx) {
    const a = allocation(ctx.model, ctx.settings);
    const pools = poolsInPlay(ctx.model);
    for (const c of a.statics) {
      if (c.reserved) continue;
      const pool = c.pool ?? pools.find((p) => isEnabled(p) && p.cidr !== null && contains(p.cidr, c.ip));
      if (!pool) continue;
      const use = a.automaticPools.get(pool);
      if (!use) continue;
      const ip = ipText(c.ip);
      ctx.report({
        messageId: c.key,
        at: c.span,
        object: c.pod.object.ref,
        value: ip,
        data: { ip, pool: poolLabel(pool), use: useText(use) },
        related: [{ span: poolSpan(pool), message: `pool ${poolLabel(pool)}` }],
      });
    }
  },
});
