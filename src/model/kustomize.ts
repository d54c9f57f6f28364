import type { SourceFile } from "../load/index.js";

const KUSTOMIZATION = /(^|[/\\])(kustomization\.ya?ml|Kustomization)$/;

/**
 * The directories (with their trailing separator; "" for the working directory) of the
 * kustomization files in view that add labels to what they build (`commonLabels`, `labels`): a
 * Namespace below one may carry labels its file does not show, so its labels are not fully known.
 * (Linting `kustomize build` output, as the Argo CD plugin does, shows the labels.)
 */
export function labellingKustomizations(files: readonly SourceFile[]): string[] {
  const dirs: string[] = [];
  for (const f of files) {
    const m = KUSTOMIZATION.exec(f.path);
    if (!m) continue;
    const root = f.documents[0]?.root;
    if (root?.kind !== "map") continue;
    const adds = root.entries.some((e) => (e.key === "commonLabels" || e.key === "labels") && !(e.value.kind === "scalar" && e.value.value === null));
    if (adds) dirs.push(f.path.slice(0, m.index + (m[1] ?? "").length));
  }
  return dirs;
}
