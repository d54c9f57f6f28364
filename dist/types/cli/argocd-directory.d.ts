/**
 * The files Argo CD's plain-directory source applies, chosen as its repo server chooses them
 * (argoproj/argo-cd reposerver/repository/repository.go, getPotentiallyValidManifests and
 * getPotentiallyValidManifestFile): the top level of the source directory unless `recurse`;
 * names ending .yaml, .yml, .json or .jsonnet; `exclude`, then `include`, matched against the path
 * relative to the source directory with Argo CD's glob (util/glob: gobwas/glob with no separator,
 * so `*` also crosses `/`); regular files, symbolic links to them followed; files holding the
 * marker `+argocd:skip-file-rendering` left out. Directories are walked in name order, as Go's
 * filepath.Walk walks them.
 */
export interface DirectorySelection {
    readonly recurse: boolean;
    readonly include?: string;
    readonly exclude?: string;
}
export declare class GlobError extends Error {
}
/**
 * Argo CD's glob as a regular expression: `*` and `**` any run of characters (`/` included), `?`
 * one character, `[abc]` `[a-z]` `[!…]` a class, `{a,b}` alternatives (nested), `\` escapes
 * (gobwas/glob syntax/lexer/lexer.go).
 * A pattern gobwas/glob cannot compile matches nothing in Argo CD; here it is refused.
 */
export declare function argoGlob(pattern: string): RegExp;
/** A commander parser for `--include` / `--exclude`: a pattern that cannot be read is exit 2. */
export declare function globArg(flag: string): (value: string) => string;
/** The selected files, relative to `root` with `/`, in Argo CD's order; or why there are none to use. */
export declare function selectDirectory(root: string, sel: DirectorySelection): Promise<{
    files: string[];
} | {
    error: string;
}>;
