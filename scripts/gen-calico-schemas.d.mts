// Types of scripts/gen-calico-schemas.mjs, for the test that checks its output.
export interface Source {
  readonly name: string;
  readonly id: string;
  readonly doc: string;
  /** The CRD file's path in Calico's repository. */
  readonly path: string;
  readonly sha256: string;
}
export declare const ROOT: string;
export declare const OUTPUT: string;
export declare const CALICO_TAG: string;
export declare const CACHE: string;
export declare const SOURCES: readonly Source[];
export declare const SCRIPT: string;
export declare const HEADER_LINES: number;
/** The generated file from the CRD texts, keyed by source path. */
export declare function render(crds: ReadonlyMap<string, string>): string;
export declare function sha256(text: string): string;
