import { definedTwice, familyOfKey, isEnabled, nearPools, resolveList, type ResolvedEntry } from "../allocator/index.js";
import { cidrString, contains, parseIP, sameCIDR } from "../model/index.js";
import { defineRule } from "./define-rule.js";
import { jsonList } from "./_shared/calico.js";
import { poolSpan } from "./_shared/pools.js";
import { anyOf, anyPoolKnown, disabledField, familyAssigned, familyPools, NearestNames, poolListSites, poolText, someOf, victimsOf, viewPools, type PoolListSite } from "./_shared/static.js";

export default defineRule({
  id: "unknown-pool",
  meta: {
    description: "Disallow ipv4pools/ipv6pools entries that name no enabled IP pool",
    defaultSeverity: "error",
    mixedSeverity: true,
    scope: "repository",
    messages: {
      unknownName:
        "Calico fails {{victims}} with `error parsing pool \"{{entry}}\": invalid CIDR address: {{entry}}`: no IP pool is named {{entry}}{{hint}}. {{fix}}",
      notEnabled:
        "Calico fails {{victims}} with `the given pool ({{cidr}}) does not exist, or is not enabled`: pool {{pool}} {{state}}. {{fix}}",
      dependsOnCopy:
        "{{cidr}} is the CIDR of pool {{pool}} as {{inFile}} defines it, but not of the copy the dry run takes ({{other}}): the pool is defined twice with different specs and the copy applied last wins, so whether Calico fails {{victims}} with `the given pool ({{cidr}}) does not exist, or is not enabled` depends on which definition is applied. Keep one definition of {{pool}}, or name the pool by its metadata.name",
      noSuchCidr: "Calico fails {{victims}} with `the given pool ({{cidr}}) does not exist, or is not enabled`: {{detail}}. {{fix}}",
    },
    calico:
      "The CNI plugin resolves each entry of `ipv4pools`/`ipv6pools` (`ResolvePools`): a CIDR is masked and kept, anything else must be the `metadata.name` of a pool, or the pod fails with `error parsing pool \"<entry>\": invalid CIDR address: <entry>`. IPAM then requires every requested CIDR to be exactly the CIDR of an enabled pool (`determinePools`): a disabled pool, a pool marked `Allocatable=False`, a subnet or a superset of a pool fails with `the given pool (<cidr>) does not exist, or is not enabled`. Names are resolved in both lists even when the family is not assigned (an IPv4-only cluster still fails an unknown name in `ipv6pools`), but the exact-CIDR check runs only for a family the pod gets an address of: not reported when no pool of that family is in view or `ipFamilies` leaves it out. Lists of pods with `ipAddrs`/`ipAddrsNoIpam` are never resolved. Silent when the files hold no pool. A CIDR that only one definition of a pool defined twice has is a warning: the copy applied last wins.",
    remediation: "Name pools by their exact `metadata.name` or exact CIDR, and keep the named pools enabled.",
  },
  check(ctx) {
    const pools = viewPools(ctx.model);
    if (!anyPoolKnown(pools)) return;
    // Full definitions of pools defined twice: a CIDR that one of them has is not certainly unknown.
    const copies = [...definedTwice(ctx.model).values()].flat();
    // The hint and fix for a name depend on the name and family alone: one nearest-name search per name.
    const advice = new Map<string, { hint: string; fix: string }>();
    const enabledNames = new Map<4 | 6, NearestNames>();
    const listSites = poolListSites(ctx.model);
    for (let n = 0; n < listSites.length; n++) {
      const site = listSites[n]!;
      const entries = resolveList(ctx.model, site.list, pools);
      if (!entries) continue;
      const family = familyOfKey(site.key);
      for (const e of entries) {
        if (e.error?.code === "P1") reportName(e, site);
        else if (e.error?.code === "P3" && familyAssigned(site, family, pools)) {
          const cidr = e.pool?.cidr ?? e.request.cidr;
          const copy = cidr ? copies.find((p) => isEnabled(p) && p.cidr !== null && sameCIDR(p.cidr, cidr)) : undefined;
          if (copy && cidr) {
            const other = pools.find((p) => p.name === copy.name);
            ctx.report({
              messageId: "dependsOnCopy",
              severity: "warning",
              at: e.request.span,
              object: site.object.ref,
              value: e.request.text,
              related: [{ span: poolSpan(copy), message: `pool ${poolText(copy)}` }],
              data: { cidr: cidrString(cidr), pool: copy.name, inFile: copy.object.ref.file, other: other ? `${poolText(other)} in ${other.object.ref.file}` : "another", victims: victimsOf(site) },
            });
          } else reportCidr(e, site);
        }
      }
    }

    function reportName(e: ResolvedEntry, site: PoolListSite): void {
      const family = familyOfKey(site.key);
      const id = `${family}:${e.request.text}`;
      let said = advice.get(id);
      if (!said) {
        said = nameAdvice(e, family);
        advice.set(id, said);
      }
      ctx.report({
        messageId: "unknownName",
        at: e.request.span,
        object: site.object.ref,
        value: e.request.text,
        data: { victims: victimsOf(site), entry: e.request.text, hint: said.hint, fix: said.fix },
      });
    }

    function nameAdvice(e: ResolvedEntry, family: 4 | 6): { hint: string; fix: string } {
      let names = enabledNames.get(family);
      if (!names) {
        names = new NearestNames(
          familyPools(pools, family)
            .filter(isEnabled)
            .map((p) => p.name)
            .filter(Boolean),
        );
        enabledNames.set(family, names);
      }
      const near = names.nearest(e.request.text);
      const ip = parseIP(e.request.text);
      let hint = "";
      if (near) hint = ` (did you mean ${near}?)`;
      else if (ip) hint = " (a pool is named by its metadata.name or by its CIDR with the prefix length)";
      const holder = ip ? pools.find((p) => isEnabled(p) && p.cidr !== null && contains(p.cidr, ip)) : undefined;
      let fix: string;
      if (holder?.cidr) fix = `Write \`${cidrString(holder.cidr)}\` or ${holder.name}`;
      else if (near) fix = `Write ${near}`;
      else if (names.names.length > 0) fix = `Name an enabled IPv${family} pool (${anyOf(names.names)}) or its CIDR, or create pool ${e.request.text}`;
      else fix = `Create pool ${e.request.text}, or remove the entry`;
      return { hint, fix };
    }

    function reportCidr(e: ResolvedEntry, site: PoolListSite): void {
      const cidr = e.pool?.cidr ?? e.request.cidr;
      if (!cidr) return;
      const family = familyOfKey(site.key);
      const enabled = familyPools(pools, family).filter(isEnabled);
      const near = nearPools(cidr, pools);
      const base = { at: e.request.span, object: site.object.ref, value: e.request.text };
      const inactive = e.pool && !isEnabled(e.pool) ? e.pool : near.inactive;
      const others = enabled.length > 0 ? `, or name another pool (${anyOf(enabled.map(poolText))})` : "";
      if (inactive) {
        const state = inactive.disabled ? "is disabled" : "is marked Allocatable=False (Calico v3.32+ does that to a pool whose CIDR overlaps another)";
        const fix = inactive.disabled ? `Remove ${disabledField(inactive)}${others}` : `Make the pool's CIDR disjoint from the other pools${others}`;
        ctx.report({
          ...base,
          messageId: "notEnabled",
          related: [{ span: poolSpan(inactive), message: `pool ${poolText(inactive)}` }],
          data: { victims: victimsOf(site), cidr: cidrString(cidr), pool: poolText(inactive), state, fix },
        });
        return;
      }
      let detail: string;
      let fix: string;
      const related = [];
      if (near.inside?.cidr) {
        detail = `${e.request.text} lies inside pool ${poolText(near.inside)}, and Calico takes only a pool's exact CIDR`;
        fix = `Write \`${cidrString(near.inside.cidr)}\` or ${near.inside.name || "the pool's CIDR"} (to keep pods in a smaller range, create a pool for it)`;
        related.push({ span: poolSpan(near.inside), message: `pool ${poolText(near.inside)}` });
      } else if (near.covers.length > 0) {
        detail = `${e.request.text} spans pool${near.covers.length > 1 ? "s" : ""} ${someOf(near.covers.map(poolText))}, and Calico takes only a pool's exact CIDR`;
        fix = `List the pool${near.covers.length > 1 ? "s" : ""} instead: \`${jsonList(near.covers.map((p) => p.name || cidrString(p.cidr ?? cidr)))}\``;
        for (const p of near.covers) related.push({ span: poolSpan(p), message: `pool ${poolText(p)}` });
      } else {
        detail = `no enabled IPv${family} pool has CIDR ${cidrString(cidr)}`;
        fix = enabled.length > 0 ? `Name an existing pool (${anyOf(enabled.map(poolText))}), or create one for ${cidrString(cidr)}` : `Create an IPPool for ${cidrString(cidr)}, or remove the entry`;
      }
      ctx.report({ ...base, messageId: "noSuchCidr", ...(related.length > 0 ? { related } : {}), data: { victims: victimsOf(site), cidr: cidrString(cidr), detail, fix } });
    }
  },
});
