import { allocation } from "../../src/allocator/index.js";
import { lintSources, ruleInfo, type LintOptions } from "../../src/engine/run.js";
import { applyFixes, fixSources, isEditFix } from "../../src/fix/index.js";
import { parseSource } from "../../src/load/index.js";
import { addressMap } from "../../src/report/address-map.js";
import { renderAddressMap } from "../../src/report/html.js";
import type { FileResult, Finding } from "../../src/report/types.js";
import type { PlaygroundFile, PlaygroundState } from "./state.js";

/**
 * What the playground runs: the linter's pure core on the texts of the tabs, with the settings of
 * the page standing in for the configuration file. No file system, no process, no network: the
 * same functions the CLI calls after it has read the files.
 */

/** Files the CLI lints in a directory: YAML and JSON manifests. */
export const MANIFEST = /\.(ya?ml|json)$/i;

export function lintOptions(state: PlaygroundState): LintOptions {
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

const sources = (files: readonly PlaygroundFile[]) => files.filter((f) => MANIFEST.test(f.name)).map((f) => parseSource(f.name, f.text));

export interface PlaygroundRun {
  readonly results: readonly FileResult[];
  /** The pools' address space, as the HTML report draws it (escaped HTML). */
  readonly mapHtml: string;
}

export function lintState(state: PlaygroundState): PlaygroundRun {
  const out = lintSources(sources(state.files), lintOptions(state));
  const map = addressMap(out.model, allocation(out.model, out.settings));
  return { results: out.results, mapHtml: renderAddressMap(map, "pg-pool") };
}

/** One finding's fix on its file's text: the edits `--fix` makes for it. */
export function applyFinding(text: string, finding: Finding): string {
  return isEditFix(finding.fix) ? applyFixes(text, [finding.fix]).text : text;
}

/** Every fix, in passes until none applies: what `calico-ipam-lint --fix` writes. */
export async function fixAll(state: PlaygroundState): Promise<PlaygroundFile[]> {
  const options = lintOptions(state);
  const run = await fixSources(sources(state.files), async (files) => lintSources(files, options).results);
  const after = new Map(run.changed.map((c) => [c.path, c.after]));
  return state.files.map((f) => ({ name: f.name, text: after.get(f.name) ?? f.text }));
}

export const rules = (): { id: string; description: string; defaultSeverity: string; docsUrl: string }[] => [...ruleInfo().values()].map((r) => ({ id: r.id, description: r.description, defaultSeverity: r.defaultSeverity, docsUrl: r.docsUrl }));
