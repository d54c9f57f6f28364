import { type Location, type SourceFile } from "../load/index.js";
/**
 * Where a finding in rendered output was written: the line a person edits. Rendered text is what
 * kustomize or Helm printed; its values come from a patch, a base's file, a values file or a
 * template, and the finding is moved to the first of those that holds the offending text under
 * the same key (docs/gitops-layouts.md).
 */
export interface RenderedSource {
    /** The rendered stream, parsed (its path is not a file: findings in it are moved). */
    readonly rendered: SourceFile;
    readonly how: "kustomize" | "helm";
    /** Kustomize: the patch files and kustomization files of the root and its bases, nearest first. */
    readonly patches: readonly string[];
    readonly kustomizations: readonly string[];
    /** Kustomize: the file a rendered document came from (its origin annotation), by document index. */
    readonly origins: ReadonlyMap<number, string>;
    /** Helm: the template a rendered document came from (`# Source:`), by document index. */
    readonly templates: ReadonlyMap<number, string>;
    /** Helm: the values files, lowest precedence first (the chart's values.yaml, then -f files). */
    readonly valueFiles: readonly string[];
    /** Where a finding goes when no source holds its text: the Application, kustomization or chart. */
    readonly fallback: string;
    /** Names the producer in messages ("overlays/prod", "chart web (values-prod.yaml)"). */
    readonly label: string;
}
export interface Moved extends Location {
    readonly file: string;
    /** Said after the message when the finding could only be placed at the producer. */
    readonly note?: string;
}
/** Offset of a 1-based line and column. */
export declare function offsetOf(text: string, line: number, column: number): number;
/** The key of the mapping entry on a line (`replicas` in `  replicas: 3`), if any. */
export declare function keyOfLine(line: string): string | undefined;
/** Move a location in rendered output to its source; `files` gives the sources by path. */
export declare function relocate(src: RenderedSource, at: Location, files: (path: string) => SourceFile | undefined): Moved;
