import { dirname, join, normalize } from "node:path/posix";
import { under } from "./discover.js";
import type { Chart, Deploy, KustomizeRoot, Layout } from "./types.js";

/** One thing a cluster deploys: a Kustomize root, a chart, or plain files. */
export type Unit =
  | { readonly kind: "root"; readonly root: KustomizeRoot; readonly deploy?: Deploy; readonly files: readonly string[] }
  | { readonly kind: "chart"; readonly chart: Chart; readonly deploy?: Deploy }
  | { readonly kind: "files"; readonly files: readonly string[] };

/** A cluster and what it deploys. The cluster named "" is the repository's only one, or what no cluster deploys. */
export interface Scope {
  readonly cluster: string;
  readonly units: readonly Unit[];
}

/**
 * The files a root deploys when it is not rendered: its resources and its bases', recursively;
 * never its patches.
 */
export function rootFiles(layout: Layout, root: KustomizeRoot, seen = new Set<string>()): string[] {
  if (seen.has(root.dir)) return [];
  seen.add(root.dir);
  const out = [...root.resources];
  for (const b of root.bases) {
    const base = layout.roots.get(b);
    if (base) out.push(...rootFiles(layout, base, seen));
  }
  return out;
}

/** Every file a root reads: its kustomization, resources, patches, and its bases'. */
export function rootInputs(layout: Layout, root: KustomizeRoot, seen = new Set<string>()): string[] {
  if (seen.has(root.dir)) return [];
  seen.add(root.dir);
  const out = [root.file, ...root.resources, ...root.patches];
  for (const b of root.bases) {
    const base = layout.roots.get(b);
    if (base) out.push(...rootInputs(layout, base, seen));
  }
  return out;
}

/** The patch files of a root and its bases, nearest first (the overlay's before its base's). */
export function rootPatches(layout: Layout, root: KustomizeRoot, seen = new Set<string>()): string[] {
  if (seen.has(root.dir)) return [];
  seen.add(root.dir);
  const out = [...root.patches];
  for (const b of root.bases) {
    const base = layout.roots.get(b);
    if (base) out.push(...rootPatches(layout, base, seen));
  }
  return out;
}

/**
 * Split the files into clusters and what each deploys. Without any cluster found, the repository is
 * one cluster, as before; with one, everything not deployed elsewhere is in it too; with several,
 * what no cluster deploys is judged on its own (scope ""), never with any cluster's objects.
 */
export function planScopes(layout: Layout, files: readonly string[]): Scope[] {
  const isBase = new Set<string>();
  for (const r of layout.roots.values()) for (const b of r.bases) isBase.add(b);
  // Components an Application or Flux Kustomization adds are built only through it.
  for (const d of layout.deploys) {
    const components = d.options?.block["components"];
    if (Array.isArray(components)) for (const c of components) if (typeof c === "string") isBase.add(normalize(join(d.dir, c)).replace(/\/$/, ""));
  }
  // The files below each chart (its own and its subcharts'), found once.
  const chartFiles = new Map<string, string[]>();
  const inChart = (f: string): boolean => {
    for (let d = dirname(f); ; d = dirname(d)) {
      if (layout.charts.has(d)) return true;
      if (dirname(d) === d) return false;
    }
  };
  if (layout.charts.size > 0) {
    for (const f of files) {
      for (let d = dirname(f); ; d = dirname(d)) {
        if (layout.charts.has(d)) {
          const l = chartFiles.get(d);
          if (l) l.push(f);
          else chartFiles.set(d, [f]);
        }
        if (dirname(d) === d) break;
      }
    }
  }
  // The files below each folder, found once: a deploy's folder is looked up, not searched for.
  const below = new Map<string, string[]>();
  for (const f of files) {
    for (let d = dirname(f); ; d = dirname(d)) {
      const l = below.get(d);
      if (l) l.push(f);
      else below.set(d, [f]);
      if (dirname(d) === d) break;
    }
  }
  const covered = new Set<string>();
  const cover = (unit: Unit): void => {
    if (unit.kind === "files") unit.files.forEach((f) => covered.add(f));
    else if (unit.kind === "root") rootInputs(layout, unit.root).forEach((f) => covered.add(f));
    else {
      covered.add(unit.chart.file);
      for (const f of chartFiles.get(unit.chart.dir) ?? []) covered.add(f);
    }
  };
  /** The topmost root below `dir` holding `file`, if any. */
  const rootFor = (dir: string, file: string): KustomizeRoot | undefined => {
    let found: KustomizeRoot | undefined;
    for (let d = dirname(file); under(dir, d); d = dirname(d)) {
      const r = layout.roots.get(d);
      if (r) found = r;
      if (d === dir || dirname(d) === d) break;
    }
    return found;
  };
  const chartFor = (dir: string, file: string): Chart | undefined => {
    for (let d = dirname(file); under(dir, d); d = dirname(d)) {
      const c = layout.charts.get(d);
      if (c) return c;
      if (d === dir || dirname(d) === d) break;
    }
    return undefined;
  };
  /** Units for the files below a folder: Kustomize roots as roots, charts as charts, the rest as files. */
  const folderUnits = (dir: string, recurse: boolean, deploy?: Deploy): Unit[] => {
    const units = new Map<string, Unit>();
    const plain: string[] = [];
    for (const f of below.get(dir) ?? []) {
      if (!recurse && dirname(f) !== dir) continue;
      const root = rootFor(dir, f);
      if (root) {
        if (!units.has(`root:${root.dir}`)) units.set(`root:${root.dir}`, { kind: "root", root, files: rootFiles(layout, root), ...(deploy && root.dir === dir ? { deploy } : {}) });
        continue;
      }
      const chart = chartFor(dir, f);
      if (chart) {
        if (!units.has(`chart:${chart.dir}`)) units.set(`chart:${chart.dir}`, { kind: "chart", chart });
        continue;
      }
      if (layout.templates.has(f) || layout.patches.has(f)) continue;
      plain.push(f);
    }
    // A root whose folder holds only its kustomization (an overlay of bases) has no file below it to be found by.
    const own = layout.roots.get(dir);
    if (own && !units.has(`root:${own.dir}`)) units.set(`root:${own.dir}`, { kind: "root", root: own, files: rootFiles(layout, own), ...(deploy ? { deploy } : {}) });
    return [...units.values(), ...(plain.length > 0 ? [{ kind: "files" as const, files: plain }] : [])];
  };

  const scopes: { cluster: string; units: Unit[] }[] = layout.clusters.map((c) => ({ cluster: c, units: [] }));
  const scopeOf = (name: string): { cluster: string; units: Unit[] } => {
    let s = scopes.find((x) => x.cluster === name);
    if (!s) {
      s = { cluster: name, units: [] };
      scopes.push(s);
    }
    return s;
  };
  for (const [name, dirs] of layout.clusterDirs) for (const d of dirs) scopeOf(name).units.push(...folderUnits(d, true));
  /**
   * The kustomization Flux generates for a plain folder (fluxcd/pkg kustomize_generator.go,
   * `scanManifests`): every manifest below, and each folder with a kustomization of its own as one
   * resource. Chart files, templates and patches are left out (Flux would fail on them).
   */
  const generatedRoot = (dir: string): KustomizeRoot => {
    const resources: string[] = [];
    const bases = new Set<string>();
    for (const f of below.get(dir) ?? []) {
      const root = rootFor(dir, f);
      if (root) bases.add(root.dir);
      else if (!chartFor(dir, f) && !layout.templates.has(f) && !layout.patches.has(f)) resources.push(f);
    }
    return { dir, file: `${dir}/kustomization.yaml`, resources, bases: [...bases], plainDirs: [], patches: [], remote: [], unsafe: [], generated: true };
  };
  for (const d of layout.deploys) {
    const generated = d.how === "directory" && d.options?.tool === "flux" ? generatedRoot(d.dir) : undefined;
    const units: Unit[] =
      d.how === "kustomize" && layout.roots.get(d.dir)
        ? [{ kind: "root", root: layout.roots.get(d.dir) as KustomizeRoot, deploy: d, files: rootFiles(layout, layout.roots.get(d.dir) as KustomizeRoot) }]
        : generated
          ? [{ kind: "root", root: generated, deploy: d, files: rootFiles(layout, generated) }]
          : d.how === "helm" && layout.charts.get(d.dir)
            ? [{ kind: "chart", chart: layout.charts.get(d.dir) as Chart, deploy: d }]
            : folderUnits(d.dir, d.recurse, d);
    scopeOf(d.cluster).units.push(...units);
  }
  for (const s of scopes) {
    s.units = dedupe(s.units);
    s.units.forEach(cover);
  }
  // What no cluster deploys: top-level roots, charts, and the remaining files.
  const rest: Unit[] = [];
  for (const r of layout.roots.values()) {
    if (isBase.has(r.dir) || covered.has(r.file)) continue;
    rest.push({ kind: "root", root: r, files: rootFiles(layout, r) });
  }
  for (const c of layout.charts.values()) {
    // A folder with a kustomization and a Chart.yaml is built by kustomize (Argo CD's discovery).
    if (layout.roots.has(c.dir)) continue;
    if (!covered.has(c.file) && ![...layout.charts.keys()].some((d) => d !== c.dir && under(d, c.dir))) rest.push({ kind: "chart", chart: c });
  }
  rest.forEach(cover);
  const plain = files.filter((f) => !covered.has(f) && !layout.templates.has(f) && !layout.patches.has(f) && !inChart(f));
  if (plain.length > 0) rest.push({ kind: "files", files: plain });
  const named = scopes.filter((s) => s.cluster !== "");
  const unnamed = scopes.find((s) => s.cluster === "");
  if (named.length === 0) return [{ cluster: "", units: dedupe([...(unnamed?.units ?? []), ...rest]) }];
  if (named.length === 1 && named[0]) return [{ cluster: named[0].cluster, units: dedupe([...named[0].units, ...(unnamed?.units ?? []), ...rest]) }];
  const leftover = dedupe([...(unnamed?.units ?? []), ...rest]);
  return [...named, ...(leftover.length > 0 ? [{ cluster: "", units: leftover }] : [])];
}

function dedupe(units: readonly Unit[]): Unit[] {
  const byKey = new Map<string, Unit>();
  const files = new Set<string>();
  for (const u of units) {
    if (u.kind === "files") {
      u.files.forEach((f) => files.add(f));
      continue;
    }
    const key = u.kind === "root" ? `root:${u.root.dir}:${u.deploy?.by.file ?? ""}:${u.deploy?.by.name ?? ""}` : `chart:${u.chart.dir}:${u.deploy?.releaseName ?? ""}:${u.deploy?.by.file ?? ""}`;
    const plainKey = u.kind === "root" ? `root:${u.root.dir}::` : `chart:${u.chart.dir}::`;
    // A root or chart found both in a cluster's folder and through what deploys it: keep the deploy's.
    if (u.deploy) byKey.delete(plainKey);
    else if ([...byKey.keys()].some((k) => k.startsWith(u.kind === "root" ? `root:${u.root.dir}:` : `chart:${u.chart.dir}:`))) continue;
    if (!byKey.has(key)) byKey.set(key, u);
  }
  // Files a root or chart of this scope deploys are not also plain files of it.
  const inRoots = new Set<string>();
  for (const u of byKey.values()) if (u.kind === "root") for (const f of u.files) inRoots.add(f);
  const chartDirs = new Set([...byKey.values()].flatMap((u) => (u.kind === "chart" ? [u.chart.dir] : [])));
  const inScopeChart = (f: string): boolean => {
    for (let d = dirname(f); ; d = dirname(d)) {
      if (chartDirs.has(d)) return true;
      if (dirname(d) === d) return false;
    }
  };
  const plain = [...files].filter((f) => !inRoots.has(f) && (chartDirs.size === 0 || !inScopeChart(f)));
  return [...byKey.values(), ...(plain.length > 0 ? [{ kind: "files" as const, files: plain.sort() }] : [])];
}
