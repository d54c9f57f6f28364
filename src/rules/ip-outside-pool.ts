import { definedTwice, isEnabled, poolLookup } from "../allocator/index.js";
import { cidrString, contains, type IP, type ObjectRef, type Pool, type Span } from "../model/index.js";
import { defineRule } from "./define-rule.js";
import { poolSpan } from "./_shared/pools.js";
import { anyOf, anyPoolKnown, disabledField, familyPools, ipText, poolText, staticPods, viewPools } from "./_shared/static.js";

const P11 = "The provided IP address is not in a configured pool";

export default defineRule({
  id: "ip-outside-pool",
  meta: {
    description: "Disallow ipAddrs addresses that lie in no enabled IP pool of their family",
    defaultSeverity: "error",
    mixedSeverity: true,
    scope: "repository",
    messages: {
      outside: `{{ip}} lies in no enabled IPv{{v}} pool: Calico fails the pod with \`${P11}\`. Pick an address inside {{pools}}, or add an IPPool that covers it`,
      inactive: `{{ip}} lies in pool {{pool}}, which {{state}}: Calico takes static addresses only from enabled pools and fails the pod with \`${P11}\`. {{fix}}`,
      noFamilyPool: `{{ip}} is an IPv{{v}} address and no IPv{{v}} pool is in view: if the cluster has none that covers it, Calico fails the pod with \`${P11}\`. Add an IPv{{v}} IPPool that covers {{ip}} to the files (or pass the cluster's pools with --pools)`,
      dependsOnCopy:
        "{{ip}} lies in pool {{name}} as {{inFile}} defines it ({{inCidr}}), but not as {{outFile}} defines it ({{outCidr}}{{outState}}): the pool is defined twice with different specs, and the copy applied last wins, so whether Calico takes the address or fails the pod with `The provided IP address is not in a configured pool` depends on which definition is applied. Keep one definition of {{name}}, or pick an address that every definition covers",
      notWorkload:
        "{{ip}} lies in pool {{pool}}, whose allowedUses ({{uses}}) lack Workload: Calico after v3.32 fails the pod with `IP address {{ip}} is in IP pool \"{{name}}\", which is not allowed for use \"Workload\" (allowedUses: [{{goUses}}])` (v3.32 and earlier accept it). Add Workload to the pool's allowedUses, or pick an address in a pool that allows Workload",
    },
    calico:
      "`ipAddrs` goes through `AssignIP`, which looks for the enabled pool of the address's family that holds it (`getPoolForIP`); disabled pools and pools marked `Allocatable=False` do not count. With none the pod fails with `The provided IP address is not in a configured pool`. Reservations, node and namespace selectors and `assignmentMode` are not checked. Calico after v3.32 (settings.calicoVersion `head`) also refuses a pool whose allowedUses lack Workload. `ipAddrsNoIpam` bypasses IPAM and is not checked. Silent when the files hold no pool; a warning when they hold none of the address's family (unless the configuration says the pools in view are complete). A pool defined twice with different specs in two files is whichever copy is applied last: an address inside one copy but not the other is a warning.",
    remediation: "Pick static addresses inside an enabled IPPool of their family, or add (or re-enable) a pool that covers them.",
  },
  check(ctx) {
    const pools = viewPools(ctx.model);
    if (!anyPoolKnown(pools)) return;
    // Once per run, not per address: n addresses outside n pools were n² pool checks and texts.
    const lookup = poolLookup(pools);
    const enabledOf = { 4: familyPools(pools, 4).filter(isEnabled), 6: familyPools(pools, 6).filter(isEnabled) };
    const shown: Partial<Record<4 | 6, string>> = {};
    const shownPools = (v: 4 | 6): string => (shown[v] ??= anyOf(enabledOf[v].map(poolText)));
    const inFamily = { 4: familyPools(pools, 4).length, 6: familyPools(pools, 6).length };
    const twice = definedTwice(ctx.model);
    const holds = (p: Pool, ip: IP): boolean => isEnabled(p) && p.cidr !== null && contains(p.cidr, ip);
    // A pool defined twice holds the address in one definition and not in another: which copy is
    // applied decides, so it is a warning, whichever copy the dry run took (no error rests on it).
    const undecided = (ip: IP, holder: Pool | undefined): { yes: Pool; no: Pool } | undefined => {
      if (holder) {
        const copies = twice.get(holder.name);
        const no = copies?.find((p) => !holds(p, ip));
        // Another pool of the view that holds it, whatever the copies say, settles it.
        if (!no || pools.some((p) => p.name !== holder.name && holds(p, ip))) return undefined;
        return { yes: holder, no };
      }
      for (const copies of twice.values()) {
        const yes = copies.find((p) => holds(p, ip));
        const no = copies.find((p) => !holds(p, ip));
        if (yes && no) return { yes, no };
      }
      return undefined;
    };
    const withStatics = staticPods(ctx.model);
    for (let n = 0; n < withStatics.length; n++) {
      const { pod, statics } = withStatics[n]!;
      for (const s of statics) {
        if (s.key !== "ipAddrs") continue; // ipAddrsNoIpam bypasses IPAM: no pool is looked for
        const ip = ipText(s.ip);
        const v = s.ip.family;
        // Made only for a finding: most addresses lie in a pool, and a span costs a walk of the list's text.
        const base = (): { at: Span; object: ObjectRef; value: string } => ({ at: s.span, object: pod.object.ref, value: ip });
        const holder = lookup.enabled(s.ip);
        const open = twice.size > 0 ? undecided(s.ip, holder) : undefined;
        if (open) {
          const { yes, no } = open;
          ctx.report({
            ...base(),
            messageId: "dependsOnCopy",
            severity: "warning",
            related: [
              { span: poolSpan(yes), message: `pool ${poolText(yes)}` },
              { span: poolSpan(no), message: `pool ${poolText(no)}` },
            ],
            data: {
              ip,
              name: yes.name,
              inFile: yes.object.ref.file,
              inCidr: yes.cidr ? cidrString(yes.cidr) : "",
              outFile: no.object.ref.file,
              outCidr: no.cidr ? cidrString(no.cidr) : "",
              outState: no.disabled ? ", disabled" : !no.allocatable ? ", Allocatable=False" : "",
            },
          });
          continue;
        }
        if (holder) {
          if (ctx.settings.calicoVersion === "head" && !holder.allowedUses.includes("Workload")) {
            ctx.report({
              ...base(),
              messageId: "notWorkload",
              severity: "error",
              related: [{ span: poolSpan(holder), message: `pool ${poolText(holder)}` }],
              data: { ip, pool: poolText(holder), name: holder.name, uses: holder.allowedUses.join(", "), goUses: holder.allowedUses.join(" ") },
            });
          }
          continue;
        }
        const enabled = enabledOf[v];
        const inactive = lookup.inactive(s.ip);
        if (inactive) {
          const state = inactive.disabled ? "is disabled" : "is marked Allocatable=False (Calico v3.32+ does that to a pool whose CIDR overlaps another)";
          const fix = inactive.disabled
            ? enabled.length > 0
              ? `Remove ${disabledField(inactive)}, or pick an address inside ${shownPools(v)}`
              : `Remove ${disabledField(inactive)}`
            : "Make the pool's CIDR disjoint from the other pools, or pick an address in an enabled pool";
          ctx.report({
            ...base(),
            messageId: "inactive",
            severity: "error",
            related: [{ span: poolSpan(inactive), message: `pool ${poolText(inactive)}` }],
            data: { ip, pool: poolText(inactive), state, fix },
          });
          continue;
        }
        if (inFamily[v] === 0) {
          ctx.report({ ...base(), messageId: "noFamilyPool", severity: ctx.settings.poolsComplete ? "error" : "warning", data: { ip, v } });
          continue;
        }
        ctx.report({
          ...base(),
          messageId: "outside",
          severity: "error",
          data: { ip, v, pools: enabled.length > 0 ? shownPools(v) : `an enabled IPv${v} pool (every IPv${v} pool in view is disabled)` },
        });
      }
    }
  },
});
