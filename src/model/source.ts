/**
 * The located source tree and its positions, as `load/` reads them. Later layers (allocator,
 * rules, engine, report) take these from the model, never from `load/` itself: the model is the
 * one door between the readers and what stands on them.
 */
export type { Node, MapNode, SeqNode, ScalarNode, MapEntry, Span, SourceFile, ParsedDocument, SyntaxProblem } from "../load/index.js";
export { LineIndex, innerSpan, type Location } from "../load/index.js";
