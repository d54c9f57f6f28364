import { lintCore, type CoreOptions, type TextInput } from "../../src/core.js";
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
}

export function lintState(state: PlaygroundState): PlaygroundRun {
  const out = lintCore({ texts: texts(state.files) }, { ...lintOptions(state), ...PRECISE, plan: true });
  return { results: out.results, mapHtml: renderAddressMap(addressMap(out.model, out.allocation, out.plan), "pg-pool") };
}

/** One finding's fix on its file's text: the edits `--fix` makes for it. */
export function applyFinding(text: string, finding: Finding): string {
  return isEditFix(finding.fix) ? applyFixes(text, [finding.fix]).text : text;
}

/** Every fix, in passes until none applies: what `calico-ipam-lint --fix` writes. */
export async function fixAll(state: PlaygroundState): Promise<PlaygroundFile[]> {
  const options = { ...lintOptions(state), ...PRECISE };
  const first = lintCore({ texts: texts(state.files) }, options);
  // The fixed texts through the same core and settings, as the CLI's --fix does (src/cli/fix.ts).
  const run = await fixSources(first.files, async (files) => (files === first.files ? first.results : lintCore({ sources: files }, options).results));
  const after = new Map(run.changed.map((c) => [c.path, c.after]));
  return state.files.map((f) => ({ name: f.name, text: after.get(f.name) ?? f.text }));
}

export const rules = (): { id: string; description: string; defaultSeverity: string; docsUrl: string }[] => [...ruleInfo().values()].map((r) => ({ id: r.id, description: r.description, defaultSeverity: r.defaultSeverity, docsUrl: r.docsUrl }));
