import { Command } from "commander";
import type { CliIO } from "./io.js";
import { type LintCliOptions } from "./lint-command.js";
/**
 * `calico-ipam-lint gate`: lint manifests on their way to the cluster and pass them on unchanged.
 *
 *   gate -- kustomize build .     run the generator, lint its standard output, re-emit it
 *   gate -                        lint standard input and re-emit it (a Helm post-renderer)
 *   gate                          lint the working directory's manifests as Argo CD's plain-directory
 *                                 source picks them (top level; --recurse, --include, --exclude;
 *                                 argocd-directory.ts) and emit them
 *
 * Standard output carries the manifests and nothing else, and only when the gate passes: on a
 * finding at the fail level, a generator failure, unreadable input or an empty result the gate
 * exits non-zero with nothing on standard output (Argo CD would prune an application whose
 * generator printed nothing and exited 0). Findings go to standard error, one line each.
 */
interface GateOptions extends LintCliOptions {
    allowEmpty?: boolean;
    recurse?: boolean;
    include?: string;
    exclude?: string;
}
/**
 * `gate --extra-options "<words>"`: the words, split at whitespace, take its place on the command
 * line. They come from whoever writes an Argo CD Application (its plugin env), who must not be
 * able to choose the program the gate runs: so they must all be options and their values. A
 * word left over (it would start the generator), `-`, `--`, --help or --version is refused.
 */
export declare function spliceExtraOptions(argv: readonly string[]): string[];
export declare function addGateCommand(program: Command, io: CliIO, setExit: (code: number) => void): Command;
export declare function gate(generator: readonly string[], opts: GateOptions, io: CliIO): Promise<number>;
export {};
