import { keyOfFamily, poolContaining, resolveList } from "../allocator/index.js";
import { isSet } from "../model/index.js";
import { defineRule } from "./define-rule.js";
import { anyOf, entryText, insideEntries, ipText, poolText, someOf, staticPods, viewPools } from "./_shared/static.js";

export default defineRule({
  id: "static-ip-pool-mismatch",
  meta: {
    description: "Warn about static addresses outside the pools the pod's own pool annotation names",
    defaultSeverity: "warning",
    scope: "repository",
    messages: {
      mismatch:
        "{{ip}} lies outside the pools this pod names in {{key}} ({{pools}}): Calico ignores the pool annotation when {{staticKey}} is set and {{takes}}. Pick an address inside {{choice}}, or drop cni.projectcalico.org/{{key}}",
    },
    calico:
      "With `ipAddrs` (or `ipAddrsNoIpam`) set, Calico never uses `ipv4pools`/`ipv6pools` to place the pod: `ipAddrs` takes the address from whichever enabled pool holds it, `ipAddrsNoIpam` from none. A static address outside the pools the pod also names is accepted, but the pool annotation does not mean what it says. Entries that name no known pool are left to `unknown-pool`.",
    remediation: "Pick the static address inside a pool the pod names, or remove the pool annotation that no longer applies.",
  },
  check(ctx) {
    const pools = viewPools(ctx.model);
    const withStatics = staticPods(ctx.model);
    for (let n = 0; n < withStatics.length; n++) {
      const { pod, statics } = withStatics[n]!;
      for (const s of statics) {
        const key = keyOfFamily(s.ip.family);
        const own = pod.calico.lists[key];
        if (!isSet(own) || own.error || own.raw === null || (own.items?.length ?? 0) === 0) continue;
        const entries = resolveList(ctx.model, own, pools) ?? [];
        if (insideEntries(s.ip, entries) !== false) continue;
        const ip = ipText(s.ip);
        const holder = s.key === "ipAddrs" ? poolContaining(ctx.model, s.ip, pools) : undefined;
        const takes =
          s.key === "ipAddrsNoIpam"
            ? `uses ${ip} without asking IPAM`
            : holder
              ? `takes ${ip} from pool ${poolText(holder)}`
              : `takes ${ip} from whichever enabled pool holds it`;
        ctx.report({
          messageId: "mismatch",
          at: s.span,
          object: pod.object.ref,
          value: ip,
          related: [{ span: own.entry.node.span, message: `the pod sets ${key} ${own.raw}` }],
          data: { ip, key, pools: someOf(entries.map(entryText)), choice: anyOf(entries.map(entryText)), staticKey: s.key, takes },
        });
      }
    }
  },
});
