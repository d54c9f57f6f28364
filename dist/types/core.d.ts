import { type Allocation } from "./allocator/index.js";
import { type SourceFile } from "./load/index.js";
import type { Plan } from "./report/plan.js";
import { type LintOptions, type LintOutput } from "./engine/run.js";
/**
 * The one run every edge calls (the CLI's lint, plan and gate commands, the GitHub Action, the
 * library, and next the language server and the playground): texts in, findings, model and, when
 * asked, the dry-run allocation out. Pure: no file system, no `process`, nothing printed, so it
 * runs in a browser as it does in Node; src/api.ts adds the reading of paths. It sits above the
 * layers (it parses with load/ and runs engine/), as src/api.ts does.
 */
/** The allocation's types, for formatters that draw it (report/ does not import allocator/). */
export type { Allocation } from "./allocator/index.js";
/** A file held in memory: an editor buffer, standard input, a playground's text area. */
export interface TextInput {
    readonly path: string;
    readonly text: string;
    /** Read for cross-file checks only; findings located in it are not reported. */
    readonly contextOnly?: boolean;
}
export interface CoreInputs {
    /** Texts, parsed here. */
    readonly texts?: readonly TextInput[];
    /** Files already read and parsed (`parseSource`, src/api.ts's file reader). */
    readonly sources?: readonly SourceFile[];
}
export interface CoreOptions extends LintOptions {
    /** Also return the dry-run allocation and its plan (`plan`, the Action's summary, a playground). */
    readonly plan?: boolean;
    /**
     * Parse `texts` with the precise parser only. By default they go through the fast parser where
     * it accepts them; the findings and their positions are the same either way (docs/performance.md).
     */
    readonly precise?: boolean;
}
export interface CoreResult extends LintOutput {
    /** Every file the run read, in the order given (texts after sources), fast-read ones as read. */
    readonly files: readonly SourceFile[];
    /** Whether any IP pool was in view: without one the pool checks had nothing to check against. */
    readonly poolsKnown: boolean;
    /** The dry-run allocation under `settings`, when `plan` was asked for. */
    readonly allocation?: Allocation;
    /** The allocation as plain, located data (what `plan` prints), when `plan` was asked for. */
    readonly plan?: Plan;
}
/** A result of a run asked for its plan (`plan: true`): the allocation and the plan are there. */
export type Planned<T extends CoreResult> = T & Required<Pick<CoreResult, "allocation" | "plan">>;
/** Lint texts and parsed files together: one model, one allocation, findings per linted file. */
export declare function lintCore(inputs: CoreInputs, options: CoreOptions & {
    readonly plan: true;
}): Planned<CoreResult>;
export declare function lintCore(inputs: CoreInputs, options?: CoreOptions): CoreResult;
/** Add the allocation and its plan when asked; the pool rules usually computed it already (memoised). */
export declare function withPlan<T extends LintOutput>(out: T, options: Pick<CoreOptions, "plan">): T & Pick<CoreResult, "allocation" | "plan">;
