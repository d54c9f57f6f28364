import { type SourceFile } from "../load/index.js";
import type { Deploy, Layout } from "../layout/types.js";
import { type LintOptions } from "../engine/run.js";
import { type LayoutOptions, type LayoutOutput } from "./types.js";
/** What `lintLayout` read and found. */
export interface Discovered {
    readonly files: readonly SourceFile[];
    readonly named: ReadonlySet<string>;
    readonly cwd: string;
    readonly lintOptions: LintOptions & {
        readonly plan?: boolean;
    };
    readonly options: LayoutOptions;
    readonly env: NodeJS.ProcessEnv;
    readonly abs: (p: string) => string;
    readonly byAbs: ReadonlyMap<string, SourceFile>;
    readonly layout: Layout;
    /** The folder the configuration's cluster paths are relative to. */
    readonly base: string;
    readonly deploysAt: (texts: ReadonlyMap<string, string>) => Promise<readonly Deploy[]>;
}
export declare function renderLayout(d: Discovered): Promise<LayoutOutput>;
