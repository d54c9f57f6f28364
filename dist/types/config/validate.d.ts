import { type SourceFile } from "../load/index.js";
import { type RuleDoc } from "./schema.js";
import type { Config, ConfigProblem } from "./types.js";
/** `/suppress/0/rules` → `suppress[0].rules`. */
export declare function fieldPath(pointer: string): string;
/** The closest candidate, when it is close enough to be what was meant. */
export declare function nearest(word: string, candidates: readonly string[]): string | undefined;
/** Why a pod CIDR (from `podCidrs` or `--pod-cidr`) cannot be used, or undefined when it can. */
export declare function podCidrProblem(value: string): string | undefined;
export type ParseConfigResult = {
    readonly config: Config;
} | {
    readonly problems: readonly ConfigProblem[];
};
/** Validate a parsed configuration file. An empty file is an empty configuration. */
export declare function parseConfig(source: SourceFile, rules?: readonly RuleDoc[]): ParseConfigResult;
/** `file:line:col: message`, one line per problem. */
export declare function formatProblems(source: SourceFile, problems: readonly ConfigProblem[]): string[];
