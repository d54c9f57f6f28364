import { resolve, sep } from "node:path";

/**
 * Paths as a run shows them (relative to its working directory, with forward slashes), joined back
 * to that directory: by the reading (src/load) and by the reports (src/report), which list every file.
 */

/**
 * A directory entry's path: its directory's (already normal) path and its name. path.join would
 * normalise the whole path again, segment by segment, at every level of a deep tree.
 */
export const childPath = (dir: string, name: string): string => (dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`);

/**
 * `resolve(cwd, path)`, for the paths `displayPath` makes (relative and normal: no `.` or `..`
 * segment, no doubled or trailing separator) joined to a normal absolute `cwd` without normalising
 * them again segment by segment, and normal absolute paths as they are: a run over thousands of
 * files resolved each several times.
 */
export function resolveIn(cwd: string, path: string): string {
  if (sep !== "/") return resolve(cwd, path);
  // Outside the working directory (a folder given by its absolute path), shown absolute.
  if (path.charCodeAt(0) === 47) return normalAbsolute(path) ? path : resolve(path);
  if (!normalRelative(path)) return resolve(cwd, path);
  if (cwd !== normalCwd) {
    if (resolve(cwd) !== cwd) return resolve(cwd, path);
    normalCwd = cwd;
  }
  return childPath(cwd, path);
}
let normalCwd = "";
const normalRelative = (p: string): boolean => p !== "" && p.charCodeAt(0) !== 47 && !p.endsWith("/") && !p.includes("//") && !DOT_SEGMENT.test(p);
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;
/** An absolute path path.resolve leaves as it is (POSIX): no `.` or `..` segment, no doubled or trailing separator. */
export const isNormalAbsolute = (p: string): boolean => p.charCodeAt(0) === 47 && normalAbsolute(p);
const normalAbsolute = (p: string): boolean => (p.length === 1 || !p.endsWith("/")) && !p.includes("//") && !DOT_SEGMENT.test(p);
