import { existsSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
import { displayPath, loadFile, resolveIn, type Walked } from "../load/files.js";
import { parseSource, type SourceFile } from "../load/index.js";
import { toPlain } from "../model/index.js";
import { dirOf, discoverLayout, holdsApplicationSet, KUSTOMIZATION_NAMES, layoutDocs, nameOf, type ApplicationSetCode, type LayoutFile } from "../layout/discover.js";
import type { Deploy } from "../layout/types.js";
import type { LintOptions } from "../engine/run.js";
import type { LayoutOptions, LayoutOutput } from "./types.js";

/**
 * The layout stage: read what the repository deploys where (src/layout); when it deploys anything,
 * render Kustomize roots and charts with the user's binaries, lint each cluster on its own, and
 * move findings in rendered output back to the line that wrote the value (run.ts).
 */

export { RenderUnavailable, type LayoutOptions, type LayoutOutput, type RenderedChart, type RenderedRoot, type RenderedView, type RenderMode, type ScopeOutput } from "./types.js";

// On POSIX a path is already written with "/": nothing to split (every file of a run goes through here).
const posixAbs = (p: string): string => (sep === "/" ? p : p.split(sep).join("/"));
// A file's folder and name, as path's (on Windows, its own: a drive's root differs).
const fileDir = sep === "/" ? dirOf : dirname;
const fileName = sep === "/" ? nameOf : basename;
const VALUES_KINDS = /\bkind["']?\s*:\s*["']?(?:ConfigMap|Secret)\b/;
/** Texts that mark a file of Argo CD or Flux objects, each with a part of it that manifests seldom hold. */
const MARKERS = [
  ["argoproj.io", "j.io"],
  ["toolkit.fluxcd.io", "xcd.io"],
] as const;

/**
 * `text.includes(needle)`, found through `rare`, a part of the needle that starts with a character
 * manifests seldom hold: every file of a run is searched for the layout's markers, and looking
 * for such a character is several times faster than looking for the whole needle.
 */
function mentions(text: string, needle: string, rare: string): boolean {
  const at = needle.indexOf(rare);
  for (let i = text.indexOf(rare); i !== -1; i = text.indexOf(rare, i + 1)) if (i >= at && text.startsWith(needle, i - at)) return true;
  return false;
}

function isMarked(text: string): boolean {
  for (const [m, rare] of MARKERS) if (mentions(text, m, rare)) return true;
  return false;
}

/**
 * Lint the files as the repository deploys them. Null when the files show no layout (no chart,
 * kustomization, GitOps object or configured cluster): the caller lints them flat, as before.
 */
export async function lintLayout(
  files: readonly SourceFile[],
  named: ReadonlySet<string>,
  cwd: string,
  lintOptions: LintOptions & { readonly plan?: boolean },
  options: LayoutOptions,
  walked?: Walked,
): Promise<LayoutOutput | null> {
  if (deploysNothing(files, cwd, options, walked)) return null;
  const env = options.env ?? process.env;
  const abs = (p: string): string => posixAbs(resolveIn(cwd, p));
  const byAbs = new Map<string, SourceFile>();
  // The folders of the files, once each (a repository has far fewer folders than files).
  const fileDirs = new Set<string>();
  for (const f of files) {
    const p = abs(f.path);
    byAbs.set(p, f);
    fileDirs.add(fileDir(p));
  }
  // A kustomization named `Kustomization` has no manifest extension: those the walk met (in
  // folders of their own too: an overlay's), and beside files named alone.
  const readKustomization = async (k: string): Promise<void> => void byAbs.set(posixAbs(k), await loadFile(displayPath(k, cwd), cwd, false, parseSource));
  for (const k of walked?.kustomizations ?? []) if (!byAbs.has(posixAbs(k))) await readKustomization(k);
  const listed = new Set([...(walked?.dirs ?? [])].map(posixAbs));
  for (const d of fileDirs) {
    if (listed.has(d)) continue;
    const k = join(d, "Kustomization");
    if (!byAbs.has(posixAbs(k)) && existsSync(k)) await readKustomization(k);
  }
  // A template named on its own: its chart's Chart.yaml says it is one.
  for (const dir of fileDirs) {
    for (let d = dir; dirname(d) !== d; d = dirname(d)) {
      if (basename(d) !== "templates") continue;
      const chartFile = posixAbs(join(dirname(d), "Chart.yaml"));
      if (!byAbs.has(chartFile) && existsSync(chartFile)) {
        byAbs.set(chartFile, await loadFile(displayPath(chartFile, cwd), cwd, false, parseSource));
      }
      // An Ansible role's template: its tasks/main.yml says it is one (src/layout/discover.ts).
      if (basename(dirname(dirname(d))) === "roles") {
        for (const m of ["main.yml", "main.yaml"]) {
          const tasks = posixAbs(join(dirname(d), "tasks", m));
          if (!byAbs.has(tasks) && existsSync(tasks)) byAbs.set(tasks, await loadFile(displayPath(tasks, cwd), cwd, false, parseSource));
        }
      }
    }
  }
  const layoutFiles: LayoutFile[] = [];
  const marked = new Set<SourceFile>();
  for (const f of byAbs.values()) if (isMarked(f.text)) marked.add(f);
  // ConfigMaps and Secrets too when a HelmRelease's valuesFrom may read them (a HelmRelease's file
  // is marked: its apiVersion names toolkit.fluxcd.io).
  let valuesFrom = false;
  for (const f of marked) if ((valuesFrom = mentions(f.text, "valuesFrom", "From"))) break;
  for (const [p, f] of byAbs) {
    const name = fileName(p);
    const whole = name === "Chart.yaml" || (KUSTOMIZATION_NAMES as readonly string[]).includes(name);
    const wanted = whole || marked.has(f) || (valuesFrom && VALUES_KINDS.test(f.text));
    layoutFiles.push({ path: p, docs: wanted ? layoutDocs(f, whole) : [] });
  }
  const top = gitTop(cwd);
  // Folders named first (a repository linted from outside it), then the git work tree, then cwd.
  const repoRoots = [...new Set([...[...named].map((n) => posixAbs(n)).filter((n) => !byAbs.has(n)), ...(top ? [posixAbs(top)] : []), posixAbs(resolve(cwd))])];
  const base = options.clustersBase ?? cwd;
  const plainDocs = new Map<string, readonly unknown[]>();
  const docsOf = (p: string): readonly unknown[] => {
    let d = plainDocs.get(p);
    if (!d) plainDocs.set(p, (d = byAbs.get(p)?.documents.map((x) => toPlain(x.root ?? undefined)) ?? []));
    return d;
  };
  const configClusters = (options.clusters ?? []).map((cluster) => ({ cluster, baseDir: posixAbs(base) }));
  // ApplicationSets' code is loaded only for files that hold one.
  const appSets = async (files: readonly LayoutFile[]): Promise<ApplicationSetCode | undefined> => (holdsApplicationSet(files) ? await import("../layout/applicationset.js") : undefined);
  const applicationSets = await appSets(layoutFiles);
  const layout = discoverLayout({ files: layoutFiles, repoRoots, docsOf, configClusters, ...(applicationSets ? { applicationSets } : {}) });
  // The layout again with some files as they were (node/impact.ts: a deploy that changed, followed as it was).
  const deploysAt = async (texts: ReadonlyMap<string, string>): Promise<readonly Deploy[]> => {
    const then = new Map([...texts].map(([p, t]) => [posixAbs(p), parseSource(displayPath(p, cwd), t).documents.map((x) => toPlain(x.root ?? undefined))]));
    const files = layoutFiles.map((f) => (then.has(f.path) ? { path: f.path, docs: then.get(f.path) ?? [] } : f));
    const applicationSets = await appSets(files);
    return discoverLayout({ files, repoRoots, docsOf: (p) => then.get(p) ?? docsOf(p), configClusters, ...(applicationSets ? { applicationSets } : {}) }).deploys;
  };
  if (layout.roots.size === 0 && layout.charts.size === 0 && layout.templates.size === 0 && layout.clusters.length === 0 && layout.deploys.length === 0) return null;

  // The rest (rendering, linting each cluster, moving findings back) is loaded only now: a run
  // over files that deploy nothing does not compile it (render/run.ts).
  const { renderLayout } = await import("./run.js");
  return renderLayout({ files, named, cwd, lintOptions, options, env, abs, byAbs, layout, base, deploysAt });
}

/**
 * Whether the files certainly show no layout, told from their names and markers alone: no chart,
 * kustomization, template, Argo CD or Flux object, and no configured cluster. What `lintLayout`
 * reads for a layout starts from one of these, so it would find none; most repositories are flat,
 * and for 20,000 files the maps and lists it builds to find out took 2.4 µs a file.
 */
function deploysNothing(files: readonly SourceFile[], cwd: string, options: LayoutOptions, walked: Walked | undefined): boolean {
  if ((options.clusters?.length ?? 0) > 0 || (walked?.kustomizations.length ?? 0) > 0) return false;
  const named = KUSTOMIZATION_NAMES.map((n) => `/${n}`);
  let lastDir: string | null = null;
  for (const f of files) {
    const p = posixAbs(resolveIn(cwd, f.path));
    if (p.endsWith("/Chart.yaml") || p.endsWith(".tpl") || named.some((n) => p.endsWith(n))) return false;
    if (isMarked(f.text)) return false;
    // Files of one folder come one after another: its folder is looked at once.
    const slash = p.lastIndexOf("/");
    if (lastDir !== null && slash === lastDir.length && p.startsWith(lastDir)) continue;
    lastDir = p.slice(0, slash);
    // A folder named templates above the file (a chart's or an Ansible role's, which lintLayout
    // looks for), or a kustomization named Kustomization beside a file named alone.
    if (`${lastDir}/`.includes("/templates/")) return false;
    if (!walked?.dirs.has(lastDir) && existsSync(`${lastDir}/Kustomization`)) return false;
  }
  return true;
}

function gitTop(cwd: string): string | null {
  for (let d = resolve(cwd); ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return d;
    if (dirname(d) === d) return null;
  }
}
