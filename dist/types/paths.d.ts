/**
 * Paths as a run shows them (relative to its working directory, with forward slashes), joined back
 * to that directory: by the reading (src/load) and by the reports (src/report), which list every file.
 */
/**
 * A directory entry's path: its directory's (already normal) path and its name. path.join would
 * normalise the whole path again, segment by segment, at every level of a deep tree.
 */
export declare const childPath: (dir: string, name: string) => string;
/**
 * `resolve(cwd, path)`, for the paths `displayPath` makes (relative and normal: no `.` or `..`
 * segment, no doubled or trailing separator) joined to a normal absolute `cwd` without normalising
 * them again segment by segment, and normal absolute paths as they are: a run over thousands of
 * files resolved each several times.
 */
export declare function resolveIn(cwd: string, path: string): string;
/** An absolute path path.resolve leaves as it is (POSIX): no `.` or `..` segment, no doubled or trailing separator. */
export declare const isNormalAbsolute: (p: string) => boolean;
