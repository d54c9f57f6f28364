import type { CliIO } from "./io.js";
import { type LintCliOptions } from "./lint-command.js";
/**
 * What `calico-ipam-lint gate` does (gate.ts): run the generator, or read standard input or the
 * directory, lint, and pass the manifests on. Loaded when the command runs, not at start-up.
 */
/** `gate`'s options (gate.ts declares them), beside the lint options. */
export interface GateOptions extends LintCliOptions {
    allowEmpty?: boolean;
    recurse?: boolean;
    include?: string;
    exclude?: string;
}
export declare function gate(generator: readonly string[], opts: GateOptions, io: CliIO): Promise<number>;
