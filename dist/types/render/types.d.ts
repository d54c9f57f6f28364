import type { Location, SourceFile } from "../load/index.js";
import type { ConfigCluster, Deploy } from "../layout/types.js";
import type { LintOutput } from "../engine/run.js";
import type { Model, Settings } from "../model/index.js";
import type { RenderMemo } from "./cache.js";
import type { Allocation } from "../allocator/index.js";
import type { Plan } from "../report/plan.js";
/** The layout stage's options and outputs (render/index.ts, render/run.ts). */
export type RenderMode = "auto" | "always" | "never";
export interface LayoutOptions {
    readonly render?: RenderMode;
    /** The configuration's `clusters:`, with the folder its paths are relative to. */
    readonly clusters?: readonly ConfigCluster[];
    readonly clustersBase?: string;
    /** Environment for finding and running the tools (PATH). */
    readonly env?: Readonly<Record<string, string | undefined>>;
    /** Keep rendered output here between runs (`--cache DIR`). */
    readonly cacheDir?: string;
    /**
     * Renders kept in memory by a long-running caller (the language server), by program and job; the
     * caller clears it when files on disk change, since the renders read the disk.
     */
    readonly renders?: RenderMemo;
    /** Where to say what rendering is doing when it is slow (the CLI's standard error); nothing is said without it. */
    readonly progress?: {
        write(s: string): unknown;
        readonly tty: boolean;
    };
}
/** `--render always` without the program it needs. */
export declare class RenderUnavailable extends Error {
}
export interface ScopeOutput {
    /** The cluster's name; "" for the repository's only cluster or what no cluster deploys. */
    readonly cluster: string;
    readonly model: Model;
    readonly settings: Settings;
}
export interface LayoutOutput extends LintOutput {
    readonly files: readonly SourceFile[];
    readonly scopes: readonly ScopeOutput[];
    /** Said once on standard error: what was not rendered or followed, and how to get it. */
    readonly notices: readonly string[];
    /** Files named that were not read as manifests, and why. */
    readonly skipped: readonly {
        path: string;
        reason: string;
    }[];
    /** A line of rendered output (a plan's owner) as the source line that wrote it; others as they are. */
    readonly sourceLine: (file: string, line: number) => {
        file: string;
        line: number;
    };
    /** The charts rendered, and places in rendered output as the places that wrote them. */
    readonly rendered: RenderedView;
    /** Whether any cluster had an IP pool in view. */
    readonly poolsKnown: boolean;
    /** When asked (`plan: true`): the first cluster's allocation and plan, and every cluster's plan. */
    readonly allocation?: Allocation;
    readonly plan?: Plan;
    readonly plans?: readonly {
        readonly cluster: string;
        readonly plan: Plan;
    }[];
}
/** What the changed-only runs follow into rendered output (node/impact.ts). */
export interface RenderedView {
    /** The charts rendered, each with the render done again from other files (the chart as it was at a revision). */
    readonly charts: readonly RenderedChart[];
    /** The Kustomize roots built, each with the build done again from another copy of its files. */
    readonly roots: readonly RenderedRoot[];
    /** The deploys the layout finds with some files' texts replaced (by absolute path): how the repository deployed at a revision. */
    readonly deploysAt: (texts: ReadonlyMap<string, string>) => Promise<readonly Deploy[]>;
    /** A place in rendered output as the place in the file that wrote it (findings are moved so); others as they are. */
    readonly toSource: <T extends Location & {
        readonly file: string;
    }>(at: T) => T;
}
/** A chart as rendered for one deploy (or alone), and that render again from another copy of the chart. */
export interface RenderedChart {
    /** The rendered output's path, as the run's files name it. */
    readonly path: string;
    /** The chart's folder, absolute. */
    readonly dir: string;
    /** The values files given to helm (besides the chart's values.yaml), absolute. */
    readonly valueFiles: readonly string[];
    /** The files that say how it is deployed (the Application or HelmRelease, inline values' ConfigMaps, a generator's files), absolute. */
    readonly deployedBy: readonly string[];
    /**
     * The same render of the chart in `dir` with `valueFiles`: the text as linted, or helm's error.
     * `standsFor` names the values file each copy stands for (for the cache; `dir` stands for the chart's folder).
     */
    readonly renderFrom: (dir: string, valueFiles: readonly string[], standsFor?: ReadonlyMap<string, string>) => Promise<{
        text: string;
    } | {
        error: string;
    }>;
    /** The object that deploys it, if any. */
    readonly by?: Deploy["by"];
    /** The chart in `dir` rendered as another deploy says (the same object at a revision), its values files as given. */
    readonly renderWith: (dir: string, deploy: Deploy | undefined, valueFiles: readonly string[], standsFor?: ReadonlyMap<string, string>) => Promise<{
        text: string;
    } | {
        error: string;
    }>;
}
/** A Kustomize root as built for one deploy (or alone), and that build again from another copy of its files. */
export interface RenderedRoot {
    /** The rendered output's path, as the run's files name it. */
    readonly path: string;
    /** The root's folder, absolute. */
    readonly dir: string;
    /** The files its build reads (its kustomization and its bases', their resources and patches), absolute. */
    readonly inputs: readonly string[];
    /** Of those, the kustomization files and the patches that are not whole objects (JSON 6902): what the files as written do not show. Read when asked. */
    readonly unwritten: () => readonly string[];
    /** The files that say how it is deployed (the Application or Flux Kustomization), absolute. */
    readonly deployedBy: readonly string[];
    /** The same build of the root in `dir` (a copy laid out as the repository is): the text as linted, or why not. */
    readonly renderFrom: (dir: string) => Promise<{
        text: string;
    } | {
        error: string;
    }>;
    /** The object that deploys it, if any. */
    readonly by?: Deploy["by"];
    /** The build in `dir` as another deploy says (the same object at a revision), with some files' texts (absolute paths) as they were. */
    readonly renderWith: (dir: string, deploy: Deploy | undefined, texts: ReadonlyMap<string, string>) => Promise<{
        text: string;
    } | {
        error: string;
    }>;
}
