import { allocation, poolsKnown, type Allocation } from "./allocator/index.js";
import { manifestReader, parseSource, type SourceFile } from "./load/index.js";
import { discoverLayout, KUSTOMIZATION_NAMES, layoutDocs, type LayoutFile } from "./layout/discover.js";
import * as applicationSets from "./layout/applicationset.js";
import { inClusters, notLintedLines, placeholderAt, someOf } from "./layout/notes.js";
import { planScopes } from "./layout/scopes.js";
import type { ConfigCluster } from "./layout/types.js";
import { groupResults, lintSources, type LintOutput } from "./engine/run.js";
import { planFrom } from "./engine/plan.js";
import type { Plan } from "./report/plan.js";
import type { Finding } from "./report/types.js";
import type { CoreInputs, CoreOptions, CoreResult } from "./core.js";

/**
 * The layout stage over texts, without rendering: what `calico-ipam-lint --render never` does after
 * it has read the files (src/render/index.ts `lintLayout` in that mode), for a page that cannot run
 * kustomize or Helm (the playground). Chart templates and `.tpl` files are not read as manifests;
 * a Kustomize root's resources (and its bases') are linted as they are, its patches not at all;
 * each cluster the files name is linted on its own, and its findings name it. Pure: no file
 * system, no process. Paths are the texts' own, relative to the repository's root.
 */

export interface LayoutCoreOptions extends CoreOptions {
  /** The configuration's `clusters:`, paths relative to the repository's root. */
  readonly clusters?: readonly ConfigCluster[];
}

export interface LayoutCoreResult extends CoreResult {
  /** What was not rendered or followed (what the CLI says on standard error). */
  readonly notices: readonly string[];
  /** The charts and Kustomize roots that the CLI renders and this run did not: folders, relative. */
  readonly unrendered: { readonly charts: readonly string[]; readonly roots: readonly string[] };
  /** The cluster names, when the files name several. */
  readonly clusters: readonly string[];
}

const ROOT = "/";
const MARKERS = ["argoproj.io", "toolkit.fluxcd.io"];
const UNUSED = "unused-suppression";

/** Lint as `--render never` does; null when the files show no layout (lint them flat then, as the CLI does). */
export function lintLayoutCore(inputs: CoreInputs, options: LayoutCoreOptions = {}): LayoutCoreResult | null {
  const parse = options.precise ? parseSource : manifestReader();
  const files: SourceFile[] = [...(inputs.sources ?? [])];
  for (const t of inputs.texts ?? []) files.push(parse(t.path, t.text, t.contextOnly ?? false));
  const abs = (p: string): string => (p.startsWith("/") ? p : ROOT + p.replace(/^\.\//, ""));
  const rel = (p: string): string => (p.startsWith(ROOT) ? p.slice(ROOT.length) : p) || ".";
  const byAbs = new Map<string, SourceFile>();
  for (const f of files) byAbs.set(abs(f.path), f);

  const layoutFiles: LayoutFile[] = [...byAbs].map(([p, f]) => {
    const name = p.slice(p.lastIndexOf("/") + 1);
    const whole = name === "Chart.yaml" || (KUSTOMIZATION_NAMES as readonly string[]).includes(name);
    return { path: p, docs: whole || MARKERS.some((m) => f.text.includes(m)) ? layoutDocs(f, whole) : [] };
  });
  const layout = discoverLayout({ files: layoutFiles, repoRoots: [ROOT], configClusters: (options.clusters ?? []).map((cluster) => ({ cluster, baseDir: ROOT })), applicationSets });
  if (layout.roots.size === 0 && layout.charts.size === 0 && layout.templates.size === 0 && layout.clusters.length === 0 && layout.deploys.length === 0) return null;

  const manifestFiles = [...byAbs.keys()].filter((p) => !(KUSTOMIZATION_NAMES as readonly string[]).includes(p.slice(p.lastIndexOf("/") + 1)));
  const scopes = planScopes(layout, manifestFiles);
  const notices: string[] = layout.notFollowed.map((n) => `${rel(n.file)}: not followed: ${n.reason}`);
  const raw = new Set<string>();
  const charts = new Set<string>();
  const blocked: string[] = [];
  for (const sc of scopes) {
    for (const u of sc.units) {
      if (u.kind === "chart") charts.add(rel(u.chart.dir));
      if (u.kind !== "root") continue;
      const why = [...u.root.remote.map((r) => `the remote base ${r}`), ...u.root.unsafe];
      for (const b of u.root.bases) why.push(...(layout.roots.get(b)?.remote.map((r) => `the remote base ${r}`) ?? []), ...(layout.roots.get(b)?.unsafe ?? []));
      if (why.length > 0) blocked.push(`${rel(u.root.file)} is not rendered: it uses ${why.join(", ")}; its files are linted as they are`);
      else raw.add(rel(u.root.dir));
    }
  }
  if (raw.size > 0) notices.push(`${raw.size} Kustomize root${raw.size === 1 ? " was" : "s were"} linted as raw files, without their patches: ${someOf([...raw])} (--render never)`);
  const notLinted = [...new Set([...[...charts].map((c) => `the chart ${c} (--render never)`), ...blocked])];
  notices.push(...notLintedLines([...new Set(notLinted)]));

  const many = scopes.length > 1;
  // Context files no cluster deploys are context for every cluster.
  const leftover = scopes.find((sc) => sc.cluster === "");
  const shared = new Set<SourceFile>();
  if (many && leftover) for (const u of leftover.units) if (u.kind === "files") for (const p of u.files) if (byAbs.get(p)?.contextOnly) shared.add(byAbs.get(p) as SourceFile);
  const outs: { cluster: string; out: LintOutput; linted: Set<string> }[] = [];
  for (const sc of scopes) {
    const sources = new Set<SourceFile>();
    for (const u of sc.units) {
      if (u.kind === "chart") continue;
      for (const p of u.files) {
        const f = byAbs.get(p);
        if (f && !shared.has(f)) sources.add(f);
      }
    }
    const inScope = [...sources, ...[...shared].filter((f) => !sources.has(f))];
    outs.push({ cluster: sc.cluster, out: lintSources(inScope, options), linted: new Set([...sources].map((f) => f.path)) });
  }

  // Findings the same in several clusters are one, naming them all (as src/render/index.ts merges them).
  const merged = new Map<string, { finding: Finding; clusters: string[] }>();
  for (const { cluster, out } of outs) {
    for (const r of out.results) {
      for (const finding of r.findings) {
        if (layout.substitutes && placeholderAt(finding, (p) => byAbs.get(abs(p)))) continue;
        const key = JSON.stringify([finding.ruleId, finding.file, finding.line, finding.column, finding.endLine, finding.endColumn, finding.message]);
        const prev = merged.get(key);
        if (prev) {
          if (!prev.clusters.includes(cluster)) prev.clusters.push(cluster);
        } else merged.set(key, { finding, clusters: [cluster] });
      }
    }
  }
  const findings: Finding[] = [];
  for (const { finding, clusters } of merged.values()) {
    // A suppression is unused only if no cluster that reads its file used it.
    if (finding.ruleId === UNUSED) {
      const readers = outs.filter((o) => o.linted.has(finding.file) || o.out.results.some((r) => r.file === finding.file));
      if (readers.some((o) => !clusters.includes(o.cluster))) continue;
    }
    findings.push(many ? inClusters(finding, clusters) : finding);
  }
  const shown = new Set<string>();
  for (const { out } of outs) for (const r of out.results) shown.add(r.file);
  const results = groupResults(
    [...shown].map((path) => ({ path, text: "", documents: [], problems: [], contextOnly: false })),
    findings,
  );

  // The plan: the first cluster's, skipping what no cluster deploys when it holds nothing to plan.
  let planned: { allocation: Allocation; plan: Plan } | undefined;
  if (options.plan) {
    const all = outs.map((o) => {
      const a = allocation(o.out.model, o.out.settings);
      return { unnamed: o.cluster === "", allocation: a, plan: planFrom(o.out.model, a) };
    });
    const empty = (p: Plan): boolean => p.pools.length + p.statics.length + p.sets.length + p.unknown.length + p.blocked.length === 0;
    const head = (all.length > 1 ? all.filter((p) => !p.unnamed || !empty(p.plan)) : all)[0] ?? all[0];
    if (head) planned = { allocation: head.allocation, plan: head.plan };
  }
  const first = outs[0]?.out ?? lintSources([], options);
  return {
    results,
    model: first.model,
    settings: first.settings,
    files,
    poolsKnown: outs.some((o) => poolsKnown(o.out.model)),
    notices,
    unrendered: { charts: [...charts], roots: [...raw] },
    clusters: layout.clusters,
    ...(planned ? planned : {}),
  };
}
