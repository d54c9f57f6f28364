import type { FormatContext } from "../types.js";
/**
 * Where a finding's file lies for tools that want repository-relative paths (SARIF, GitHub
 * annotations): relative to the source root with forward slashes, or absolute when it lies outside.
 */
export declare function repoPath(file: string, ctx: FormatContext): {
    readonly relative: string;
} | {
    readonly absolute: string;
};
/** The path as one string: repository-relative where possible. */
export declare const displayRepoPath: (file: string, ctx: FormatContext) => string;
/**
 * Percent-encode a path for a URI reference (RFC 3986): keeps unreserved characters and the
 * sub-delimiters that are safe in a path, encodes the rest as UTF-8 bytes. `:` is always encoded so
 * that a relative reference can never be read as a scheme.
 */
export declare function encodeUriPath(path: string): string;
/** A `file://` URI for an absolute path; directories get a trailing slash. */
export declare function fileUri(abs: string, directory?: boolean): string;
