import { isSet, parseCIDROrIP, shortKey, type AnnotationEntry, type Node, type ObjectRef } from "../model/index.js";
import { defineRule } from "./define-rule.js";
import { annotatedSites, fullKey, shown, victims } from "./_shared/calico.js";

const HEX = /^[0-9A-Fa-f]{2}$/;

/** Go's `net.ParseMAC`: colon, hyphen or dot separated; 6, 8 or 20 octets (EUI-48, EUI-64, IPoIB). */
export function parseMAC(s: string): boolean {
  if (s.length < 14) return false;
  let groups: string[];
  if (s[2] === ":" || s[2] === "-") {
    if ((s.length + 1) % 3 !== 0) return false;
    groups = s.split(s[2]);
    if (groups.some((g) => g.length !== 2)) return false;
  } else if (s[4] === ".") {
    if ((s.length + 1) % 5 !== 0) return false;
    const quads = s.split(".");
    if (quads.some((q) => q.length !== 4)) return false;
    groups = quads.flatMap((q) => [q.slice(0, 2), q.slice(2)]);
  } else {
    return false;
  }
  return [6, 8, 20].includes(groups.length) && groups.every((g) => HEX.test(g));
}

/** The MAC meant, in colon form, where the intent is clear (one-digit octets, no separators). */
export function repairMAC(s: string): string | null {
  const t = s.trim();
  let octets: string[] | null = null;
  if (/^[0-9A-Fa-f]{12}$/.test(t)) octets = t.match(/../g);
  else if (/^[0-9A-Fa-f]{1,2}([:-][0-9A-Fa-f]{1,2}){5}$/.test(t)) octets = t.split(/[:-]/).map((o) => o.padStart(2, "0"));
  if (!octets) return null;
  const out = octets.join(":").toLowerCase();
  return parseMAC(out) && out !== s ? out : null;
}

const FAMILY_FIX: Record<string, string> = { ipv4: "IPv4", v4: "IPv4", "4": "IPv4", inet: "IPv4", ipv6: "IPv6", v6: "IPv6", "6": "IPv6", inet6: "IPv6" };

export default defineRule({
  id: "invalid-annotation-value",
  meta: {
    description: "Disallow Calico annotation values that decode but that Calico rejects",
    defaultSeverity: "error",
    mixedSeverity: true,
    scope: "object",
    messages: {
      emptyStatic:
        "Calico fails the pod with `annotation \"{{key}}\" specified but empty`. Name the address (`'[\"10.0.0.1\"]'`), or remove the annotation to let Calico choose one",
      badFamily: "Calico fails {{victim}} with `error parsing ipFamilies: {{raw}}`: the entries must be exactly IPv4 or IPv6 (case-sensitive). {{fix}}",
      emptyFamilies:
        "With no IP family, Calico's IPAM assigns no address and Calico fails {{victim}} with `IPAM plugin returned missing IP config`. List the families (`'[\"IPv4\"]'`, `'[\"IPv4\", \"IPv6\"]'`), or remove the annotation",
      badMac:
        "Calico fails the pod with `failed to parse MAC address {{value}} provided via cni.projectcalico.org/hwAddr: address {{value}}: invalid MAC address`. {{fix}}",
      notString:
        "{{key}} is a YAML {{type}}, but annotation values must be strings: kubectl and the API server reject the whole object. Quote the value",
      badOutput:
        "Calico writes {{key}} itself; until the pod has IPs it reads the pod's addresses from it, and `{{value}}` does not parse (`invalid CIDR address: {{bad}}`), so pod conversion and network setup fail. Remove the annotation",
      fakeOutput:
        "Calico writes {{key}} itself and rewrites it when it sets up the pod's network (CNI ADD), so the pod gets its own addresses; until then, once the pod is scheduled, Calico reads the pod's addresses from it and policy briefly treats the pod as owning {{value}}. Typical of a `kubectl get -o yaml` export; remove the annotation from manifests you keep",
      containerId:
        "Calico writes {{key}} itself when it sets up the pod's network (CNI ADD), overwriting this value, and uses it to tell the pod's sandboxes apart: the value from the manifest has no lasting effect. Typical of a `kubectl get -o yaml` export; remove the annotation from manifests you keep",
    },
    calico:
      "`ipAddrs`/`ipAddrsNoIpam` set to `[]` or `null` fail with `annotation \"<key>\" specified but empty` (an empty string counts as absent). `ipFamilies` entries other than exactly `IPv4`/`IPv6` fail with `error parsing ipFamilies: <raw>`, and `[]` leaves IPAM nothing to assign (`IPAM plugin returned missing IP config`). `hwAddr` goes through Go's `net.ParseMAC`; a bad or empty value fails with `failed to parse MAC address <v> provided via cni.projectcalico.org/hwAddr: address <v>: invalid MAC address`. `podIP`, `podIPs` and `containerID` are written by Calico and rewritten at CNI ADD; before that, a scheduled pod's addresses are read from `podIP`/`podIPs`, so a value that does not parse fails the pod's conversion (an error), and a valid one (as in a `kubectl get -o yaml` export) makes the pod appear to own an address until its network is set up (a warning).",
    remediation:
      "Give `ipAddrs`/`ipAddrsNoIpam` an address or remove them, write `ipFamilies` as `[\"IPv4\"]`, `[\"IPv6\"]` or both, write `hwAddr` as six colon-separated hex octets, and delete `podIP`, `podIPs` and `containerID` from manifests.",
  },
  check(ctx) {
    const yamlType = (n: Node): string => (n.kind === "seq" ? "list" : n.kind === "map" ? "mapping" : typeof n.value === "boolean" ? "boolean" : "number");
    /** The value as Kubernetes stores it ("" for a YAML null), or undefined when it is not a string. */
    const textOf = (n: Node): string | undefined => (n.kind !== "scalar" ? undefined : n.value === null ? "" : typeof n.value === "string" ? n.value : undefined);

    const reportMac = (e: AnnotationEntry, ref: ObjectRef): void => {
      const n = e.node;
      const v = textOf(n);
      if (v === undefined) {
        ctx.report({ messageId: "notString", data: { key: e.key, type: yamlType(n) }, at: n.span, object: ref });
        return;
      }
      if (parseMAC(v)) return;
      const fixed = repairMAC(v);
      const fix =
        v === ""
          ? "Give a MAC address such as `ca:fe:ca:fe:ca:fe`, or remove the annotation"
          : fixed
            ? `Write \`${fixed}\``
            : "Write six colon-separated hex octets, such as `ca:fe:ca:fe:ca:fe`";
      ctx.report({ messageId: "badMac", data: { value: shown(v), fix }, at: n.span, object: ref, value: v });
    };

    const reportOutput = (e: AnnotationEntry, ref: ObjectRef): void => {
      const n = e.node;
      if (shortKey(e.key) === "containerID") {
        if (textOf(n) === "") return; // Calico itself writes "" on teardown
        // Overwritten at CNI ADD (libcalico-go k8s/resources/workloadendpoint.go calcCNIAnnotations): a warning.
        ctx.report({ messageId: "containerId", data: { key: e.key }, at: e.keySpan, object: ref, severity: "warning" });
        return;
      }
      const v = textOf(n);
      if (v === undefined) {
        ctx.report({ messageId: "notString", data: { key: e.key, type: yamlType(n) }, at: n.span, object: ref });
        return;
      }
      if (v === "") return; // "" means "no address", as Calico writes it on teardown
      const parts = shortKey(e.key) === "podIPs" ? v.split(",") : [v];
      const bad = parts.find((p) => !parseCIDROrIP(p));
      ctx.report(
        bad !== undefined
          ? { messageId: "badOutput", data: { key: e.key, value: shown(v), bad: shown(bad) }, at: n.span, object: ref, value: v }
          : // A valid address is read only until CNI ADD rewrites it (conversion.go getPodIPs, calcCNIAnnotations): a warning.
            { messageId: "fakeOutput", data: { key: e.key, value: shown(v) }, at: n.span, object: ref, value: v, severity: "warning" as const },
      );
    };

    const sites = annotatedSites(ctx.model);
    for (let n = 0; n < sites.length; n++) {
      const site = sites[n]!;
      const ref = site.object.ref;
      if (site.kind === "pod") {
        for (let k = 0; k < 2; k++) {
          const key = k === 0 ? "ipAddrs" : "ipAddrsNoIpam";
          const d = site.calico.lists[key];
          if (!isSet(d) || d.raw === null || d.error || (d.items && d.items.length > 0)) continue;
          ctx.report({ messageId: "emptyStatic", data: { key: fullKey(key) }, at: d.entry.node.span, object: ref, value: d.raw });
        }
      }

      const fam = site.calico.lists.ipFamilies;
      if (isSet(fam) && fam.raw !== null && !fam.error) {
        const victim = victims(site, "ipFamilies");
        const items = fam.items ?? [];
        // `[]` leaves IPAM nothing to assign, but a pod with a static address never asks IPAM to
        // choose (ipFamilies is parsed, then has no effect: calico-reference.md §1.4, §1.7).
        const staticPath = site.kind === "pod" && (isSet(site.calico.lists.ipAddrs) || isSet(site.calico.lists.ipAddrsNoIpam));
        if (items.length === 0 && !staticPath) {
          ctx.report({ messageId: "emptyFamilies", data: { victim }, at: fam.entry.node.span, object: ref, value: fam.raw });
        }
        for (const it of items) {
          if (it.value === "IPv4" || it.value === "IPv6") continue;
          const meant = FAMILY_FIX[it.value.trim().toLowerCase()];
          const fix = meant ? `Write "${meant}"` : "Remove the entry, or write IPv4 or IPv6";
          ctx.report({ messageId: "badFamily", data: { victim, raw: shown(fam.raw), fix }, at: it.span, object: ref, value: it.value });
        }
      }

      if (site.kind !== "pod") continue;
      if (site.calico.hwAddr) reportMac(site.calico.hwAddr, ref);
      for (const out of site.calico.outputs) reportOutput(out, ref);
    }
  },
});
