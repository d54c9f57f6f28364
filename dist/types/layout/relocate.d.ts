import { type Location, type SourceFile } from "../load/index.js";
import type { EmbeddedValues, ParamSource } from "./types.js";
/**
 * Where a finding in rendered output was written: the line a person edits. Rendered text is what
 * kustomize or Helm printed; its values come from a patch, a base's file, a values file or a
 * template, and the finding is moved to the first of those that holds the offending text under
 * the same key (docs/gitops-layouts.md).
 */
/**
 * The name of a root's rendered output (not a file): what its objects and findings in it carry.
 * With the file of the object that deploys it: Flux clusters each deploy a `HelmRelease net` of
 * their own, with their own values, and the two renders must not share a name.
 */
export declare function renderedPath(root: string, by?: {
    readonly kind: string;
    readonly name: string;
    readonly file?: string;
}): string;
/** The root a `renderedPath` names; undefined for a file's path. */
export declare function renderedRoot(path: string): string | undefined;
export interface RenderedSource {
    /** The rendered stream, parsed (its path is not a file: findings in it are moved). */
    readonly rendered: SourceFile;
    readonly how: "kustomize" | "helm";
    /** Kustomize: the patch files and kustomization files of the root and its bases, nearest first. */
    readonly patches: readonly string[];
    readonly kustomizations: readonly string[];
    /** Kustomize: the file and document a rendered document came from, by document index. */
    readonly origins: ReadonlyMap<number, Origin>;
    /** Helm: the template a rendered document came from (`# Source:`), by document index. */
    readonly templates: ReadonlyMap<number, string>;
    /**
     * Helm: each `# Source:` line of the rendered text, in order: its offset and its template ("" for
     * a subchart's). A document that did not parse has no index in `templates`; its offset has a line here.
     */
    readonly sources?: readonly {
        readonly at: number;
        readonly file: string;
    }[];
    /** Helm: the values files, lowest precedence first (the chart's values.yaml, then -f files). */
    readonly valueFiles: readonly string[];
    /** Helm: values written inside manifests (valuesFrom ConfigMaps, a HelmRelease's values), above the values files, lowest first. */
    readonly embedded?: readonly EmbeddedValues[];
    /** Where a finding goes when no source holds its text: the Application, kustomization or chart. */
    readonly fallback: string;
    /** Names the producer in messages ("overlays/prod", "chart web (values-prod.yaml)"). */
    readonly label: string;
    /** Kustomize: the options of the Application or Flux Kustomization that built it; they win over the root's files. */
    readonly options?: readonly OptionHint[];
    /** Flux: the variables substituted, by name: a finding on a line of `${NAME}` goes to the value. */
    readonly variables?: ReadonlyMap<string, Variable>;
    /** An Application an ApplicationSet made: the file holding its template, and where its parameters were written. */
    readonly params?: {
        readonly template: string;
        readonly sources: readonly ParamSource[];
    };
}
/**
 * Where a rendered object was written: its file, and its document there (the root's span), so that
 * of two objects of one file whose lines read alike the finding goes to its own.
 */
export interface Origin {
    readonly file: string;
    readonly start: number;
    readonly end: number;
}
/** An option of an Application or Flux Kustomization, where it is written. */
export interface OptionHint {
    readonly file: string;
    readonly span: {
        readonly start: number;
        readonly end: number;
    };
    /** The rendered key it writes (`name`, `namespace`, `image`, `replicas`, a label or annotation key)… */
    readonly key?: string;
    /** …and the text it puts in that key's value. */
    readonly value?: string;
    /** A label or annotation the option adds: where its key is written. */
    readonly keySpan?: {
        readonly start: number;
        readonly end: number;
    };
    /** Only for the object of this name (a `replicas` entry), as rendered (with its prefix). */
    readonly object?: string;
    /** A patch: the offending text is looked for inside it, by key. */
    readonly patch?: boolean;
}
export interface Variable {
    readonly name: string;
    readonly file: string;
    readonly span: {
        readonly start: number;
        readonly end: number;
    };
}
export interface Moved extends Location {
    readonly file: string;
    /** Said after the message when the finding could only be placed at the producer. */
    readonly note?: string;
}
/** Offset of a 1-based line and column. */
export declare function offsetOf(file: SourceFile, line: number, column: number): number;
/** The key of the mapping entry on a line (`replicas` in `  replicas: 3`), if any. */
export declare function keyOfLine(line: string): string | undefined;
/** Move a location in rendered output to its source; `files` gives the sources by path. */
export declare function relocate(src: RenderedSource, at: Location, files: (path: string) => SourceFile | undefined): Moved;
/**
 * How many whole lines of `text` from `from` to `to` (both at the start of a line) read `wanted`
 * once trimmed. The lines of a rendered text are listed by what they read once (`linesOf`): a
 * line a template writes as it is, met by a finding on each of 4,000 pods, was counted by going
 * over the output from the template's mark for each finding, which grew with the square of the pods.
 */
export declare function linesReading(file: {
    readonly text: string;
}, from: number, to: number, wanted: string): number;
/**
 * A comment line of Helm's output as the template line that wrote it: Helm copies a template's
 * comments into its output, so a `# calico-ipam-lint-…` comment there was written in the template
 * named by the `# Source:` line above it. Null when the line is not a comment or the template
 * holds no such line (a comment the template fills in).
 */
export declare function relocateComment(src: RenderedSource, at: Location, files: (path: string) => SourceFile | undefined): Moved | null;
