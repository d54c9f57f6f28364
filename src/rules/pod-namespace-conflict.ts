import { keyOfFamily, mayServeNamespace, namespaceLabels, namespaceOf, resolveList, type NamespaceLabels, type ResolvedEntry } from "../allocator/index.js";
import { isSet, sameCIDR, type DecodedList, type ObjectRef } from "../model/index.js";
import { defineRule } from "./define-rule.js";
import { anyOf, listedOrStaticPods, entryRange, entryText, insideEntries, ipText, someOf, viewPools } from "./_shared/static.js";

const POOL_KEYS = ["ipv4pools", "ipv6pools"] as const;

/** The list decodes to at least one entry (`[]` and `null` impose nothing). */
const restricts = (d: DecodedList | undefined): d is DecodedList => isSet(d) && !d.error && d.raw !== null && (d.items?.length ?? 0) > 0;

/** The pod's entry is one of the namespace's: the same text, or the same pool/CIDR. */
function among(e: ResolvedEntry, list: readonly ResolvedEntry[]): boolean | null {
  const r = entryRange(e);
  for (const n of list) {
    if (n.request.text === e.request.text) return true;
    const nr = entryRange(n);
    if (r && nr && sameCIDR(r, nr)) return true;
  }
  return r === null || list.some((n) => entryRange(n) === null) ? null : false;
}

/** `k=v, k=v` of a namespace's first label set, for a message. */
const labelText = (ns: NamespaceLabels): string =>
  Object.entries(ns.labelSets?.[0] ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(", ");

export default defineRule({
  id: "pod-namespace-conflict",
  meta: {
    description: "Warn about pods that escape the IP pools their namespace's annotation requires",
    defaultSeverity: "warning",
    scope: "repository",
    messages: {
      lifted:
        "The pod's {{key}} `{{raw}}` overrides the `{{nsRaw}}` of namespace {{ns}}: Calico takes the pod's value whenever it is a non-empty string, so this empty list lifts the namespace's restriction and the pod draws from any pool that selects its node. Remove the pod's annotation, or list pools of the namespace ({{nsPools}})",
      outside:
        "{{entry}} is not one of the pools of namespace {{ns}} ({{nsPools}}): Calico takes the pod's {{key}} instead of the namespace's, so this pod draws addresses from {{entry}}. Remove it, or add it to the namespace's annotation if the namespace may use it",
      selectorBypassed:
        "{{entry}} has namespaceSelector `{{selector}}`, which does not select namespace {{ns}} (labels: {{labels}}): Calico ignores a pool's selectors when an annotation names the pool, so {{who}} still draw addresses from it, against the pool's intent. Name a pool that selects the namespace, or label namespace {{ns}} so that the selector matches it",
      staticOutside:
        "{{ip}} lies outside the pools namespace {{ns}} requires ({{nsPools}}): Calico ignores pool annotations for a static address, so this pod escapes the namespace's pools. Pick an address inside {{nsChoice}}, or move the pod to a namespace that allows it",
    },
    calico:
      "A Namespace's `ipv4pools`/`ipv6pools` is only a default: Calico replaces it, per key, with the pod's own value whenever that is a non-empty string, including `[]`, which then removes any restriction. A static address (`ipAddrs`, `ipAddrsNoIpam`) ignores pool annotations altogether. Pools that a pod or namespace names are used as they are, their `nodeSelector` and `namespaceSelector` bypassed (`determinePools`), so a named pool whose namespaceSelector does not select the namespace (known when its Namespace object is in the files) still serves it. None of this fails the pod, so these are warnings: the namespace's or the pool's policy is not enforced.",
    remediation:
      "Let pods inherit their namespace's pool annotation (or narrow it to pools from the namespace's list), and pick static addresses inside the namespace's pools.",
  },
  check(ctx) {
    const pools = viewPools(ctx.model);
    // A namespace's pools as messages list them: once per namespace list, not per pod in it.
    const listed = new Map<readonly ResolvedEntry[], string>();
    const poolsText = (entries: readonly ResolvedEntry[]): string => {
      let t = listed.get(entries);
      if (t === undefined) {
        t = someOf(entries.map(entryText));
        listed.set(entries, t);
      }
      return t;
    };
    // A named pool whose namespaceSelector leaves the namespace out (reported once per entry).
    const bypassed = (e: ResolvedEntry, ns: NamespaceLabels, object: ObjectRef, who: string): void => {
      if (!e.pool || e.error || mayServeNamespace(e.pool, ns)) return;
      ctx.report({
        messageId: "selectorBypassed",
        // Read only for a finding: an entry's span is made from the list's text when asked.
        at: e.request.span,
        object,
        value: e.request.text,
        data: { entry: entryText(e), selector: e.pool.namespaceSelector, ns: ns.name, labels: labelText(ns), who },
      });
    };
    for (const ns of ctx.model.namespaceList) {
      for (let k = 0; k < POOL_KEYS.length; k++) {
        const key = POOL_KEYS[k]!;
        const list = ns.calico.lists[key];
        if (!restricts(list)) continue;
        const labels = namespaceLabels(ctx.model, ns.name);
        for (const e of resolveList(ctx.model, list, pools) ?? []) bypassed(e, labels, ns.object.ref, `the pods of namespace ${ns.name} that do not name pools of their own`);
      }
    }
    // Only pods with a pool list of their own or a static address have anything to escape.
    const facts = listedOrStaticPods(ctx.model);
    // Indexed: once per pod of the repository, mostly before the code is optimised (a for-of step
    // makes an iterator result there).
    for (let i = 0; i < facts.length; i++) {
      const { pod, statics, staticPath } = facts[i]!;
      if (!staticPath) {
        for (let k = 0; k < POOL_KEYS.length; k++) {
          const key = POOL_KEYS[k]!;
          const own = pod.calico.lists[key];
          if (!restricts(own)) continue;
          // Only for pods that name pools: the lookup scans the namespaces.
          const labels = namespaceLabels(ctx.model, pod.namespace);
          const entries = resolveList(ctx.model, own, pools);
          if (entries) for (let j = 0; j < entries.length; j++) bypassed(entries[j]!, labels, pod.object.ref, "its pods");
        }
      }
      const ns = namespaceOf(ctx.model, pod);
      if (!ns) continue;
      const nsLabel = ns.name;
      if (!staticPath) {
        for (let k = 0; k < POOL_KEYS.length; k++) {
          const key = POOL_KEYS[k]!;
          const nsList = ns.calico.lists[key];
          const own = pod.calico.lists[key];
          if (!restricts(nsList) || !isSet(own) || own.error || own.raw === null) continue;
          const nsEntries = resolveList(ctx.model, nsList, pools) ?? [];
          const nsPools = poolsText(nsEntries);
          const related = [{ span: nsList.entry.node.span, message: `namespace ${nsLabel} sets ${key} ${nsList.raw ?? ""}` }];
          if ((own.items?.length ?? 0) === 0) {
            ctx.report({
              messageId: "lifted",
              at: own.entry.node.span,
              object: pod.object.ref,
              value: own.raw,
              related,
              data: { key, raw: own.raw, ns: nsLabel, nsRaw: nsList.raw ?? "", nsPools },
            });
            continue;
          }
          for (const e of resolveList(ctx.model, own, pools) ?? []) {
            // An entry Calico rejects fails the pod (unknown-pool, pool-family-mismatch say so).
            if (e.error || among(e, nsEntries) !== false) continue;
            ctx.report({
              messageId: "outside",
              at: e.request.span,
              object: pod.object.ref,
              value: e.request.text,
              related,
              data: { entry: entryText(e), ns: nsLabel, nsPools, key },
            });
          }
        }
      }
      for (const s of statics) {
        const key = keyOfFamily(s.ip.family);
        const nsList = ns.calico.lists[key];
        if (!restricts(nsList)) continue;
        const nsEntries = resolveList(ctx.model, nsList, pools) ?? [];
        if (insideEntries(s.ip, nsEntries) !== false) continue;
        const ip = ipText(s.ip);
        ctx.report({
          messageId: "staticOutside",
          at: s.span,
          object: pod.object.ref,
          value: ip,
          related: [{ span: nsList.entry.node.span, message: `namespace ${nsLabel} sets ${key} ${nsList.raw ?? ""}` }],
          data: { ip, ns: nsLabel, nsPools: poolsText(nsEntries), nsChoice: anyOf(nsEntries.map(entryText)) },
        });
      }
    }
  },
});
