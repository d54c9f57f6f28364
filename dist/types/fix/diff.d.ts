/**
 * Unified diffs of whole files (`--fix-dry-run`), in the format `git apply` and `patch -p1` read:
 * lines keep their own line endings (a CRLF file's diff carries its CRs), and a last line without a
 * newline is marked `\ No newline at end of file`. The diff itself is jsdiff's; the file headers
 * are written here so that names appear as the report shows them (jsdiff would C-quote names with
 * spaces or non-ASCII characters).
 */
/**
 * A unified diff from `before` to `after` with `context` lines around each change; "" when equal.
 * Files of `byDocumentsFrom` lines or more are diffed a document at a time (`byDocuments`).
 */
export declare function unifiedDiff(before: string, after: string, oldName: string, newName: string, context?: number, byDocumentsFrom?: number): string;
/**
 * Files of at least this many lines are diffed a document at a time. jsdiff's Myers costs about
 * the lines times the lines changed: a fix on each of 15,000 pods of one file took minutes whole.
 */
export declare const DIFFED_BY_DOCUMENTS = 5000;
