export type { Node, MapNode, SeqNode, ScalarNode, MapEntry, Span, SourceFile, ParsedDocument, SyntaxProblem } from "./types.js";
export { LineIndex, innerSpan, type Location } from "./span.js";
export { parseSource, unreadableSource } from "./parse.js";
export { manifestReader, parseManifest, isFastSource } from "./fast/index.js";
export { entriesAt, entryAt, valueAt, valueAtPath } from "./lookup.js";
export { sameTree } from "./equivalence.js";
export { LazySources } from "./lazy.js";
