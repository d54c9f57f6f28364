import { renameKey } from "../fix/edits.js";
import { sharedNodes } from "../fix/shared.js";
import type { Fix } from "../fix/types.js";
import { CALICO_PREFIX, KNOWN_KEYS, LIST_KEYS, type AnnotationEntry, type MapNode, type ObjectRef } from "../model/index.js";
import { defineRule } from "./define-rule.js";
import { fullKey, isJsonSource } from "./_shared/calico.js";

/** Keys a user sets (Calico's own output keys are not suggested). */
const INPUT_KEYS: readonly string[] = [...LIST_KEYS, "hwAddr"];

/** `cni.projectcalico.org/*` keys read by Calico Enterprise (multi-VRF networks), not by Calico Open Source. */
const ENTERPRISE_KEYS: readonly string[] = ["networks"];

/**
 * `cni.projectcalico.org/vpp*` keys read by Calico's VPP dataplane (vpp-dataplane config/config.go;
 * pods: calico-vpp-agent/cni/model/pod_annotations.go, Services: services/service_server.go).
 */
const VPP_KEYS: readonly string[] = ["vppExtraMemifPorts", "vppVcl", "vppInterfacesSpec", "vppExtraMemifSpec", "vppKeepOriginalPacket", "vppHashConfig", "vppLBType"];

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = v;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** The known keys nearest to `name` (case-insensitive) and near enough to be a likely typo, in INPUT_KEYS order. */
export function nearestKeys(name: string): string[] {
  const n = name.toLowerCase().replace(/[-_\s]/g, "");
  let best: { keys: string[]; d: number } | undefined;
  for (const key of INPUT_KEYS) {
    const k = key.toLowerCase();
    const d = n.includes(k) || (n.length >= 5 && k.includes(n)) ? Math.min(1, editDistance(n, k)) : editDistance(n, k);
    if (d > Math.max(2, Math.floor(k.length / 3))) continue;
    if (!best || d < best.d) best = { keys: [key], d };
    else if (d === best.d) best.keys.push(key);
  }
  return best?.keys ?? [];
}

/** The known key nearest to `name` (case-insensitive), if it is near enough to be a likely typo. */
export function nearestKey(name: string): string | undefined {
  return nearestKeys(name)[0];
}

/**
 * The key meant, when only one is nearest: among the nearest keys, the one strictly closest by
 * plain edit distance (`ipAddr` is within reach of `ipAddrsNoIpam` too, but one edit from `ipAddrs`);
 * undefined when two are as close (`ipv5pools`).
 */
export function meantKey(name: string, nearest: readonly string[] = nearestKeys(name)): string | undefined {
  if (nearest.length <= 1) return nearest[0];
  const n = name.toLowerCase();
  const scored = nearest.map((key) => ({ key, d: editDistance(n, key.toLowerCase()) }));
  const best = Math.min(...scored.map((s) => s.d));
  const at = scored.filter((s) => s.d === best);
  return at.length === 1 ? at[0]?.key : undefined;
}

const CALICO_HOST = CALICO_PREFIX.slice(0, -1);

/**
 * For a key outside `cni.projectcalico.org/` whose prefix is a near miss of it (`cni.projectcalico.io`,
 * `projectcalico.org`, `CNI.projectcalico.org`, …) and whose name is a key Calico reads: that key.
 */
export function nearMissPrefix(key: string): string | undefined {
  let meant = nearMisses.get(key);
  if (meant === undefined && !nearMisses.has(key)) {
    meant = judgeNearMiss(key);
    if (nearMisses.size < 10_000) nearMisses.set(key, meant);
  }
  return meant;
}

/** The same keys come back on thousands of objects (`prometheus.io/scrape`): each is judged once. */
const nearMisses = new Map<string, string | undefined>();

function judgeNearMiss(key: string): string | undefined {
  if (key.startsWith(CALICO_PREFIX)) return undefined;
  const slash = key.lastIndexOf("/");
  let prefix: string;
  let name: string;
  if (slash === -1) {
    // `cni.projectcalico.org.ipAddrs`, `cni.projectcalico.org:ipAddrs`
    if (!key.toLowerCase().startsWith(CALICO_HOST) || key.length <= CALICO_HOST.length + 1) return undefined;
    prefix = key.slice(0, CALICO_HOST.length);
    name = key.slice(CALICO_HOST.length + 1);
  } else {
    prefix = key.slice(0, slash);
    name = key.slice(slash + 1);
  }
  const p = prefix.toLowerCase();
  if (!p.includes("calico") && editDistance(p, CALICO_HOST) > 3) return undefined;
  return INPUT_KEYS.find((k) => k.toLowerCase() === name.toLowerCase());
}

const knownList = INPUT_KEYS.join(", ");

export default defineRule({
  id: "annotation-unknown",
  meta: {
    description: "Warn about cni.projectcalico.org annotations that Calico does not read, such as misspelled keys",
    defaultSeverity: "warning",
    scope: "object",
    fixable: true,
    messages: {
      didYouMean: "Calico ignores {{key}}: it reads no such annotation{{note}}. Did you mean `{{suggestion}}`? Rename the key",
      unknown: "Calico ignores {{key}}: it reads no such annotation (it reads {{known}}). Rename or remove it",
      prefix: "Calico's CNI plugin ignores {{key}}: it reads only `{{suggestion}}`{{note}}. Rename the key",
    },
    calico:
      "The CNI plugin reads `cni.projectcalico.org/` + `ipAddrs`, `ipAddrsNoIpam`, `ipv4pools`, `ipv6pools`, `ipFamilies`, `floatingIPs`, `allowedSourcePrefixes` and `hwAddr` (and writes `podIP`, `podIPs`, `containerID` itself); the VPP dataplane reads its own `vpp*` keys (`vppExtraMemifPorts`, `vppVcl`, `vppInterfacesSpec`, `vppExtraMemifSpec` on pods, `vppLBType`, `vppHashConfig`, `vppKeepOriginalPacket` on Services), which are not reported. Keys are case-sensitive; any other key, or a near miss of the prefix, is silently ignored, so the pod runs without what the author asked for.",
    remediation: "Rename the key to the one Calico reads (the message suggests the nearest), or remove it.",
  },
  check(ctx) {
    const seen = new Set<string>();
    // --fix renames the key, when the key meant is the only one that near.
    const shared = sharedNodes(ctx.model.files);
    const rename = (map: MapNode | undefined, e: AnnotationEntry, to: string): Fix => {
      if (!map) return { refused: "the annotations are not a mapping" };
      const file = e.keySpan.file;
      const text = ctx.sourceText(file);
      return renameKey({ text, shared, json: isJsonSource(file, text) }, map, { key: e.key, keySpan: e.keySpan, value: e.node }, to);
    };
    const visit = (entries: readonly AnnotationEntry[], map: MapNode | undefined, ref: ObjectRef, podOrNamespace: boolean): void => {
      // Indexed loops here and below: they run once per object of the repository, mostly before
      // the code is optimised, where each step of a for-of makes an iterator result.
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i]!;
        if (e.key.startsWith(CALICO_PREFIX)) {
          // A known key is never reported: passed over before its span is made.
          const name = e.key.slice(CALICO_PREFIX.length);
          if (KNOWN_KEYS.includes(name) || ENTERPRISE_KEYS.includes(name) || VPP_KEYS.includes(name)) continue;
          // An entry is read as a pod's and as its object's: reported once. The id is made only
          // for the keys reported here, not for every annotation of every object.
          const id = `${e.keySpan.file}:${e.keySpan.start}`;
          if (seen.has(id)) continue;
          seen.add(id);
          const nearest = nearestKeys(name);
          const near = nearest[0];
          if (near) {
            const note = near.toLowerCase() === name.toLowerCase() ? " (annotation keys are case-sensitive)" : "";
            const fix: Fix =
              meantKey(name, nearest) === near ? rename(map, e, fullKey(near)) : { refused: `${nearest.map(fullKey).join(" and ")} are as near as each other; rename the key by hand` };
            ctx.report({ messageId: "didYouMean", data: { key: e.key, suggestion: fullKey(near), note }, at: e.keySpan, object: ref, value: e.key, fix });
          } else {
            ctx.report({ messageId: "unknown", data: { key: e.key, known: knownList }, at: e.keySpan, object: ref, value: e.key });
          }
          continue;
        }
        // Near misses of the prefix only where the CNI plugin looks: other kinds have their own
        // annotations (`projectcalico.org/ipv4pools` is the LoadBalancer Service annotation).
        if (!podOrNamespace) continue;
        const meant = nearMissPrefix(e.key);
        if (!meant) continue;
        const id = `${e.keySpan.file}:${e.keySpan.start}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const lb = e.key.toLowerCase().startsWith("projectcalico.org/") && /^ipv[46]pools$/i.test(meant);
        const note = lb ? ` (${e.key} is read only on LoadBalancer Services, to pick their pool)` : "";
        ctx.report({ messageId: "prefix", data: { key: e.key, suggestion: fullKey(meant), note }, at: e.keySpan, object: ref, value: e.key, fix: rename(map, e, fullKey(meant)) });
      }
    };
    const { podSources, namespaceList, objects } = ctx.model;
    for (let i = 0; i < podSources.length; i++) {
      const pod = podSources[i]!;
      visit(pod.podAnnotations, pod.podAnnotationsNode, pod.object.ref, true);
    }
    for (const ns of namespaceList) visit(ns.object.annotations, ns.object.annotationsNode, ns.object.ref, true);
    for (let i = 0; i < objects.length; i++) {
      const o = objects[i]!;
      if (o.annotations.length > 0) visit(o.annotations, o.annotationsNode, o.ref, false);
    }
  },
});
