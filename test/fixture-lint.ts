import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { lintSources, type LintOptions } from "../src/engine/run.js";
import { parseSource } from "../src/load/index.js";
import { livePodsFrom, type Settings } from "../src/model/index.js";
import type { Finding } from "../src/report/index.js";

/**
 * How a golden fixture is linted, shared by the fixture runner (test/fixtures.test.ts) and the rule
 * docs (scripts/build-docs.ts), so that a doc example is exactly what the tests check.
 *
 * A fixture `<case>.yaml` is linted alone, with only its rule, in strict mode. Rules that need more
 * than the manifests take it from a sidecar `<case>.options.json` (not itself a fixture):
 *
 * - `settings`: what the configuration file sets (`poolsComplete`, `featureFlags`, `calicoVersion`, …);
 * - `podCidrs`: as `--pod-cidr`;
 * - `inUse`: the output of `kubectl get pods -A -o json`, as `--in-use pods.json` reads it;
 * - `changedSince`: `{ "ref": "main", "before": "<the file's text at that revision>" }`, as `--changed-since`.
 */

export interface FixtureOptions {
  readonly settings?: Partial<Settings>;
  readonly podCidrs?: readonly string[];
  readonly inUse?: unknown;
  readonly changedSince?: { readonly ref: string; readonly before: string };
}

export const OPTIONS_SUFFIX = ".options.json";
const MANIFEST = /\.(ya?ml|json)$/;

/** The fixture files of a directory (sidecars left out), sorted. */
export const fixtureFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((n) => MANIFEST.test(n) && !n.endsWith(OPTIONS_SUFFIX)).sort() : []);

/** The sidecar options of a fixture, if it has them. */
export function fixtureOptions(dir: string, name: string): FixtureOptions | null {
  const p = join(dir, name.replace(MANIFEST, OPTIONS_SUFFIX));
  return existsSync(p) ? (JSON.parse(readFileSync(p, "utf8")) as FixtureOptions) : null;
}

function lintOptions(name: string, o: FixtureOptions | null): LintOptions {
  if (!o) return {};
  let live: LintOptions["live"];
  if (o.inUse !== undefined) {
    const state = livePodsFrom(o.inUse, "pods.json");
    if ("error" in state) throw new Error(`${name}: inUse: ${state.error}`);
    live = state;
  }
  return {
    ...(o.settings ? { settings: o.settings } : {}),
    ...(o.podCidrs ? { podCidrs: o.podCidrs } : {}),
    ...(live ? { live } : {}),
    ...(o.changedSince ? { changedSince: { ref: o.changedSince.ref, previous: new Map([[name, parseSource(name, o.changedSince.before, true)]]) } } : {}),
  };
}

/** The findings of one rule on one fixture, linted alone with its options. */
export function lintFixture(dir: string, name: string, ruleId: string): Finding[] {
  const text = readFileSync(join(dir, name), "utf8");
  const { results } = lintSources([parseSource(name, text)], { strict: true, only: [ruleId], ...lintOptions(name, fixtureOptions(dir, name)) });
  return results.flatMap((r) => r.findings).filter((f) => f.ruleId === ruleId);
}

/** The golden line of a finding: `<file>:<line>:<col>: <message> [<rule-id>]`. */
export const goldenLine = (f: Finding): string => `${f.file}:${f.line}:${f.column}: ${f.message} [${f.ruleId}]`;
