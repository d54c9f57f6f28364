import { replaceListWithString, replaceScalar, type EditContext } from "../fix/edits.js";
import { sharedNodes } from "../fix/shared.js";
import { goUnmarshalStringList, isSet, LIST_KEYS, type CalicoAnnotations, type DecodedList, type ListKey, type Node, type ObjectRef } from "../model/index.js";
import { defineRule } from "./define-rule.js";
import { annotatedSites, EXAMPLE_VALUES, fullKey, isJsonSource, jsonList, pasteLine, readsKey, shown, victims } from "./_shared/calico.js";

/** What Calico says when it cannot decode the value (§1.15: C5, C11, C15, C17). */
export function calicoJsonError(key: ListKey, raw: string, goError: string): string {
  const r = shown(raw);
  switch (key) {
    case "ipAddrs":
    case "ipAddrsNoIpam":
      return `failed to parse IPs ${r} for annotation "${fullKey(key)}": failed to parse '${r}' as JSON: ${goError}`;
    case "floatingIPs":
    case "allowedSourcePrefixes":
      return `failed to parse '${r}' as JSON: ${goError}`;
    default:
      return goError;
  }
}

/** Normalises one entry for the key, or says it is not plausible there (null). */
function entryCheck(key: ListKey): (t: string) => string | null {
  switch (key) {
    case "ipFamilies":
      return (t) => (/^ipv4$/i.test(t) ? "IPv4" : /^ipv6$/i.test(t) ? "IPv6" : null);
    case "ipv4pools":
    case "ipv6pools":
      // Pool names (Kubernetes names) and CIDRs.
      return (t) => (/^[A-Za-z0-9._:/-]+$/.test(t) ? t : null);
    default:
      // Addresses and prefixes: hex digits, dots, colons, a prefix length, a zone.
      return (t) => (/^[0-9A-Fa-f.:/]+(%[\w.-]+)?$/.test(t) && /[0-9]/.test(t) && /[.:]/.test(t) ? t : null);
  }
}

function finish(key: ListKey, entries: readonly string[]): string | null {
  const check = entryCheck(key);
  const list = entries.filter((e) => e !== "").map(check);
  if (list.length === 0 || list.some((e) => e === null)) return null;
  const out = jsonList(list as string[]);
  return goUnmarshalStringList(out).ok ? out : null;
}

const isSep = (c: string | undefined): boolean => c === undefined || c === "," || /\s/.test(c);

/**
 * The entries of a list written loosely: separated by commas and/or spaces, each bare, in double
 * quotes (JSON escapes allowed), in single quotes, or in over-escaped quotes (`\"a\"`). Null when
 * the text is not such a list.
 */
function looseEntries(body: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i] as string;
    if (isSep(c)) {
      i++;
      continue;
    }
    const escapedQuote = c === "\\" && (body[i + 1] === '"' || body[i + 1] === "'");
    if (c === '"' || c === "'" || escapedQuote) {
      const q = escapedQuote ? (body[i + 1] as string) : c;
      const close = escapedQuote ? `\\${q}` : q;
      let j = i + (escapedQuote ? 2 : 1);
      let segment = "";
      for (;;) {
        if (j >= body.length) return null;
        if (body.startsWith(close, j)) break;
        if (!escapedQuote && q === '"' && body[j] === "\\") {
          segment += body.slice(j, j + 2);
          j += 2;
          continue;
        }
        segment += body[j];
        j++;
      }
      j += close.length;
      if (!isSep(body[j])) return null;
      let value = segment;
      if (q === '"' && !escapedQuote) {
        try {
          value = JSON.parse(`"${segment}"`) as string;
        } catch {
          return null;
        }
      }
      out.push(value.trim());
      i = j;
      continue;
    }
    let j = i;
    while (!isSep(body[j])) j++;
    const bare = body.slice(i, j);
    if (/["'\\]/.test(bare)) return null;
    out.push(bare);
    i = j;
  }
  return out;
}

function repairText(key: ListKey, text: string): string | null {
  let s = text.trim().replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'");
  // The whole value wrapped in an extra pair of single quotes: '["a"]' written inside "…".
  if (s.length >= 2 && s.startsWith("'") && s.endsWith("'") && /^'\s*\[/.test(s)) s = s.slice(1, -1).trim();
  let body = s;
  if (body.startsWith("[")) body = body.slice(1);
  if (body.endsWith("]")) body = body.slice(0, -1);
  if (/[[\]{}]/.test(body)) return null;
  const entries = looseEntries(body);
  return entries ? finish(key, entries) : null;
}

/**
 * The JSON array the author most likely meant, or null when no repair is sensible: single quotes
 * become double quotes, missing brackets are added, trailing commas dropped, a bare value or a JSON
 * string is wrapped into an array, comma- or space-separated values are split, and a double-encoded
 * array is unwrapped. Entries must look like what the key takes (addresses, pool names or CIDRs,
 * IP families), so nothing is invented.
 */
export function repairList(key: ListKey, raw: string): string | null {
  const s = raw.trim();
  if (s === "") return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(s);
  } catch {
    return repairText(key, s);
  }
  if (typeof parsed !== "string") return null; // numbers, objects, arrays of non-strings: no guess
  const inner = parsed.trim();
  if (inner.startsWith("[")) {
    const r = goUnmarshalStringList(inner);
    if (r.ok && r.items && r.items.length > 0) return finish(key, r.items.map((i) => i.value));
  }
  return repairText(key, inner);
}

/** The JSON array for a YAML list of scalars, or null. */
export function repairNode(key: ListKey, node: Node): string | null {
  if (node.kind !== "seq") return null;
  const entries: string[] = [];
  for (const item of node.items) {
    if (item.kind !== "scalar") return null;
    if (item.value === null) continue;
    entries.push(String(item.value).trim());
  }
  return finish(key, entries);
}

/** The expected form, for messages that cannot offer a corrected value. */
function example(json: boolean, key: ListKey): { form: string; example: string } {
  return { form: json ? "a JSON string" : "a quoted YAML string", example: pasteLine(json, key, EXAMPLE_VALUES[key]) };
}

function yamlType(node: Node): string {
  if (node.kind === "seq") return "list";
  if (node.kind === "map") return "mapping";
  if (typeof node.value === "boolean") return "boolean";
  return "number";
}

export default defineRule({
  id: "annotation-json",
  meta: {
    description: "Require Calico list annotations to be JSON arrays of strings, as Go's json.Unmarshal decodes them",
    defaultSeverity: "error",
    scope: "object",
    fixable: true,
    messages: {
      badJson: "{{key}} is not a JSON array of strings: Calico fails {{victim}} with `{{calico}}`. Write it as `{{fix}}`",
      badJsonNoFix:
        "{{key}} is not a JSON array of strings: Calico fails {{victim}} with `{{calico}}`. Write a JSON array of strings in {{form}}, such as `{{example}}`",
      notString:
        "{{key}} is a YAML {{type}}, but annotation values must be strings: kubectl and the API server reject the whole object, so nothing is applied. Write it as `{{fix}}`",
      notStringNoFix:
        "{{key}} is a YAML {{type}}, but annotation values must be strings: kubectl and the API server reject the whole object, so nothing is applied. Write a JSON array of strings in {{form}}, such as `{{example}}`",
    },
    calico:
      "Calico decodes these annotations with Go's json.Unmarshal into a list of strings and fails the pod's network setup on any error: `ipAddrs`/`ipAddrsNoIpam` with `failed to parse IPs <raw> for annotation \"<key>\": failed to parse '<raw>' as JSON: <error>`, `ipv4pools`/`ipv6pools`/`ipFamilies` with the bare Go error (a namespace's value fails every pod in it that does not set its own), `floatingIPs` and `allowedSourcePrefixes` with `failed to parse '<raw>' as JSON: <error>`. A value that is not a YAML string is rejected by Kubernetes before Calico sees it. `[]` and `null` are valid JSON (other rules judge them).",
    remediation:
      "Write the value as a JSON array of double-quoted strings inside a single-quoted YAML string, for example `cni.projectcalico.org/ipAddrs: '[\"10.0.0.1\"]'`; the message gives the corrected line where the intent is clear.",
  },
  check(ctx) {
    const jsonFiles = new Map<string, boolean>();
    const inJson = (file: string): boolean => {
      let v = jsonFiles.get(file);
      if (v === undefined) {
        v = isJsonSource(file, ctx.sourceText(file));
        jsonFiles.set(file, v);
      }
      return v;
    };
    // --fix: the corrected value, written back in the value's own quoting style.
    const shared = sharedNodes(ctx.model.files);
    const editing = (file: string): EditContext => ({ text: ctx.sourceText(file), shared, json: inJson(file) });

    // Values Calico decodes: pods the CNI plugin sets up, and a Namespace's pool and family keys.
    const sites = annotatedSites(ctx.model);
    for (let n = 0; n < sites.length; n++) {
      const site = sites[n]!;
      for (let k = 0; k < LIST_KEYS.length; k++) {
        const key = LIST_KEYS[k]!;
        const d = site.calico.lists[key];
        // An empty string counts as absent (and a pod's empty value does not override its namespace's).
        if (!isSet(d) || d.raw === null || !d.error || !readsKey(site, key)) continue;
        const json = inJson(d.entry.node.span.file);
        const fixed = repairList(key, d.raw);
        const common = { key: fullKey(key), victim: victims(site, key), calico: calicoJsonError(key, d.raw, d.error.message) };
        ctx.report(
          fixed
            ? {
                messageId: "badJson",
                data: { ...common, fix: pasteLine(json, key, fixed) },
                at: d.error.span,
                object: site.object.ref,
                value: d.raw,
                ...(d.entry.node.kind === "scalar" ? { fix: replaceScalar(editing(d.entry.node.span.file), d.entry.node, fixed) } : {}),
              }
            : { messageId: "badJsonNoFix", data: { ...common, ...example(json, key) }, at: d.error.span, object: site.object.ref, value: d.raw },
        );
      }
    }

    // Values that are not strings at all: Kubernetes rejects them wherever they are.
    const notStrings = (calico: CalicoAnnotations, ref: ObjectRef): void => {
      if (calico.all.length === 0) return;
      for (let k = 0; k < LIST_KEYS.length; k++) {
        const key = LIST_KEYS[k]!;
        const d: DecodedList | undefined = calico.lists[key];
        if (!d || d.raw !== null) continue;
        const node = d.entry.node;
        if (node.kind === "scalar" && node.value === null) continue; // `key:` with no value reads as ""
        const json = inJson(node.span.file);
        const fixed = repairNode(key, node);
        const common = { key: fullKey(key), type: yamlType(node) };
        ctx.report(
          fixed
            ? { messageId: "notString", data: { ...common, fix: pasteLine(json, key, fixed) }, at: node.span, object: ref, fix: replaceListWithString(editing(node.span.file), d.entry.keySpan, node, fixed) }
            : { messageId: "notStringNoFix", data: { ...common, ...example(json, key) }, at: node.span, object: ref },
        );
      }
    };
    const { podSources } = ctx.model;
    for (let i = 0; i < podSources.length; i++) {
      const pod = podSources[i]!;
      notStrings(pod.calico, pod.object.ref);
      if (pod.controllerCalico) notStrings(pod.controllerCalico, pod.object.ref);
    }
    for (const ns of ctx.model.namespaceList) notStrings(ns.calico, ns.object.ref);
  },
});
