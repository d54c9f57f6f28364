import { entryAt, type MapNode, type Node } from "../load/index.js";
import type { OptionHint } from "./relocate.js";

/**
 * Where a kustomization's options are written, for findings in what they produced: what key of a
 * rendered object each writes and the text it puts there, or, for a patch, the region that holds
 * its text. The same words in a kustomization file, an Argo CD Application's `kustomize` block and
 * a Flux Kustomization's `spec` (`targetNamespace` for Flux's namespace).
 */
export function kustomizeHints(block: MapNode, display: string, flux: boolean): OptionHint[] {
  const hints: OptionHint[] = [];
  const span = (n: Node): { start: number; end: number } => ({ start: n.span.start, end: n.span.end });
  const scalar = (key: string): Node | undefined => {
    const n = entryAt(block, key)?.value;
    return n?.kind === "scalar" && n.value !== null && n.value !== "" ? n : undefined;
  };
  for (const key of ["namePrefix", "nameSuffix"]) {
    const n = scalar(key);
    if (n?.kind === "scalar") hints.push({ file: display, span: span(n), key: "name", value: String(n.value) });
  }
  const ns = scalar(flux ? "targetNamespace" : "namespace");
  if (ns?.kind === "scalar") hints.push({ file: display, span: span(ns), key: "namespace", value: String(ns.value) });
  const images = entryAt(block, "images")?.value;
  if (images?.kind === "seq") {
    for (const item of images.items) {
      if (item.kind === "scalar") {
        const v = String(item.value ?? "");
        const eq = v.indexOf("=");
        const { name, tag, digest } = splitImage(eq === -1 ? v : v.slice(eq + 1));
        for (const part of [eq === -1 ? "" : name, tag, digest]) if (part && part !== "*") hints.push({ file: display, span: span(item), key: "image", value: part });
      } else if (item.kind === "map") {
        for (const f of ["newName", "newTag", "digest"]) {
          const n = entryAt(item, f)?.value;
          if (n?.kind === "scalar" && n.value !== null && n.value !== "") hints.push({ file: display, span: span(n), key: "image", value: String(n.value) });
        }
      }
    }
  }
  const replicas = entryAt(block, "replicas")?.value;
  if (replicas?.kind === "seq") {
    for (const item of replicas.items) {
      const n = item.kind === "map" ? entryAt(item, "count")?.value : undefined;
      const name = item.kind === "map" ? entryAt(item, "name")?.value : undefined;
      const object = name?.kind === "scalar" && name.value !== null ? String(name.value) : undefined;
      if (n?.kind === "scalar") hints.push({ file: display, span: span(n), key: "replicas", value: String(n.value), ...(object ? { object } : {}) });
    }
  }
  const pairs = (m: Node | undefined): void => {
    if (m?.kind !== "map") return;
    for (const e of m.entries) if (e.value.kind === "scalar" && e.value.value !== null && e.value.value !== "") hints.push({ file: display, span: span(e.value), keySpan: { start: e.keySpan.start, end: e.keySpan.end }, key: e.key, value: String(e.value.value) });
  };
  pairs(entryAt(block, "commonLabels")?.value);
  pairs(entryAt(block, "commonAnnotations")?.value);
  const cm = entryAt(block, "commonMetadata")?.value;
  if (cm?.kind === "map") {
    pairs(entryAt(cm, "labels")?.value);
    pairs(entryAt(cm, "annotations")?.value);
  }
  for (const key of ["patches", "patchesStrategicMerge", "patchesJson6902"]) {
    const ps = entryAt(block, key)?.value;
    if (ps?.kind === "seq") for (const p of ps.items) hints.push({ file: display, span: span(p), patch: true });
  }
  return hints;
}

/** kustomize's image.Split: name, tag and digest of `name[:tag][@digest]`, a registry port not taken for a tag. */
export function splitImage(image: string): { name: string; tag: string; digest: string } {
  const slash = image.indexOf("/");
  const from = slash > 0 ? slash : 0;
  const search = image.slice(from);
  const at = search.indexOf("@");
  const colon = search.indexOf(":");
  if (colon < 0 && at < 0) return { name: image, tag: "", digest: "" };
  if (at >= 0 && (at < colon || colon < 0)) return { name: image.slice(0, from + at), tag: "", digest: image.slice(from + at + 1) };
  if (at >= 0 && colon >= 0) return { name: image.slice(0, from + colon), tag: image.slice(from + colon + 1, from + at), digest: image.slice(from + at + 1) };
  return { name: image.slice(0, from + colon), tag: image.slice(from + colon + 1), digest: "" };
}
