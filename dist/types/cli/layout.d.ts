import type { LayoutOptions, RenderMode } from "../render/index.js";
import type { CliIO } from "./io.js";
import type { LintSetup } from "../node/setup.js";
/** The layout stage's options: `--render`, `--cache`, over the configuration's `clusters:` (as the Action and the language server get them). */
export declare function layoutOptions(opts: {
    render?: RenderMode;
    cache?: string;
}, setup: LintSetup, io: CliIO): LayoutOptions;
