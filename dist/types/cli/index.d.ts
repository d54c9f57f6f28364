import { type CliIO } from "./io.js";
/**
 * The CLI's entry: `--version` answers at once; anything else loads the CLI (commander, the
 * linter) first. The pre-commit hook starts it on every commit, so start-up time is paid often
 * (docs/performance.md).
 */
export declare function run(argv: readonly string[], io?: CliIO): Promise<number>;
