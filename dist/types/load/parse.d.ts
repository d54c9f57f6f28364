import type { SourceFile } from "./types.js";
/**
 * Collections may nest this deep. The parser's composer recurses about three frames per level and
 * overflows Node's default stack near 780 levels (less for sequences of maps), and an overflow deep
 * inside it can abort the process outright (V8 fails to compile a regular expression with no stack
 * left) rather than throw. So nesting is measured on the parser's explicit stack, before composing,
 * and a file is read only up to the first place it goes deeper. Kubernetes itself accepts up to
 * 10000 levels; no manifest comes near 500.
 */
export declare const MAX_DEPTH = 500;
/** Parse one file's text into documents. Never throws: problems become SyntaxProblems. */
export declare function parseSource(path: string, text: string, contextOnly?: boolean): SourceFile;
/** A file that could not be read as text at all. */
export declare function unreadableSource(path: string, message: string, contextOnly?: boolean, at?: number, text?: string): SourceFile;
