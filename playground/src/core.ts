import { lintCore, type CoreOptions, type CoreResult, type TextInput } from "../../src/core.js";
import { lintLayoutCore, type LayoutCoreResult } from "../../src/core-layout.js";
import { addressMap } from "../../src/engine/address-map.js";
import { ruleInfo } from "../../src/engine/run.js";
import { applyFixes, fixSources, isEditFix } from "../../src/fix/index.js";
import { renderAddressMap } from "../../src/report/html.js";
import type { FileResult, Finding } from "../../src/report/types.js";
import type { PlaygroundFile, PlaygroundState } from "./state.js";

/**
 * What the playground runs: the linter's pure core (`lintCore`, src/core.ts) on the texts of the
 * tabs, with the settings of the page standing in for the configuration file. No file system, no
 * process, no network: the same run the CLI makes after it has read the files.
 */

/** Files the CLI lints in a directory: YAML and JSON manifests. */
export const MANIFEST = /\.(ya?ml|json)$/i;

export function lintOptions(state: PlaygroundState): CoreOptions {
  return {
    settings: {
      ...(state.calicoVersion ? { calicoVersion: state.calicoVersion } : {}),
      ...(state.featureFlags ? { featureFlags: state.featureFlags } : {}),
      ...(state.poolsComplete !== undefined ? { poolsComplete: state.poolsComplete } : {}),
      ...(state.nodes !== undefined ? { nodes: state.nodes } : {}),
    },
    ...(state.podCidrs && state.podCidrs.length > 0 ? { podCidrs: state.podCidrs } : {}),
    ...(state.cni && (state.cni.type || state.cni.ipam) ? { cni: state.cni } : {}),
    ...(state.rules ? { rules: state.rules } : {}),
  };
}

/**
 * The precise parser only (`precise: true`): the tabs hold a few small files, where the fast reader
 * saves nothing and its first run in the page costs more (docs/performance.md); the findings are the same.
 */
const PRECISE = { precise: true } as const;

const texts = (files: readonly PlaygroundFile[]): TextInput[] => files.filter((f) => MANIFEST.test(f.name)).map((f) => ({ path: f.name, text: f.text }));

export interface PlaygroundRun {
  readonly results: readonly FileResult[];
  /** The pools' address space, as the HTML report draws it (escaped HTML). */
  readonly mapHtml: string;
  /** One line: the charts and Kustomize roots the page did not render (the CLI renders them); "" when none. */
  readonly notice: string;
}

/**
 * The tabs as the CLI reads a repository with `--render never` (src/core-layout.ts): chart
 * templates are not manifests, a Kustomize root's patches are not whole objects, each cluster the
 * files name is judged on its own. Flat, as the CLI lints them, when the files show no layout.
 */
function lintTabs(state: PlaygroundState, plan: boolean): CoreResult & Partial<Pick<LayoutCoreResult, "unrendered">> {
  const inputs = { texts: texts(state.files) };
  const options = { ...lintOptions(state), ...PRECISE, plan };
  return lintLayoutCore(inputs, options) ?? lintCore(inputs, options);
}

/** What the page says it did not render: the charts, then the Kustomize roots linted without their patches. */
export function unrenderedNotice(unrendered: LayoutCoreResult["unrendered"] | undefined): string {
  if (!unrendered || unrendered.charts.length + unrendered.roots.length === 0) return "";
  const parts = [
    ...(unrendered.charts.length > 0 ? [`chart${unrendered.charts.length === 1 ? "" : "s"} ${unrendered.charts.join(", ")} (not linted)`] : []),
    ...(unrendered.roots.length > 0 ? [`Kustomize root${unrendered.roots.length === 1 ? "" : "s"} ${unrendered.roots.join(", ")} (linted without their patches)`] : []),
  ];
  return `Not rendered here: ${parts.join("; ")}. The CLI renders them with helm and kustomize; this page lints as calico-ipam-lint --render never does.`;
}

export function lintState(state: PlaygroundState): PlaygroundRun {
  const out = lintTabs(state, true);
  return {
    results: out.results,
    mapHtml: out.allocation && out.plan ? renderAddressMap(addressMap(out.model, out.allocation, out.plan), "pg-pool") : "",
    notice: unrenderedNotice(out.unrendered),
  };
}

/** One finding's fix on its file's text: the edits `--fix` makes for it. */
export function applyFinding(text: string, finding: Finding): string {
  return isEditFix(finding.fix) ? applyFixes(text, [finding.fix]).text : text;
}

/** Every fix, in passes until none applies: what `calico-ipam-lint --fix` writes. */
export async function fixAll(state: PlaygroundState): Promise<PlaygroundFile[]> {
  const options = { ...lintOptions(state), ...PRECISE };
  const first = lintTabs(state, false);
  // The fixed texts through the same core and settings, as the CLI's --fix does (src/cli/fix.ts:
  // the first run through the layout stage, the passes after it over the files as they are).
  const run = await fixSources(first.files, async (files) => (files === first.files ? first.results : lintCore({ sources: files }, options).results));
  const after = new Map(run.changed.map((c) => [c.path, c.after]));
  return state.files.map((f) => ({ name: f.name, text: after.get(f.name) ?? f.text }));
}

export const rules = (): { id: string; description: string; defaultSeverity: string; docsUrl: string }[] => [...ruleInfo().values()].map((r) => ({ id: r.id, description: r.description, defaultSeverity: r.defaultSeverity, docsUrl: r.docsUrl }));
