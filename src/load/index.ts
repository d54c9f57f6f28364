export type { Node, MapNode, SeqNode, ScalarNode, MapEntry, Span, SourceFile, ParsedDocument, SyntaxProblem } from "./types.js";
export { LineIndex, innerSpan, type Location } from "./span.js";
export { parseSource, unreadableSource } from "./parse.js";
